/**
 * Boilerplate that scrapers and feeds leave in an article's text. Each rule drops a whole
 * paragraph, except the photo-credit rule, which trims a "Source: X" tail off a caption.
 * Both extract paths (HTML and plain text) end here, so a seed file saved as text is cleaned
 * the same way as a page fetched from the web.
 */
const dropParagraph: RegExp[] = [
  // cookie and consent notices
  /\b(this (web)?site|we) uses? cookies\b/i,
  /\b(accept|reject|manage) (all )?cookies\b/i,
  /\bcookie (policy|settings|preferences)\b/i,
  // form-validation strings leaked from a comment form: {"email":"Email address invalid",...}
  /^\s*\{\s*"[\w-]+"\s*:\s*"[^"]*"(\s*,\s*"[\w-]+"\s*:\s*"[^"]*")*\s*\}\s*$/,
  // share and follow prompts, newsletter boxes, lone "Advertisement" markers
  /^\s*(share( this( article| story)?)?|share on \w+|tweet( this)?|email( this)?|print|advertisement|follow us( on \w+)?|read more|related( articles| stories)?)\s*:?\s*$/i,
  /^\s*(sign up|subscribe) (for|to) (our|the) (\w+ )?newsletter\b.{0,120}$/i,
  /^\s*click here to\b.{0,120}$/i,
  // a pointer to another story, with that story's headline: "Read more: Rival scraps its plant"
  /^\s*(read more|related( articles?| stories| coverage)?|see also|also read|more on this( story)?|recommended|you may also like|watch|listen)\s*[:|»›]\s*.{0,200}$/i,
  // wire credit and standards lines
  /^\s*\(?(reporting|writing|additional reporting) by\b.{0,200}$/i,
  /^\s*our standards\s*:/i,
  // a paragraph that is only a credit
  /^\s*(source|photo|image|credit)s?\s*:\s*[^.]{0,80}$/i,
];

/** "... the U.S. Source: Firenews Feed" — a credit glued to the end of a caption. */
const trailingCredit = /\s+(?:Source|Photo|Image|Credit)s?:\s*[^.:]{1,60}$/;

/** Paragraphs of `text` (split on blank lines or line breaks), boilerplate removed. */
export function cleanParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0 && !dropParagraph.some((rule) => rule.test(p)))
    .map((p) => p.replace(trailingCredit, '').trim())
    .filter((p) => p.length > 0);
}

export function cleanText(text: string): string {
  return cleanParagraphs(text).join('\n\n');
}
