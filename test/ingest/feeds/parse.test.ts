import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeedText } from '../../../src/ingest/feeds/parse';

const base = 'http://feeds.example.test';
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8').replaceAll('{{base}}', base);

describe('feed parsing', () => {
  it('reads RSS 2.0: title, guid as the key, absolute links, the description as summary', () => {
    const feed = parseFeedText(fixture('wire-rss.xml'), `${base}/feeds/wire.xml`);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour Wire');
    expect(feed.entries).toEqual([
      {
        key: 'harbour-2041',
        url: `${base}/articles/retraction`,
        title: 'Retail giant walks away from its American hiring promise',
        summary: 'The founder told a state broadcaster the pledge no longer holds.',
      },
      { key: 'harbour-2042', url: `${base}/articles/denial`, title: 'Company says hiring plan is still alive', summary: '<p>A spokesman rejected a newspaper report.</p>' },
    ]);
  });

  it('reads Atom 1.0: the entry id as key, relative links resolved, content before summary', () => {
    const feed = parseFeedText(fixture('desk-atom.xml'), `${base}/feeds/desk.atom`);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Lakeside Ledger: Trade Desk');
    expect(feed.entries.map((e) => [e.key, e.url])).toEqual([
      ['tag:ledger.example,2018:trade/77', `${base}/articles/gone`],
      ['tag:ledger.example,2018:trade/78', `${base}/articles/earnings`],
    ]);
    expect(feed.entries[0]!.summary).toMatch(/^Alibaba Group has abandoned its plan/);
    expect(feed.entries[1]!.summary).toBe('<p>Cloud revenue climbed and margins held, the company said.</p>');
  });

  it('an item without guid is keyed by its link, else its title; a non-web link is dropped; duplicates once', () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>One</title><link>https://a.example.org/1</link></item>
      <item><title>Two</title><link>javascript:alert(1)</link></item>
      <item><title>One again</title><link>https://a.example.org/1</link></item>
      <item><description>no title, no link</description></item>
    </channel></rss>`;
    const feed = parseFeedText(xml, `${base}/x.xml`);
    expect(feed.entries.map((e) => [e.key, e.url])).toEqual([
      ['https://a.example.org/1', 'https://a.example.org/1'],
      ['Two', null],
    ]);
  });

  it('malformed XML, an HTML page and an empty body are FeedFormatErrors that say what they are', () => {
    expect(() => parseFeedText(fixture('malformed.xml'), base)).toThrow(FeedFormatError);
    expect(() => parseFeedText(fixture('malformed.xml'), base)).toThrow(/malformed XML \(line 8: /);
    expect(() => parseFeedText(fixture('not-a-feed.html'), base)).toThrow(/an HTML page, not an RSS or Atom feed/);
    expect(() => parseFeedText('<p>Log in<br></p>', base, 'text/html; charset=utf-8')).toThrow(/HTML page/);
    // a feed its server labels text/html is still a feed
    expect(parseFeedText(fixture('wire-rss.xml'), base, 'text/html').entries).toHaveLength(2);
    expect(() => parseFeedText('  ', base)).toThrow(/empty/);
    expect(() => parseFeedText('<?xml version="1.0"?><opml><body/></opml>', base)).toThrow(/not a readable RSS or Atom feed/);
  });

  it('a feed that is only slightly broken (a bare &) is read, with a warning', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>AT&T wire</title><item><title>Q&A with Ma</title><link>https://x.example.org/1?a=1&b=2</link><guid>1</guid></item></channel></rss>';
    const feed = parseFeedText(xml, base);
    expect(feed.entries).toEqual([{ key: '1', url: 'https://x.example.org/1?a=1&b=2', title: 'Q&A with Ma', summary: null }]);
    expect(feed.warning).toMatch(/malformed XML/);
    expect(parseFeedText(fixture('wire-rss.xml'), base).warning).toBeUndefined();
  });
});
