/**
 * Quoted spans in a paragraph, computed once per paragraph (splitArticle) and looked up by
 * binary search, so a long paragraph full of cues stays linear. Scraped text often loses one
 * of a pair of quotation marks (a quote that runs on from the previous paragraph, or a
 * closing mark lost at the end), so a closing mark with no opener quotes from the
 * paragraph's start, and an opener with no closing mark quotes to its end.
 */
export interface Span {
  start: number;
  end: number;
}

const opens = new Set(['“', '«', '„']);
const closes = new Set(['”', '»']);
const marks = /[“«„”»"]/g;

export function quotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  let straightOpen: number | null = null;
  let lastEnd = 0;
  // (only the quotation marks are visited: a 1 MB paragraph holds a few thousand)
  for (const m of paragraph.matchAll(marks)) {
    const c = m[0];
    const i = m.index;
    if (opens.has(c)) open = i + 1;
    else if (closes.has(c)) {
      spans.push({ start: open ?? lastEnd, end: i });
      open = null;
      lastEnd = i + 1;
    } else {
      if (straightOpen === null) straightOpen = i + 1;
      else {
        spans.push({ start: straightOpen, end: i });
        straightOpen = null;
        lastEnd = i + 1;
      }
    }
  }
  const dangling = open ?? straightOpen;
  if (dangling !== null) spans.push({ start: dangling, end: paragraph.length });
  return spans.sort((a, b) => a.start - b.start);
}

/** The quoted words around `offset` in `paragraph`, given its spans; null when it is not inside a quote. */
export function quoteAt(paragraph: string, spans: Span[], offset: number): string | null {
  let lo = 0;
  let hi = spans.length - 1;
  let span: Span | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.start > offset) hi = mid - 1;
    else {
      if (offset < s.end) span = s;
      lo = mid + 1;
    }
  }
  if (!span) return null;
  const text = paragraph.slice(span.start, span.end).replace(/^[\s“”"«»„]+|[\s“”"«»„,]+$/g, '').trim();
  // a two-word "mess" is a scare quote, not a statement
  return text.split(/\s+/).length >= 4 ? text : null;
}
