import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanText } from './boilerplate';

export interface ExtractedArticle {
  /** paragraphs separated by blank lines, boilerplate removed */
  text: string;
  title: string | null;
  /** the site's own name when the page says it (og:site_name) */
  siteName: string | null;
}

/** Markup we never want as article text, removed before Readability sees the page. */
const noise = [
  'script', 'style', 'noscript', 'template', 'iframe', 'form', 'nav', 'footer', 'aside',
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]',
  '[class*="share" i]', '[class*="newsletter" i]', '[aria-hidden="true"]',
].join(',');

const blockEnd = /<\/(p|div|h[1-6]|li|blockquote|section|article|header|tr|figcaption|figure|pre)>/gi;

export function looksLikeHtml(input: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(input) || /<(p|div|article|body)[\s>]/i.test(input.slice(0, 5000));
}

/** Text of an HTML fragment with one paragraph per block element. */
function blockText(html: string): string {
  const marked = html.replace(/<br\s*\/?>/gi, '\n').replace(blockEnd, '$&\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  return document.body.textContent ?? '';
}

/**
 * The article in `input`: HTML goes through Mozilla Readability over a linkedom DOM (the
 * page's whole body when Readability finds no article); anything else is taken as plain text.
 * Both then lose boilerplate (cookie notices, form JSON, credits, share prompts).
 */
export function extractArticle(input: string): ExtractedArticle {
  if (!looksLikeHtml(input)) return { text: cleanText(input), title: null, siteName: null };
  const page = /<html[\s>]/i.test(input) ? input : `<!doctype html><html><head></head><body>${input}</body></html>`;
  const { document } = parseHTML(page);
  for (const el of [...document.querySelectorAll(noise)]) el.remove();
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  const bodyHtml = document.body?.innerHTML ?? input;
  let parsed: { title?: string | null; content?: string | null; siteName?: string | null } | null = null;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const bodyText = cleanText(blockText(bodyHtml));
  const articleText = parsed?.content ? cleanText(blockText(parsed.content)) : '';
  return {
    text: articleText.length > 0 ? articleText : bodyText,
    title: parsed?.title?.trim() || null,
    siteName: parsed?.siteName?.trim() || siteName,
  };
}
