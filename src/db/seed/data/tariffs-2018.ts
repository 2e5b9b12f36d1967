/**
 * US–China trade-war tariff actions of 2018 (the 2019 ones are in tariffs-2019.ts).
 *
 * Facts from the editors' research file on the trade war; source keys follow its labels
 * (seed keys only, never shown). Trade values are annual trade covered, as estimated by the
 * imposing government or the press at the time (list estimates, not measured trade). Every
 * string here is public copy: it says in plain words what is not known, and research remarks
 * (which source said what, what could not be read) stay in these comments and in the editors'
 * source notes.
 */
import type { TariffActionSeed } from '../types';

export const tariffActions2018: TariffActionSeed[] = [
  {
    slug: 'us-s232-steel-aluminum',
    name: 'Section 232 tariffs on steel and aluminum',
    imposer: 'US',
    target: 'WORLD',
    announcedOn: '2018-03-08',
    announcedNote:
      'Trump announced the intent on 1 Mar 2018; the proclamations were signed on 8 Mar 2018. Canada and Mexico were excluded at first, and on 22 Mar 2018 the EU, Brazil, South Korea, Argentina and Australia were temporarily exempted. China was never exempted.',
    effectiveOn: '2018-03-23',
    status: 'in_effect',
    statusNote: 'The temporary exemptions for the EU, Canada and Mexico ended on 1 Jun 2018.',
    legalBasis: 'section_232',
    instrument:
      'Proclamation 9705 (steel), 83 FR 11625 (15 Mar 2018); Proclamation 9704 (aluminum)',
    tradeCoveredCertainty: 'not_confirmed',
    tradeCoveredNote:
      'The tariffs cover steel and aluminum from all countries; no published figure gives the share of trade with China.',
    description:
      'National-security tariffs on imported steel (25%) and aluminum (10%) applied to almost every country, China included and never exempted.',
    answers: 'No earlier action: the opening move of the trade war',
    rateSteps: [
      { ratePct: 25, effectiveOn: '2018-03-23', appliesTo: 'steel', applied: true },
      {
        ratePct: 10,
        effectiveOn: '2018-03-23',
        appliesTo: 'aluminum',
        applied: true,
        note: 'The proclamations set 10% for aluminum; some press copy at the time said 15%, which was wrong.',
      },
    ],
    sourceKeys: [
      'tariff-S1a',
      'tariff-S2',
      'tariff-S3a',
      'tariff-S3b',
      'tariff-S4a',
      'tariff-S4b',
    ],
  },
  {
    slug: 'cn-retaliation-s232',
    name: "China's retaliation for the US steel and aluminum tariffs (128 products)",
    imposer: 'CN',
    target: 'US',
    announcedOn: '2018-03-23',
    announcedNote:
      'The list of 128 products was published around 22–23 Mar 2018, on the eve of the US tariffs.',
    effectiveOn: '2018-04-02',
    status: 'in_effect',
    legalBasis: 'customs_tariff_commission',
    instrument: 'Customs Tariff Commission decision',
    tradeCoveredUsd: 3_000_000_000,
    tradeCoveredCertainty: 'approximate',
    productCount: 128,
    description:
      "China's first counter-tariffs hit 128 US products, among them pork, scrap aluminum, fruit, nuts, wine and steel pipe, worth about $3bn a year.",
    retaliatesFor: 'us-s232-steel-aluminum',
    answers: 'US Section 232 steel and aluminum tariffs',
    rateSteps: [
      {
        ratePct: 25,
        effectiveOn: '2018-04-02',
        appliesTo: '8 items, mostly pork and scrap aluminum',
        applied: true,
      },
      { ratePct: 15, effectiveOn: '2018-04-02', appliesTo: 'the other 120 items', applied: true },
    ],
    sourceKeys: ['tariff-S5', 'tariff-S6', 'tariff-S8a'],
  },
  {
    slug: 'us-s301-list-1',
    name: 'Section 301 List 1 tariffs on Chinese goods',
    listName: 'List 1',
    imposer: 'US',
    target: 'CN',
    announcedOn: '2018-06-15',
    announcedNote:
      'A proposed list of 1,333 tariff lines (about $46.2bn) came out in early April 2018; USTR released the final list of 818 lines on 15 Jun 2018.',
    effectiveOn: '2018-07-06',
    status: 'in_effect',
    legalBasis: 'section_301',
    instrument: 'USTR notice of action (15 Jun 2018)',
    tradeCoveredUsd: 34_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 818,
    description:
      'A 25% tariff on $34bn of Chinese imports, 818 tariff lines cut down from 1,333 proposed, aimed largely at industrial and "Made in China 2025" goods.',
    answers: "China's technology-transfer and intellectual-property practices (Section 301 findings)",
    rateSteps: [{ ratePct: 25, effectiveOn: '2018-07-06', applied: true }],
    sourceKeys: ['tariff-S9', 'tariff-S10'],
  },
  {
    slug: 'cn-retaliation-list-1',
    name: "China's response to List 1 (545 US items)",
    imposer: 'CN',
    target: 'US',
    announcedOn: '2018-06-16',
    announcedNote:
      'Announced on 15–16 Jun 2018 as the first part of a two-part list of 659 items worth $50bn.',
    effectiveOn: '2018-07-06',
    status: 'in_effect',
    legalBasis: 'customs_tariff_commission',
    instrument: 'Customs Tariff Commission',
    tradeCoveredUsd: 34_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 545,
    description:
      'China matched List 1 with a 25% tariff on 545 US items worth $34bn, including soybeans, cars, pork, seafood and whiskey, from the same day.',
    retaliatesFor: 'us-s301-list-1',
    answers: 'US Section 301 List 1',
    rateSteps: [{ ratePct: 25, effectiveOn: '2018-07-06', applied: true }],
    sourceKeys: ['tariff-S13'],
  },
  {
    slug: 'us-s301-list-2',
    name: 'Section 301 List 2 tariffs on Chinese goods',
    listName: 'List 2',
    imposer: 'US',
    target: 'CN',
    announcedOn: '2018-08-07',
    announcedNote:
      'USTR released the final list on 7 Aug 2018; the Federal Register notice followed on 16 Aug 2018.',
    effectiveOn: '2018-08-23',
    status: 'in_effect',
    legalBasis: 'section_301',
    instrument: '83 FR 40823 (16 Aug 2018)',
    tradeCoveredUsd: 16_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 279,
    description:
      'The second part of the $50bn Section 301 action: a 25% tariff on $16bn of Chinese imports covering 279 of the 284 lines proposed.',
    answers: 'Section 301 findings (second tranche of the $50bn action)',
    rateSteps: [{ ratePct: 25, effectiveOn: '2018-08-23', applied: true }],
    sourceKeys: ['tariff-S15', 'tariff-S16', 'tariff-S17'],
  },
  {
    slug: 'cn-retaliation-list-2',
    name: "China's response to List 2 (333 US items)",
    imposer: 'CN',
    target: 'US',
    announcedOn: '2018-08-08',
    effectiveOn: '2018-08-23',
    status: 'in_effect',
    legalBasis: 'customs_tariff_commission',
    instrument: 'Customs Tariff Commission',
    tradeCoveredUsd: 16_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 333,
    description:
      'China answered List 2 with a 25% tariff on 333 US items worth $16bn, such as crude oil, coal, diesel, large cars, motorcycles and fibre-optic cable.',
    retaliatesFor: 'us-s301-list-2',
    answers: 'US Section 301 List 2',
    rateSteps: [{ ratePct: 25, effectiveOn: '2018-08-23', applied: true }],
    sourceKeys: ['tariff-S18', 'tariff-S19', 'tariff-S20'],
  },
  {
    slug: 'us-s301-list-3',
    name: 'Section 301 List 3 tariffs on Chinese goods',
    listName: 'List 3',
    imposer: 'US',
    target: 'CN',
    announcedOn: '2018-09-17',
    announcedNote:
      'Proposed on 10 Jul 2018 at 10% on 6,031 lines, with a 25% rate floated on 1 Aug 2018 (83 FR 38760). The final list of 5,745 lines was announced on 17 Sep 2018 and published in the Federal Register on 21 Sep 2018.',
    effectiveOn: '2018-09-24',
    status: 'in_effect',
    statusNote:
      'At 10% from 24 Sep 2018; the planned rise to 25% was postponed after the 1 Dec 2018 truce, then imposed from 10 May 2019. A further rise to 30% was proposed in Aug 2019 and cancelled.',
    legalBasis: 'section_301',
    instrument: '83 FR 47974 (21 Sep 2018); increase to 25%: 84 FR 20459 (9 May 2019)',
    tradeCoveredUsd: 200_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 5745,
    description:
      'A tariff on $200bn of Chinese imports (5,745 of 6,031 proposed lines), starting at 10% and raised to 25% in May 2019 after talks stalled.',
    retaliatesFor: 'cn-retaliation-list-1',
    answers:
      "Section 301 findings, plus China's retaliation against List 1, which Trump had threatened to answer by escalating",
    rateSteps: [
      { ratePct: 10, effectiveOn: '2018-09-24', applied: true },
      {
        ratePct: 25,
        effectiveOn: '2019-01-01',
        applied: false,
        note: 'Scheduled in the Sep 2018 action. After the 1 Dec 2018 Buenos Aires truce, a 19 Dec 2018 Federal Register notice moved it to 2 Mar 2019; around 1 Mar 2019 it was postponed with no new date (as reported by Global Times). The rate stayed at 10%.',
      },
      {
        ratePct: 25,
        effectiveOn: '2019-05-10',
        applied: true,
        note: 'Announced by Trump in a tweet on 5 May 2019; the FR notice of 9 May 2019 (84 FR 20459) cited a "lack of progress in discussions with China". Goods exported before 10 May 2019 and entered before 1 Jun 2019 (later extended to 15 Jun 2019) stayed at 10%.',
      },
    ],
    sourceKeys: [
      'tariff-S21',
      'tariff-S22',
      'tariff-S23',
      'tariff-S24',
      'tariff-S56',
      'tariff-S29',
      'tariff-S30',
      'tariff-S31',
      'tariff-S32',
      'tariff-S33',
      'tariff-S34',
    ],
  },
  {
    slug: 'cn-retaliation-list-3',
    name: "China's response to List 3 (5,207 US items)",
    imposer: 'CN',
    target: 'US',
    announcedOn: '2018-09-18',
    announcedNote:
      'On 3 Aug 2018 China had threatened rates of 5%, 10%, 20% and 25% on this list; the rates announced on 18 Sep 2018 were cut to 5% and 10%.',
    effectiveOn: '2018-09-24',
    effectiveNote: '12:01 Beijing time.',
    status: 'in_effect',
    statusNote: 'Rates raised from 1 Jun 2019 for most items, when China answered the US increase of List 3.',
    legalBasis: 'customs_tariff_commission',
    instrument: 'Customs Tariff Commission, Announcement [2018] No. 6',
    tradeCoveredUsd: 60_000_000_000,
    tradeCoveredCertainty: 'stated',
    productCount: 5207,
    description:
      'China put tariffs of 5% or 10% on 5,207 US items worth $60bn, on the same day List 3 took effect.',
    retaliatesFor: 'us-s301-list-3',
    answers: 'US Section 301 List 3',
    rateSteps: [
      {
        ratePct: 5,
        effectiveOn: '2018-09-24',
        appliesTo: 'part of the 5,207 items',
        applied: true,
      },
      {
        ratePct: 10,
        effectiveOn: '2018-09-24',
        appliesTo: 'the rest of the 5,207 items',
        applied: true,
      },
    ],
    sourceKeys: ['tariff-S25', 'tariff-S26', 'tariff-S28'],
  },
];

