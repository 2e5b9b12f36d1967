/**
 * Article text -> findings about tracked pledges. Pure: no store, no network, no platform.
 * Runs in the detection worker (detector.ts), never on the request path.
 *
 * 1. Split once (sentences.ts): paragraphs, their quoted spans, sentences with lemmas.
 * 2. Link (link.ts): per pledge, whether the article concerns it at all (names the entity
 *    or person AND the pledge itself: figure, terms, keywords, place), and per sentence how
 *    sure it is that the sentence speaks of it (named, or "the company"/"it" in focus).
 *    An article that concerns no pledge yields nothing, not even a mention.
 *    The article's words are read once into a set; a pledge none of whose names is in it
 *    is not linked at all, so the cost does not grow with the number of tracked pledges.
 * 3. Cues (cues.ts): each sentence's lemma line against the lexicon. A cue counts when its
 *    object is a pledge thing within a few words; its weight is scaled by the sentence's
 *    anchor, flipped or dropped when negated or denied, halved when hedged or a question,
 *    lowered when critics claim it, raised when the pledger says it (in quotes above all).
 * 4. One finding per pledge (choose.ts): the most confident cue; below the threshold, a 'mention'. Of
 *    two pledges by one entity, a cue goes to the one whose own terms are nearest.
 * Every step is linear in the article's length: each sentence is read a fixed number of
 * times per pledge, and each cue looks only at a fixed window of words around it.
 */
import { attributionVerbs, type Cue, cues, deniedMaking, partial, pledgeNouns, onTime, untilLater } from './cues';
import { isMoney, sameUnit } from './figures';
import { type ArticleLink, articleWords, figuresOf, ledeParagraphs, linkArticle, mayConcern, type SentenceLink } from './link';
import { clauseActor, otherSpeaker, othersAct } from './actors';
import { quoteAt } from './quotes';
import { type Sentence, type SplitArticle, splitArticle, tokenAt } from './sentences';
import { indexCues } from './cue-index';
import { closurePledge } from './profiles';
import { siblingTerms, termDistance } from './siblings';
import { closing, fromThePledge, othersFirst, endedDone, sitedPledge, hasObject, keptByChange, keptByFigure, keptByOrdinal, ownObject, ownWord, pronounObject, removalPledge, sites, titleVerb } from './objects';
import type { MatchingProfile, PledgeFinding } from './types';
import { dateObject, months, pastTense, qualifiers } from './qualifiers';
import { choose, type Hit, threshold } from './choose';

/** the lexicon, indexed by the words its cues start with: a sentence runs only the cues it can match */
const lexicon = indexCues(cues.map((cue) => ({ cue, pattern: cue.pattern, re: new RegExp(cue.pattern.source, 'g') })));
const candidatesBy = new WeakMap<Sentence, ReturnType<typeof lexicon.candidates>>();
function candidateCues(s: Sentence) {
  let c = candidatesBy.get(s);
  if (!c) candidatesBy.set(s, (c = lexicon.candidates(s.lemmas)));
  return c;
}

export function detect(text: string, profiles: MatchingProfile[], opts: { outlet?: string } = {}): PledgeFinding[] {
  const article = splitArticle(text);
  const words = articleWords(article);
  const shared = new Map(profiles.filter((p) => mayConcern(p, words)).map((p) => [p, siblingTerms(p, profiles)]));
  const links = [...shared].map(([p, sh]) => linkArticle(article, p, sh)).filter((l) => l.concerned);
  if (links.length === 0) return [];
  const hitsBy = new Map<string, Hit[]>(links.map((l) => [l.profile.slug, []]));
  // a headline or lede that denies the pledge was ever made ("says it never promised 9,000 jobs by 2030"):
  // the story is a dispute over what was promised, and nothing in it is a status change
  const lede = ledeParagraphs(article);
  const disputed = new Set(links.filter((l) => article.sentences.some((s, i) => s.paragraph < lede && l.sentences[i]!.anchor > 0 && deniedMaking.test(s.lemmas))).map((l) => l.profile.slug));
  // a column or opinion piece argues over what happened; it does not report it
  const opinion = /^(opinion|comment|column|letters?|editorial|view)\b/i.test(article.paragraphs[0] ?? '');
  // an analysis or explainer draws on what was reported before: below its headline and lede, a change is a recap
  const recap = /^(analysis|explainer|insight|the big read|in depth|big picture)\b/i.test(article.paragraphs[0] ?? '');
  article.sentences.forEach((s, i) => {
    const present = links.filter((l) => l.sentences[i]!.anchor > 0);
    if (present.length === 0) return;
    if (deniedMaking.test(s.lemmas)) return;
    // of several pledges in reach, the cue belongs to those whose own words are here, else nearest
    const here = Math.max(...present.map((l) => l.sentences[i]!.distinct));
    const best = Math.max(...present.map((l) => l.sentences[i]!.topic));
    const found: [ArticleLink, Hit][] = [];
    for (const link of present) {
      if (disputed.has(link.profile.slug)) continue;
      const sl = link.sentences[i]!;
      if (sl.away) continue;
      if (present.length > 1 && (here >= 0.5 ? sl.distinct < Math.min(here, 0.6) : sl.topic < best || sl.topic < 0.3)) continue;
      for (const h of cueHits(article, s, i, sl, link)) found.push([link, (opinion ? h.finding !== 'reaffirmed' : recap && !h.lede && (h.finding === 'retracted' || h.finding === 'scaled_back')) ? { ...h, confidence: h.confidence * 0.7 } : h]);
    }
    // "has pushed back its target to 2030, saying it no longer wanted to rely on offsets": the main clause is the news
    const later = found.filter(([l, h]) => h.finding === 'retracted' && found.some(([o, g]) => o === l && g.finding === 'scaled_back' && g.plain && g.at < h.at && s.tokens.slice(g.at, h.at).some((x) => /^(saying|citing|meaning|adding|explaining|conceding|acknowledging|admitting|noting|warning)$/.test(x.norm))));
    if (later.length) found.splice(0, found.length, ...found.filter((f) => !later.includes(f)));
    // one cue, several pledges of the sentence: it is the one whose own words stand nearest
    // ("its Goodyear factory was ramping up as planned, weeks after it abandoned a cell factory in Colorado")
    const rivals = new Set(found.map(([l]) => l)).size > 1;
    for (const [link, h] of found) {
      if (rivals) {
        const mine = termDistance(s, h.at, link.profile, shared.get(link.profile)!);
        // (well nearer: "plans for Kaiserslautern, Germany, and Termoli, Italy" is one cue for both)
        if (found.some(([o, g]) => o !== link && g.at === h.at && 2 * termDistance(s, g.at, o.profile, shared.get(o.profile)!) + 3 < mine)) continue;
      }
      hitsBy.get(link.profile.slug)!.push(h);
    }
  });
  const out: PledgeFinding[] = [];
  const chosenBy = new Map(links.map((l) => [l, choose(hitsBy.get(l.profile.slug)!)]));
  const news = (l: ArticleLink) => { const c = chosenBy.get(l); return c !== null && c !== undefined && c.confidence >= threshold; };
  for (const link of links) {
    const chosen = chosenBy.get(link)!;
    const outlet = opts.outlet ? { outlet: opts.outlet } : {};
    // a sibling's news ("Lidl GB opens its 1,100th store") with this pledge never named by its own specific terms:
    // the entity's other pledge is the story, this one is not in it
    if (!news(link) && links.some((o) => o !== link && news(o) && o.profile.entityNames.some((n) => link.profile.entityNames.includes(n))) && !link.sentences.some((l) => l.distinct >= 0.8)) continue;
    if (chosen && chosen.confidence >= threshold) {
      out.push({ slug: link.profile.slug, finding: chosen.finding, quote: chosen.quote, sentence: chosen.sentence, confidence: round(chosen.confidence), ...outlet });
    } else {
      const at = link.sentences.findIndex((l) => l.named && l.evidence >= 0.5);
      // (a government's policy named without the government: the first sentence that speaks of it)
      const first = article.sentences[at >= 0 ? at : Math.max(0, link.sentences.findIndex((l) => l.named || (l.anchor > 0 && l.evidence >= 0.6)))]!;
      out.push({ slug: link.profile.slug, finding: 'mention', confidence: at >= 0 ? 0.6 : 0.4, quote: first.text, sentence: first.text, ...outlet });
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

function* cueHits(article: SplitArticle, s: Sentence, index: number, link: SentenceLink, al: ArticleLink): Generator<Hit> {
  const sl = link;
  const target = al.profile.target;
  const closes = closurePledge.test(al.profile.titleVerb ?? '');
  for (const { cue, re } of candidateCues(s)) {
    if (cue.unit && !(target && sameUnit({ unit: cue.unit, after: [] }, target))) continue;
    // ("a law that will reduce the week from 45 to 40 hours" is a pledge to cut it, done)
    if (cue.reduction && /^(cut|reduce|lower|halve|trim|slash|shrink|shorten|decrease)$/.test(al.profile.titleVerb ?? '')) continue;
    // (a law passed keeps a pledge that is a law, a tax or a ban; a railway approved is not yet built)
    if (cue.enacted && !(al.profile.government && !sitedPledge(al.profile))) continue;
    // (and the law is this one, by its own words: "approved a digital securities law" is another)
    if (cue.enacted && !s.tokens.some((x, j) => ownWord(al.profile, x) && !pledgeNouns.has(x.lemma) && Math.abs(j - tokenAt(s, s.lemmas.search(re))) <= 6)) continue;
    re.lastIndex = 0;
    for (const m of s.lemmas.matchAll(re)) {
      // "its long-delayed factory", "the once-scrapped route": a description of the past, not the news
      const first = tokenAt(s, m.index);
      const dash = s.tokens[first - 1];
      if ((m.index > 0 && s.lemmas[m.index - 1] === '-') || (dash && /^[-–]$/.test(dash.norm) && dash.end === s.tokens[first]!.start)) continue;
      const last = tokenAt(s, m.index + Math.max(0, m[0].length - 1));
      // "the delayed programme", "its paused plant": a description between a determiner and its noun, not the news
      if (first === last && /^(the|its|their|his|her|our|this|a|'s|'|’s|’)$/.test(s.tokens[first - 1]?.norm ?? '') && /^(NOUN|PROPN)$/.test(s.tokens[first + 1]?.pos ?? '') && /(ed|en)$/.test(s.tokens[first]!.norm)) continue;
      // "stopped short of killing the plant": what was not done
      if (s.tokens[first - 1]?.norm === 'of' && s.tokens[first - 2]?.norm === 'short' && /^(stop|fall)$/.test(s.tokens[first - 3]?.lemma ?? '')) continue;
      // "Target is upping its wage": the pledger's own name, not the word ("target be up" is no deadline passed)
      if (al.profile.nameWords.has(s.tokens[first]!.norm) && /^\p{Lu}/u.test(s.text.slice(s.tokens[first]!.start, s.tokens[first]!.end))) continue;
      // the pledge's own verb is no cue for it: "cancel student debt", "cut output 40%", "halve plastic"
      if (titleVerb(al.profile, s.tokens[first]!)) continue;
      // "its commitment to scrapping the test", "the pledge to abolish it": the pledge's own content, not its end
      if (cue.finding === 'retracted' && /^(to|of)$/.test(s.tokens[first - 1]?.norm ?? '') && /^(commitment|pledge|promise|vow|bid|push|effort|campaign|drive|fight|goal|aim|mandate|manifesto)s?$/.test(s.tokens[first - 2]?.lemma ?? '')) continue;
      // nor, for a pledge to close a thing, any way of ending it: "shut down Liddell" is the pledge done (below), not dropped
      // (but "scrapped its plan to close the jails" ends the plan)
      if (closes && cue.finding === 'retracted' && closing.test(s.tokens[first]!.lemma) && !s.tokens.slice(last + 1, last + 5).some((x) => pledgeNouns.has(x.lemma) && !ownWord(al.profile, x) && !sites.test(x.lemma))) continue;
      // "planning delays", "supply-chain freezes": a condition of the trade, not a decision on the pledge
      // (but "Prime minister drops her promise": a headline verb tagged as a noun, with its object after it)
      if (first === last && s.tokens[first]!.pos === 'NOUN' && s.tokens[first - 1]?.pos === 'NOUN' && !pledgeNouns.has(s.tokens[first - 1]!.lemma) && !ownWord(al.profile, s.tokens[first - 1]!) && !/^(her|his|its|their|the|a|an|our|plan|plans)$/.test(s.tokens[first + 1]?.norm ?? '')) continue;
      // nor its own noun: the "freeze" of a fare-freeze pledge, the "pause" of a pledged pause, is the pledge itself
      if (first === last && ownWord(al.profile, s.tokens[first]!)) continue;
      // "its Woodbine plant began producing" against a 500-tons-a-day network: one site's start is not the target met
      // (the title's own words, names included: "the new Royal Liverpool University Hospital" is a site)
      if (cue.site && !(al.profile.terms[0] ?? '').toLowerCase().split(/[^\p{L}]+/u).some((w) => sites.test(w) || sites.test(w.replace(/s$/, '')))) continue;
      // "hoped for the pledge to be met": an infinitive is a wish, not an outcome
      // ("the goal would now be reached in 2026": a forecast)
      if (cue.finding === 'kept' && / (to be|will|would|could|may|might|should|can|shall|must) /.test(` ${m[0]} `)) continue;
      // "while closing plants at home": plants in the plural are not the one pledged
      // (a headquarters is one)
      if (cue.singular && /s$/.test(s.tokens[last]!.norm) && !/quarters$/.test(s.tokens[last]!.norm)) continue;
      // "withdrew all staff from the site", "pulled its workers": people leave, the pledge may stay
      if (cue.finding === 'retracted' && s.tokens.slice(last + 1, last + 4).some((x, k, a) => /^(staff|worker|employee|personnel|people|troop|force|team|crew|contractor|expatriate)s?$/.test(x.lemma) && a.slice(0, k).every((y) => /^(its|all|the|their|his|her|some|remaining|foreign|most)$/.test(y.norm)))) continue;
      // a pledge to abolish fees: "scrapping fees would cost £7bn" is its own act, not a retraction
      if (cue.finding === 'retracted' && !cue.refusal && removalPledge.test(al.profile.titleVerb ?? '') && ownObject(s, last, al.profile)) continue;
      // "has withdrawn from the Net-Zero Banking Alliance": leaving a club of pledgers is not dropping the pledge
      // ("scrapped in the coalition agreement" names where, not what)
      if (cue.finding === 'retracted' && s.tokens.slice(last + 1, last + 10).some((x, k, a) => /^(alliance|coalition|association|club|network|forum|initiative|compact|charter)$/.test(x.lemma) && !al.profile.titleWords.includes(x.norm) && !/^(agreement|deal|talks|partner|partners|government|negotiations)$/.test(a[k + 1]?.norm ?? '') && !a.slice(0, k).some((y) => /^(in|during|under|at|after)$/.test(y.norm)))) continue;
      // "withdrawn its 2030 target" against a 2050 pledge: another, interim target of the pledger's
      if ((cue.finding === 'retracted' || cue.finding === 'scaled_back') && otherYearTarget(s, last, al.profile)) continue;
      // "moving forward with other tools": something else goes ahead, not the pledge
      if (cue.finding === 'reaffirmed' && s.tokens.slice(last + 1, last + 4).some((x) => /^(other|different|alternative|another)$/.test(x.norm))) continue;
      // "would go ahead, even as he scrapped or delayed a list of other policies": the cue's object is the others
      if (cue.finding !== 'reaffirmed' && !cue.carriesObject && othersFirst(s, last, al.profile)) continue;
      // "The company says it is on track": a state of the pledger, about this pledge when it is the paragraph's topic
      const stated = cue.finding === 'reaffirmed' && !cue.carriesObject && link.anchor >= 0.9 && link.topic >= 0.6;
      if (!stated && !(cue.entity && link.anchor >= 0.9) && !hasObject(s, first, last, al, cue.carriesObject === true) && (cue.finding === 'retracted' || !pronounObject(s, first, last, sl))) continue;
      const hit = score(cue, article, s, index, first, last, link, al);
      if (hit) yield hit;
    }
  }
  const kept = keptByFigure(s, al.profile) ?? keptByOrdinal(s, al.profile);
  if (kept) {
    const hit = score(kept, article, s, index, 0, 0, link, al);
    if (hit) yield hit;
  }
  const t = s.tokens;
  // "Japan raised the consumption tax to 10 pct from 8 pct": the pledge's own change made, to its figure (objects.ts)
  const changed = keptByChange(s, al.profile);
  if (changed >= 0) {
    const hit = score({ finding: 'kept', weight: 0.75, negated: 'drop', reached: true, pattern: /$^/ }, article, s, index, changed, changed, link, al);
    if (hit) yield hit;
  }
  // "AGL shut down the last unit at Liddell", "the tax was abolished": a pledge to end a thing, done
  if (closes) {
    for (let i = 0; i < t.length; i++) {
      if (!(closing.test(t[i]!.lemma) || titleVerb(al.profile, t[i]!)) || !endedDone(s, i, al.profile)) continue;
      const hit = score({ finding: 'kept', weight: 0.75, negated: 'drop', ...(al.profile.government ? { enacted: true as const } : {}), pattern: /$^/ }, article, s, index, i, i, link, al);
      if (hit) yield hit;
      break;
    }
  }
  // "incomes have not doubled", "the homes were never built": the pledge's own verb, negated, after the fact
  // "has decided not to move ministries": a decision against the pledge's own act
  for (let i = 2; i < t.length; i++) {
    // "parliament voted to abolish the holiday", "lawmakers voted 61-50 to end the tax": the pledge enacted
    if ((titleVerb(al.profile, t[i]!) || (closes && closing.test(t[i]!.lemma))) && t[i - 1]!.norm === 'to' && t.slice(Math.max(0, i - 4), i - 1).some((x) => /^(vote|legislate)$/.test(x.lemma)) && !t.slice(Math.max(0, i - 4), i - 1).some((x) => /^(not|against|down)$/.test(x.norm))) {
      const hit = score({ finding: 'kept', weight: 0.75, negated: 'drop', enacted: true, pattern: /$^/ }, article, s, index, i - 1, i, link, al);
      if (hit) yield hit;
      continue;
    }
    if (i < 3 || !titleVerb(al.profile, t[i]!) || t[i - 1]!.norm !== 'to' || t[i - 2]!.norm !== 'not' || !/^(decide|choose|opt|elect|vote)$/.test(t[i - 3]!.lemma)) continue;
    const hit = score({ finding: 'retracted', weight: 0.85, negated: 'reaffirmed', pattern: /$^/ }, article, s, index, i - 3, i, link, al);
    if (hit) yield hit;
  }
  for (let i = 1; i < t.length; i++) {
    // (for a pledge to end a thing, every way of ending it: "will no longer scrap the levy" refuses a pledge to axe it)
    if (!(titleVerb(al.profile, t[i]!) || (closes && closing.test(t[i]!.lemma))) || !['VERB', 'AUX'].includes(t[i]!.pos) && t[i]!.pos !== 'ADJ') continue;
    const before = t.slice(Math.max(0, i - 3), i).map((x) => x.lemma);
    // "would not be abolishing tolls", "will not build the line", "cannot deliver it": the pledger's own act, refused ahead
    // (dated, "will not open by 2026", it is late, not never)
    const refused = t.slice(Math.max(0, i - 4), i).findIndex((x, k, a) => /^(will|would|can|shall|wo)$/.test(x.lemma) && (/^(not|never|n't)$/.test(a[k + 1]?.norm ?? '') || (a[k + 1]?.norm === 'no' && a[k + 2]?.norm === 'longer')));
    if (refused >= 0) {
      const hit = score({ finding: 'retracted', weight: 0.8, negated: 'drop', late: true, pattern: /$^/ }, article, s, index, Math.max(0, i - 4) + refused, i, link, al, false);
      if (hit) yield /\bby (the end of |the close of )?(19|20)\d\d\b|\b(until|before|this year|next year|on time|on schedule)\b/i.test(s.text.slice(t[i]!.end)) ? { ...hit, finding: 'scaled_back' } : hit;
      continue;
    }
    if (before.some((w) => w === 'not' || w === 'never') && before.some((w) => w === 'have' || w === 'be' || w === 'do' || w === 'never')) {
      const hit = score({ finding: 'broken', weight: 0.65, negated: 'drop', pattern: /$^/ }, article, s, index, Math.max(0, i - 3), i, link, al, false);
      if (hit) yield hit;
    }
  }
}

function score(cue: Cue, article: SplitArticle, s: Sentence, index: number, first: number, last: number, link: SentenceLink, al: ArticleLink, qualify = true): Hit | null {
  const qs = qualify ? qualifiers(s, first) : { negated: false, laterDenied: false, hedged: false, critics: false, market: false };
  // (a denial after the report reverses a reported change; after a restatement, "rejecting suggestions of a retreat", it confirms it)
  // (a "not" inside a cue that spans words, "the pledge had not been abandoned", negates it unless the cue says it: "will not go ahead")
  const inner = qualify && !/\b(not|never|no)\b|n't/.test(cue.pattern.source) && s.tokens.slice(first + 1, last).some((x) => /^(not|never|n't)$/.test(x.norm));
  const q = { ...qs, negated: qs.negated || inner || (qs.laterDenied && cue.finding !== 'reaffirmed' && cue.finding !== 'kept') };
  // ("Coal India output falls short of its target": the market word is the pledge's own measure when a pledge noun follows the cue)
  if (q.market && !s.tokens.slice(last + 1, last + 6).some((x) => /^(target|goal|pledge|promise|commitment|vow)$/.test(x.lemma))) return null;
  // "to fulfil his pledge", "to open the plant": an aim, not an outcome
  if (cue.finding === 'kept' && s.tokens[first - 1]?.norm === 'to') return null;
  // "would rather tell the truth than keep a promise": a choice against it, not the promise kept
  if (cue.finding === 'kept' && s.tokens.slice(Math.max(0, first - 8), first).some((x) => /^(rather|than|instead)$/.test(x.norm))) return null;
  // "opened about 430 stores" of 800, "its first Indian store" of 25: on the way, not there
  // (a sum of money is not counted in ordinals: "the £400m hospital took its first patients" is open)
  // (not for a pledge to bring a figure down: "inflation falls to 4.6%, Sunak pledge met" is under a halving target by design)
  // (but a plant's first cars are the plant at work: a count of its output is not a count of plants)
  if (cue.finding === 'kept' && !cue.reached && al.profile.target && al.profile.target.quantity > 1 && !(cue.site && !sites.test(al.profile.target.unit.replace(/s$/, ''))) && !/^(cut|halve|reduce|lower)$/.test(al.profile.titleVerb ?? '') && (new RegExp(`\\b(${isMoney(al.profile.target.unit) ? '' : 'first|second|third|'}another)\\b`, 'i').test(s.text.slice(s.tokens[first]!.start, s.tokens[Math.min(last + 4, s.tokens.length - 1)]!.end)) || figuresOf(s).some((f) => sameUnit(f, al.profile.target!) && f.value < al.profile.target!.quantity * 0.99))) return null;
  // "will complete the plant next year", "expects to open": the future is not an outcome
  if (cue.finding === 'kept' && s.tokens.slice(Math.max(0, first - 2), first).some((x) => /^(will|would|could|may|might|should|shall|must|expect|plan|aim|hope|'ll)$/.test(x.lemma))) return null;
  // ("a pledge to not only meet, but beat the goals": an aim, however many words stand between)
  if (cue.finding === 'kept' && s.tokens.slice(Math.max(0, first - 7), first).some((x, k, a) => x.norm === 'to' && /^(pledge|promise|vow|aim|plan|goal|commitment|intend|want|hope|seek|bid|effort|determination|resolve|vowing|pledging|promising)$/.test(a[k - 1]?.lemma ?? ''))) return null;
  // ("will allow it to install tooling and start production": the second of two infinitives is an aim too)
  if (cue.finding === 'kept' && /^(and|or)$/.test(s.tokens[first - 1]?.norm ?? '') && s.tokens.slice(Math.max(0, first - 6), first - 1).some((x, k, a) => x.norm === 'to' && a[k + 1]?.pos === 'VERB')) return null;
  // ("is set to be fully operational by 2025", "due to open", "on course to be completed": a schedule, not an outcome)
  if (cue.finding === 'kept' && /\b(set|due|slated|scheduled|poised|expected|likely|on course|on track|going) to (be |get |become )?$/.test(` ${s.tokens.slice(Math.max(0, first - 5), first).map((x) => x.norm).join(' ')} `)) return null;
  // ("the hurdles it faces in meeting its goals", "progress towards meeting it": the aim, a preposition's object, not an outcome)
  if (cue.finding === 'kept' && /ing$/.test(s.tokens[first]!.norm) && /^(in|of|towards|toward|for|about|on|at|from|without|before)$/.test(s.tokens[first - 1]?.norm ?? '')) return null;
  // "slow to appear", "slower than planned": a description, not a decision
  if (qualify && !cue.carriesObject && (s.tokens[first]?.pos === 'ADJ' || s.tokens[last + 1]?.norm === 'than')) return null;
  let finding: Hit['finding'] = cue.finding;
  let confidence = cue.weight * link.anchor;
  // someone else is the subject and the pledger only the object: "Rival Initech scrapped its deal with Acme"
  // (not for broken: a court, a commission or a parliament breaking it is how a pledge breaks)
  // (nor for a law passed or repealed: a chamber's vote is how a government's pledge is enacted)
  // ("rivals have cancelled whole programmes": the others' deed, told beside the pledger's)
  // (and "Queensland's Liberal National opposition withdrew its support": the opposition is not the government)
  const rivals = s.tokens.slice(Math.max(0, first - 4), first).some((x) => /^(rivals?|competitors?|peers|opposition)$/.test(x.norm));
  if (cue.finding !== 'broken' && !cue.enacted && ((link.named && othersAct(s, first, al)) || clauseActor(s, first, al) || rivals)) confidence *= 0.5;
  // "will not open until 2028", "would not invest before the market improves": later, not never
  if (finding === 'retracted' && s.tokens.slice(last + 1, last + 6).some((x) => untilLater.test(x.lemma))) finding = 'scaled_back';
  // "will not build the plant for the time being", "would not open in December 2026, but only partly": not now, not never
  // (told after the date, "did not restart by the end of December", it was broken)
  if (finding === 'retracted' && cue.negated === 'drop' && /^\W*(\w+(,\d+)*[^\w,;]+){0,8}?(for the time being|for now|for the foreseeable future|at (this|the present) time|at the moment|(in|by) (\w+ ){0,3}(january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\d\d)|(next|this) (year|month|spring|summer|autumn|fall|winter|budget))\b/i.test(s.text.slice(s.tokens[last]!.end))) finding = /^(did|was|were|had)$/.test(s.tokens[first]?.norm ?? '') ? 'broken' : 'scaled_back';
  // "replaces '30 by 30' with narrower, later goals", "dropping the 30% target" as it "sets new goals": a smaller pledge stands
  // (replaced by another kind of measure, "a block grant", "store-level measures", it is gone)
  if (finding === 'retracted' && /\b(new|revised|narrower|smaller|lower|later|scaled-down|scaled-back|replacement|interim|reduced) (\w+ ){0,2}(goals?|targets?|dates?|deadlines?|timetables?|timelines?|aims?|ambitions?)\b/i.test(s.text)) finding = 'scaled_back';
  // "scraps the December 2026 opening", "drops 2035 as the target year": the date goes, the pledge stays
  if (finding === 'retracted' && dateObject(s, last)) finding = 'scaled_back';
  // "will not reopen the plant on the timetable it agreed", "could not keep to the date": late, not never
  // ("a promise that was not kept on time": told after the date, it was broken)
  if (finding === 'retracted' && s.tokens.slice(last + 1, last + 10).some((x, i, a) => onTime.test(x.lemma) && [a[i - 1], a[i - 2]].some((w) => w && /^(on|by|to)$/.test(w.norm)))) finding = /^(was|were|has|had|have)$/.test(s.tokens[first]?.norm ?? '') ? 'broken' : 'scaled_back';
  // "the commitment to finish it by 2025 will not be met": the date is missed, the pledge stands
  // ("the 2025 deadline could not be met": the date is its subject)
  if (finding === 'retracted' && cue.late && (/\bby (the end of |the close of )?(19|20)\d\d\b/i.test(s.text) || s.tokens.slice(Math.max(0, first - 4), first).some((x) => onTime.test(x.lemma)))) finding = 'scaled_back';
  // "had not kept his promise", "the furnace was never built": told after the fact, it was broken, not withdrawn
  // ("has not opened yet": not yet, nothing to report)
  const didNot = finding === 'retracted' && cue.negated === 'drop' && /^(was|were|has|have|had|been)$/.test(s.tokens[first]?.norm ?? '') && s.tokens.slice(first, last + 1).some((x) => /^(not|never|n't)$/.test(x.norm)) && !/ing$/.test(s.tokens[last]!.norm);
  if (didNot && s.tokens.slice(last + 1, last + 4).some((x) => x.norm === 'yet')) return null;
  if (didNot) finding = 'broken';
  // "scrapped its interim targets", "dropped part of the plan": the pledge survives, smaller
  if (finding === 'retracted' && s.tokens.slice(last + 1, last + 6).some((x) => partial.test(x.lemma))) finding = 'scaled_back';
  // "drops transport from its zero target": something else leaves the pledge, which stays
  if (finding === 'retracted' && fromThePledge(s, last, al)) finding = 'scaled_back';
  // "dropped plans for an air cargo hub that formed part of its $20 billion pledge": a piece of it goes
  if (finding === 'retracted' && /^[^;]{0,60}\b(that|which) (forms?|formed|was|were|is|are|makes? up|made up) (a |one )?(part|piece|component|element) of\b/i.test(s.text.slice(s.tokens[last]!.end))) finding = 'scaled_back';
  // "accepted the move broke a commitment", "chose to break the promise": a choice against it, a retraction
  if (cue.choice && s.tokens.slice(0, first).some((x) => /^(decision|move|choice|vote|choose|decide|opt|elect)$/.test(x.lemma))) finding = 'retracted';
  // "reversing Magufuli's freeze", "lifted the pause on the plant": the halt ended, the pledge revived
  if (finding === 'retracted' && s.tokens.slice(last + 1, last + 5).some((x) => /^(freeze|pause|suspension|moratorium|halt|shelving|cancellation)$/.test(x.lemma))) finding = 'reaffirmed';
  if (q.negated) {
    if (cue.negated === 'drop') return null;
    finding = cue.negated;
    confidence *= 0.85;
  }
  // (a denied report of a hedged retraction, "dismissed reports it was preparing to abandon", is a firm restatement)
  if ((q.hedged || /\?\s*["”’]?$/.test(s.text)) && !(q.negated && finding === 'reaffirmed')) confidence *= 0.5;
  // "met its annual targets", "hit the interim goal": on the way, not there
  if (finding === 'kept' && s.tokens.slice(first, last + 4).some((x) => /^(annual|yearly|interim|intermediate|milestone|quarterly|first-year)$/.test(x.norm))) finding = 'reaffirmed';
  // critics' words: a retraction they allege is their reading, not the pledger's decision
  const other = finding === 'retracted' && otherSpeaker(s, first, al);
  const doubted = q.hedged || (q.critics && finding !== 'broken') || other;
  // (a failure critics allege is their reading too, if a milder one: "campaigners said the industry would fall short")
  if (q.critics) confidence *= finding === 'retracted' ? 0.6 : 0.7;
  else if (doubted && finding === 'retracted') confidence *= 0.6;
  const paragraph = article.paragraphs[s.paragraph]!;
  const offset = s.start + (s.tokens[first]?.start ?? 0);
  const quote = quoteAt(paragraph, article.quotes[s.paragraph]!, offset);
  // (a critic quoted on the pledger's retreat is not the pledger speaking)
  const attributed = link.speaker && !other && (quote !== null || s.tokens.some((t) => attributionVerbs.test(t.lemma)));
  if (quote && attributed) confidence += 0.1;
  else if (attributed) confidence += 0.05;
  // the headline and lede carry the article's news; later paragraphs that retell the past are background
  const lede = s.paragraph < ledeParagraphs(article);
  // "after a long pause", "despite delays": an earlier event the news follows
  // "four years after the company scrapped it": dated by the span since, even in the lede
  const before = s.tokens.slice(Math.max(0, first - 6), first);
  const since = (s.tokens[first]?.pos === 'NOUN' && before.slice(-3).some((x) => /^(after|following|despite|amid|since)$/.test(x.norm))) || before.some((x, i) => /^(after|since)$/.test(x.norm) && /^(years?|months?|decades?|weeks?|days?)$/.test(before[i - 1]?.norm ?? ''));
  // "A year after its new owners said they would not reopen it, the town ...": the span since opens the clause
  const spanSince = (() => {
    // (after a dateline: "JOLIET, Ill. - A year after ...")
    const dash = s.tokens.findIndex((x, i) => i < 6 && /^[—–-]$/.test(x.norm));
    for (let i = dash + 2; i < first; i++) {
      if (s.tokens[i]!.norm === ',') return false;
      if (/^(after|since)$/.test(s.tokens[i]!.norm) && /^(years?|months?|decades?|weeks?)$/.test(s.tokens[i - 1]!.norm)) return true;
    }
    return false;
  })();
  // a sibling's news told further down, dated by its month ("was called off in June"), in a story whose lede is another's
  const ledeHas = inLede(article, al);
  const monthDated = !lede && !ledeHas && s.tokens.slice(first, first + 10).some((x, i, a) => months.test(x.norm) && /^(in|on|since|until|last)$/.test(a[i - 1]?.norm ?? ''));
  // "..., the KiwiBuild programme, which dropped its target in 2019": a relative clause describes the thing, it is not the news
  // ("..., the project that her predecessor shelved in 2019": the same, dated)
  const relative = s.paragraph > 0 && /(ed|en|t)$/.test(s.tokens[first]?.norm ?? '') && (s.tokens.slice(Math.max(0, first - 3), first).some((x, k, a) => /^(which|who)$/.test(x.norm) && a.slice(k + 1).every((y) => /^(had|has|was|were|been|also|later|then|quietly|eventually)$/.test(y.norm)))
    || (s.tokens.slice(Math.max(0, first - 6), first).some((x) => /^(which|that)$/.test(x.norm)) && s.tokens.slice(last + 1, last + 4).some((x, k, a) => /^(in|since)$/.test(x.norm) && /^(19|20)\d\d$/.test(a[k + 1]?.norm ?? ''))));
  const background = since || spanSince || monthDated || relative || (!lede && pastTense(s, first));
  if (background) confidence *= 0.6;
  else if (lede && !doubted) confidence += 0.05;
  return { finding, confidence: Math.min(0.99, confidence), quote: quote ?? s.text, sentence: s.text, ownWords: quote !== null && attributed, index, at: first, plain: !q.negated, background, lede };
}

/** The cue's object is a target of another year than any the pledge names ("its 2030 target" of a 2050 pledge). */
function otherYearTarget(s: Sentence, last: number, profile: MatchingProfile): boolean {
  const own = new Set(profile.terms.flatMap((t) => t.match(/\b(19|20)\d\d\b/g) ?? []));
  if (own.size === 0) return false;
  const after = s.tokens.slice(last + 1, last + 6);
  const year = after.findIndex((x) => /^(19|20)\d\d$/.test(x.norm));
  return year >= 0 && !own.has(after[year]!.norm) && after.slice(year + 1, year + 4).some((x) => /^(target|goal|ambition|commitment)s?$/.test(x.lemma));
}

/** whether the headline or lede speaks of this pledge by its own terms: read once per pledge, not per cue */
const ledeCache = new WeakMap<ArticleLink, boolean>();
function inLede(article: SplitArticle, al: ArticleLink): boolean {
  let v = ledeCache.get(al);
  if (v === undefined) {
    const lede = ledeParagraphs(article);
    v = al.sentences.some((l, i) => article.sentences[i]!.paragraph < lede && l.anchor > 0 && l.distinct >= 0.5);
    ledeCache.set(al, v);
  }
  return v;
}
