import type { SourceSeed } from '../types';

export const alibabaSources: SourceSeed[] = [
  // --- January 2017: the pledge ---------------------------------------------------------
  {
    key: 'alibaba-fortune-2017-01-09',
    outlet: 'Fortune',
    title: 'How Jack Ma Is Selling Jobs to Trump',
    url: 'https://fortune.com/2017/01/09/jack-ma-jobs-trump/',
    publishedOn: '2017-01-09',
    note: 'Same-day report of the Trump Tower meeting and the 1-million-jobs plan.',
  },
  {
    key: 'alibaba-foxbusiness-2017-01-09',
    outlet: 'Fox Business',
    title: 'Trump Teams Up With Alibaba CEO to Create Small Business Jobs',
    url: 'https://www.foxbusiness.com/politics/trump-teams-up-with-alibaba-ceo-to-create-small-business-jobs',
    note:
      "Ma's own remarks after the meeting (1 million small businesses, especially in the Midwest). " +
      'URL as found in stored copy; publication date not shown there (the meeting was Monday 2017-01-09).',
  },
  {
    key: 'alibaba-vox-2017-01-09',
    outlet: 'Vox',
    title: "Alibaba's Jack Ma is meeting with Donald Trump to discuss creating one million new U.S. jobs",
    url: 'https://www.vox.com/2017/1/9/14212898/jack-ma-donald-trump-alibaba-meeting-million-us-jobs',
    publishedOn: '2017-01-09',
    note: 'Written before the meeting, citing an Alibaba spokesman.',
  },
  {
    key: 'alibaba-reuterstv-2017-01-10',
    outlet: 'Reuters TV',
    url: 'https://www.reuters.tv/v/IEZ/2017/01/10/alibaba-ceo-pitches-u-s-jobs-plan-to-trump',
    publishedOn: '2017-01-10',
    note:
      'Video report (first aired 10 Jan 2017; headline not shown in the stored copy): 1 million small ' +
      'businesses, a million jobs over five years, Midwest clothing makers and farmers.',
  },
  {
    key: 'alibaba-breakingviews-2017-01-11',
    outlet: 'Reuters Breakingviews',
    title: "Ma's job offer to Trump is no Chinese peace pipe",
    url: 'https://www.reuters.com/article/us-usa-trump-alibaba-breakingviews-idUSKBN14V0OO',
    publishedOn: '2017-01-11',
    note: 'Commentary on how the million was counted.',
  },
  // --- September 2018: the retraction ----------------------------------------------------
  {
    key: 'alibaba-xinhua-2018-09-19',
    outlet: 'Xinhua',
    title: 'Trade should be propeller of peace: Jack Ma',
    url: 'http://xinhuanet.com/english/2018-09/20/c_137480016.htm',
    publishedOn: '2018-09-19',
    note:
      'The interview itself (English edition). Datelined Hangzhou, Sept. 19; page stamped 2018-09-20 ' +
      '03:50 Beijing time; says the interview took place on Tuesday (2018-09-18). Its English wording ' +
      'of the retraction differs from the translation quoted by CNBC and the Post.',
  },
  {
    key: 'alibaba-cnbc-2018-09-19',
    outlet: 'CNBC',
    url: 'https://www.cnbc.com/2018/09/19/jack-ma-alibaba-is-no-longer-planning-to-create-1-million-us-jobs.html',
    publishedOn: '2018-09-19',
    note:
      'First widely cited English report of the retraction. Headline not shown in the stored copy ' +
      '(URL slug: jack-ma-alibaba-is-no-longer-planning-to-create-1-million-us-jobs).',
  },
  {
    key: 'alibaba-wapo-2018-09-20',
    outlet: 'The Washington Post',
    url: 'https://www.washingtonpost.com/world/jack-ma-withdraws-his-pledge-for-a-million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway/2018/09/20/84da5cee-bc8b-11e8-97f6-0cbdd4d9270e_story.html',
    publishedOn: '2018-09-20',
    note:
      'Seed article 004: analysts Kroeber, Scissors, Clark, Stevenson-Yang; Commerce Department export ' +
      'figures. Headline not shown in the stored copy (URL slug: jack-ma-withdraws-his-pledge-for-a-' +
      'million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway).',
  },
];
