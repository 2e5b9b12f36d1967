import type { CommandName } from '../../src/core/commands';
import type { FailureKind } from '../../src/core/errors';

/**
 * The adapter contract: one table of commands and what every adapter must answer. Each row is
 * typed as in chat; the Discord form is the typed options a user fills in for the same words.
 */
export interface ContractRow {
  name: string;
  command: CommandName;
  /** the words after the command, as typed in Slack or the console */
  text: string;
  /** pressed as the answer's Share button (`/<command> <text>` is its command), not typed */
  click?: 'share';
  /** who types it: a reporter, or an editor (PLEDGEWATCH_ADMINS) */
  as: 'reporter' | 'editor';
  /** /pledge-admin on Discord: the subcommand and its options (the other commands take `query`) */
  discord?: { sub: string; options: Record<string, string> };
  /** what the core's neutral answer must be: its failure kind (null: it worked) and words it holds */
  expect: { failure: FailureKind | null; says: string[] };
  /** the JSON API route asking the same question, where one exists */
  api?: string;
  /** the console is the local editor (rows about who may act do not apply) and has no buttons */
  console?: false;
}

const addPledge = { slug: 'alibaba-1m-us-jobs', entity: 'Alibaba', title: 'create one million US jobs', made: '2017-01-09', source: 'https://example.org/contract-add' };
const asWords = (fields: Record<string, string>) => Object.entries(fields).map(([k, v]) => `${k}=${/\s/.test(v) ? `"${v}"` : v}`).join(' ');
/** an editor's add-pledge as typed in Slack, and as Discord's options (the link wrapped to hide its preview) */
const adding = (fields: typeof addPledge) => ({
  command: 'pledge-admin' as const,
  text: `add-pledge ${asWords(fields)}`,
  discord: { sub: 'add-pledge', options: { ...fields, source: `<${fields.source}>` } },
});

export const contractRows: ContractRow[] = [
  {
    name: '/pledge alibaba: the pledge, privately',
    command: 'pledge',
    text: 'alibaba',
    as: 'reporter',
    expect: { failure: null, says: ['RETRACTED', 'That premise no longer exists today'] },
    api: '/api/pledges/alibaba-1m-us-jobs',
  },
  { name: 'a typo still finds the pledge', command: 'pledge', text: 'alibabba', as: 'reporter', expect: { failure: null, says: ['Alibaba'] } },
  { name: '/tariff china', command: 'tariff', text: 'china', as: 'reporter', expect: { failure: null, says: ['China'] } },
  {
    name: 'an unknown pledge is the user’s to fix',
    command: 'pledge',
    text: 'zzqx-no-such-pledge',
    as: 'reporter',
    expect: { failure: 'user_error', says: ['zzqx-no-such-pledge'] },
    api: '/api/pledges/zzqx-no-such-pledge',
  },
  {
    name: 'Share posts the pledge for everyone, credited to who shared it',
    command: 'pledge',
    text: 'alibaba-1m-us-jobs',
    click: 'share',
    as: 'reporter',
    expect: { failure: null, says: ['RETRACTED'] },
    console: false,
  },
  {
    name: '/pledge-admin by a reporter is refused',
    ...adding({ ...addPledge, slug: 'contract-reporter-try' }),
    as: 'reporter',
    expect: { failure: 'forbidden', says: ['editor'] },
    console: false,
  },
  { name: 'an editor’s add that clashes with the record', ...adding(addPledge), as: 'editor', expect: { failure: 'conflict', says: ['exists already'] } },
  {
    name: 'a malformed admin argument',
    ...adding({ ...addPledge, slug: 'contract-new-plant', made: 'someday' }),
    as: 'editor',
    expect: { failure: 'user_error', says: ['someday'] },
  },
];
