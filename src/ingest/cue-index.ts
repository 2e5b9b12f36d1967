/**
 * Which cues a sentence can match, without running them all. Every cue pattern starts at a
 * word boundary with literal words or a choice of them ("\b(will|would) not (build|open)"),
 * so a cue can only match a sentence that holds one of its leading strings ("will not
 * build", "would not open", ...). The index reads those strings from each pattern's source
 * once; per sentence it looks up each word's prefixes (a few Map reads per word), checks the
 * strings of the cues found, and returns the cues worth running, in the lexicon's order. A
 * pattern whose start it cannot read (a character class, an optional group first) is always
 * run: the index may keep too many cues, never too few.
 */

/** at most this many leading strings per pattern: past it, the strings read so far are kept */
const MAX = 64;

/** The strings a match of `source` must start with, or null when they cannot be read. */
export function leadingStrings(source: string): string[] | null {
  const p = new Parser(source);
  const out = p.alternatives();
  // (a pattern that starts with no letter at all cannot be looked up)
  return p.at < source.length || out === null || out.strings.some((x) => !/^[a-z0-9]/.test(x)) ? null : [...new Set(out.strings)];
}

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  /** alternatives separated by "|", up to a ")" or the end; `whole` when every string spells its alternative to the end */
  alternatives(): { strings: string[]; whole: boolean } | null {
    const strings: string[] = [];
    let whole = true;
    for (;;) {
      const one = this.sequence();
      if (one === null) return null;
      strings.push(...one.strings);
      whole &&= one.whole;
      if (this.src[this.at] !== '|') break;
      this.at++;
    }
    return { strings, whole };
  }

  /** one alternative: the strings its leading literals and groups spell, then past the rest of it */
  private sequence(): { strings: string[]; whole: boolean } | null {
    const s = this.src;
    let out: string[] = [''];
    let open = true;
    while (open && this.at < s.length && s[this.at] !== '|' && s[this.at] !== ')') {
      if (s.startsWith('\\b', this.at)) { this.at += 2; continue; }
      if (/^\(\?<?[=!]/.test(s.slice(this.at, this.at + 4))) { this.skipGroup(); continue; }
      const c = s[this.at]!;
      if (/[a-z0-9 '-]/.test(c)) {
        // "cancell?ation": a quantified letter may be absent, and what follows is not read
        if (/^[?*{+]/.test(s[this.at + 1] ?? '')) { open = false; continue; }
        this.at++;
        out = out.map((x) => x + c);
        continue;
      }
      if ((c === '(' && s[this.at + 1] !== '?') || s.startsWith('(?:', this.at)) {
        const start = this.at;
        this.at += s.startsWith('(?:', this.at) ? 3 : 1;
        const inner = this.alternatives();
        if (inner === null || s[this.at] !== ')') { this.at = start; open = false; continue; }
        this.at++;
        const q = s.slice(this.at, this.at + 2);
        // an optional or repeated group, or one past the cap: it and what follows are not read
        if (/^[?*+{]/.test(q) || out.length * inner.strings.length > MAX) { this.at = start; open = false; continue; }
        out = out.flatMap((x) => inner.strings.map((y) => x + y));
        // (a group read only in part ends what can be read)
        if (!inner.whole) open = false;
        continue;
      }
      open = false;
    }
    const whole = open;
    this.skipRest();
    return { strings: out, whole };
  }

  /** past the rest of an alternative: escapes, classes and nested groups, to "|" or ")" at this level */
  private skipRest(): void {
    const s = this.src;
    while (this.at < s.length) {
      const c = s[this.at]!;
      if (c === '|' || c === ')') return;
      if (c === '\\') this.at += 2;
      else if (c === '[') this.skipClass();
      else if (c === '(') this.skipGroup();
      else this.at++;
    }
  }

  private skipClass(): void {
    const s = this.src;
    this.at++;
    while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  private skipGroup(): void {
    const s = this.src;
    let depth = 0;
    while (this.at < s.length) {
      const c = s[this.at]!;
      if (c === '\\') { this.at += 2; continue; }
      if (c === '[') { this.skipClass(); continue; }
      this.at++;
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return;
    }
  }
}

export interface CueIndex<T> {
  /** the items whose pattern may match this lemma line, in their original order */
  candidates(line: string): T[];
  /** how many items are run on every line (their start could not be read) */
  always: number;
}

interface Node {
  next: Map<number, Node>;
  /** the items whose leading strings start with this node's word, and those strings */
  entries: { item: number; text: string }[];
}

/** An index over items with patterns (the cue lexicon). */
export function indexCues<T extends { pattern: RegExp }>(items: T[]): CueIndex<T> {
  /** the leading strings' first words, letter by letter: a word of the line walks down as far as it matches */
  const root: Node = { next: new Map(), entries: [] };
  const always: number[] = [];
  items.forEach((item, i) => {
    const strings = item.pattern.flags.includes('i') ? null : leadingStrings(item.pattern.source);
    if (strings === null) return always.push(i);
    for (const text of strings) {
      let node = root;
      for (const c of /^[a-z0-9]+/.exec(text)![0]) {
        const code = c.charCodeAt(0);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), entries: [] }));
        node = child;
      }
      node.entries.push({ item: i, text });
    }
  });
  return {
    always: always.length,
    candidates(line) {
      const hit = new Uint8Array(items.length);
      for (const i of always) hit[i] = 1;
      for (const m of line.matchAll(/\w+/g)) {
        let node: Node | undefined = root;
        for (let k = 0; k < m[0].length && node; k++) {
          node = node.next.get(m[0].charCodeAt(k));
          // (a string longer than its first word, "will not", must be there in full)
          if (node) for (const e of node.entries) if (!hit[e.item] && (e.text.length === k + 1 || line.startsWith(e.text, m.index))) hit[e.item] = 1;
        }
      }
      const out: T[] = [];
      hit.forEach((h, i) => { if (h) out.push(items[i]!); });
      return out;
    },
  };
}
