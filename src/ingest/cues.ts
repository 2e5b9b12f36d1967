/**
 * How the press writes about what became of a pledge, as cue patterns over a sentence's
 * lemma line (sentences.ts: "has scrapped" -> "have scrap", "won't go ahead" -> "will not go
 * ahead"), so one entry covers every inflection. Each cue has a weight (how much it alone
 * says, 0..1); detection (detect.ts) then adjusts it for who says it and how: negated or
 * denied, hedged, a question, quoted from the pledger, claimed by critics.
 *
 * Most cues are common verbs ("drop", "delay", "open", "stand by"): one counts only when its
 * object is a pledge thing (a pledge noun below, or the pledge's own figures, terms or place)
 * within a few words, so "shares dropped 3%" or "Ma no longer plans to attend" is nothing.
 * No cue names a company, a person or a story.
 */
import type { Finding } from './types';

export type CueFinding = Exclude<Finding, 'mention'>;

export interface Cue {
  finding: CueFinding;
  weight: number;
  pattern: RegExp;
  /** the pattern already holds its object ("cut its target", "kept its promise") */
  carriesObject?: true;
  /** what a negated or denied cue says ("denies scrapping", "has not abandoned", "there is no scrapping of") */
  negated: 'reaffirmed' | 'drop';
  /** counts only against a target in this unit kind ("laid off 500 workers" against a jobs pledge) */
  unit?: string;
  /** a site's news ("opens its plant", "begins producing"): kept only for a pledge to build one, not for a network-wide figure */
  site?: true;
  /** the pledger's own fate ("calls in administrators", "goes bust"): no object, when the sentence is about the pledger */
  entity?: true;
  /** its object is one thing: "closing plants at home" is not the plant pledged */
  singular?: true;
  /** a law passed or a ballot won: kept only for a government's or a politician's pledge */
  enacted?: true;
  /** the cue refuses the pledge's act ("ruled out abolishing tolls"): the pledge's own verb after it is what is refused, not a cue's object to set aside */
  refusal?: true;
  /** a "will not happen" that, dated in its sentence ("will not be met by 2025"), says late, not never */
  late?: true;
  /** a pledge broken by the pledger's own act ("the decision broke a commitment", "chose to break it") is withdrawn, not failed */
  choice?: true;
  /** a figure made smaller: for a pledge to cut one, its own act */
  reduction?: true;
  /** the figure reached is read with the cue ("raised it to 10% from 8%"): no other figure says it is on the way */
  reached?: true;
}

const own = String.raw`(?:its |his |her |their |the |that |this |a |our |an )?`;
/** a few modifiers before the pledge noun; wink splits "recycled-packaging" into three tokens */
const mods = String.raw`([^ ]+ ){0,4}`;
const pledgeObj = String.raw`(?:promise|pledge|vow|commitment|goal|target|plan|ambition|word)`;
const cancelVerbs = 'cancel|discontinue|scrap|shelve|axe|ax|kill|drop|dump|abandon|abandoned|ditch|jettison|scupper|nix|reverse|retire|sunset|bury|retract|withdraw|withdrawn|rescind|revoke|renege|terminate|tear up|tore up|rip up|ripped up';
const cancelNouns = 'cancell?ation|abandonment|withdrawal|retraction|reversal|u-turn|about-turn|about-face|climbdown|scrapping|exit from|pullout|pull-out';
const goAhead = String.raw`(?:go ahead|go forward|proceed|progress|move forward|move ahead|press ahead|push ahead|build|pursue|follow through|honou?r|keep|fulfill?|deliver on|make good on|stick to|open|reopen|restart|resume|invest|complete|buy|purchase|hire)`;

/** wink splits most hyphenated words ("about-turn" -> "about - turn") and keeps a few ("u-turn"): a pattern's hyphen takes either */
const hyphens = (re: RegExp) => new RegExp(re.source.replace(/([a-z])-([a-z])/g, '$1(?: - |-| )$2'), re.flags);

export const cues: Cue[] = ([
  // --- retracted: the pledger withdrew or cancelled it ------------------------------------
  { finding: 'retracted', weight: 0.85, negated: 'reaffirmed', pattern: new RegExp(String.raw`\b(${cancelVerbs})\b`) },
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', pattern: new RegExp(String.raw`\b(${cancelNouns})\b`) },
  { finding: 'retracted', weight: 0.85, negated: 'reaffirmed', pattern: /\b(walk (back|away from)|back (away|off|out) (from|of)|pull (out of|back from|(the )?plug on)|give up on|call off|bow out of|turn (its|his|her|their) back on|backpedal|back-pedal|back pedal|back down on)\b/ },
  // "will not try again to put the tax before voters", "won't bring it back to voters": given up after a defeat
  { finding: 'retracted', weight: 0.8, negated: 'drop', pattern: /\b(will|would|do) not (try|attempt|seek|push|go) (\w+ ){0,2}again\b|\b(will|would) not (bring|put|take) ([^ ]+ ){0,6}back (to|before)\b/ },
  // a programme ended: "formally ended the light rail project", "the Rwanda scheme had been formally ended", "winds up the company set up to build it"
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: /\b(end|wind up|disestablish|close down) (the |its |their |this |that )?((?!speculation|talk|doubt|rumou?r|uncertainty|question|fear|worry|concern|debate|that|which)[\w-]+ ){0,3}(scheme|programme|program|project|plan|policy|initiative|deal|partnership)\b|\b(scheme|programme|program|project|plan|policy|initiative|deal|partnership) (have |has |had )?(be|been) (formally |officially |quietly |finally )?(end|wind up|disestablish)\b/ },
  // "quits the project", "exits the venture" (a verb only with its object: "the coal exit" is a noun)
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', pattern: /\b(quit|exit) (?=(its|the|their|his|her|this|that|a|an) )/ },
  // "is leaving the project for good", "exits the venture for good"
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: /\b(leave|exit|quit|abandon|depart) (its |the |their |this |that )?([\w-]+ ){0,2}(project|plan|venture|scheme|programme|program|development|site) (for good|permanently|altogether)\b/ },
  // a headline verb read as a noun: "government shelves Nusantara move"
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', pattern: /\bshelf(?= [\w])(?! life)/ },
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', pattern: /\bstop (develop|work toward|work towards|build|development of)\b|\b(decide|choose|opt|agree) to stop (work|construction) (on|at|of)\b/ },
  // "stopped work on the plant": a site halted, as "halt" and "suspend" are, not the plan given up (unless decided: above)
  { finding: 'scaled_back', weight: 0.75, negated: 'reaffirmed', pattern: /\b(?<!(decide|choose|opt|agree) to )stop (work on|work at|construction of|construction at|construction on)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: /\bstop work (toward|towards) (that|the|its|this|their) (date|deadline|goal|target|aim)\b/ },
  // the figure no longer said: "has stopped citing the $500 billion", "no longer repeats the number"
  { finding: 'retracted', weight: 0.75, negated: 'drop', pattern: /\b(stop|cease|no longer) (cite|mention|repeat|quote|use|promise|refer to|talk about|put a figure on|put a number on)\b/ },
  // struck from the plan: "struck the goal from its climate plan", "removes the pledge from its website"
  { finding: 'retracted', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(strike|remove|delete|erase|scrub|drop) ([^ ]+ ){0,10}(from|off) (its |the |their |his |her )?([\w-]+ )?(plan|manifesto|website|report|strategy|budget|agenda|programme|program|platform|list)\b/ },
  { finding: 'retracted', weight: 0.75, negated: 'reaffirmed', pattern: /\b(shut (down|([\w-]+ ){1,3}down)|wind down|backtrack (on|from))\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', pattern: /\b(move on from|let go of|go back on|move away from|step back from|retreat from|change (its|his|her|their|our) mind (about|on|over)|change of heart (about|on|over)|drop out of|back out of|put an end to|pull out|walk away)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(promise|pledge|target|goal|plan|commitment|ambition) (\w+ ){0,2}(be|have be) (now )?(go|gone|dead|history|over|abandon|abandoned)\b(?! ahead)/ },
  // "is done chasing an all-electric fleet", "has no plans to buy further cars", "closing its Joliet plant"
  { finding: 'retracted', weight: 0.8, negated: 'drop', pattern: new RegExp(String.raw`\bbe (done|do|finished|finish|through) (chase|with|pursue)\b|\bno (further |more )?plans? (to|for) (further |more )?${goAhead}\b`) },
  { finding: 'retracted', weight: 0.75, negated: 'reaffirmed', carriesObject: true, singular: true, pattern: /\bclose (down )?(its |the |their |a )?([\w-]+ ){0,3}(plant|factory|facility|mill|campus|works|headquarters|hq|hub|warehouse)\b/ },
  // "Big Rapids battery project dies", "the deal fell through"; "frees Petrobras from its obligation to sell"
  { finding: 'retracted', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(project|plan|deal|scheme|pledge|promise|plant|factory|agreement) (\w+ ){0,2}(die|fall through|unravel|founder)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(free|release|relieve|let) (\w+ ){0,3}(from|off) (its |his |her |their |the )?([\w-]+ ){0,2}(obligation|pledge|promise|commitment|requirement)\b/ },
  // left out: "the bill does not include the tax", "the manifesto no longer contains a date for it", "omits the pledge"
  { finding: 'retracted', weight: 0.75, negated: 'drop', pattern: /\b((do|be) not|no longer) (include|contain|feature|carry)\b|\b(manifesto|budget|plan|strategy|document|platform|report|bill|agenda|blueprint|roadmap|update|programme|program)s? (\w+ ){0,3}((do|be) not|no longer) mention\b|\b(leave|leaves|left) out\b|\bomit\b/ },
  // "called time on the scheme", "reversed course on the plan"
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: new RegExp(String.raw`\b(call time on|reverse course on|u-turn on) ${own}${mods}(plan|project|scheme|agreement|deal|programme|program|policy|pledge|promise|commitment|target|goal)\b`) },
  // "ended its plan to ...": the verb with its own object, not "as the year ends" or "ends with the promise unmet"
  { finding: 'retracted', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: /\bend (its |the |their |his |her |a |an |our |this |that |['‘"“] )([\w'’"”,-]+ ){0,5}(plan|project|scheme|agreement|deal|programme|program|pledge|promise|commitment|target|goal|ambition|expansion|condition|rule|requirement|policy|effort|bid|drive|push|quest)\b/ },
  { finding: 'retracted', weight: 0.85, negated: 'drop', pattern: new RegExp(String.raw`\b(will|would|do|be|can|could|have) (not|no longer|never) (be able to |go to |longer )?(be )?${goAhead}\b`) },
  // "votes to stop the Green Line project in its current form", "will stop selling gas at Rs 500 a cylinder" (not "stop work on": a halt)
  { finding: 'retracted', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\bstop (the |its |their |this )?(?!work\b|construction\b|building\b)([\w-]+ ){0,3}(project|programme|program|scheme|plan|subsidy|payment|policy)\b/ },
  { finding: 'retracted', weight: 0.7, negated: 'drop', pattern: /\b(stop|cease) (sell|pay|offer|provide|fund|run|give|subsidi[sz]e)\b/ },
  // "will move production of its car out of West Bengal", "relocates the project away from the town": the site given up
  { finding: 'retracted', weight: 0.75, negated: 'drop', site: true, carriesObject: true, pattern: /\b(move|shift|relocate|take) (\w+ ){0,5}(out of|away from)\b/ },
  // "replaces the Rs 500 cylinder subsidy with a monthly cash grant": the pledged thing gives way to another
  { finding: 'retracted', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /(?<!\bto )\breplace ([^ ]+ ){1,6}with\b/ },
  { finding: 'retracted', weight: 0.85, negated: 'drop', pattern: new RegExp(String.raw`\b(decide|choose|opt|elect|vote) (not to|against) (${goAhead}|\w+ing)\b`) },
  // "has ruled out raising the stipend to Rs 2,100 this term": the pledged act refused (but "ruled out scrapping it" is a denial, qualifiers.ts)
  { finding: 'retracted', weight: 0.85, negated: 'drop', refusal: true, pattern: new RegExp(String.raw`\brule out (?!(\w+ ){0,2}(${cancelVerbs}|${cancelNouns}|delay|postpone|pause|slow|cut|trim|scale|reduce|lower|shrink|water|weaken|dilute|soften|return|revive|restart|resume|change|further|new|more|another|any (further|more|new|other)|a (return|second|u-turn|retreat))\b)`) },
  // "was directed to keep capacity at 12 million and not to proceed with the expansion"
  { finding: 'retracted', weight: 0.8, negated: 'drop', pattern: new RegExp(String.raw`\b(and|but|decision|direct|tell|told|order|instruct|agree) (\w+ ){0,3}not to ${goAhead}\b`) },
  { finding: 'retracted', weight: 0.85, negated: 'drop', pattern: /\bno longer (plan|planning|intend|commit|committed|pursue|aim|expect|stand by|seek|go ahead|proceed|build|move forward|want|consider)\b/ },
  // a state pledged, given up: "will no longer go carbon neutral", "says it is no longer net zero", "no longer claims to be"
  { finding: 'retracted', weight: 0.8, negated: 'drop', pattern: /\bno longer (be|go|remain|stay|claim to be|call itself|describe itself as|maintain)\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop', late: true, pattern: /\b(can|could|will|would) (not|no longer|never) be (complete|completed|finish|finished|ready|done)\b/ },
  { finding: 'retracted', weight: 0.85, negated: 'drop', late: true, pattern: /\b(can|could|will|would) (not|no longer) be (fulfill?|fulfill?ed|keep|kept|meet|met|honou?r|honou?red|realis|realiz|realise|realize|achieve|deliver)\w*\b/ },
  { finding: 'retracted', weight: 0.8, negated: 'drop', pattern: /\b(be|now|remain) (officially |now |firmly |effectively |formally )?off the table\b|\bpremise no longer exist\b|\bbe dead\b|\bno longer (possible|feasible|viable|realistic|achievable|on the table|an option|apply|in (force|effect|place))\b/ },

  // --- scaled_back: still standing, but smaller or later ----------------------------------
  // a date moved: "the closure was pushed to 2032", "extended the life of the plant to 2029", "moves the deadline to 2031"
  { finding: 'scaled_back', weight: 0.75, negated: 'reaffirmed', pattern: /\b(push|move|shift|extend|stretch|slide|slip) (\w+ ){0,4}(to|until|into|beyond) (the )?(end of |late |early |mid |mid-)?(19|20)\d\ds?\b|\b(spread|stretch) (\w+ ){0,6}over (a )?longer\b/ },
  // "later than promised": late, unless the sentence tells it done ("took effect a year later than promised" is kept)
  { finding: 'scaled_back', weight: 0.6, negated: 'reaffirmed', pattern: /\blater than (plan|planned|promise|promised|expected|originally|first|(19|20)\d\d)\b/ },
  // the promise narrowed to some of those it was made to: "the cut was limited to industry and agriculture"
  { finding: 'scaled_back', weight: 0.7, negated: 'reaffirmed', pattern: /\b(limit|restrict|confine) (\w+ ){0,3}to (industry|business|some|part|a few|the first|those|low-income|only)\b/ },
  { finding: 'scaled_back', weight: 0.8, negated: 'reaffirmed', pattern: /\b(scale (back|down)|cut back|pare back|par back|pare down|rein in|water down|downsize|trim|slash|halve|shrink|shrank|narrow)\b/ },
  { finding: 'scaled_back', weight: 0.8, negated: 'reaffirmed', carriesObject: true, pattern: new RegExp(String.raw`\b(cut|lower|low|reduce|revise down|scale back|water down|pare back) ${own}${mods}${pledgeObj}\b`) },
  { finding: 'scaled_back', weight: 0.75, negated: 'reaffirmed', pattern: /\b(delay|postpone|pause|defer|suspend|halt|freeze|froze|frozen|mothball|push back|put on (hold|ice)|on (hold|ice)|slow|slow down|stall|slip|push (\w+ ){0,3}back)\b/ },
  { finding: 'scaled_back', weight: 0.75, negated: 'reaffirmed', carriesObject: true, pattern: /\b(move|push|shift|put) (back )?(the |its |their |a )?(date|deadline|target date|timeline|timetable|start date|opening date) (back|for|of|to|from)\b/ },
  { finding: 'scaled_back', weight: 0.75, negated: 'reaffirmed', carriesObject: true, pattern: /\b(construction|work|building|development) (on (the |its |their )?([^ ]+ ){0,6}(plant|factory|project|site|facility) )?(have |has |had )?(be |been )?(stop|stopped|halt|halted)\b|\bmove the goalposts\b/ },
  // "first production now expected in 2029, about five years later than first planned"; "declared force majeure on the project"
  { finding: 'scaled_back', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(years?|months?|decade) (later|late) than (first |originally |initially |once )?(plan|planned|promise|promised|schedule|scheduled|expect|expected|envisage)\b|\bdeclare force majeure\b/ },
  { finding: 'scaled_back', weight: 0.7, negated: 'drop', pattern: /\b(renegotiate|reconsider|rethink|re-evaluate|reevaluate|reassess|re-examine|under review|revisit)\b/ },
  { finding: 'scaled_back', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(rather than|instead of|down from|fewer than|few than|a fraction of) (the )?([^ ]+ ){0,5}(originally|initially|first|once)? ?(promise|pledge|plan|announce|envisage|tout|target|expect)\w*\b/ },
  { finding: 'scaled_back', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(few|fewer|less|little|small|smaller|low|lower) ([\w-]+ ){0,4}than (it |they |he |she )?(have |had )?(originally |initially |first |once )?(promise|plan|announce|pledge|envisage|target)\w*\b|\breduce the (size|scale|scope) of\b/ },
  { finding: 'scaled_back', weight: 0.7, negated: 'drop', pattern: /\b(now|instead) (only )?(aim|plan|hope|promise|pledge|target) (only |just )?(to|for)\b/ },
  // "will deliver only about half of the promised million shells"
  { finding: 'scaled_back', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\bonly (\w+ ){0,2}(half|third|quarter|fraction|part) of (the |its |their )?(\w+ )?(promise|pledge|target|plan|goal|promised|pledged|planned)\b/ },
  { finding: 'scaled_back', weight: 0.65, negated: 'drop', unit: 'job', carriesObject: true, pattern: /\b(lay off|layoff|layoffs|job cut|cut [\d,.]+ (\w+ )?(job|worker|position|employee)|shed [\d,.]+ (\w+ )?(job|worker|position)|eliminate [\d,.]+ (\w+ )?(job|position)|(job|position|post|worker|employee)s? (be |being |will be |to be |have be |have been )?(cut|eliminate|axe|shed|lose|lay off))\b/ },
  // "is to be cut from 0.7% of national income to 0.5%", "reduced the subsidy from £2,500 to £3,000 a year": the figure pledged, made smaller
  { finding: 'scaled_back', weight: 0.7, negated: 'drop', reduction: true, pattern: /\b(cut|reduce|lower|trim|slash|scale back|pare back|shrink) (\w+ |[^ ]+ ){0,8}?from (£ |\$ |€ |us\$ )?[\d.,]+ (\S+ ){0,6}?to (£ |\$ |€ |us\$ )?[\d.,]+/ },

  // --- broken: not delivered, and the pledger did not withdraw it -------------------------
  { finding: 'broken', weight: 0.75, negated: 'drop', pattern: /\bfail to (create|deliver|meet|keep|fulfill?|reach|honou?r|make good|hire|build|open|materiali[sz]e|follow through|produce|come close|bring|get|cut|reduce|halve|double|hit|achieve|plant|recruit)\b/ },
  { finding: 'broken', weight: 0.75, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\bfail (on|with) ${own}${mods}(promise|pledge|vow|commitment|target|goal)\b`) },
  { finding: 'broken', weight: 0.7, negated: 'drop', pattern: /\b(fall|fell|come|came) ([^ ]+ ){0,3}short\b|\b(far|well|way|a long way) short( of)?\b/ },
  // "has not met its deadline", "did not hit the target"; a headline's "..., short of store goal" (not "stopped short of")
  { finding: 'broken', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(have|be|do) not (meet|hit|reach|make) (its|the|their|his|her) (\w+ )?(deadline|target|goal)\b(?! yet)|(?<!stop )\bshort of (its |the |their |his |her )?([\w-]+ ){0,2}(goal|target|pledge|promise)\b/ },
  // "the goal of 100 nurses set by the mayor in 2022 was not reached", "his promise to hire them has not been met" (not "not yet")
  { finding: 'broken', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(promise|pledge|goal|target|commitment|vow)\b[^.;]{0,80}? (be (not|never)|have (not|never) be) (meet|reach|achieve|fulfil|fulfill|deliver|keep|honor|honour)\b/ },
  // administrators called in; a parliament voting the pledge down (not the pledger's choice)
  { finding: 'broken', weight: 0.8, negated: 'drop', entity: true, pattern: /\b(call in|appoint) administrators?\b|\badministrators? (\w+ ){0,2}(take over|appoint|call in)\b/ },
  { finding: 'broken', weight: 0.75, negated: 'drop', pattern: /\bvote (down|against)\b/ },
  // the voters or the chamber say no: "Illinois voters reject the amendment", "the measure was defeated at the polls"
  { finding: 'broken', weight: 0.8, negated: 'drop', pattern: /\b(voter|electorate|resident|lawmaker|legislator|legislature|senate|assembly|parliament|congress|council)s? (\w+ ){0,2}(reject|turn down|defeat|sink|kill)\b|\bbe (narrowly |soundly |heavily )?(defeat|reject|vote down|turn down) (\w+ ){0,2}(by voters|at the (polls|ballot( box)?)|in (a|the) (referendum|ballot|vote))\b/ },
  { finding: 'broken', weight: 0.8, negated: 'drop', pattern: /\b(strike down|struck down|overturn|invalidate|rule (it )?unlawful|block by (the )?court|court block)\b/ },
  { finding: 'broken', weight: 0.75, negated: 'drop', pattern: /\b(run|ran) out of (money|cash|funding|funds|capital)\b/ },
  // (the pledger going bust is the event itself: it needs no object)
  { finding: 'broken', weight: 0.9, negated: 'drop', entity: true, pattern: /\b((go|fall|enter|collapse|slide|plunge) into (administration|receivership|liquidation)|go bust|go under|insolvent|insolvency|liquidation)\b|\bbankrupt(cy)?\b(?! protection)/ },
  { finding: 'broken', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(deadline|target date|window|timeline|date|promise|pledge|goal|target|year) (have |has |had |quietly |simply )?(pass|passed|lapse|expire|come and go|came and went|run out|be over|be up)\b/ },
  { finding: 'broken', weight: 0.7, negated: 'drop', pattern: /\bnever (materiali[sz]e|come to pass|come about|come to fruition|happen|deliver|create|come close|build|built|open|arrive|get built|take off)\b|\bthat never come\b/ },
  { finding: 'broken', weight: 0.7, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\bmiss ${own}${mods}(deadline|target|goal|date)\b`) },
  // "leaves office without the anti-corruption commission she promised"
  { finding: 'broken', weight: 0.75, negated: 'drop', pattern: /\b(leave|end|finish|conclude|complete|wrap up) (\w+ ){0,3}(office|term|tenure|mandate|presidency|premiership|administration)( [^ ]+){0,3} without\b/ },
  // "ended the term without delivering the 20,000 homes it promised"
  { finding: 'broken', weight: 0.7, negated: 'drop', pattern: /\b(end|close|finish|conclude|leave|hand over|step down|bow out) (\w+ ){0,4}without (have )?(deliver|meet|reach|hit|fulfill?|keep|build|achieve)\b/ },
  { finding: 'broken', weight: 0.7, negated: 'drop', carriesObject: true, choice: true, pattern: new RegExp(String.raw`\b(break|broke|broken|unfulfill?ed|empty|hollow|unkept) ${own}([\w-]+ ){0,2}(promise|pledge|vow|commitment|word)\b`) },

  // --- kept: delivered ---------------------------------------------------------------------
  { finding: 'kept', weight: 0.8, negated: 'drop', pattern: /\b(?<!(will|would|to|can|could|must|shall|should) )(deliver|fulfill?|honou?r|complete) (it |them |that )?(in full|as promised?)\b|\b(?<!(will|would|to|can|could|must|shall|should) )deliver (it|them|that)\b/ },
  // (a headline's "meeting Milei's target" is tagged a noun and keeps its -ing)
  // "headcount had passed that figure", "employs more people than the company promised"
  { finding: 'kept', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(pass|exceed|surpass|top|beat|overshoot) (that|the|its|this) (figure|number|mark|milestone)\b|\b(employ|hire|have|build|create|plant|deliver) (far |many |slightly |well )?more ([\w-]+ ){0,3}than (\w+ ){0,3}(promise|pledge|target|plan|commit)\b/ },
  { finding: 'kept', weight: 0.85, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\b(?:(fulfill?|deliver on|make good on|honou?r|meet|met|hit|reach|achieve|exceed|surpass|beat|top) |meeting (?=[^ ]+ 's |its |his |her |their |the ))${own}${mods}(promise|pledge|goal|target|commitment|vow|requirement|obligation|quota|benchmark)\b|\b(beat|beating) ${own}${mods}deadline\b|\blive up to ${own}${mods}(promise|pledge|vow|commitment|word)\b|\b(keep|kept) ${own}${mods}(promise|pledge|commitment|vow|word)\b`) },
  { finding: 'kept', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(promise|pledge|target|goal|commitment|vow) (\w+ ){0,2}(have |has |had )?(be|been) (now )?(keep|kept|meet|met|fulfill?|fulfill?ed|honou?r|achieve|reach|hit|deliver|exceed|surpass|beat)\b/ },
  // "fulfilling Prime Minister Mark Carney's main campaign promise": a long possessive before the noun
  { finding: 'kept', weight: 0.8, negated: 'drop', carriesObject: true, pattern: /\b(fulfil|fulfill|honour|honor|deliver on|make good on) ((?!not |never |to )[^ ]+ ){0,8}?(promise|pledge|vow)\b/ },
  // a headline drops "has been": "supplier goal met", "housing pledge fulfilled"
  { finding: 'kept', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(promise|pledge|target|goal|commitment|vow) (meet|met|fulfill?ed|achieve|achieved|reach|reached|deliver|delivered|exceed|exceeded|surpass|surpassed)\b(?! (with|by|resistance|opposition|scepticism|skepticism))/ },
  // "completing the universal rollout", "finished the programme"
  { finding: 'kept', weight: 0.75, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\b(complete|finish|conclude) ${own}${mods}(rollout|roll-out|programme|program|pledge|promise|commitment|delivery|build-out|buildout)\b`) },
  { finding: 'kept', weight: 0.75, negated: 'drop', pattern: /\b(be |now )?(fully|entirely|completely) (invest|allocate|deploy|spend|disburse|commit(?! to)|committed(?! to)|invested|allocated|deployed|spent|disbursed)\b/ },
  { finding: 'kept', weight: 0.75, negated: 'drop', site: true, pattern: /\b(begin|start|commence) (to )?(produce|make|ship|manufacture|assemble|operate)\b/ },
  // a law or a payment that starts: "the law took effect on schedule", "began paying the higher benefit"
  // the voters or the chamber say yes: "voters approved Proposition 4", "Congress ratified the repeal"
  { finding: 'kept', weight: 0.75, negated: 'drop', enacted: true, pattern: /\b(voter|electorate|lawmaker|legislator|legislature|senate|assembly|parliament|congress)s? (\w+ ){0,2}(approve|pass|ratify|adopt|enact|endorse)\b|\b(be|get) (overwhelmingly |narrowly |easily )?(approve|pass|ratify|adopt|enact) (\w+ ){0,2}(by voters|at the (polls|ballot)|in (a|the) (referendum|ballot|vote)|by (parliament|congress|the (senate|assembly|legislature)))\b/ },
  // "Walz signs universal school meals into law", "signed the bill abolishing the tax", "signed an executive order ending the rule"
  { finding: 'kept', weight: 0.75, negated: 'drop', enacted: true, carriesObject: true, pattern: /\bsign (\w+ ){0,6}into law\b|\bsign (the |a |an )?(\w+ )?(bill|law|legislation|ordinance)\b/ },
  // "launched the Shakti scheme", "rolls out the free-bus programme" (not "launched a review of the scheme")
  { finding: 'kept', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(launch|roll out|introduce|implement|enact) (its |the |a |his |their |our )?((?!of |into |on |for |to )[^ ]+ ){0,3}(scheme|programme|program|guarantee|subsidy|benefit|service|allowance|payment|stipend|voucher)s?\b/ },
  { finding: 'kept', weight: 0.7, negated: 'drop', pattern: /\b(take effect|come into (force|effect)|enter into force|in force from|(be|now) in force|(begin|start|commence) (to )?(pay|disburse|issue))\b/ },
  // "the mill at full output", "running at its full 5-gigawatt capacity", "fully staffed"
  { finding: 'kept', weight: 0.75, negated: 'drop', pattern: /\b(at|reach|hit|run at) (its |their )?full ([\w-]+ )?(output|capacity|production|strength|speed)\b|\bfully (staff|staffed|ramp|ramped)\b/ },
  { finding: 'kept', weight: 0.75, negated: 'drop', pattern: /\b(up and run|up and running|go live|goes live|went live|fully operational|now operational|be operational|become operational|go online|come online|in operation|begin hire|start hire|ahead of schedule)\b/ },
  // a site's first output or opening day: kept only for a pledge to build one ("the start of production at a deposit" is no emissions goal met)
  { finding: 'kept', weight: 0.75, negated: 'drop', site: true, pattern: /\b((begin|start|commence) ([\w-]+ ){0,3}?(production|operation|operations|manufacturing|delivery|deliveries|shipment|shipments)|ribbon-cutting|ribbon cutting|grand opening|officially open|(roll|come) off the (production |assembly )?line|(the )?first ([\w-]+ ){0,5}(build|built|make|made|produce|produced|assemble|assembled|manufacture|manufactured) (at|in|by) (its |the |their )|(switch|turn|power|fire) (it |them )?(on|up)\b(?! (to|the|its|his|her|their|rival|critic|opponent))|(welcome|admit|receive|take in|treat|serve) (its |their )?(very )?first (patient|pupil|student|passenger|customer|visitor|resident|tenant|guest|shopper|rider|train|flight|ship|vessel)s?)\b/ },
  { finding: 'kept', weight: 0.75, negated: 'drop', site: true, carriesObject: true, pattern: /\b(open(?! cut| pit| cast| - cut| - pit)|inaugurate|complete|finish|unveil|launch)(?! (\w+ )?(plan|plans|proposal|proposals|blueprint|vision|design|designs|bid|search|consultation|study|review)\b) (its |the |a |his |their |our )?([^ ]+ ){0,6}?(plant|factory|facility|campus|centre|center|site|hub|headquarters|mill|line|office|warehouse|terminal|mine|store|school|hospital|fab|project|data centre|data center)\b/ },
  { finding: 'kept', weight: 0.75, negated: 'drop', site: true, carriesObject: true, pattern: /\b(plant|factory|facility|campus|centre|center|site|hub|headquarters|mill|warehouse|fab|project) (\w+ ){0,2}(be |have |has )?(been )?(now |finally |officially )?(?<!(will|would|to|can|could|may|might|should|shall|must|due|set) (be )?)(open|opened|complete|completed|finish|finished|operational)\b/ },

  // a pledge for a term ("freeze fares for four years") that ends when its term ends was kept
  { finding: 'kept', weight: 0.75, negated: 'drop', unit: 'year', pattern: /\b(end|come to an end|draw to a close|bring to a close|run its course|expire)\b(?! early| prematurely)/ },

  // --- reaffirmed: the pledger says it still stands ----------------------------------------
  { finding: 'reaffirmed', weight: 0.85, negated: 'drop', pattern: /\b(remain|be still|still|stay) ([\w%-]+ ){0,3}(commit|committed|dedicated|determined)\b/ },
  // "is still the plan", "we are going to see it through", "the commitment stands exactly where it was"
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\bbe still (the|our|my|their) (plan|goal|target|commitment|priority|policy|aim)\b|\b(commitment|pledge|promise|vow|goal|target)( [^ ]+){0,8} (stand|remain|hold) (firm|unchanged|exactly|where|in place|intact|good)\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\bsee (it|this|that|them) through\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\b(be|will be|remain) (not|n't) (be )?affect|\bunaffected\b|\b(be|remain|stay) (safe|secure)\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\b(we|it|they|he|she|government|company) be (fully |firmly |absolutely |very much )?committed to\b/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\b(fully|firmly) (intend|expect|plan) to (meet|honou?r|keep|deliver|complete|build|proceed)\b|\bposition (on [\w-]+ )?(have|has) not change\b|\bno change (to|in) (our|its|their|the) plan|\bplan (\w+ ){0,2}remain unchanged\b|\baccord to (the )?(plan|schedule)\b/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\b(on (track|schedule|course)|as (plan|planned|promise|promised|schedule|scheduled)|(well )?on (its|the|their|our) way|within reach|making progress)\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\b(proceed|proceeding|go ahead|press ahead|push ahead|forge ahead|move ahead|back on track|(?<!go )back on)\b|\bstill on(?= [.,;]|$)/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(remain|stay|still be) (our|the|its|their|my|his|her) (\w+ )?(date|target|goal|plan|commitment|aim|deadline|ambition|promise)\b|\b(target|goal|plan|deadline|date|commitment|pledge|promise) (\w+ ){0,2}(remain|stay|be still) (achievable|attainable|realistic|in place|intact|unchanged|on the table)\b/ },
  { finding: 'reaffirmed', weight: 0.85, negated: 'drop', pattern: /\b(reaffirm|reiterate|recommit|double down on|renew)\b/ },
  // "repeated his vow", "restated its commitment", "confirmed the pledge": said again, in the pledge's own noun
  { finding: 'reaffirmed', weight: 0.8, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\b(repeat|restate|reassert|reiterate|confirm) ${own}([\w-]+ ){0,3}(vow|pledge|promise|commitment)\b|\b(repeat|restate|reassert) ${own}([\w-]+ ){0,3}(target|goal)\b`) },
  // "repeats he would end the war", "says they are staying", "insisted it would survive": the pledger restates it
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\b(repeat|restate|reiterate) (that )?(he|she|it|they|we) (would|will|can)\b|\b(say|insist|vow|promise) (that )?(it|they|these|this) (will |would )?(stay|remain|be stay|survive)\b/ },
  // the build under way: "breaks ground on its headquarters", "starts foundation work at the plant", "began construction of"
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', site: true, pattern: /(?<!\b(when|since|after|before) ([^ ]+ ){0,4})(\b(break|broke) ground\b|\bgroundbreaking\b|\b(begin|start|commence) (\w+ )?(construction|foundation work|foundation piling|piling|site work|building work)\b)(?![^.;]*\b(last (year|summer|spring|autumn|fall|winter|month)|ago)\b)/ },
  // "it keeps its 2035 goal", "retains the target": held on to, not met
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\b(keep|kept|retain|maintain) ${own}${mods}(goal|target|ambition|timetable|deadline)\b`) },
  // "promise intact", "the target remains intact": a headline's or a minister's word that nothing changed
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(promise|pledge|vow|commitment|target|goal|plan)s? (be |remain |stay |still |left )*intact\b/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(non-negotiable|not negotiable|stay in place|remain in place|here to stay)\b/ },
  // a project that clears its next hurdle is proceeding: "gets final go-ahead", "granted planning permission", "clearing the way for work"
  // "has confirmed long-running plans for a new research hub" (not "confirmed plans to close it")
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(confirm|reconfirm|reiterate|reaffirm) (its |the |their |his |her |long |- |run |running |await |awaited |earlier |previous |original )*((plan|plans|commitment|pledge|investment|intention)\b|([^ ]+ ){0,4}?(hub|plant|factory|campus|centre|center|site|headquarters|project)\b(?! (closure|closing|job cut|layoff|sale)))(?! to (close|shut|cut|scrap|axe|drop|end|sell|delay|pause|halt|cancel|abandon|exit|leave|quit|lay|trim|reduce|scale|shrink|postpone|withdraw|move))/ },
  // "moves faster than expected on recyclable pods", "sooner than planned": on the way, ahead
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\b(faster|quicker|sooner|earlier|more quickly) than (\w+ )?(expect|expected|plan|planned|promise|promised|schedule|scheduled|forecast|target)\b/ },
  // "a scaled-down version of the plant", "a more modest project", "thinned down its original plan"
  { finding: 'scaled_back', weight: 0.75, negated: 'drop', pattern: /\b(a |an |the )?(scale - down|scale - back|downsize|pare - back|slim - down|cut - down|more modest|less ambitious|trim - down) (\w+ ){0,3}(version|mine|plant|project|scheme|programme|program|factory|facility|target|goal|plan|pipeline|line|route|railway)\b|\bthin (down|out) (its |the |their )?(original )?(\w+ ){0,2}(plan|project|programme|program|target)\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', pattern: /\b(?<!(seek|hope|plan|aim|try|want|need|apply|expect|bid|struggle) to )(give|gets?|win|receive|grant|granted|secure|award) ([^ ]+ ){0,4}?(go-ahead|green light|approval|planning permission|planning consent|consent|funding|financing)\b|\bclear (\w+ )?the way for\b|\bwill (still )?be build\b/ },
  { finding: 'kept', weight: 0.7, negated: 'drop', pattern: /\bcomplete\b/ },
  // a shelved pledge taken up again: "reviving a project it shelved", "will be built after all"
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\b(revive|resurrect|reinstate|restore|dust off)\b/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', carriesObject: true, pattern: /\b(will|would|shall) (now |still )?(be )?(build|built|go ahead|proceed|happen|open|deliver|delivered|complete|completed) after all\b/ },
  { finding: 'reaffirmed', weight: 0.7, negated: 'drop', carriesObject: true, pattern: /\b(plant|factory|project|construction|work|site|programme|program|plan|build|hiring) (\w+ ){0,2}(continue|carry on|go on|resume)\b|\b(continue|resume) (to build|building|to invest|investing|construction|work on|with)\b/ },
  { finding: 'reaffirmed', weight: 0.8, negated: 'drop', pattern: /\b(stand by|stood by|stand behind|stick (to|with)|stuck to|hold (the line|firm|fast) (on|to)|hold fast to)\b(?! (the |her |his |its |their |that |this )?(decision|choice|move|call)\b)/ },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\b(proceed|press ahead|push ahead|forge ahead|go ahead|move ahead|move forward|press on|continue) with\b|\b(will|to|plan to|intend to) (proceed|go ahead|move forward|press ahead)\b/ },
  { finding: 'reaffirmed', weight: 0.8, negated: 'drop', carriesObject: true, pattern: new RegExp(String.raw`\b(will|would|intend to|plan to|be go to|aim to) (still |fully )?(keep|honou?r|fulfill?|deliver on|stick to|follow through on|make good on|meet) ${own}([\w-]+ ){0,2}(promise|pledge|goal|target|commitment|vow|word)\b`) },
  { finding: 'reaffirmed', weight: 0.75, negated: 'drop', pattern: /\bstill (plan|intend|aim|expect|hope|want) to\b|\b(will|would|shall) still\b|\bstill (say|insist|maintain|expect|believe|argue) (that )?(it|he|she|they|we|the \w+) (will|can|would|be)\b/ },
] as Cue[]).map((c) => ({ ...c, pattern: hyphens(c.pattern) }));

/** Nouns (lemmas) that are the thing a pledge promises: a cue's object must be one, or the pledge's own words. */
/** Verbs of doing that, with a figure at or past the target, say it was delivered: "has hired 10,200 refugees". */
export const deliveryVerbs = /\b(have|has) (now |already |so far )?(create|hire|employ|add|invest|spend|plant|build|built|deliver|recruit|open|install|complete|commit|deploy|disburse|reach|pass|top|surpass|exceed|cross|hit)\b|\bnow employ\b|^(currently , |now , |today , )?there be (now |currently )?(more than |over |about |around |some )?(?=[\d£$€]|one )|(?<!\b(to|will|would|could|may|might|aim|plan|expect|hope|seek|want|try|bid|able) (\w+ )?)\b(achieve|reach|attain|surpass|exceed|top|hit)\b(?= (\w+ )?[\d£$€])/;

/** Nouns that are a pledge's act only as nouns ("shelves the move", "scraps the toll"), not as verbs ("move ahead"). */
export const pledgeActs = /^(move|relocation|transfer|toll|freeze|pledges|promises|targets|goals|plants|factories|gigafactories|projects|plans|sites|facilities)$/;

export const pledgeNouns = new Set([
  'promise', 'pledge', 'vow', 'commitment', 'plan', 'project', 'plant', 'factory', 'facility', 'investment', 'expansion',
  'campus', 'site', 'hub', 'headquarters', 'centre', 'center', 'deal', 'proposal', 'programme', 'program', 'scheme',
  'target', 'goal', 'job', 'operation', 'mill', 'development', 'initiative', 'agreement', 'construction', 'fab',
  'warehouse', 'office', 'ambition', 'policy', 'offer', 'hiring', 'idea', 'build', 'venture', 'production', 'start',
  'opening', 'fund', 'route', 'line', 'leg', 'gigafactory', 'programme', 'rollout', 'recruitment', 'number', 'figure', 'reopening',
  'bill', 'legislation', 'reform', 'law', 'benefit', 'payment', 'effort',
]);

/** A pledge noun after one of these is about money or markets, not the pledge: "revenue target", "sales goal". */
export const marketWords = /^(shares?|stocks?|prices?|sales|revenues?|profits?|earnings|index|markets?|forecasts?|estimates?|yuan|dollar|bonds?|margin|inflation|growth|output|dividend|buyback|ipo|listing|merger|acquisition|takeover|bid|tax|rate|rates|guidance|quarterly|annual|full-year)$/;

/** Negators (lemmas): reverse a cue up to four words after them, within the clause. */
export const shortNegators = /^(not|never|no|nor|neither|without|nothing|none)$/;
/** Denial verbs reach further (twelve words, across commas): "denied reports, published Tuesday, that it had scrapped". */
export const denials = /^(deny|denies|denied|dismiss|reject|refute|rebut|false|untrue|baseless|inaccurate|unfounded|contradict|nonsense|misleading|rumour|rumor)$/;
/** Denials written as a phrase before the cue: "there was no truth to suggestions that it was scrapped". */
export const denialPhrases = /\bno (\w+ )?(figure|evidence|sign|data|record)s? (show|that|to suggest)|\b(no truth|not true|not accurate|not correct|categorically|wide of the mark|pure speculation|no plan to|no intention of|no intention to|rule out)\b/;
/** "scrapped its interim targets", "dropped part of": a piece of the pledge goes, the pledge stays */
export const partial = /^(interim|intermediate|milestone|part|parts|portion|some|element|elements|several|certain|component|components)$/;
/** "will not reopen on the timetable it agreed", "not by 2027": a date missed, not the pledge */
export const onTime = /^(timetable|schedule|time|deadline|date)$/;
/** "will not open until 2028": a delay, not a cancellation */
export const untilLater = /^(until|before|till)$/;
/** A denial that the pledge was ever made: no finding at all, not a retraction. */
export const deniedMaking = /\b(deny|dispute) (\w+ ){0,4}(ever |having |it have |he have |she have |they have )?(make|made|promise|pledge|commit)\b|\bnever (make|made|actually make) (a |such a |any |the )?(promise|pledge|commitment)|\bnever (actually |formally |really )?(promise|pledge|commit)\b|\bno such (promise|pledge|commitment)\b/;
/** words that end a clause for the short scope and for hedges */
export const clauseBreak = /^(but|however|although|though|while|whereas|yet|despite|;)$/;
/** Hedges: a possibility, a question or speculation, not news. Halve the weight. */
export const hedges = /^(may|might|could|whether|if|possibly|perhaps|consider|considering|weigh|mull|explore|rumour|rumor|speculate|speculation|wonder|question|risk|threaten|should|unless|potentially|reportedly|likely|unlikely|fear|warn|worry|concern|prepare|prepared|ready|willing|poised|try|attempt|signal|hint|refuse|decline|urge|demand|push|lobby|expect|suspect|doubt|predict|forecast|want|hope)$/;
/** Hedges after the cue, in its clause: "would drop the target if it proved unrealistic". */
export const laterHedges = /^(if|unless|provided|should)$/;
/** A report from unnamed sources is not the pledger's decision: "according to people familiar with the plans". */
export const sourced = /\bunnamed (\w+ ){0,2}(source|official|manager|executive|person|people|insider|employee|adviser|aide)s?\b|\bquote (\w+ ){0,8}as say\b|\b(accord to (people|person|source|two|three|several|insider)|people (familiar|with knowledge|briefed|close to)|person (familiar|with knowledge|briefed|close to)|source (say|said|tell|close|familiar|with knowledge)|familiar with the (matter|plan|discussion|situation|thinking))\b/;
/** Lemmas that name someone other than the pledger passing judgement. */
/** "environmental groups have accused": a group of campaigners, not the company "group" */
export const campaignGroup = /^(environmental|campaign|advocacy|green|pressure|climate|consumer|activist|conservation)$/;
export const critics = /^(critic|opponent|union|activist|analyst|opposition|rival|skeptic|sceptic|economist|campaigner|detractor|watchdog|observer|expert|resident|lawmaker|legislator|assemblyman|assemblywoman|congressman|congresswoman|senator|democrat|republican|mp|councillor|councilor|columnist|commentator|think tank)s?$/;
export const claimVerbs = /^(say|argue|accuse|claim|charge|allege|contend|complain|call|describe|insist|note)$/;
/** Reported speech: with the pledger in reach, the sentence is the pledger's. */
export const attributionVerbs = /^(say|tell|add|write|announce|state|confirm|explain|insist|stress|note|told|said)$/;
/** Verbs that say who speaks: the words before one are its speaker. */
export const speechVerbs = /^(say|tell|accuse|claim|allege|charge|argue|complain|warn|insist|contend)$/;
/** Speakers who speak for the pledger: its ministers, officers and spokespeople. */
export const officers = /^(minister|secretary|spokesman|spokeswoman|spokesperson|spokesmen|executive|ceo|chairman|chairwoman|chair|official|director|manager|management|board|government|administration|department|ministry|office|company|firm|group)$/;
