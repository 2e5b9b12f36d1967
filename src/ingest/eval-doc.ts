/** docs/newswire-eval.md, written by `npm run eval` from the reports it measured. */
import { writeFileSync } from 'node:fs';
import { type EvalReport, renderReport } from './evaluate';

const about: Record<string, string> = {
  dev: 'The development set (test/fixtures/newswire/dev): articles of our own writing about real pledges, facts from real coverage, sentences our own, in many registers (wire briefs, business ledes, local angles, analyses quoting critics, roundups, denials, headline-only items, and articles about no tracked pledge); articles 115-153 are long copy in the register of real wire and business coverage on pledges the rules had not seen, each batch labelled before its first run; articles 154-159 and 160-165 are two batches of short holdout scenarios in the phrasing families the second sealed set exposed (mothballed, axed, wound down, no plans to close; siblings of one entity; critics; background retractions), each labelled before its first run, when 5 of 6 and then 3 of 6 came out right. The rules were tuned on it, so its scores are optimistic.',
  sealed: 'The first sealed set (test/fixtures/newswire/sealed): written by a separate helper about its own pledges and scored once, when it measured retracted precision 0.69, recall 1.00 and 0.59 of all findings correct. That score is spent: the set has since been read and used for development alongside dev, so these numbers are optimistic too.',
  sealed2:
    'The second sealed set (test/fixtures/newswire/sealed2): 18 pledges and 55 articles written by a separate helper while the rules were being tuned, who read no rule and no dev article; whoever tuned the rules never read it. Scored once against every pledge of the corpus plus its own, when it measured retracted precision 0.80, recall 0.73 and 0.58 of all findings correct (0.71 / 0.71 / 0.57 without the two stories dev also covered). That score is spent: the set has since been read and used as a validation set while generalising the rules (its misses grouped by cause, each change checked on every set), so these numbers are optimistic too; the next honest measure is a set written apart and scored once.',
  'sealed2, stories dev never covered':
    'The same set without the 8 articles on the two stories the tuning helper happened to write dev articles on as well (Micron in Clay, Ørsted’s Ocean Wind; see sealed2/overlap.json).',
  sealed3:
    'The third sealed set (test/fixtures/newswire/sealed3): 15 pledges and 44 articles written by a separate helper while the rules were being tuned again, on dev and the two spent sealed sets; neither helper read the other’s work. Scored once, when the rules were final, against every pledge of the corpus plus its own, at retracted precision 0.75, recall 0.67 and 0.48 of all findings correct. Spent since (used for development on 3 December 2026), so these numbers are optimistic.',
  sealed4:
    'The fourth sealed set (test/fixtures/newswire/sealed4): 17 pledges of companies A to M and 58 articles, written by a separate helper who read no rule and no other set\'s articles. Scored once, with the rules of commit d2445e4, at retracted precision 0.67, recall 0.67 and 0.67 of all findings correct. Spent since: its misses were then read and used for development, so these numbers are optimistic.',
  sealed5:
    'The fifth sealed set (test/fixtures/newswire/sealed5): 18 pledges, most of them governments\' and politicians\' (El Salvador, South Korea, Malaysia, the EU, Pakistan, Thailand, the Philippines, Japan, the Netherlands, Poland, Paris) and two state companies, 62 articles, written by a separate helper who read no rule and no other set\'s articles. Scored once, with the rules of commit b7ed3a5, at retracted precision 0.75, recall 0.90 and 0.62 of all findings correct; spent since (used for development).',
  sealed6:
    'The sixth sealed set (test/fixtures/newswire/sealed6): 18 pledges of companies and governments of Asia-Pacific, Latin America and the Middle East (CATL, Gotion, China, Taiwan, ADNOC, Masdar, QatarEnergy, Petrobras, Ola Electric, Singapore, Colombia, Chile, Andhra Pradesh), 62 articles, written by a separate helper who read no rule and no other set\'s articles. Scored once, with the rules of commit b7ed3a5, at 0.69 / 0.69 / 0.60; spent since (used for development).',
  sealed7:
    'The seventh sealed set (test/fixtures/newswire/sealed7): 18 pledges of US states and cities, Canadian provinces and US companies (California, Los Angeles, Denver, New Jersey, British Columbia, Manitoba, Alberta, Nova Scotia, Texas Instruments, Nvidia, Oracle, PG&E, Xcel), 57 articles, written by a helper who read no rule and was asked for retraction wording a keyword detector would miss. Scored once, with the rules of commit 02d0ab8, at 0.86 / 0.46 / 0.58; spent since (used for development).',
  sealed8:
    'The eighth sealed set (test/fixtures/newswire/sealed8): 18 pledges of UK, Nordic, Indian and African companies and public bodies (Lotus, Bentley, Thames Water, Tideway, Fennovoima, Copenhagen, Norway, Maersk, Sasol, Eskom, Coal India, JSW, Ghana, Ethiopia), 56 articles, written under the same instruction as sealed7. Scored once, with the rules of commit 02d0ab8, at 0.80 / 0.53 / 0.58; spent since (used for development).',
  sealed9:
    'The ninth sealed set (test/fixtures/newswire/sealed9): 18 pledges of companies worldwide (Hitachi, Fortescue, SVOLT, JLR, Nestlé, Toshiba, Origin, AGL, Air New Zealand, thyssenkrupp, Jingye, BT/Openreach), 62 articles in natural press wording, written by a helper who read no rule and no other set\'s articles while the rules were tuned on the others. Scored once, with the rules of commit 4576cdc: these are its first and only scores.',
  sealed10:
    'The tenth sealed set (test/fixtures/newswire/sealed10): 16 pledges of governments, cities and public bodies worldwide (New York City, Vietnam, Sweden, Turkey, Vancouver, Sydney Metro West, Lisbon, Egypt, Hong Kong, the Czech Republic, Morocco), 66 articles in natural press wording, written by a helper who read no rule and no other set\'s articles while the rules were tuned on the others. Scored once, with the rules of commit 4576cdc: these are its first and only scores.',
  sealed11:
    'The eleventh sealed set (test/fixtures/newswire/sealed11): 18 corporate pledges (Albemarle, Rio Tinto, BHP, STMicroelectronics, GFG Alliance, Infineon, Umicore, Li-Cycle, Anglo American, 3M, Hanwha Qcells, Qantas), 62 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 059098c, at 0.81 / 0.93 / 0.69; spent since (used for development).',
  sealed12:
    'The twelfth sealed set (test/fixtures/newswire/sealed12): 18 pledges of governments and politicians (Denmark, Gretchen Whitmer, Karnataka, Tokyo, Glenn Youngkin, Sri Lanka, Ecuador, South Australia, Delhi\'s AAP, Tasmania, Calgary, Toronto), 58 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 059098c, at 0.67 / 0.77 / 0.65; spent since (used for development).',
  sealed13:
    'The thirteenth sealed set (test/fixtures/newswire/sealed13): 18 corporate pledges (Aldi, Lidl, AstraZeneca, Eli Lilly, T-Mobile US, IKEA, CMA CGM, Glencore, Delta, Primark, VodafoneThree and others), 60 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 7c3cf5f, at 0.85 / 0.92 / 0.66; spent since (used for development).',
  sealed14:
    'The fourteenth sealed set (test/fixtures/newswire/sealed14): 17 pledges of politicians and governments, some entered as the politician (J.B. Pritzker, Greg Abbott, Friedrich Merz), some as the government (Chicago, Tamil Nadu, Honduras, Montreal, New Brunswick, Saskatchewan, Western Australia) or the party (the Liberal Party of Australia), 60 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 7c3cf5f, at 0.57 / 0.62 / 0.48; spent since (used for development).',
  sealed15:
    'The fifteenth sealed set (test/fixtures/newswire/sealed15): 17 corporate pledges (Merck, Novo Nordisk, Boeing, Kroger, McDonald\'s, Vale, Caterpillar, Hapag-Lloyd, AT&T, Hershey, Ryanair), 62 articles, 21 of them 450 words or more, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit cbd4c91, at 0.65 / 0.85 / 0.56; spent since (used for development). Its writer notes repeated background paragraphs and composed events that contradict each other across articles.',
  sealed16:
    'The sixteenth sealed set (test/fixtures/newswire/sealed16): 16 pledges of politicians and parties, most entered as the politician (Boris Johnson, Rishi Sunak, López Obrador, Emmanuel Macron, Narendra Modi, Bill de Blasio, Yoon Suk Yeol), two as a party (New Zealand Labour, PTI) and one as a council (Edinburgh), 60 articles, 22 of them 450 words or more, written by a helper who read no rule and no other set\'s articles. Seven of its pledges are stories other sets also track (its overlap.json, filled in from the pledge lists alone); they replace those sets\' pledges, and the set is also scored without them. Scored once, with the rules of commit cbd4c91, at 0.57 / 0.67 / 0.44; spent since (used for development).',
  'sealed16, stories dev never covered': 'The same set without the articles on the seven stories other sets also track.',
  sealed17:
    'The seventeenth sealed set (test/fixtures/newswire/sealed17): 18 corporate pledges (Procter & Gamble, Tyson Foods, Duke Energy, Dollar General, Pfizer, Walgreens and VillageMD, Verizon, American Airlines, Sainsbury\'s, Chipotle, Newmont, Polestar, Barclays), 60 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 1171941 (the last of 3 December 2026): these are its first and only scores.',
  sealed18:
    'The eighteenth sealed set (test/fixtures/newswire/sealed18): 16 pledges of politicians, governments and parties (Jared Polis, Michelle Wu, Brian Kemp, Pennsylvania, Florida, Osaka, Maharashtra, São Paulo, the ACT Government, the Indian National Congress in Telangana, New Democracy), 56 articles, written by a helper who read no rule and no other set\'s articles. Scored once, with the rules of commit 1171941: these are its first and only scores.',
  sealed19:
    'The nineteenth sealed set (test/fixtures/newswire/sealed19): 18 corporate pledges (Adidas, FedEx, Tesco, JBS, Maruti Suzuki, Dangote, Lynas, Mitsubishi Heavy Industries, Aston Martin, Greggs, Woolworths, ProLogium, Verkor), 58 articles written on 4 December 2026 by a helper that read no rule and no other set\'s articles, scored once with the rules of 09eb009 (0.90 / 0.69 / 0.73).',
  sealed20:
    'The twentieth sealed set (test/fixtures/newswire/sealed20): 18 pledges of politicians, governments and parties (Trump, Biden, Scholz, Kishida, Duterte, Hochul, the Conservatives, the Liberal Democrats, the BJP, Civic Coalition, New Zealand National, South Africa, Minnesota, Amsterdam), 62 articles written on 4 December 2026 by a helper that read no rule and no other set\'s articles, scored once with the rules of 09eb009 (0.75 / 0.50 / 0.38).',
  sealed21:
    'The twenty-first sealed set (test/fixtures/newswire/sealed21): 18 pledges of politicians, governments and parties (Starmer, Lula, Mamdani, Ramaphosa, Ruto, Prabowo, Sheinbaum, Punjab, Bogotá, Minnesota, the Liberal Democrats, the BJP, the Conservative Party of Canada, New Zealand National), 59 articles written on 4 December 2026 apart from sealed20 and scored once with the rules of 09eb009 (0.58 / 0.58 / 0.52).',
  'sealed21, stories dev never covered': 'The same set without the three stories sealed20, written at the same time, also covers.',
  sealed22:
    'The twenty-second sealed set (test/fixtures/newswire/sealed22): 18 corporate pledges to build plants, mines and headquarters and hire (Ford in Tennessee, Chennai and Bécancour, Constellation Brands, First Solar, BMW at Oxford, SK hynix, POSCO, Tata Motors at Singur, Siemens Mobility, West Cumbria Mining, Tritium, Our Next Energy, KORE Power, Form Energy, Citadel), 71 articles written on 4 December 2026 by a helper that read no rule and no other set\'s articles, scored once with the rules of 70b18c7 (0.80 / 0.67 / 0.59); spent since (used for development).',
  sealed23:
    'The twenty-third sealed set (test/fixtures/newswire/sealed23): 18 corporate pledges other than plants (easyJet, Norwegian, Rolls-Royce Motor Cars, Audi, Starbucks, Kellogg, Kraft Heinz, CVS Health, Citigroup, Netflix, Sky, Xiaomi, National Grid, RWE, Roche), 73 articles written on 4 December 2026 apart from sealed22 and sealed24, scored once with the rules of 70b18c7 (0.58 / 0.54 / 0.53); spent since (used for development).',
  sealed24:
    'The twenty-fourth sealed set (test/fixtures/newswire/sealed24): 24 pledges of politicians, governments and parties (Trump, Biden, Carney, Kishida, Meloni, Tinubu, Mahama, Crisafulli, Labour, the Conservatives, Pheu Thai, Pakatan Harapan, India, Mexico, South Korea, Canada, Delhi, France, the Mayor of London), 65 articles (68 when scored; one pledge and its three articles, too close to a reserved story, were removed after) written on 4 December 2026 apart from sealed22 and sealed23, scored once with the rules of 70b18c7 (0.79 / 0.92 / 0.44); spent since (used for development).',
  sealed25:
    'The twenty-fifth sealed set (test/fixtures/newswire/sealed25): 18 corporate pledges to build plants, mines, refineries and cloud regions outside the US and UK (Great Wall Motor, Tata Electronics, Micron in Sanand, Eramet, LG Energy Solution in Indonesia, Barrick at Reko Diq, Stegra, GlobalFoundries in Singapore, BioNTech in Kigali, Woodside, Santos, Sun Cable, AWS, BMW at Debrecen), 66 articles written on 4 December 2026 by a helper that read no rule and no other set\'s articles, scored once with the rules of d0ce557 (1.00 / 0.83 / 0.66); spent since (used for development).',
  sealed26:
    'The twenty-sixth sealed set (test/fixtures/newswire/sealed26): 20 pledges of US and UK companies of every kind (Southwest, Virgin Atlantic, British Airways, Iceland, John Lewis, Kraft at Somerdale, Costco, Krispy Kreme, General Motors, Georgia Power, Dominion, NatWest, Flybe, JetBlue, General Mills), 73 articles written on 4 December 2026 apart from sealed25 and sealed27, scored once with the rules of d0ce557 (0.85 / 0.92 / 0.56); spent since (used for development).',
  sealed27:
    'The twenty-seventh sealed set (test/fixtures/newswire/sealed27): 24 pledges of politicians, governments and parties (New Zealand, Wales, Scotland, the UK, Germany, the Netherlands, Spain, Kenya, Tanzania, Lagos, Kerala, Indonesia, Queensland, Barbados, Boric, López Obrador, Biden, Trump, Oregon, Carney), 67 articles written on 4 December 2026 apart from sealed25 and sealed26, scored once with the rules of d0ce557 (0.73 / 0.67 / 0.48); spent since (used for development).',
  sealed28:
    'The twenty-eighth sealed set (test/fixtures/newswire/sealed28): 18 pledges of companies of continental Europe, Asia, Canada and Australia (Mitsubishi Corporation, Rapidus, Korean Air, Rogers, Airbus, Huawei, Novartis, Sanofi, Loblaw, Iluka, Telstra, Mahindra, Airtel, LG Chem, CALB, Volvo Group), 71 articles written on 4 December 2026 by a helper that read no rule and no other set\'s articles, scored once with the rules of 697fa54 (0.78 / 0.58 / 0.59); spent since (its misses read on 6 December 2026 while linking rules were tried).',
  sealed29:
    'The twenty-ninth sealed set (test/fixtures/newswire/sealed29): 18 pledges of US companies to build and hire in US states (Centene, Aspen Aerogels, Faraday Future, Natron, Novelis, Ascend Elements, Redwood Materials, ElectraMeccanica, Boom, JetZero, xAI, GlobalWafers, Amkor, Honeywell, Amgen, Fujifilm), 64 articles written on 4 December 2026 apart from sealed28 and sealed30, scored once with the rules of 697fa54 (0.61 / 0.92 / 0.58); spent since (its misses read on 6 December 2026 while linking rules were tried).',
  sealed30:
    'The thirtieth sealed set (test/fixtures/newswire/sealed30): 25 pledges of politicians, governments and parties (the UK, New Zealand, Japan, Canada, India, Brazil, Malaysia, South Africa, the US, Trump, Biden, Carney, Petro, Ruto, Mahama, Wes Moore, Sadiq Khan, the National Rally, New Zealand National), 77 articles written on 4 December 2026 apart from sealed28 and sealed29, scored once with the rules of 697fa54 (0.54 / 0.58 / 0.41); spent since (its misses read on 6 December 2026 while linking rules were tried).',
  dev2:
    'A development set (test/fixtures/newswire/dev2) with its own 16 pledges (Moderna, Meyer Burger, Oatly, PepsiCo, Microvast, Peloton, NuScale, NEOM, Queensland, Quebec), 63 articles written by a helper who read no rule. Before any rule was tuned on it, the rules scored 0.71 / 0.75 / 0.66 (retracted precision, recall, all findings); it has been used for development since.',
  dev3:
    'A development set (test/fixtures/newswire/dev3) with its own 18 pledges (the Scottish and Welsh governments, Victoria, Aramco, Uber, SK Innovation, Virgin Hyperloop, TotalEnergies, the Truss government, Target), 79 articles written by a helper who read no rule. Before any rule was tuned on it: 0.55 / 0.40 / 0.35; used for development since.',
  dev4:
    'A development set (test/fixtures/newswire/dev4) with its own 18 pledges of North American companies (Cleveland-Cliffs, Hertz, Bank of America, ExxonMobil, Plug Power, Lion Electric, Wells Fargo, Mars, Cargill, Nucor, Occidental, Canadian Solar), 84 articles in the register of wire and business copy, written by a helper who read no rule. Its first run, with the rules of d64dbcf: 0.65 / 0.87 / 0.66; used for development since.',
  dev5:
    'A development set (test/fixtures/newswire/dev5) with its own 18 pledges of European and African governments, a mayor, state companies and European companies (Italy, Spain, Ireland, Belgium, Kenya, Nigeria, Barcelona, Greater Manchester, NNPC, Deutsche Bahn, Porsche, Airbus, Renault), 71 articles, written by a helper who read no rule. Its first run, with the rules of 74e8120: 0.48 / 0.69 / 0.52; used for development since.',
  regression: 'The older Alibaba fixtures (test/fixtures/articles) and the three seed articles (../shared/seeds), against the shipped pledge only: a regression check, written around one story.',
};

export function writeEvalDoc(file: string, reports: { name: string; articles: number; pledges: number; report: EvalReport }[], meta: { profiles: number; withSealed: boolean }): void {
  const sections = reports.map((r) => {
    const retracted = r.report.scores.find((s) => s.finding === 'retracted')!;
    const head = `retracted precision ${retracted.precision?.toFixed(2) ?? '–'}, recall ${retracted.recall?.toFixed(2) ?? '–'}; all findings together ${r.report.accuracy?.toFixed(2) ?? '–'} correct`;
    return `## ${r.name}: ${r.articles} articles, ${r.pledges} pledge${r.pledges === 1 ? '' : 's'} labelled\n\n${about[r.name] ?? ''}\n\n**${head}.**\n\n${renderReport(r.report, { misses: true })}\n`;
  });
  const doc = `# Newswire detection eval

\`npm run eval\` runs the newswire's detection (src/ingest: extraction, then linking and the cue
rules of detect.ts, link.ts and cues.ts) over labelled articles, with ${meta.profiles} tracked pledges
loaded at once, as a newsroom would have them after adding them with \`/pledge-admin add-pledge\`.
Scores are over (article, pledge, finding); the confusion matrix is over (article, pledge) pairs,
with \`none\` for no finding. A \`mention\` is a finding that prints nothing and proposes nothing;
any finding (mentions included) for a pledge the article is not labelled with counts as a stray.
${meta.withSealed ? '' : '\nThis run left the sealed set out (`--no-sealed`).\n'}
Targets (issue 15): retracted precision ≥ 0.9 and recall ≥ 0.8; all findings together ≥ 0.75
correct; no finding for a pledge an article does not concern.

**Real coverage.** The closest measure to the issue's is not in this corpus: on 6 December 2026,
16 sets of real news pages (481 articles, 167 pledges) gathered through the search tool by
helpers that read no rule, whose texts stay outside the repository (docs/real-coverage keeps
their pledges, labels and source addresses). With the rules at the end of that day, the two
held-out groups (241 articles) scored 12 of 25 proposed retractions right (0.48), 12 of 26
found (0.46) and 0.44 of all findings (0.50 / 0.42 / 0.42 with the rules of ce7b12b); the
development pages, 0.68 / 0.75 / 0.53 (from 0.62 / 0.65 / 0.43).

**The held-out measure.** Sealed sets were written apart (by helpers who read no rule and no
other set's articles) and each round scored once, with the rules as they stood. The latest,
on 4 December 2026 with the final rules of 697fa54: sealed28 (companies of continental Europe,
Asia, Canada and Australia), sealed29 (US companies' plants and jobs in US states) and
sealed30 (politicians, governments and parties; 212 articles, 61 pledges): 0.78 / 0.58 / 0.59,
0.61 / 0.92 / 0.58 and 0.54 / 0.58 / 0.41, together 25 of 40 proposed retractions right and 25
of 36 found (0.62 / 0.69), 112 of 214 pairs right (0.52), and no proposal for the 25 articles
about no tracked pledge. The two latest rounds, with nearly the same rules, together: 0.73 /
0.75 / 0.55. An hour before, with the rules of d0ce557: sealed25 (companies' plants and investments
outside the US and UK), sealed26 (US and UK companies' pledges of every kind) and sealed27
(politicians, governments and parties; 206 articles, 62 pledges): 1.00 / 0.83 / 0.66, 0.85 /
0.92 / 0.56 and 0.73 / 0.67 / 0.48, together 29 of 34 proposed retractions right and 29 of 36
found (0.85 / 0.81), 119 of 209 pairs right (0.57), and no proposal for the 24 articles about
no tracked pledge. The round before, the same day with the rules of 70b18c7: sealed22 (companies' plants, jobs and
investments), sealed23 (companies' other pledges) and sealed24 (politicians, governments and
parties; 212 articles, 61 pledges): 0.80 / 0.67 / 0.59, 0.58 / 0.54 / 0.53 and 0.79 / 0.92 /
0.44 (retracted precision / recall / all findings correct), together 26 of 36 proposed
retractions right and 26 of 37 found (0.72 / 0.70), 114 of 217 pairs right (0.53), and no
proposal for the 25 articles about no tracked pledge. Earlier, on 3 December 2026:
sealed11 and sealed12 (120 articles, 36 pledges) with the rules of 059098c: 0.81 / 0.93 / 0.69
and 0.67 / 0.77 / 0.65, together 23 of 31 proposed retractions right and 23 of 27 found
(0.74 / 0.85); sealed13 and sealed14 (120 articles, 35 pledges) with 7c3cf5f: 0.85 / 0.92 / 0.66
and 0.57 / 0.62 / 0.48, together 0.70 / 0.76; sealed15 and sealed16 (122 articles, 33 pledges)
with cbd4c91: 0.65 / 0.85 / 0.56 and 0.57 / 0.67 / 0.44, together 0.61 / 0.76; and last,
with the rules of 1171941, sealed17 and sealed18 (116 articles, 34 pledges): 0.86 /
0.86 / 0.66 and 0.64 / 0.69 / 0.45, together 0.75 / 0.78 and about 0.56 of all findings.
On 4 December 2026, with the rules of 09eb009, sealed19 (companies), sealed20 and
sealed21 (politicians, governments and parties; 179 articles, 54 pledges): 0.90 / 0.69 / 0.73,
0.75 / 0.50 / 0.38 and 0.58 / 0.58 / 0.52, together 22 of 30 proposed retractions right and
22 of 37 found (0.73 / 0.59), about 0.54 of all findings, and 2 proposals for the 28 articles
about no tracked pledge. Politicians' pledges (sealed12, 14, 16, 18, 20, 21) score lowest;
companies' come near the bar on retraction precision (sealed11, 13, 17, 19) but not on recall
or the other findings.
Earlier pairs:
sealed5 and sealed6 (124 articles on 36 pledges) with the rules of b7ed3a5, retracted
precision 0.72 and recall 0.78 together, about 0.61 of all findings right; sealed7 and sealed8
(113 articles, written to evade keyword detectors) with 02d0ab8, 0.82 and 0.50, 0.58; and
last sealed9 and sealed10 (128 articles on 34 pledges, in natural wording) with 4576cdc:
retracted precision 0.67 and 0.85, recall 0.67 and 0.85, all findings 0.56 and 0.58;
together 21 of 28 proposed retractions right and 21 of 28 retractions found (0.75 / 0.75),
about 0.57 of all findings, and 2 proposals for the 17 articles about no tracked pledge.
Short of the targets. Every other set below has been read and used for development, so its
numbers are optimistic; the first score of each is in its description.

${sections.join('\n')}
## How detection works

- Linking (link.ts). An article concerns a pledge when it names the entity, an alias or the
  person (full name, or surname not preceded by another first name) and also the pledge itself:
  the target figure compared by value (\`$10bn\`, \`US$10 billion\`, \`10 billion dollars\`,
  \`13k jobs\` all read as numbers with units), a phrase of the title or the editor's keywords,
  a one-word keyword that is a name, the specific part of the place, or two words of the
  title. Sentences that do not name the entity still count when it is in focus ("the
  company", "the Taiwanese manufacturer", "it", "he", carried through the paragraph and back
  from the headline and lede) and no one else is their subject. The pledge's own terms must
  stand in a sentence about the entity (or in the headline and lede): a figure in someone
  else's sentence, a term a sibling pledge shares, a place that is the entity's own name, a
  common keyword phrase ("electric vehicles") or a generic alias ("the government") alone do
  not link. An entity named only as the owner or partner of the sentence's subject is a
  bystander. Of two pledges by one entity, a cue goes to the one whose own terms are nearest.
- Classification (cues.ts, detect.ts). Each sentence's lemma line (wink-nlp) is matched against
  cue families: cancellation and withdrawal, scale-back and delay, broken (deadline passed,
  fell short, blocked, collapsed), kept (met, opened, operational, fully invested) and
  reaffirmed (still committed, on track, proceeding). A cue counts only when its object is a
  pledge thing. Negation and denials turn a cancellation into a reaffirmation ("denies
  scrapping"); a denial that the pledge was ever made yields nothing; hedges and questions
  halve a cue, and so do intent ("prepared to", "trying to"), conditions after the cue ("if it
  proved unrealistic") and reports from unnamed sources; a retraction alleged by critics or
  another named speaker (a union, a governor) stays a mention, while the pledger's own words
  weigh most in quotes. The headline and lede weigh more than later paragraphs that retell
  the past ("had paused", "in 2017", "years later", "When it cancelled..."), opinion pieces
  weigh less, and a headline or lede that disputes the pledge's terms makes the story a
  dispute. A reported change outweighs a boilerplate "remains committed", unless the
  restatement is the headline's news and the change is background. Below 0.55, a finding is
  only a mention.
- Dates and degrees. A "will not happen" that is dated ("will not be met by 2025", "would
  not open in December 2026", "for the time being") is late, so scaled back; told after the
  date ("did not restart by the end of December", "was not kept on time") it is broken. A
  cancelled date ("scraps the 2026 opening", "drops 2035 as the target year") is a delay; a
  cancelled part ("several of the measures", "interim targets") is a scale-back.
- Whose news. A sited pledge's kind of thing at another named site ("opens its plant at the
  Harwell campus") is that site's; one site opening is kept only for a pledge to build a site,
  not for a network-wide figure; a cue shared by two pledges of a sentence goes to the one
  whose own words stand well nearer; below an analysis's headline and lede a retraction is a
  recap; "years since", "last year", "less than a year later" are background. A minister or
  officer acting ("Energy Minister ... has walked away from Labor's promise"), "the Swiss
  manufacturer said", and a headline's "..., Truss says" are the pledger speaking; a headline
  that names no one is about whom the lede names.
`;
  writeFileSync(file, doc);
}
