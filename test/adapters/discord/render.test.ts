import { describe, expect, it } from 'vitest';
import { encodeCustomId } from '../../../src/adapters/discord/custom-id';
import type { Action, Reply } from '../../../src/core/reply';
import { discordLimits, embedLength, renderDiscord, toneColours } from '../../../src/render/discord';

const long = (n: number, ch = 'x') => ch.repeat(n);
const base: Reply = { summary: 'summary', sections: [], visibility: 'ephemeral' };

function withinLimits(reply: Reply) {
  const { embeds, components } = renderDiscord(reply, { customId: encodeCustomId });
  const [embed] = embeds;
  expect(embeds).toHaveLength(1);
  expect(embedLength(embed!)).toBeLessThanOrEqual(discordLimits.embedTotal);
  expect((embed!.title ?? '').length).toBeLessThanOrEqual(discordLimits.title);
  expect((embed!.description ?? '').length).toBeLessThanOrEqual(discordLimits.description);
  expect((embed!.footer?.text ?? '').length).toBeLessThanOrEqual(discordLimits.footer);
  expect((embed!.fields ?? []).length).toBeLessThanOrEqual(discordLimits.fields);
  for (const f of embed!.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(discordLimits.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(discordLimits.fieldValue);
  }
  expect(components.length).toBeLessThanOrEqual(discordLimits.rows);
  for (const row of components) {
    expect(row.components.length).toBeLessThanOrEqual(discordLimits.buttonsPerRow);
    for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  }
  return embed!;
}

describe('Reply -> Discord embed and buttons', () => {
  it('colours by tone: a retraction is red, and errors are grey', () => {
    const alert = renderDiscord({ ...base, title: 't', badge: { label: 'RETRACTED', tone: 'alert' } });
    expect(alert.embeds[0]?.color).toBe(toneColours.alert);
    expect(alert.embeds[0]?.author?.name).toBe('RETRACTED');
    const good = renderDiscord({ ...base, title: 't', badge: { label: 'KEPT', tone: 'good' } });
    expect(good.embeds[0]?.color).toBe(toneColours.good);
    expect(renderDiscord({ ...base, error: { code: 'not_found' } }).embeds[0]?.color).not.toBe(toneColours.alert);
  });

  it('puts the quote with its source link in the description, fields for who/what/when', () => {
    const embed = withinLimits({
      ...base,
      title: 'Alibaba Group: create 1 million US jobs',
      titleUrl: 'https://pledgewatch.example/pledges/alibaba-1m-us-jobs',
      sections: [
        { kind: 'fields', fields: [{ label: 'Pledged by', value: 'Jack Ma' }, { label: 'Made', value: '2017-01-09' }] },
        { kind: 'quote', text: 'That premise no longer exists today.', by: 'Jack Ma', on: '2018-09-19', source: { label: 'CNBC [video]', url: 'https://cnbc.example/a_(b)' } },
        { kind: 'context', text: 'alibaba-1m-us-jobs' },
      ],
    });
    expect(embed.url).toBe('https://pledgewatch.example/pledges/alibaba-1m-us-jobs');
    expect(embed.description).toContain('> “That premise no longer exists today.”');
    expect(embed.description).toContain('[CNBC video](https://cnbc.example/a_(b%29)');
    expect(embed.fields?.map((f) => f.name)).toEqual(['Pledged by', 'Made']);
    expect(embed.footer?.text).toBe('alibaba-1m-us-jobs');
  });

  it('truncates oversized parts and keeps the whole embed under 6000 characters', () => {
    withinLimits({
      ...base,
      title: long(1000),
      sections: [
        { kind: 'text', text: long(10_000) },
        { kind: 'fields', fields: Array.from({ length: 40 }, (_, i) => ({ label: long(400, String(i % 10)), value: long(2000) })) },
        { kind: 'context', text: long(3000) },
      ],
    });
  });

  it('splits a long heading list into continuation fields, and says what was left out', () => {
    const links = Array.from({ length: 200 }, (_, i) => ({ label: `Source ${i} ${long(60)}`, url: `https://example.org/${i}` }));
    const embed = withinLimits({ ...base, title: 'Sources', sections: [{ kind: 'links', heading: 'Sources', links }] });
    expect(embed.fields?.[0]?.name).toBe('Sources');
    expect(embed.fields?.[1]?.name).toBe('Sources (cont.)');
    expect(embed.fields?.at(-1)?.value).toMatch(/more sections? not shown/);
  });

  it('renders an unheaded list one field per item, with its badge and command', () => {
    const embed = withinLimits({
      ...base,
      title: '2 results',
      sections: [{ kind: 'list', items: [{ title: 'A', detail: 'a', badge: { label: 'KEPT', tone: 'good' }, command: '/pledge a' }, { title: 'B' }] }],
    });
    expect(embed.fields?.[0]).toMatchObject({ name: 'A · KEPT', value: 'a\n`/pledge a`' });
    expect(embed.fields?.[1]).toMatchObject({ name: 'B', value: '\u200b' });
  });

  it('an empty reply still renders (its summary), never an empty embed', () => {
    expect(renderDiscord(base).embeds[0]?.description).toBe('summary');
  });

  it('buttons: five per row, custom_id over 100 characters left out, share dropped in a channel', () => {
    const actions: Action[] = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: 'page' as const, label: `Page ${i + 2}`, command: `/tariff china page ${i + 2}` })),
      { id: 'history', label: 'History', command: `/pledge history ${long(120, 'a')}` },
      { id: 'share', label: 'Post to channel', command: '/pledge x' },
    ];
    const message = renderDiscord({ ...base, actions }, { customId: encodeCustomId });
    expect(message.components.map((r) => r.components.length)).toEqual([5, 5, 3]);
    const labels = message.components.flatMap((r) => r.components.map((b) => b.label));
    expect(labels).not.toContain('History');
    expect(labels).toContain('Post to channel');
    const inChannel = renderDiscord({ ...base, actions }, { customId: encodeCustomId, inChannel: true, sharedBy: '42' });
    expect(inChannel.components.flatMap((r) => r.components.map((b) => b.label))).not.toContain('Post to channel');
    expect(inChannel.content).toBe('Shared by <@42>');
    expect(inChannel.allowed_mentions).toEqual({ parse: [] });
  });

  it('never cuts a character in half', () => {
    const embed = withinLimits({ ...base, title: long(300, '😀') });
    expect(embed.title).toMatch(/…$/);
    expect(embed.title).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});
