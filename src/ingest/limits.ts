/**
 * What the newswire accepts, shared by every way an article comes in (POST /api/articles,
 * `pledgewatch ingest`, the feed poller) and by the detection worker.
 */
import type { PledgeFinding } from './types';

/**
 * The longest article text read: 2 MiB of characters (2,097,152), well past any real story
 * (a long feature is 50 kB) and still detected in about two seconds. Longer text is refused,
 * never cut: the part left out could be the part that matters.
 */
export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024;
/** HTML carries markup around the text: a page may be this big before extraction. */
export const MAX_ARTICLE_HTML_BYTES = 8 * 1024 * 1024;

export const tooLargeMessage = (chars: number): string =>
  `The article is too large: ${chars.toLocaleString('en-US')} characters of text, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} (2 MiB). Send the story itself, not a whole archive.`;

/** An article as it arrives: plain text (with an optional headline) or an HTML page. */
export interface ArticleInput {
  text?: string;
  html?: string;
  title?: string | null;
}

export type Detected =
  | { kind: 'detected'; findings: PledgeFinding[]; title: string | null; siteName: string | null; chars: number }
  | { kind: 'too_large'; chars: number; message: string };
