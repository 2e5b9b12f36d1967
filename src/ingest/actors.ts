/**
 * Who does what a cue says (detect.ts): the pledger, or someone else named beside it, a
 * speaker who is not the pledger's, or another actor in a clause of its own.
 */
import { critics, officers, speechVerbs } from './cues';
import type { ArticleLink } from './link';
import { descriptors } from './subjects';
import type { Sentence } from './sentences';

/** Who says it: "UAW says Stellantis is reneging", "Mayor Lee said the company had walked away": the speaker, before the verb of saying, is someone else, not one of the pledger's officers. */
export function otherSpeaker(s: Sentence, first: number, al: ArticleLink): boolean {
  const t = s.tokens;
  const k = t.findIndex((x, i) => i < first && speechVerbs.test(x.lemma));
  if (k <= 0) return laterSpeaker(t, first, al);
  const subject = t.slice(0, k);
  if (/^(another|other|rival)$/.test(subject[0]!.norm)) return true;
  // "former chief minister Palaniswami", "opposition leader ...": an office once held, or held against the pledger
  if (subject.some((x, i) => /^(former|opposition|ex|shadow)$/.test(x.norm) && subject.slice(i + 1, i + 4).some((y) => officers.test(y.lemma) || /^(leader|chief|premier|mayor|governor|president)$/.test(y.lemma)))) return true;
  if (subject.some((x) => al.profile.nameWords.has(x.norm) || officers.test(x.lemma) || x.norm === 'it' || x.norm === 'we')) return false;
  // "The Swiss solar manufacturer said": the pledger described, not someone else
  if (/^(the|this)$/.test(subject[0]!.norm) && subject.some((x) => descriptors.has(x.lemma))) return false;
  return subject.some((x) => x.pos === 'PROPN' || critics.test(x.lemma));
}

/** '"The promise is dead," former chief minister Palaniswami told protesters': the speaker after the quote is someone else */
function laterSpeaker(t: Sentence['tokens'], first: number, al: ArticleLink): boolean {
  const k = t.findIndex((x, i) => i > first && speechVerbs.test(x.lemma));
  if (k < 0) return false;
  let from = k;
  while (from > first && !/^[,"”’]$/.test(t[from - 1]!.norm)) from--;
  const speaker = [...t.slice(from, k), ...t.slice(k + 1, k + 5)];
  // ("the Republican governor said": a party that governs is no critic)
  if (speaker.some((x, i) => /^(former|opposition|ex|shadow|rival)$/.test(x.norm) || (critics.test(x.lemma) && !/^(-|led|governor|mayor|president|premier|government|administration)$/.test(speaker[i + 1]?.norm ?? '')) || /^(campaign|advocacy|protection|welfare)$/.test(x.norm))) return true;
  return false;
}

/** A proper name other than the pledger's stands before the cue, and the pledger's names come only after it. */
export function othersAct(s: Sentence, first: number, al: ArticleLink): boolean {
  const own = al.profile.nameWords;
  const before = s.tokens.slice(0, first);
  if (before.some((t) => own.has(t.norm))) return false;
  // "Energy Minister Chris Bowen has walked away from Labor's promise": an officer, the pledger's own
  if (before.some((t) => officers.test(t.lemma))) return false;
  return before.some((t) => t.pos === 'PROPN' && !own.has(t.norm)) && s.tokens.slice(first).some((t) => own.has(t.norm));
}

/** clauses that tell another actor's deed beside the pledger's: "... after the Transportation Department said it was rescinding" */
const subordinators = /^(after|when|while|because|since|before|until|although|though|whereas|but|;)$/;
/** The cue's own clause, opened by a subordinator, has a named subject that is not the pledger's. */
export function clauseActor(s: Sentence, first: number, al: ArticleLink): boolean {
  const t = s.tokens;
  let from = -1;
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) if (subordinators.test(t[i]!.norm)) { from = i + 1; break; }
  if (from < 0) return false;
  const span = t.slice(from, first);
  if (span.some((x) => al.profile.nameWords.has(x.norm))) return false;
  // "weeks after several large drugmakers paused their investments": others, counted
  if (span.some((x, i) => /^(several|many|other|rival|some|few|two|three|four|five)$/.test(x.norm) && span.slice(i + 1).some((y) => y.pos === 'NOUN' && /s$/.test(y.norm)))) return true;
  return span.some((x) => x.pos === 'PROPN' && /^\p{Lu}/u.test(s.text.slice(x.start, x.start + 1)) && !al.profile.objectWords.has(x.norm));
}
