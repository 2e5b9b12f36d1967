/**
 * Alibaba's pledge to create 1 million US jobs (made 2017-01-09 after Jack Ma met
 * President-elect Trump at Trump Tower; retracted 2018-09-19 in an interview with Xinhua).
 *
 * Every source is cited at its publisher's own URL; reposts, syndicated copies and sources
 * with no address are not cited. Statements are written in our own words; the only verbatim
 * text is the short quotes that are themselves the news.
 */
import type { EntitySeed, FactSeed, PersonSeed, PledgeSeed} from '../types';

const PLEDGE = 'alibaba-1m-us-jobs';

export const alibabaEntities: EntitySeed[] = [
  {
    slug: 'alibaba',
    name: 'Alibaba Group',
    kind: 'company',
    country: 'CN',
    aliases: [
      'Alibaba',
      'Alibaba Group',
      'Alibaba Group Holding',
      'Alibaba Group Holding Ltd',
      'Alibaba Group Holding Limited',
      'BABA',
      'Taobao',
      'Tmall',
      'Tmall Global',
      '阿里巴巴',
      '阿里巴巴集团',
      '阿里巴巴集團',
      '淘宝',
      '天猫',
    ],
  },
];

export const alibabaPeople: PersonSeed[] = [
  {
    slug: 'jack-ma',
    name: 'Jack Ma',
    role: 'Founder and executive chairman of Alibaba Group',
    entitySlug: 'alibaba',
    aliases: ['Ma Yun', '马云', '馬雲'],
  },
  {
    slug: 'donald-trump',
    name: 'Donald Trump',
    role: 'US President-elect at the time of the pledge (January 2017); President from 2017-01-20',
    aliases: ['Trump', 'President Trump', 'Donald J. Trump'],
  },
  {
    slug: 'arthur-kroeber',
    name: 'Arthur Kroeber',
    role: 'Founding partner, Gavekal Dragonomics (Beijing)',
  },
  {
    slug: 'derek-scissors',
    name: 'Derek Scissors',
    role: 'China economy scholar, American Enterprise Institute',
  },
  {
    slug: 'duncan-clark',
    name: 'Duncan Clark',
    role: 'Author of "Alibaba: The House That Jack Ma Built"',
  },
  {
    slug: 'anne-stevenson-yang',
    name: 'Anne Stevenson-Yang',
    role: 'Co-founder, J Capital Research (Beijing)',
  },
];

export const alibabaPledges: PledgeSeed[] = [
  {
    slug: PLEDGE,
    entitySlug: 'alibaba',
    by: 'jack-ma',
    to: 'President-elect Donald Trump',
    madeOn: '2017-01-09',
    place: 'Trump Tower, New York',
    title: 'create 1 million US jobs',
    text:
      'Alibaba would create 1 million jobs in the United States within five years, not by hiring ' +
      'Americans itself but by bringing 1 million US small businesses onto its platforms (Taobao, ' +
      'Tmall) so they could sell to consumers in China and the rest of Asia. Ma singled out the ' +
      'Midwest, naming farmers and clothing makers among those who would gain the new market.',
    deadline: '2022-01-09',
    deadlineNote: "five years from the pledge, stated as 'over the next five years'",
    target: { quantity: 1000000, unit: 'jobs' },
    keywords: [
      '1 million jobs',
      'one million jobs',
      '1m jobs',
      '1,000,000 jobs',
      'million jobs',
      'million american jobs',
      '1 million us jobs',
      'million us jobs',
      'small businesses',
      '1 million small businesses',
      'midwest',
      'farmers',
      'trump tower',
      'jack ma trump',
    ],
    sourceKeys: [
      'alibaba-fortune-2017-01-09',
      'alibaba-foxbusiness-2017-01-09',
      'alibaba-vox-2017-01-09',
      'alibaba-reuterstv-2017-01-10',
      'alibaba-breakingviews-2017-01-11',
      'alibaba-xinhua-2018-09-19',
      'alibaba-cnbc-2018-09-19',
      'alibaba-wapo-2018-09-20',
    ],
    history: [
      {
        status: 'in_progress',
        effectiveOn: '2017-01-09',
        sourceKey: 'alibaba-fortune-2017-01-09',
        note:
          'Announced after the Trump Tower meeting; Alibaba put out a statement saying it would create ' +
          'the jobs, and Trump praised Ma to reporters. Alibaba never published a count of jobs created.',
      },
      {
        status: 'retracted',
        effectiveOn: '2018-09-19',
        sourceKey: 'alibaba-wapo-2018-09-20',
        quote:
          'The promise was made on the premise of friendly U.S.-China partnership and rational trade ' +
          'relations. That premise no longer exists today, so our promise cannot be fulfilled.',
        quoteBy: 'jack-ma',
        reason: 'premise_changed',
        note:
          'Ma said it in an interview with Xinhua, published on 2018-09-19, and blamed the trade war. ' +
          'The quote is the English translation carried by CNBC and The Washington Post.',
      },
    ],
    tariffLinks: [
      {
        actionSlug: 'us-s301-list-3',
        note:
          'Ma blamed the trade war. The retraction came days after the US confirmed 10% Section 301 ' +
          'tariffs on about $200 billion of Chinese imports (List 3), in force from 2018-09-24.',
      },
      {
        actionSlug: 'cn-retaliation-list-3',
        note:
          "China's answer to List 3, announced 2018-09-18 (the eve of the retraction): tariffs on about " +
          '$60 billion of US goods, in force from the same day, 2018-09-24.',
      },
    ],
  },
];

export const alibabaFacts: FactSeed[] = [
  // --- figures -----------------------------------------------------------------------------
  {
    key: 'alibaba-full-time-staff-2018',
    pledgeSlug: PLEDGE,
    entitySlug: 'alibaba',
    statement:
      'Alibaba itself had only about 66,000 full-time employees, so the million jobs were never meant ' +
      'to be its own hires.',
    value: 66000,
    unit: 'employees',
    asOf: '2018-09-20',
    kind: 'figure',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'us-exports-china-needed-for-1m-jobs',
    pledgeSlug: PLEDGE,
    statement:
      'On Commerce Department figures, US exports of goods and services to China would need to grow ' +
      'by about $206 billion to support 1 million more American jobs.',
    value: 206000000000,
    unit: 'USD',
    asOf: '2018-09-20',
    kind: 'figure',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'us-exports-china-2017',
    pledgeSlug: PLEDGE,
    statement:
      'All US exports of goods and services to China came to about $188 billion in 2017, less than ' +
      'the increase the pledge implied.',
    value: 188000000000,
    unit: 'USD',
    asOf: '2017-12-31',
    kind: 'figure',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'alibaba-valuation-2018',
    entitySlug: 'alibaba',
    statement: "Alibaba, Asia's biggest online retailer, was valued at about $500 billion.",
    value: 500000000000,
    unit: 'USD',
    asOf: '2018-09-20',
    kind: 'figure',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  // --- context -----------------------------------------------------------------------------
  {
    key: 'alibaba-1m-jobs-how-counted',
    pledgeSlug: PLEDGE,
    statement:
      'The million was an estimate, not a hiring plan: it assumed 1 million US businesses would join ' +
      "Alibaba's platforms and each take on one extra worker to handle orders from China.",
    asOf: '2017-01-11',
    kind: 'context',
    sourceKey: 'alibaba-breakingviews-2017-01-11',
  },
  {
    key: 'ma-keep-working-on-trade',
    pledgeSlug: PLEDGE,
    statement:
      'In the same interview Ma said Alibaba would "not stop working hard to contribute to the healthy ' +
      'development of China-US trade."',
    asOf: '2018-09-19',
    kind: 'context',
    sourceKey: 'alibaba-cnbc-2018-09-19',
  },
  {
    key: 'ma-trade-not-a-weapon',
    pledgeSlug: PLEDGE,
    statement:
      'Ma also told Xinhua that trade is not a weapon and should not be used for war, calling it ' +
      'instead "the propeller of peace."',
    asOf: '2018-09-19',
    kind: 'context',
    sourceKey: 'alibaba-xinhua-2018-09-19',
  },
  {
    key: 'ma-trade-war-mess',
    pledgeSlug: PLEDGE,
    statement:
      'A day before the retraction, at an Alibaba investor conference, Ma called the US-China trade ' +
      'friction a "mess" whose effects could last for decades.',
    asOf: '2018-09-18',
    kind: 'context',
    sourceKey: 'alibaba-cnbc-2018-09-19',
  },
  // --- analysis ----------------------------------------------------------------------------
  {
    key: 'analysis-kroeber-theatrics',
    pledgeSlug: PLEDGE,
    statement:
      'Arthur Kroeber saw the original pledge as "political theatrics, not a serious promise", part ' +
      'of a Chinese effort to court Trump early in his term.',
    asOf: '2018-09-20',
    attributedTo: 'Arthur Kroeber, Gavekal Dragonomics',
    kind: 'analysis',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'analysis-scissors-tariffs-zero',
    pledgeSlug: PLEDGE,
    statement:
      'Derek Scissors noted that much of what the US sells China, such as aircraft and education ' +
      'services, cannot go through Alibaba at all: "If all tariffs went to zero, we\'d still be waiting ' +
      'a long, long time for Ma to fulfill his pledge."',
    asOf: '2018-09-20',
    attributedTo: 'Derek Scissors, American Enterprise Institute',
    kind: 'analysis',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'analysis-clark-theatrics',
    pledgeSlug: PLEDGE,
    statement:
      'Duncan Clark summed the pledge up in one word: "Theatrics." The Post first carried the remark ' +
      'in its January 2017 coverage of the meeting.',
    asOf: '2018-09-20',
    attributedTo: 'Duncan Clark, author of "Alibaba: The House That Jack Ma Built"',
    kind: 'analysis',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
  {
    key: 'analysis-stevenson-yang-small-employer',
    pledgeSlug: PLEDGE,
    statement:
      'Anne Stevenson-Yang questioned the scale of the promise: "Alibaba is a very small employer in ' +
      'China, much less in the U.S."',
    asOf: '2018-09-20',
    attributedTo: 'Anne Stevenson-Yang, J Capital Research',
    kind: 'analysis',
    sourceKey: 'alibaba-wapo-2018-09-20',
  },
];
