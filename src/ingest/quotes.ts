/**
 * Quoted spans in a paragraph. Scraped text often loses one of a pair of quotation marks
 * (a quote that runs on from the previous paragraph, or a closing mark lost at the end), so
 * a closing mark with no opener quotes from the paragraph's start, and an opener with no
 * closing mark quotes to its end.
 */
export interface Span {
  start: number;
  end: number;
}

const opens = new Set(['“', '«', '„']);
const closes = new Set(['”', '»']);

export function quotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let open: number | null = null;
  let straightOpen: number | null = null;
  let lastEnd = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i]!;
    if (opens.has(c)) open = i + 1;
    else if (closes.has(c)) {
      spans.push({ start: open ?? lastEnd, end: i });
      open = null;
      lastEnd = i + 1;
    } else if (c === '"') {
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
  return spans;
}

/** The quoted words around `offset` in `paragraph`, or null when it is not inside a quote. */
export function quoteAt(paragraph: string, offset: number): string | null {
  const span = quotedSpans(paragraph).find((s) => offset >= s.start && offset < s.end);
  if (!span) return null;
  const text = paragraph.slice(span.start, span.end).replace(/^[\s“”"«»„]+|[\s“”"«»„,]+$/g, '').trim();
  // a two-word "mess" is a scare quote, not a statement
  return text.split(/\s+/).length >= 4 ? text : null;
}
