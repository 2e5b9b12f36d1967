import fc from 'fast-check';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpusSet } from '../../src/ingest/corpus';
import { indexCues, leadingStrings } from '../../src/ingest/cue-index';
import { cues } from '../../src/ingest/cues';
import { extractArticle } from '../../src/ingest/extract';
import { splitArticle } from '../../src/ingest/sentences';

const index = indexCues(cues);
/** the cues that really match a lemma line, and whether the index kept each of them */
const missed = (line: string) => cues.filter((c) => c.pattern.test(line) && !index.candidates(line).includes(c)).map((c) => c.pattern.source);

describe('the cue index', () => {
  it('reads the strings a pattern must start with, through groups and alternatives', () => {
    expect(leadingStrings(String.raw`\b(will|would) not (build|open)\b`)?.sort()).toEqual(['will not build', 'will not open', 'would not build', 'would not open']);
    // a quantified letter ends what can be read; so does a group read only in part
    expect(leadingStrings(String.raw`\b(honou?r|keep) (its|the) promise`)).toEqual(['hono', 'keep']);
    expect(leadingStrings(String.raw`\bcancell?ation\b`)).toEqual(['cancel']);
    // an optional group is not read, nor what follows it
    expect(leadingStrings(String.raw`\bpull (out of|(the )?plug on)\b`)).toEqual(['pull out of', 'pull ']);
    // zero-width assertions are passed over; top-level alternatives each give theirs
    expect(leadingStrings(String.raw`\b(?<!go )back on\b|\bstill on(?= [.,;]|$)`)).toEqual(['back on', 'still on']);
    // a start that is not a word cannot be looked up
    expect(leadingStrings(String.raw`\b(be |now )?(fully|entirely)`)).toBeNull();
    expect(leadingStrings(String.raw`\b[\w-]+ plan`)).toBeNull();
  });

  it('keeps every cue that matches a sentence of the development set, and runs few of the rest', () => {
    const root = fileURLToPath(new URL('../fixtures/newswire/dev', import.meta.url));
    let lines = 0;
    let kept = 0;
    for (const a of loadCorpusSet(join(root))) {
      for (const s of splitArticle(extractArticle(a.body).text).sentences) {
        expect(missed(s.lemmas), s.lemmas).toEqual([]);
        lines++;
        kept += index.candidates(s.lemmas).length;
      }
    }
    expect(lines).toBeGreaterThan(1000);
    expect(kept / lines).toBeLessThan(cues.length / 4);
  });

  it('keeps every matching cue on lines made of the lexicon\'s own words', () => {
    const vocabulary = [...new Set(cues.flatMap((c) => c.pattern.source.match(/[a-z]{2,}/g) ?? []))];
    const words = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 'its', 'a', 'plant', 'pledge', '2026', ',', '.', "'s", '-'));
    fc.assert(fc.property(fc.array(words, { minLength: 1, maxLength: 14 }), (ws) => missed(ws.join(' ')).length === 0), { numRuns: 3000 });
  });

  it('returns the cues in the lexicon\'s order', () => {
    const found = index.candidates('the company will not go ahead and will scrap the plan , which be on track');
    expect(found.map((c) => cues.indexOf(c))).toEqual([...found.map((c) => cues.indexOf(c))].sort((x, y) => x - y));
    expect(found.length).toBeGreaterThan(2);
  });
});
