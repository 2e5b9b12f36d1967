import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId } from '../../../src/adapters/discord/custom-id';
import { commandDefinitions } from '../../../src/adapters/discord/definitions';
import { answerOnce, type Responder } from '../../../src/adapters/discord/handler';
import { commandWords, parseInteraction, type RawOption } from '../../../src/adapters/discord/parse';
import { createSignatureVerifier } from '../../../src/adapters/discord/verify';
import { tokenize } from '../../../src/core/input';
import { signedHeaders, testKeys } from './support/signing';

const sub = (name: string, options: Record<string, string | number>): RawOption[] => [
  { name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
];

describe('typed options back into the core’s words', () => {
  it('/pledge and /tariff: the query is the text', () => {
    expect(commandWords('pledge', [{ name: 'query', type: 3, value: 'subscribe all' }])).toEqual({ command: 'pledge', text: 'subscribe all' });
    expect(commandWords('pledge', [])).toEqual({ command: 'pledge', text: '' });
  });

  it('set-status: positional words in order, quoted where they hold spaces', () => {
    const words = commandWords(
      'pledge-admin',
      sub('set-status', { quote: 'That premise no longer exists today', reason: 'premise_changed', slug: 'alibaba-1m-us-jobs', status: 'retracted', source_url: 'https://x.example/a' }),
    );
    expect(words.text).toBe('set-status alibaba-1m-us-jobs retracted https://x.example/a "That premise no longer exists today" premise_changed');
    expect(tokenize(words.text)).toEqual(['set-status', 'alibaba-1m-us-jobs', 'retracted', 'https://x.example/a', 'That premise no longer exists today', 'premise_changed']);
  });

  it('approve and reject: the proposal number, then source= or reason=', () => {
    expect(commandWords('pledge-admin', sub('approve', { id: 3, source: 'https://x.example/b' })).text).toBe('approve 3 source=https://x.example/b');
    expect(commandWords('pledge-admin', sub('approve', { id: 3 })).text).toBe('approve 3');
    const reject = commandWords('pledge-admin', sub('reject', { id: 4, reason: 'not a retraction' })).text;
    expect(tokenize(reject)).toEqual(['reject', '4', 'reason=not a retraction']);
    expect(commandWords('pledge-admin', sub('proposals', {})).text).toBe('proposals');
  });

  it('add-pledge: key=value pairs, as in the design’s example', () => {
    const words = commandWords(
      'pledge-admin',
      sub('add-pledge', { slug: 'acme-riverton', entity: 'Acme', by: 'Jane Doe', made: '2017-07-26', title: 'build a plant', source: 'https://x.example' }),
    );
    expect(words.text).toBe('add-pledge slug=acme-riverton entity=Acme title="build a plant" made=2017-07-26 source=https://x.example by="Jane Doe"');
    expect(commandWords('pledge-admin', [{ name: 'outbox', type: 1, options: [{ name: 'retry', type: 4, value: 12 }] }]).text).toBe('outbox retry 12');
    expect(commandWords('pledge-admin', sub('correct', { slug: 'x', source_url: 'https://y.example' })).text).toBe('correct x source=https://y.example');
  });

  it('add-pledge takes role, target and place; set-status takes by; edit-pledge passes its key=value words on as typed', () => {
    const add = commandWords('pledge-admin', sub('add-pledge', { slug: 'x-y', entity: 'X', title: 't', made: '2020-01-01', source: 'https://x.example', by: 'Jane Roe', role: 'chief executive', target: '$10 billion', place: 'Tynmouth' })).text;
    expect(tokenize(add)).toEqual(['add-pledge', 'slug=x-y', 'entity=X', 'title=t', 'made=2020-01-01', 'source=https://x.example', 'by=Jane Roe', 'role=chief executive', 'target=$10 billion', 'place=Tynmouth']);
    const set = commandWords('pledge-admin', sub('set-status', { slug: 'x-y', status: 'kept', source_url: 'https://x.example/k', quote: 'Done.', by: 'Jane Roe' })).text;
    expect(set).toBe('set-status x-y kept https://x.example/k Done. by="Jane Roe"');
    const edit = commandWords('pledge-admin', sub('edit-pledge', { slug: 'x-y', changes: 'target="13,000 jobs"  place=Harlan County' })).text;
    expect(edit).toBe('edit-pledge x-y target="13,000 jobs" place=Harlan County');
    expect(tokenize(edit)).toEqual(['edit-pledge', 'x-y', 'target=13,000 jobs', 'place=Harlan', 'County']);
  });

  it('users as plain ids, mentions and hidden-preview links typed in text made plain; subscribe runs /pledge subscribe', () => {
    expect(commandWords('pledge-admin', [{ name: 'grant', type: 1, options: [{ name: 'user', type: 6, value: '80351110224678912' }] }]).text).toBe('grant 80351110224678912');
    expect(commandWords('pledge-admin', sub('approve', { id: 3, source: '<https://x.example/b>' })).text).toBe('approve 3 source=https://x.example/b');
    expect(commandWords('pledge-admin', sub('edit-pledge', { slug: 'x-y', changes: 'note="asked <@!42> and <@43>"' })).text).toBe('edit-pledge x-y note="asked 42 and 43"');
    expect(commandWords('pledge', [{ name: 'query', type: 3, value: '<https://example.org/a>' }]).text).toBe('https://example.org/a');
    expect(commandWords('pledge-admin', sub('subscribe', { target: 'all' }))).toEqual({ command: 'pledge', text: 'subscribe all' });
    expect(commandWords('pledge-admin', [{ name: 'review-channel', type: 1 }]).text).toBe('review-channel');
    expect(commandWords('pledge-admin', [{ name: 'subscriptions', type: 1 }])).toEqual({ command: 'pledge', text: 'subscriptions' });
  });

  it('typed values survive the core’s tokenizer exactly, quotes and all', () => {
    const text = commandWords('pledge-admin', sub('set-status', { slug: 'x', status: 'retracted', source_url: 'https://y.example', quote: 'He said  "no" \\ twice' })).text;
    expect(tokenize(text)).toEqual(['set-status', 'x', 'retracted', 'https://y.example', 'He said "no" \\ twice']);
  });

  it('the actor is the guild member, or the user in a DM', () => {
    const dm = parseInteraction({ type: 2, user: { id: '7' }, data: { name: 'tariff', options: [] } });
    expect(dm).toMatchObject({ kind: 'command', input: { actor: { platform: 'discord', workspace: 'dm', userId: '7' } } });
    expect(parseInteraction({ type: 2, data: { name: 'nope' } }).kind).toBe('unsupported');
  });
});

describe('button custom_ids', () => {
  it('round-trip the action and its words', () => {
    const id = encodeCustomId({ id: 'history', label: 'History', command: '/pledge history alibaba-1m-us-jobs' });
    expect(id).toBe('pw:h:pledge history alibaba-1m-us-jobs');
    expect(decodeCustomId(id!)).toEqual({ action: 'history', command: 'pledge', text: 'history alibaba-1m-us-jobs' });
  });

  it('will not run editors’ commands or unknown ids from a button', () => {
    expect(encodeCustomId({ id: 'page', label: 'x', command: '/pledge-admin grant <@1>' })).toBeNull();
    expect(decodeCustomId('pw:h:pledge-admin grant <@1>')).toBeNull();
    expect(decodeCustomId('something-else')).toBeNull();
  });
});

describe('command definitions respect Discord’s rules', () => {
  it('names, descriptions, required-before-optional, counts', () => {
    const defs = commandDefinitions();
    const check = (o: { name: string; description: string; options?: unknown[]; choices?: unknown[] }) => {
      expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect((o.options ?? []).length).toBeLessThanOrEqual(25);
      expect((o.choices ?? []).length).toBeLessThanOrEqual(25);
      const required = ((o.options ?? []) as { required?: boolean; type: number }[]).filter((x) => x.type > 2).map((x) => x.required === true);
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const inner of (o.options ?? []) as (typeof o)[]) check(inner);
    };
    // slash commands follow the naming rules; a message (context-menu) command has a display name and no description
    for (const d of defs.filter((d) => (d.type ?? 1) === 1)) check(d as never);
    for (const d of defs.filter((d) => d.type === 3)) {
      expect(d.name.length).toBeLessThanOrEqual(32);
      expect('description' in d).toBe(false);
    }
    // Discord: name + description + value of a command, its options and choices, at most 4000 in all
    const size = (o: Record<string, unknown>): number =>
      ['name', 'description', 'value'].reduce((n, k) => n + String(o[k] ?? '').length, 0) +
      [...((o.options ?? []) as Record<string, unknown>[]), ...((o.choices ?? []) as Record<string, unknown>[])].reduce((n, x) => n + size(x), 0);
    for (const d of defs) expect(size(d as never)).toBeLessThanOrEqual(4000);
  });
});

describe('request signature', () => {
  const { publicKeyHex, privateKey } = testKeys();
  const now = 1_800_000_000_000;
  const verifier = createSignatureVerifier(publicKeyHex, () => now);
  const check = (body: string, ts: number, sigBody = body) => {
    const h = signedHeaders(privateKey, sigBody, ts);
    return verifier.verify(h['x-signature-ed25519'], h['x-signature-timestamp'], body);
  };

  it('accepts a fresh, correct signature and refuses the rest', () => {
    expect(check('{"type":1}', now / 1000)).toEqual({ ok: true });
    expect(check('{"type":1}', now / 1000 - 299)).toEqual({ ok: true });
    expect(check('{"type":1}', now / 1000 - 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(check('{"type":1}', now / 1000 + 301)).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(check('{"type":2}', now / 1000, '{"type":1}')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifier.verify('zz', String(now / 1000), '{}')).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifier.verify(undefined, undefined, '{}')).toEqual({ ok: false, reason: 'missing_headers' });
  });
});

describe('an interaction is answered exactly once', () => {
  it('a second answer throws, and an edit needs a defer first', async () => {
    const calls: string[] = [];
    const inner: Responder = {
      pong: async () => void calls.push('pong'),
      reply: async () => void calls.push('reply'),
      defer: async () => void calls.push('defer'),
      editOriginal: async () => void calls.push('edit'),
      modal: async () => void calls.push('modal'),
      followUp: async () => void calls.push('follow-up'),
      deleteOriginal: async () => void calls.push('delete'),
      choices: async () => void calls.push('choices'),
    };
    const once = answerOnce(inner);
    await expect(once.editOriginal({ embeds: [], components: [], allowed_mentions: { parse: [] } })).rejects.toThrow('edit before defer');
    await once.defer(true);
    await expect(once.reply({ embeds: [], components: [], allowed_mentions: { parse: [] } }, true)).rejects.toThrow('already answered');
    await expect(once.defer(true)).rejects.toThrow('already answered');
    await once.editOriginal({ embeds: [], components: [], allowed_mentions: { parse: [] } });
    expect(calls).toEqual(['defer', 'edit']);
  });
});

describe('the Send to pledgewatch message command', () => {
  const raw = (name: string, content: string, embeds: { url?: string }[] = []) => ({
    type: 2,
    guild_id: '1187000000000000100',
    channel_id: '1187000000000000200',
    member: { user: { id: '1187000000000000300' } },
    data: { name, type: 3, target_id: 'm1', resolved: { messages: { m1: { content, embeds } } } },
  });

  it('takes the target message’s links (text and embeds), once each, without trailing punctuation', () => {
    const parsed = parseInteraction(raw('Send to pledgewatch', 'see https://a.example.org/x, and <https://b.example.org/y?z=1>.', [{ url: 'https://a.example.org/x' }, {}]));
    expect(parsed).toMatchObject({ kind: 'send', links: ['https://a.example.org/x', 'https://b.example.org/y?z=1'], actor: { platform: 'discord', userId: '1187000000000000300' } });
  });

  it('another message command, or a message without the resolved data, is handled as such', () => {
    expect(parseInteraction(raw('Something else', 'https://a.example.org'))).toEqual({ kind: 'unsupported', reason: 'unknown message command' });
    const bare = parseInteraction({ type: 2, data: { name: 'Send to pledgewatch', type: 3 } });
    expect(bare).toMatchObject({ kind: 'send', links: [] });
  });
});
