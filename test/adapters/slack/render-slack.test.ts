import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { escapeMrkdwn, escapeWithLinks, mrkdwnLink, renderSlack, slackLimits, splitText, truncate } from '../../../src/render/slack';

type AnyBlock = Record<string, any>;
const reply = (over: Partial<Reply> = {}): Reply => ({ summary: 'A summary', sections: [], visibility: 'ephemeral', ...over });
const texts = (blocks: AnyBlock[]): string[] =>
  blocks.flatMap((b) => [b.text?.text, ...(b.fields ?? []).map((f: AnyBlock) => f.text), ...(b.elements ?? []).map((e: AnyBlock) => e.text?.text ?? e.text)]).filter(
    (t): t is string => typeof t === 'string',
  );

function expectWithinLimits(blocks: AnyBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
  for (const b of blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(slackLimits.header);
    if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(slackLimits.text);
    if (b.fields) {
      expect(b.fields.length).toBeLessThanOrEqual(slackLimits.fieldsPerSection);
      for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(slackLimits.field);
    }
    if (b.type === 'context') for (const e of b.elements) expect(e.text.length).toBeLessThanOrEqual(slackLimits.text);
  }
}

describe('renderSlack: Reply -> Block Kit', () => {
  it('shows the badge as emoji plus bold label; an alert (retracted) also marks the header', () => {
    const { blocks } = renderSlack(reply({ title: 'Alibaba Group: create 1 million US jobs', badge: { label: 'RETRACTED · 2018-09-19', tone: 'alert' } }));
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '🔴 Alibaba Group: create 1 million US jobs' } });
    expect(blocks[1]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: '🔴 *RETRACTED · 2018-09-19*' } });
    const kept = renderSlack(reply({ title: 'T', badge: { label: 'KEPT', tone: 'good' } })).blocks;
    expect((kept[0] as AnyBlock).text.text).toBe('T');
    expect((kept[1] as AnyBlock).text.text).toBe('🟢 *KEPT*');
  });

  it('always carries the summary as fallback text, escaped; sharing names the sharer', () => {
    expect(renderSlack(reply({ summary: 'Tom & Jerry <3' })).text).toBe('Tom &amp; Jerry &lt;3');
    const shared = renderSlack(reply({ actions: [{ id: 'share', label: 'Post to channel', command: '/pledge x' }] }), { sharedBy: 'U0REPORTER', inChannel: true });
    expect(shared.text).toBe('A summary (shared by <@U0REPORTER>)');
    expect(shared.blocks.at(-1)).toMatchObject({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0REPORTER>' }] });
    expect(JSON.stringify(shared.blocks)).not.toContain('pledgewatch:share');
  });

  it('escapes &, < and > in everything from users and the database, so no mention or link can be injected', () => {
    const evil = '<!channel> & <@U123> <https://evil.example|click>';
    const { blocks, text } = renderSlack(
      reply({
        summary: evil,
        title: evil,
        badge: { label: evil, tone: 'neutral' },
        sections: [
          { kind: 'text', text: evil },
          { kind: 'fields', fields: [{ label: evil, value: evil }] },
          { kind: 'quote', text: evil, by: evil, on: null, source: { label: evil, url: 'https://example.org/a?b=1&c=<2>' } },
          { kind: 'list', heading: evil, items: [{ title: evil, detail: evil }] },
          { kind: 'links', heading: evil, links: [{ label: evil, url: 'javascript:alert(1)' }] },
          { kind: 'context', text: evil },
        ],
      }),
    );
    // the header is plain_text, which Slack never parses for mentions or links
    const mrkdwn = (blocks as AnyBlock[]).filter((b) => b.type !== 'header');
    for (const t of [text, ...texts(mrkdwn)]) {
      expect(t).not.toMatch(/<!channel>|<@U123>|<https:\/\/evil/);
    }
    const all = JSON.stringify(blocks);
    expect(all).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(all).toContain('<https://example.org/a?b=1&amp;c=%3C2%3E|');
    expect(all).not.toContain('<javascript:');
    expect(escapeMrkdwn('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(mrkdwnLink('The Post', 'https://washingtonpost.com/x')).toBe('<https://washingtonpost.com/x|The Post>');
    expect(mrkdwnLink('No link', null)).toBe('No link');
    expect(escapeWithLinks('Fortune <https://fortune.com/x> & <https://evil.example|click>')).toBe(
      'Fortune <https://fortune.com/x> &amp; &lt;https://evil.example|click&gt;',
    );
  });

  it('renders the quote as a > quote with attribution and the source as a link', () => {
    const { blocks } = renderSlack(
      reply({ sections: [{ kind: 'quote', text: 'That premise no longer exists today.', by: 'Jack Ma', on: '2018-09-19', source: { label: 'Xinhua', url: 'http://xinhuanet.com/x.htm' } }] }),
    );
    expect((blocks[0] as AnyBlock).text.text).toBe('> “That premise no longer exists today.”\n> — Jack Ma, 2018-09-19\nSource: <http://xinhuanet.com/x.htm|Xinhua>');
  });

  it('splits fields into sections of at most 10, each field at most 2000 characters', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: 'x'.repeat(i === 0 ? 5000 : 10) }));
    const { blocks } = renderSlack(reply({ sections: [{ kind: 'fields', fields }] }));
    expect(blocks.map((b) => (b as AnyBlock).fields.length)).toEqual([10, 10, 3]);
    expect((blocks[0] as AnyBlock).fields[0].text.length).toBeLessThanOrEqual(2000);
    expect((blocks[0] as AnyBlock).fields[0].text.endsWith('…')).toBe(true);
    expectWithinLimits(blocks as AnyBlock[]);
  });

  it('splits long text over several sections of at most 3000 characters, losing nothing', () => {
    const paragraph = 'word '.repeat(2000).trim();
    const { blocks } = renderSlack(reply({ sections: [{ kind: 'text', text: paragraph }] }));
    expect(blocks.length).toBeGreaterThan(3);
    expectWithinLimits(blocks as AnyBlock[]);
    expect(texts(blocks as AnyBlock[]).join(' ')).toBe(paragraph);
  });

  it('a long list never exceeds 50 blocks: it ends with "…and N more", keeping the buttons', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ title: `Pledge ${i}`, detail: 'detail', command: `/pledge p-${i}` }));
    const { blocks } = renderSlack(
      reply({
        title: 'Many',
        titleUrl: 'https://pledgewatch.example/pledges',
        sections: [{ kind: 'list', heading: 'All pledges', items }],
        actions: [{ id: 'history', label: 'History', command: '/pledge history p-0' }],
      }),
      { sharedBy: 'U1' },
    );
    expect(blocks).toHaveLength(50);
    expectWithinLimits(blocks as AnyBlock[]);
    const shown = blocks.filter((b) => (b as AnyBlock).accessory?.action_id === 'pledgewatch:open').length;
    const more = blocks.at(-3) as AnyBlock;
    expect(more.type).toBe('context');
    expect(more.elements[0].text).toBe(`…and ${200 - shown} more on the <https://pledgewatch.example/pledges|public record>`);
    expect((blocks.at(-2) as AnyBlock).type).toBe('actions');
    expect((blocks.at(-1) as AnyBlock).elements[0].text).toBe('Shared by <@U1>');
  });

  it('packs items without a command into bullet sections, and gives items with one an Open button', () => {
    const { blocks } = renderSlack(
      reply({
        sections: [
          { kind: 'list', heading: 'Context', items: [{ title: 'a', detail: 'src' }, { title: 'b' }] },
          { kind: 'list', items: [{ title: 'Alibaba', badge: { label: 'RETRACTED', tone: 'alert' }, command: '/pledge alibaba-1m-us-jobs' }] },
        ],
      }),
    );
    expect((blocks[0] as AnyBlock).text.text).toBe('*Context*');
    expect((blocks[1] as AnyBlock).text.text).toBe('• a\n    _src_\n• b');
    expect(blocks[2]).toMatchObject({
      text: { text: '*Alibaba*  🔴 *RETRACTED*' },
      accessory: { type: 'button', action_id: 'pledgewatch:open', value: '/pledge alibaba-1m-us-jobs', text: { text: 'Open' } },
    });
  });

  it('turns actions into buttons routed by action_id with the command as value', () => {
    const { blocks } = renderSlack(
      reply({
        actions: [
          { id: 'history', label: 'History', command: '/pledge history a' },
          { id: 'share', label: 'Post to channel', command: '/pledge a' },
          { id: 'subscribe', label: 'Subscribe', command: '/pledge subscribe a', style: 'primary' },
        ],
      }),
    );
    expect(blocks).toEqual([
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'pledgewatch:history', text: { type: 'plain_text', text: 'History', emoji: true }, value: '/pledge history a' },
          { type: 'button', action_id: 'pledgewatch:share', text: { type: 'plain_text', text: 'Post to channel', emoji: true }, value: '/pledge a' },
          { type: 'button', action_id: 'pledgewatch:subscribe', text: { type: 'plain_text', text: 'Subscribe', emoji: true }, value: '/pledge subscribe a', style: 'primary' },
        ],
      },
    ]);
  });

  it('never cuts inside an entity or a link', () => {
    expect(truncate('&amp;'.repeat(10), 13)).toBe('&amp;&amp;…');
    expect(truncate('see <https://example.org/very/long|the source> now', 20)).toBe('see…');
    const chunks = splitText(`${'&amp;'.repeat(700)}`, 3000);
    for (const c of chunks) expect(c).toMatch(/^(&amp;)+$/);
    expect(chunks.join('')).toBe('&amp;'.repeat(700));
  });
});
