import { legalBases, pledgeStatuses, statusReasons, tariffStatuses } from '../../core/vocabulary';

/**
 * The editors' subcommands as Discord typed options, and how each option goes back into the
 * words the core parses. `positional` options become words in order (quoted when they hold
 * spaces); `keyed` ones become key=value pairs. Changing the core's grammar changes this table
 * only.
 */
export interface AdminOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'user' | 'channel';
  required?: boolean;
  /** `raw`: the value is the user's own `key=value` words, passed on as typed */
  form: 'positional' | 'keyed' | 'raw';
  /** the word before `=` for keyed options, when it differs from the option name */
  key?: string;
  /** words that go before a positional value, e.g. `retry` in `outbox retry 12` */
  words?: string[];
  choices?: readonly string[];
  autocomplete?: boolean;
  maxLength?: number;
}

interface AdminSubcommand {
  name: string;
  description: string;
  /** the core command and leading words; default: pledge-admin <name> */
  runs?: { command: 'pledge' | 'pledge-admin'; words: string[] };
  options: AdminOption[];
  /** the core's `key=`s offered some other way on Discord, and which way */
  omits?: { keys: string[]; why: string };
}

const slug = (description = 'pledge slug'): AdminOption => ({
  name: 'slug',
  description,
  type: 'string',
  required: true,
  form: 'positional',
  autocomplete: true,
  maxLength: 100,
});
const text = (name: string, description: string, required = false, form: AdminOption['form'] = 'keyed'): AdminOption => ({
  name,
  description,
  type: 'string',
  required,
  form,
  maxLength: 1000,
});
/** A required text option of at most `maxLength` characters. */
const needed = (name: string, description: string, maxLength: number): AdminOption => ({ ...text(name, description, true), maxLength });

/** The slug of a record being added: its short id, as add-pledge and add-tariff take it. */
const newSlug = (example: string): AdminOption => needed('slug', `short id, e.g. ${example}`, 80);

const url = (name: string, required = true, form: AdminOption['form'] = 'positional', key?: string): AdminOption => ({
  name,
  description: 'source URL (https://...)',
  type: 'string',
  required,
  form,
  ...(key ? { key } : {}),
  maxLength: 500,
});
const date = (name: string, description: string, required = false): AdminOption => ({
  name,
  description: `${description} (YYYY-MM-DD)`,
  type: 'string',
  required,
  form: 'keyed',
  maxLength: 10,
});

/** The optional fields add-pledge and edit-pledge share. */
const proposalId: AdminOption = { name: 'id', description: 'proposal number', type: 'integer', required: true, form: 'positional' };

const pledgeFields: AdminOption[] = [
  { ...text('by', 'the person who made it'), maxLength: 200 },
  { ...text('role', 'their role, e.g. chairman'), maxLength: 200 },
  { ...text('to', 'to whom'), maxLength: 200 },
  { ...text('target', 'e.g. 25,000 jobs or $10 billion'), maxLength: 60 },
  { ...text('place', 'where it was made'), maxLength: 200 },
  date('deadline', 'deadline'),
  text('aliases', 'other names, comma separated'),
  text('keywords', 'search words, comma separated'),
];

export const adminSubcommands: AdminSubcommand[] = [
  {
    name: 'add-pledge',
    description: 'Record a new pledge',
    options: [
      newSlug('acme-riverton'),
      needed('entity', 'who pledged (company, government...)', 200),
      needed('title', 'short title, e.g. create 3,000 jobs in Riverton', 200),
      date('made', 'when it was made', true),
      url('source', true, 'keyed'),
      text('text', 'what was promised, in full (default: the title)'),
      ...pledgeFields,
    ],
  },
  {
    // One option of key=value words, as typed after the slug in the text form: every field as
    // its own option would not fit in Discord's 4,000 characters for the whole command.
    name: 'edit-pledge',
    description: "Change a pledge's record",
    options: [
      slug(),
      { name: 'changes', description: 'key=value..., e.g. target="900 jobs" place=Tynmouth', type: 'string', required: true, form: 'raw', maxLength: 2000 },
    ],
  },
  {
    name: 'add-fact',
    description: 'Add a sourced fact to a pledge',
    options: [
      slug(),
      text('statement', 'the fact, one sentence', true, 'positional'),
      url('source_url'),
      { ...text('value', 'a number the fact states, e.g. 66000'), maxLength: 30 },
      { ...text('unit', 'its unit, e.g. employees or USD'), maxLength: 50 },
      date('as_of', 'as of'),
      text('by', 'who said it'),
    ],
  },
  {
    name: 'add-source',
    description: 'Add a source to a pledge',
    options: [slug(), url('url'), text('outlet', 'publication'), text('title', 'headline'), date('date', 'publication date')],
  },
  {
    name: 'set-status',
    description: "Change a pledge's status (announced to subscribed channels)",
    options: [
      slug(),
      { name: 'status', description: 'new status', type: 'string', required: true, form: 'positional', choices: pledgeStatuses },
      url('source_url'),
      text('quote', 'the quote that shows it', true, 'positional'),
      { name: 'reason', description: 'why', type: 'string', form: 'positional', choices: statusReasons },
      { ...text('by', 'who spoke the quote'), maxLength: 200 },
      date('date', 'effective date, default today'),
      text('note', 'a note for the record'),
    ],
  },
  {
    name: 'correct',
    description: 'Correct the latest status change of a pledge',
    options: [
      slug(),
      text('quote', 'corrected quote'),
      { ...text('by', 'who spoke the quote'), maxLength: 200 },
      url('source_url', false, 'keyed', 'source'),
      date('date', 'corrected effective date'),
      { name: 'reason', description: 'corrected reason', type: 'string', form: 'keyed', choices: statusReasons },
      { name: 'status', description: 'corrected status', type: 'string', form: 'keyed', choices: pledgeStatuses },
      text('note', 'what was wrong'),
    ],
  },
  {
    name: 'add-tariff',
    description: 'Record a tariff action',
    options: [
      newSlug('us-s301-list-5'),
      needed('name', 'name of the action', 200),
      needed('imposer', 'country code, e.g. US (or WORLD)', 5),
      needed('target', 'country code, e.g. CN (or WORLD)', 5),
      date('announced', 'announced on', true),
      needed('rate', 'rate in percent, e.g. 25', 10),
      { name: 'basis', description: 'legal basis', type: 'string', required: true, form: 'keyed', choices: legalBases },
      { name: 'status', description: 'action status', type: 'string', required: true, form: 'keyed', choices: tariffStatuses },
      url('source', true, 'keyed'),
      date('effective', 'effective from'),
      { ...text('usd', 'trade covered, e.g. 200bn'), maxLength: 20 },
      { ...text('list', 'list or tranche, e.g. List 5'), maxLength: 100 },
      { ...text('retaliates', 'the tariff slug it retaliates for'), maxLength: 80 },
      text('answers', 'what it answers'),
    ],
  },
  {
    name: 'link',
    description: 'Link a pledge to a tariff action it cites',
    options: [
      slug(),
      { name: 'tariff', description: 'tariff slug', type: 'string', required: true, form: 'positional', maxLength: 80 },
      text('note', 'why they are linked'),
    ],
  },
  {
    name: 'grant',
    description: 'Make someone an editor',
    options: [{ name: 'user', description: 'who', type: 'user', required: true, form: 'positional' }],
  },
  {
    name: 'revoke',
    description: "Take away someone's editor rights",
    options: [{ name: 'user', description: 'who', type: 'user', required: true, form: 'positional' }],
  },
  {
    name: 'review-channel',
    description: 'Make this the channel where editors review proposals',
    options: [],
  },
  {
    name: 'proposals',
    description: 'Newswire proposals waiting for an editor',
    options: [],
  },
  {
    name: 'proposal',
    description: 'Show one proposal',
    options: [proposalId],
  },
  {
    name: 'approve',
    description: 'Publish a proposal (announced like set-status)',
    options: [
      proposalId,
      url('source', false, 'keyed', 'source'),
    ],
    omits: { keys: ['status', 'date', 'quote', 'reason'], why: "changes to these go through /pledge-admin edit's form" },
  },
  {
    name: 'edit',
    description: 'Change a proposal, then publish it',
    options: [proposalId],
  },
  {
    name: 'reject',
    description: 'Turn a proposal down',
    options: [
      proposalId,
      text('reason', 'why it is wrong'),
    ],
  },
  {
    name: 'add-feed',
    description: 'Have the newswire poll an RSS or Atom feed',
    options: [{ name: 'url', description: 'feed URL (https://...)', type: 'string', required: true, form: 'positional', maxLength: 500 }],
  },
  {
    name: 'remove-feed',
    description: 'Stop polling a feed',
    options: [{ name: 'url', description: 'feed URL, as /pledge-admin feeds lists it', type: 'string', required: true, form: 'positional', maxLength: 500 }],
  },
  {
    name: 'feeds',
    description: 'The feeds the newswire polls, with their health',
    options: [],
  },
  {
    name: 'audit',
    description: 'Recent writes and refused attempts',
    options: [{ name: 'target', description: 'a pledge or tariff slug to filter on', type: 'string', form: 'positional', maxLength: 100 }],
  },
  {
    name: 'outbox',
    description: 'Announcement deliveries waiting or failed',
    options: [{ name: 'retry', description: 'the id of a dead delivery to queue again', type: 'integer', form: 'positional', words: ['retry'] }],
  },
  {
    name: 'subscribe',
    description: 'Announce status changes in this channel',
    runs: { command: 'pledge', words: ['subscribe'] },
    options: [{ name: 'target', description: 'all, an entity or a pledge slug', type: 'string', required: true, form: 'positional', maxLength: 100 }],
  },
  {
    name: 'unsubscribe',
    description: 'Stop announcements in this channel',
    runs: { command: 'pledge', words: ['unsubscribe'] },
    options: [{ name: 'target', description: 'all, an entity or a pledge slug', type: 'string', required: true, form: 'positional', maxLength: 100 }],
  },
  {
    name: 'subscriptions',
    description: 'What this channel follows',
    runs: { command: 'pledge', words: ['subscriptions'] },
    options: [],
  },
  {
    name: 'help',
    description: 'The manual: every admin command, or one in full',
    options: [{ name: 'command', description: 'a command, e.g. set-status', type: 'string', form: 'positional', maxLength: 40 }],
  },
];

/**
 * Core admin commands Discord does not offer as a typed subcommand, each with the reason
 * (Discord allows 25 subcommands). The test that ties this table to the core's fails when a
 * core command is neither here nor above.
 */
const full = 'Discord allows 25 subcommands per command and /pledge-admin has them all; use Slack or the console';
export const textOnlyAdminCommands: Readonly<Record<string, string>> = {
  deadlines: full,
  digest: full,
  'add-webhook': full,
  'remove-webhook': full,
  webhooks: full,
};
