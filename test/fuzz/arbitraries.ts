import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { type Db, query } from '../../src/db/client';

/**
 * How many cases the fuzz suite runs in all (FUZZ_RUNS, default 10,000), shared out by weight
 * between its entry points. `FUZZ_RUNS=100000 npx vitest run test/fuzz` runs it longer.
 */
export const TOTAL_RUNS = Math.max(100, Number(process.env.FUZZ_RUNS ?? 10_000) || 10_000);
export const runsFor = (share: number): number => Math.max(10, Math.round(TOTAL_RUNS * share));

/** Words that have broken parsers before, or could: prototype names, huge numbers, markup, controls. */
const adversarial = [
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf',
  'approve', 'reject', 'proposal', 'edit', 'outbox', 'retry', 'grant', 'revoke', 'audit', 'feeds', 'add-feed', 'remove-feed',
  'add-fact', 'add-pledge', 'add-source', 'add-tariff', 'set-status', 'correct', 'link', 'review-channel', 'help', 'list', 'history',
  'subscribe', 'unsubscribe', 'subscriptions', 'page', 'alibaba-1m-us-jobs', 'alibaba', 'china', 'list 3', '2018-09-24',
  '9999999999', '2147483648', '-1', '0', '1e309', 'NaN', 'Infinity', '99999999999999999999bn', 'usd=1e400', 'rate=1e9', 'value=-0',
  'slug=x', 'status=retracted', 'status=kept', 'reason=other', 'date=2999-01-01', 'made=0000-00-00', 'title="\u202eevil"', 'text="a"',
  '\u0000', '\u0001', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', '\ufeff', '\ud800', '%00', '%', '\\', '\\"', '"', '“', '”', "'",
  '<https://example.org/a|b>', '<https://example.org/q?a=1|2&b=3>', 'https://example.org/a>b', '<@U0EDITOR>', '<@U1|name>', '<#C1>', '<!here>',
  'javascript:alert(1)', 'file:///etc/passwd', 'http://169.254.169.254/', '<script>', '&amp;', '&lt;', '${x}', '{{x}}', '$(id)', '; drop table pledges; --',
];

/** A command text: adversarial words, arbitrary Unicode and runs of quotes, in any mix. */
export const commandText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...adversarial) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 12 })
  .map((words) => words.join(' '));

export const longText = fc.nat({ max: 6_000 }).map((n) => `add-fact alibaba-1m-us-jobs "${'x'.repeat(n)}" https://example.org/long`);

export const command = fc.constantFrom('pledge', 'tariff', 'pledge-admin', 'pledge-admin', 'pledge-admin');

/** Any JSON-like value, with the odd deeply nested list. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`) as unknown) },
);

/** A Slack interactivity payload, mostly the right shape, any field possibly missing or wrong. */
export const slackPayload = fc.record(
  {
    type: fc.oneof(fc.constantFrom('block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'event_callback', 'url_verification'), anyJson),
    user: fc.oneof(fc.record({ id: fc.oneof(fc.constant('U0EDITOR'), fc.string()), team_id: fc.string() }, { requiredKeys: [] }), anyJson),
    team: fc.oneof(fc.record({ id: fc.string() }), anyJson),
    actions: fc.oneof(fc.array(fc.record({ action_id: fc.constantFrom('pledgewatch:page', 'pledgewatch:share', 'pledgewatch:history', 'x'), type: fc.constantFrom('button', 'x'), value: commandText.map((t) => `/pledge-admin ${t}`) }, { requiredKeys: [] })), anyJson),
    view: fc.oneof(fc.record({ callback_id: fc.constantFrom('pledgewatch:form', 'x'), private_metadata: fc.oneof(fc.string(), fc.json()), state: anyJson, blocks: anyJson }, { requiredKeys: [] }), anyJson),
    channel: anyJson,
    callback_id: anyJson,
    event: anyJson,
    trigger_id: anyJson,
  },
  { requiredKeys: [] },
);

/** A Discord interaction, mostly the right shape, any field possibly missing or wrong. */
export const discordPayload = fc.record(
  {
    type: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), anyJson),
    token: fc.oneof(fc.string({ maxLength: 40 }), anyJson),
    guild_id: fc.oneof(fc.constant('1187000000000000100'), anyJson),
    channel_id: fc.oneof(fc.constant('1187000000000000200'), anyJson),
    member: fc.oneof(fc.record({ user: fc.oneof(fc.record({ id: fc.constantFrom('1187000000000000399', '1187000000000000301') }), anyJson) }), anyJson),
    data: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.constantFrom('pledge', 'tariff', 'pledge-admin'), anyJson),
          custom_id: fc.oneof(fc.string(), anyJson),
          options: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('query', 'add-fact', 'approve', 'slug', 'id'), type: fc.constantFrom(1, 3, 4), value: fc.oneof(commandText, fc.integer(), anyJson), focused: fc.boolean(), options: anyJson }, { requiredKeys: [] })), anyJson),
          components: anyJson,
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
  },
  { requiredKeys: [] },
);

/** An article body: news-like words with control and bidi characters and markup mixed in. */
const newsWords = ['Alibaba', 'Jack Ma', 'pledge', '1 million', 'US jobs', 'no longer', 'retracted', 'withdrew', 'kept', 'broken', 'promise', 'said', '.', '\n\n'];
export const articleText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...newsWords) }, { weight: 1, arbitrary: fc.constantFrom(...adversarial) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }), { minLength: 1, maxLength: 60 })
  .map((w) => w.join(' '));
export const articleBody = fc.oneof(
  { weight: 3, arbitrary: fc.record({ text: articleText, outlet: fc.option(fc.string({ unit: 'binary', maxLength: 30 }), { nil: undefined }) }, { requiredKeys: ['text'] }) },
  { weight: 1, arbitrary: fc.record({ html: articleText.map((t) => `<html><head><title>${t.slice(0, 30)}</title></head><body><article><p>${t}</p></article></body></html>`) }) },
  { weight: 1, arbitrary: anyJson },
);

/** A stack trace or a source location in what a user reads. */
export const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|node_modules|TypeError|RangeError|ReferenceError|Failed query/;

/** The record's row counts: a refused or replayed request must leave them as they were. */
export async function recordCounts(db: Db): Promise<Record<string, number>> {
  const tables = ['pledges', 'facts', 'status_changes', 'sources', 'pledge_sources', 'tariff_actions', 'tariff_rate_steps', 'editors', 'subscriptions', 'feeds', 'review_channels', 'outbox'];
  const [row] = await query<Record<string, string>>(db, sql.raw(`select ${tables.map((t) => `(select count(*) from ${t}) as ${t}`).join(', ')}`));
  return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
}

export const auditCount = async (db: Db): Promise<number> => Number((await query<{ n: string }>(db, sql`select count(*) as n from audit_log`))[0]?.n ?? 0);
