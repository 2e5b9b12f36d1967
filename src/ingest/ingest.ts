/**
 * `pledgewatch ingest <file|url|->`: one article in, one line per finding out, and the
 * findings stored as proposals for editors (propose.ts). Reading the input is here; the
 * store and the printing are the CLI's.
 */
import { readFile } from 'node:fs/promises';
import { plainText } from '../core/input';
import type { PledgeReads, ProposalIntake } from '../core/ports';
import type { Detector } from './detector';
import { type ExtractedArticle, extractArticle } from './extract';
import { MAX_ARTICLE_CHARS, MAX_ARTICLE_HTML_BYTES, tooLargeMessage } from './limits';
import { loadProfiles } from './profiles';
import { proposeFindings } from './propose';
import type { PledgeFinding } from './types';

export class InputError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The article: a file, standard input ("-") or an http(s) URL, without control or bidi
 * characters (plainText). Throws InputError with the reason.
 */
export async function readArticle(target: string): Promise<{ body: string; outlet?: string; url?: string }> {
  const read = await readRaw(target);
  return { ...read, body: plainText(read.body) };
}

async function readRaw(target: string): Promise<{ body: string; outlet?: string; url?: string }> {
  if (target === '-') return { body: await readStdin() };
  if (/^https?:\/\//i.test(target)) {
    let res: Response;
    try {
      res = await fetch(target, { headers: { 'user-agent': 'pledgewatch-ingest' }, signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new InputError(`cannot fetch ${target}: ${(error as Error).message}`);
    }
    if (!res.ok) throw new InputError(`cannot fetch ${target}: HTTP ${res.status}`);
    return { body: await res.text(), outlet: new URL(target).hostname.replace(/^www\./, ''), url: target };
  }
  try {
    return { body: await readFile(target, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${target}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  }
}

/** `<pledge-slug> <finding> <confidence> "<quote>"`; mentions are not printed. */
export function formatFindings(found: PledgeFinding[]): string[] {
  return found
    .filter((f) => f.finding !== 'mention')
    .map((f) => `${f.slug} ${f.finding} ${f.confidence.toFixed(2)} "${f.quote.replace(/\s+/g, ' ')}"`);
}

/** The article behind `target`, extracted: InputError when it cannot be read or is empty. */
export async function readInput(target: string): Promise<ExtractedArticle & { outlet?: string; url?: string }> {
  const { body, outlet, url } = await readArticle(target);
  if (!body.trim()) throw new InputError(`${target === '-' ? 'standard input' : target} is empty`);
  if (body.length > MAX_ARTICLE_HTML_BYTES) throw new InputError(tooLargeMessage(body.length));
  const article = extractArticle(body);
  if (article.text.length > MAX_ARTICLE_CHARS) throw new InputError(tooLargeMessage(article.text.length));
  return { ...article, ...(outlet ? { outlet } : {}), ...(url ? { url } : {}) };
}

/**
 * The printed lines for an article, against every pledge in the store, detected by the
 * worker pool. Each finding that maps to a status is stored as a proposal (or another source
 * of the pending one). InputError when the article is over the size limit.
 */
export async function ingest(article: ExtractedArticle & { outlet?: string; url?: string }, store: PledgeReads & ProposalIntake, detector: Detector): Promise<string[]> {
  const profiles = await loadProfiles(store);
  const outlet = article.siteName ?? article.outlet;
  const done = await detector.run({ article: { text: article.text, title: article.title }, profiles, outlet: outlet ?? null });
  if (done.kind === 'too_large') throw new InputError(done.message);
  await proposeFindings(store, done.findings, { sourceUrl: article.url ?? null, outlet: outlet ?? null });
  return formatFindings(done.findings);
}
