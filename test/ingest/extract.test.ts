import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/boilerplate';
import { extractArticle, looksLikeHtml } from '../../src/ingest/extract';
import { seedsDir } from '../support/seeds';

describe('boilerplate cleaning', () => {
  it('drops cookie notices, form-validation JSON, share prompts, pointers to other stories and credits; keeps the story', () => {
    const raw = [
      'Speed bumps ahead for the company in the U.S. Source: Some Feed',
      '',
      'The founder said the plan was off.',
      '',
      '{"email":"Email address invalid","url":"Website address invalid","required":"Required field missing"}',
      '',
      "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
      'Share this article',
      'Source: Wire Photo',
      // another story's headline, and wire credit lines
      'Read more: Rival scraps its battery plant in Ohio',
      'Related: Five factories that were never built',
      '(Reporting by a correspondent; Editing by the desk)',
      'Our Standards: The Trust Principles.',
    ].join('\n');
    expect(cleanText(raw)).toBe('Speed bumps ahead for the company in the U.S.\n\nThe founder said the plan was off.');
  });

  it('leaves ordinary sentences that talk about sources and sharing alone', () => {
    const raw = 'A source familiar with the matter said the shares would be sold.\nThe company uses cookies in its bakeries.\nRelated projects in Texas were paused.';
    expect(cleanText(raw)).toBe('A source familiar with the matter said the shares would be sold.\n\nThe company uses cookies in its bakeries.\n\nRelated projects in Texas were paused.');
  });
});

describe('extractArticle', () => {
  it('takes plain text as text, cleaned', () => {
    const a = extractArticle('Headline\n\nBody sentence one. Body sentence two.\n\nWe use cookies. Accept all cookies');
    expect(a.text).toBe('Headline\n\nBody sentence one. Body sentence two.');
    expect(looksLikeHtml('Plain words with a < sign')).toBe(false);
  });

  it('pulls the article out of a page with a cookie banner, navigation, share tools and a footer', () => {
    const html = `<!doctype html><html><head><title>Story | Ledger</title><meta property="og:site_name" content="The Ledger"></head><body>
      <div id="cookie-banner"><p>This website uses cookies to improve your experience.</p><button>Accept</button></div>
      <nav><a href="/">Home</a><a href="/news">News</a></nav>
      <article><h1>Story</h1>
        <p>First paragraph of the story, long enough to look like an article to the extractor and to a reader alike.</p>
        <p>Second paragraph, with a quote: “We are not going ahead,” the chairman said on Wednesday in a statement.</p>
        <p>Third paragraph, giving the background of the decision and what analysts made of it over the week.</p>
      </article>
      <div class="share-bar"><p>Share on Twitter</p></div>
      <footer><p>© The Ledger</p></footer>
    </body></html>`;
    const a = extractArticle(html);
    expect(a.text).toContain('First paragraph of the story');
    expect(a.text).toContain('“We are not going ahead,” the chairman said');
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    for (const junk of ['cookies', 'Accept', 'Home', 'Share on Twitter', '©']) expect(a.text).not.toContain(junk);
    expect(a.siteName).toBe('The Ledger');
  });

  it('falls back to the page body when Readability finds no article', () => {
    const a = extractArticle('<p>Just one short line.</p><p>We use cookies. Accept all cookies</p>');
    expect(a.text).toBe('Just one short line.');
  });
});

const seeds = seedsDir();

describe('the seed articles (plain text) lose their boilerplate', () => {
  it('no cookie notice, form JSON or "Source: X" credit survives; the story does', () => {
    for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const { text } = extractArticle(readFileSync(join(seeds, name), 'utf8'));
      expect(text, name).not.toMatch(/uses cookies|"email":|Source: /);
      expect(text, name).toMatch(/Ma/);
    }
  });
});
