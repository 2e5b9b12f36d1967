/**
 * The work of one article, as the detection worker runs it: extract (HTML through
 * Readability, or plain text cleaned), refuse it when the text is over the limit, detect.
 * Only the worker imports this file, so only the worker loads the NLP model.
 */
import { cleanText } from './boilerplate';
import { detect } from './detect';
import { extractArticle } from './extract';
import { type ArticleInput, type Detected, MAX_ARTICLE_CHARS, tooLargeMessage } from './limits';
import type { MatchingProfile } from './types';

export interface DetectTask {
  article: ArticleInput;
  profiles: MatchingProfile[];
  outlet?: string | null;
}

export function runDetection(task: DetectTask): Detected {
  const { article } = task;
  const extracted = article.html !== undefined ? extractArticle(article.html) : { text: cleanText(article.text ?? ''), title: null, siteName: null };
  if (extracted.text.length > MAX_ARTICLE_CHARS) return { kind: 'too_large', chars: extracted.text.length, message: tooLargeMessage(extracted.text.length) };
  const outlet = task.outlet ?? extracted.siteName ?? undefined;
  // the headline leads: the entity it names is in focus for the paragraphs after it
  const title = (article.title ?? extracted.title)?.trim();
  const text = title && !extracted.text.startsWith(title) ? `${title}\n\n${extracted.text}` : extracted.text;
  const findings = detect(text, task.profiles, outlet ? { outlet } : {});
  return { kind: 'detected', findings, title: extracted.title, siteName: extracted.siteName, chars: extracted.text.length };
}

export default runDetection;
