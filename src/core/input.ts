import { PledgewatchError, err, ok, type Result } from './errors';

export const MAX_QUERY_LENGTH = 200;

/**
 * Characters no text on the record may hold: C0 and C1 controls (NUL among them: PostgreSQL
 * refuses it) and the bidirectional overrides and isolates (U+202A-202E, U+2066-2069), which
 * make a title read differently from what is stored. Line breaks and tabs are not here.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text from outside (an article, a feed item, a page) with the characters above removed. */
export const plainText = (raw: string): string => raw.replace(UNSAFE, '');

/**
 * Chat text as the core accepts it: control, bidi and invisible characters become spaces, runs
 * of white space fold, and anything over `max` characters is refused with a message that says
 * so and what the limit is for.
 */
export function cleanText(
  raw: string,
  max = MAX_QUERY_LENGTH,
  limit = { takes: 'a search takes', hint: 'Search by entity, person or a few words: /pledge alibaba, /pledge jack ma.' },
): Result<string> {
  const text = raw.replace(UNSAFE, ' ').replace(/[\u200b-\u200f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length > max) {
    return err(
      new PledgewatchError('bad_input', `That is ${text.length.toLocaleString('en-US')} characters long; ${limit.takes} up to ${max.toLocaleString('en-US')}.`, {
        hint: limit.hint,
      }),
    );
  }
  return ok(text);
}

/**
 * Splits on white space. Double quotes (straight or curly) group words, also inside a
 * token: `title="two words"` is one token, `title=two words`. Inside straight quotes, `\"`
 * is a quote and `\\` a backslash (what `commandWord` writes).
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let inToken = false;
  let closing: string | null = null;
  let escaped = false;
  for (const ch of text) {
    if (escaped) {
      current += ch === '"' || ch === '\\' ? ch : `\\${ch}`;
      escaped = false;
    } else if (closing === '"' && ch === '\\') {
      escaped = true;
    } else if (closing !== null) {
      if (ch === closing || (closing === '”' && ch === '"')) closing = null;
      else current += ch;
    } else if (ch === '"' || ch === '“') {
      closing = ch === '“' ? '”' : '"';
      inToken = true;
    } else if (/\s/.test(ch)) {
      if (inToken) tokens.push(current);
      current = '';
      inToken = false;
    } else {
      current += ch;
      inToken = true;
    }
  }
  if (inToken) tokens.push(current);
  return tokens;
}

/** A value as one word of a command line, quoted and escaped when it needs to be; tokenize reads it back. */
export function commandWord(value: string): string {
  return /^[^\s"“”\\]+$/.test(value) ? value : `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** A form's command text with the submitted values appended as `name=value` words; blank values are left out. */
export function formText(text: string, values: Iterable<readonly [string, string]>): string {
  const words = [...values].filter(([, v]) => v.trim() !== '').map(([name, v]) => `${name}=${commandWord(v.trim())}`);
  return [text, ...words].join(' ');
}

/** The http(s) links in plain text, in order, once each, without trailing punctuation. */
export function linksIn(text: string): string[] {
  const found = [...text.matchAll(/https?:\/\/[^\s<>|"'`]+/gi)].map((m) => m[0].replace(/[).,;:!?\]]+$/, ''));
  return [...new Set(found.filter((u) => URL.canParse(u)))];
}
