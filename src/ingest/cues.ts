/**
 * The cue phrases that turn a sentence about a tracked pledge into a finding, with how much
 * each one alone says (weight, 0..1). Detection (detect.ts) then adjusts the weight for who
 * says it and how: negated or denied, hedged, quoted from the pledger.
 *
 * Text is matched lower-cased with curly apostrophes made straight ("won’t" -> "won't").
 * Every cue counts only when a pledge word (promise, pledge, goal, jobs, the pledge's own
 * terms...) is within reach of it in the same sentence, outside the cue's own words: most
 * cues are common verbs ("drop", "stand by", "no longer plans to", "can't be met"), and
 * "shares dropped 3%" or "Ma no longer plans to attend" is no retraction.
 */
import type { Finding } from './types';

export type CueFinding = Exclude<Finding, 'mention'>;

export interface Cue {
  finding: CueFinding;
  weight: number;
  pattern: RegExp;
  /** the pattern already ends in the pledge word ("cut its target", "kept its promise") */
  carriesObject?: true;
  /** what to do when the cue is negated or denied ("denies scrapping", "has not abandoned") */
  negated: 'reaffirmed' | 'drop';
}

export const cues: Cue[] = [
  // --- retracted: the pledger withdrew it themselves -------------------------------------
  { finding: 'retracted', weight: 0.9, negated: 'drop',
    pattern: /\b(won't|will not|would not|wouldn't|cannot|can't|could not|couldn't|can no longer|could no longer|will no longer|would no longer|is not going to|isn't going to) (be able to )?(follow through on|honou?r|keep|fulfill?|deliver on|make good on|stick to|go ahead with)\b/ },
  { finding: 'retracted', weight: 0.9, negated: 'drop',
    pattern: /\b(cannot|can't|can no longer|could not|couldn't|could no longer|will not|won't|will no longer|would no longer) be (fulfill?ed|kept|met|honou?red|realised|realized|achieved)\b/ },
  { finding: 'retracted', weight: 0.85, negated: 'reaffirmed',
    pattern: /\bwalk(s|ed|ing)? back\b/ },
  { finding: 'retracted', weight: 0.85, negated: 'reaffirmed',
    pattern: /\b(retract(s|ed|ing)?|withdr(aw|ew|awn|awing|aws)|rescind(s|ed|ing)?|reneg(e|es|ed|ing)|abandon(s|ed|ing)?|scrap(s|ped|ping)?|drop(s|ped|ping)?|ditch(es|ed|ing)?|shelv(e|es|ed|ing)|jettison(s|ed|ing)?|t(ore|ear|ears|earing) up|revok(e|es|ed|ing)|cancel(s|led|ed|ling|ing)?)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed',
    pattern: /\b(back(s|ed|ing)? (away|off|out) (from|of)|g(ive|ives|ave|iving) up on|call(s|ed|ing)? off|pull(s|ed|ing)? (out of|back from|the plug on))\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop',
    pattern: /\bno longer (plans?|planning|intends?|intending|committed|pursuing|aims?|aiming|expects?|expecting|stands? by|seeks?|seeking)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop',
    pattern: /\bpremise no longer exists\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop',
    pattern: /\b(is|was|are|were|now) off the table\b/ },

  // --- scaled_back: still standing, but smaller ------------------------------------------
  { finding: 'scaled_back', weight: 0.85, negated: 'reaffirmed',
    pattern: /\bscal(e|es|ed|ing) (back|down)\b/ },
  { finding: 'scaled_back', weight: 0.85, negated: 'reaffirmed', carriesObject: true,
    pattern: /\b(cut|cuts|cutting|lower(s|ed|ing)?|reduc(e|es|ed|ing)|trim(s|med|ming)?|halv(e|es|ed|ing)|pare(s|d)? back|narrow(s|ed|ing)?|shr(ink|inks|ank|unk|inking)) (its |his |the |that |their )?([\w-]+ ){0,2}(target|goal|pledge|promise|commitment|ambition)s?\b/ },
  { finding: 'scaled_back', weight: 0.7, negated: 'drop',
    pattern: /\b(now|instead) (only )?(aims?|expects?|plans?|hopes?|promises?|pledges?|targets?) (only |just )?(to|for)\b/ },

  // --- broken: not delivered, not withdrawn ----------------------------------------------
  { finding: 'broken', weight: 0.75, negated: 'drop',
    pattern: /\b(fail(s|ed|ing)?) to (create|deliver|meet|keep|fulfill?|reach|honou?r|make good)\b/ },
  { finding: 'broken', weight: 0.7, negated: 'drop',
    pattern: /\b(f(ell|alls|alling|allen)) (far |well |way )?short\b/ },
  { finding: 'broken', weight: 0.7, negated: 'drop',
    pattern: /\b(deadline|five-year (window|deadline)|five years) (has |have )?(passed|lapsed|expired|came and went|come and gone|ran out|run out)\b/ },
  { finding: 'broken', weight: 0.65, negated: 'drop',
    pattern: /\bnever (materiali[sz]ed|came to pass|happened|delivered|created|came close)\b/ },
  { finding: 'broken', weight: 0.65, negated: 'drop', carriesObject: true,
    pattern: /\b(broke|broken|breaks|breaking|unfulfill?ed) (his |its |their |the |a |that )?([\w-]+ ){0,2}(promise|pledge|vow|commitment)s?\b/ },

  // --- kept: delivered -------------------------------------------------------------------
  { finding: 'kept', weight: 0.85, negated: 'drop', carriesObject: true,
    pattern: /\b(kept|keeps|fulfill?ed|fulfill?s|delivered on|made good on|honou?red|met|hit|reached|achieved|exceeded|surpassed) (its |his |the |that |a |their )?([\w-]+ ){0,3}(promise|pledge|goal|target|commitment|vow)s?\b/ },

  // --- reaffirmed: the pledger says it still stands --------------------------------------
  { finding: 'reaffirmed', weight: 0.85, negated: 'drop',
    pattern: /\b(remains?|remained|is still|are still|still|stays?|stayed) (fully |firmly |very much )?(committed|on track|determined)\b/ },
  { finding: 'reaffirmed', weight: 0.85, negated: 'drop',
    pattern: /\b(reaffirm(s|ed|ing)?|reiterat(e|es|ed|ing)|recommit(s|ted|ting)?|renew(s|ed|ing)?|doubl(e|es|ed|ing) down on)\b/ },
  { finding: 'reaffirmed', weight: 0.8, negated: 'drop',
    pattern: /\b(stands? by|stood by|standing by|sticks? to|stuck to|sticking to)\b/ },
  { finding: 'reaffirmed', weight: 0.8, negated: 'drop',
    pattern: /\b(will|would|intends? to|plans? to|is going to) (still |fully )?(keep|honou?r|fulfill?|deliver on|stick to|follow through on|make good on) (its |his |the |our |that |their |this )?([\w-]+ ){0,2}(promise|pledge|goal|target|commitment|vow|word)s?\b/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop',
    pattern: /\bstill (plans?|intends?|aims?|expects?|hopes?) to\b/ },
];

/**
 * Negation scope. A short negator ("not", "never", "n't") reverses a cue up to four words
 * after it within the same clause (a comma, "but", ";" ends the clause). A denial verb
 * ("denies", "dismissed reports that", "false") reaches further, up to twelve words and
 * across commas, because denials wrap a whole reported clause: "Alibaba denied reports,
 * published Tuesday, that it had scrapped the pledge". Words inside a cue ("won't follow
 * through", "no longer planning") are part of it, not a negation of it.
 */
export const shortNegators = /^(not|never|no|nor|neither|n't|cannot|hasn't|hadn't|isn't|wasn't|didn't|doesn't|don't|won't|haven't|aren't|weren't|without)$/;
export const denials = /^(den(y|ies|ied|ying)|dismiss(es|ed|ing)?|reject(s|ed|ing)?|refut(e|es|ed|ing)|rebut(s|ted|ting)?|false|untrue|baseless|inaccurate|unfounded|contradict(s|ed|ing)?)$/;
/**
 * Markets move too: "shares dropped", "sales fell short", "revenue was cut". A cue right
 * after one of these words (within three) is about the market, not the pledge.
 */
export const marketSubjects = /^(shares?|stocks?|prices?|sales|revenues?|profits?|earnings|index|markets?|forecasts?|estimates?|yuan|dollar|bonds?)$/;

/** words that end a clause for the short scope and for hedges */
export const clauseBreak = /^(but|however|although|though|while|whereas|yet)$/;

/**
 * Hedges: the cue is a question, a possibility or someone else's speculation, not news.
 * "could abandon", "whether it will scrap", "analysts wonder if". Halves the weight.
 */
export const hedges = /^(may|might|could|whether|if|possibly|perhaps|considering|weighing|mulling|rumou?red|speculat\w*|wonder\w*|ask(s|ed)?|question\w*|risk\w*|threaten\w*|should)$/;

/**
 * Words that name a pledge without saying which one. The strong ones are pledges by
 * definition; the weak ones ("target", "plan") are pledge words only beside the pledge's
 * subject ("jobs plan", "1m jobs goal"): "Alibaba dropped its revenue target" is not about
 * the million jobs.
 */
export const strongPledgeNouns = /\b(promis(e|es|ed|ing)|pledg(e|es|ed|ing)|vow(s|ed)?|commitments?)\b/;
export const weakPledgeNouns = /\b(goals?|targets?|plans?|offers?|ambitions?|jobs)\b/;
