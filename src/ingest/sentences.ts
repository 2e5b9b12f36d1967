/**
 * Paragraphs, sentences and tokens of an article, read once by wink-nlp: each token's
 * lemma ("scrapped" -> "scrap", "won't" -> "will not"), part of speech and offset. The cue
 * lexicon (cues.ts) matches the sentence's lemma line, so one entry covers every inflection.
 * The model ships inside the npm package (wink-eng-lite-web-model): nothing is fetched at
 * run time. Only the detection worker imports this file, so only it holds the model.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { quotedSpans, type Span } from './quotes';

export interface Token {
  /** lower-cased surface form, curly apostrophes made straight */
  norm: string;
  lemma: string;
  pos: string;
  /** offset in the sentence's text */
  start: number;
  end: number;
  /** offset of the lemma in the sentence's lemma line */
  at: number;
}

/** One sentence of an article, with where it sits so quotes can span sentences. */
export interface Sentence {
  text: string;
  /** index of its paragraph in the article */
  paragraph: number;
  /** offset of the sentence in its paragraph */
  start: number;
  tokens: Token[];
  /** the lemmas joined by single spaces: "the company will not go ahead with the plant ." */
  lemmas: string;
}

export interface SplitArticle {
  paragraphs: string[];
  /** each paragraph's quoted spans, computed once */
  quotes: Span[][];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let loaded: Nlp | undefined;
// sentence breaks and parts of speech (lemmas need them); not sentiment, entities or negation
const nlp = (): Nlp => (loaded ??= winkNLP(model, ['sbd', 'pos']));

const straight = (s: string) => { const l = s.toLowerCase(); return l.includes('’') || l.includes('‘') ? l.replace(/[’‘]/g, "'") : l; };
/** the lemmatizer's American short forms, back to the words the lexicon uses */
/** (a Map, not an object: "constructor" or "toString" in a text must not find Object's own members) */
const respell = new Map([['thru', 'through'], ['tho', 'though']]);

/**
 * wink's tokenizer takes time quadratic in the length of one unbroken run of characters (40k
 * characters without a space: 6 s). No word is 64 characters long, so a longer run gets a
 * space every 64 characters: same length, same offsets, linear time. Curly quotation marks
 * go to straight ones for wink only (it tags them four times slower); the sentence text
 * keeps them.
 */
function breakLongRuns(para: string): string {
  return (longestRun(para) >= 64 ? para.replace(/\S{64,}/g, (run) => run.replace(/(.{63})./gsu, '$1 ')) : para).replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
}

/** the longest run of characters without white space (a scan of char codes: the regex alone takes longer on 1 MB) */
function longestRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (the white space \s matches: ASCII, no-break and the Unicode spaces and separators)
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) run = 0;
    else if (++run > best) best = run;
  }
  return best;
}

/**
 * wink's sentence reader also slows down on a long paragraph full of quotation marks, so a
 * paragraph is read in pieces of about 2,000 characters, each ending where a sentence ends
 * (or, failing that, at a space).
 */
const PIECE = 2_000;
function chunks(para: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (para.length - from > PIECE) {
    const window = para.slice(from + PIECE / 2, from + PIECE);
    let cut = -1;
    for (const m of window.matchAll(/[.!?]["”’)]*\s+/g)) cut = m.index + m[0].length;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const to = cut > 0 ? from + PIECE / 2 + cut : from + PIECE;
    out.push([from, to]);
    from = to;
  }
  out.push([from, para.length]);
  return out;
}

/** Where token `v` starts at or after `from`: past white space only, so the scan stays linear. */
function locate(para: string, v: string, from: number): number {
  let i = from;
  while (i < para.length && i - from < 64 && /\s/.test(para[i]!)) i++;
  return para.startsWith(v, i) ? i : from;
}

/** Paragraphs (line separated), their quoted spans, and their sentences with tokens. */
export function splitArticle(text: string): SplitArticle {
  const paragraphs = text.split(/\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const sentences: Sentence[] = [];
  const { its } = nlp();
  paragraphs.forEach((original, paragraph) => {
    const para = breakLongRuns(original);
    for (const [from, to] of chunks(para)) {
      const piece = para.slice(from, to);
      const doc = nlp().readDoc(piece);
      let cursor = 0;
      // (the piece's tokens read out once, each sentence a span of them)
      const allValues = doc.tokens().out(its.value) as string[];
      const allLemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const allPos = doc.tokens().out(its.pos) as string[];
      for (const [first, end] of doc.sentences().out(its.span) as unknown as [number, number][]) {
        const values = allValues.slice(first, end + 1);
        const lemmas = allLemmas.slice(first, end + 1);
        const pos = allPos.slice(first, end + 1);
        if (values.length === 0) continue;
        const start = locate(piece, values[0]!, cursor);
        const tokens: Token[] = [];
        let at = start;
        let line = '';
        values.forEach((v, i) => {
          const s = locate(piece, v, at);
          const lower = straight(lemmas[i] ?? v);
          const lemma = respell.get(lower) ?? lower;
          if (line) line += ' ';
          tokens.push({ norm: straight(v), lemma, pos: pos[i] ?? 'X', start: s - start, end: s - start + v.length, at: line.length });
          line += lemma;
          at = s + v.length;
        });
        cursor = at;
        // "the ID.4 SUV", "version 2.0": a full stop with no space after it ends no sentence
        const last = sentences[sentences.length - 1];
        if (last && last.paragraph === paragraph && last.start + last.text.length === from + start && /\.$/.test(last.text)) {
          const shift = from + start - last.start;
          const lemmaShift = last.lemmas.length + 1;
          last.tokens.push(...tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift, at: t.at + lemmaShift })));
          last.text = original.slice(last.start, from + at);
          last.lemmas = `${last.lemmas} ${line}`;
          continue;
        }
        sentences.push({ text: original.slice(from + start, from + at), paragraph, start: from + start, tokens, lemmas: line });
      }
    }
  });
  return { paragraphs, quotes: paragraphs.map(quotedSpans), sentences };
}

/** The token at a lemma-line offset (binary search: tokens are in order). */
export function tokenAt(s: Sentence, offset: number): number {
  let lo = 0;
  let hi = s.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.tokens[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
