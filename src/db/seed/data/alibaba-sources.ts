import type { SourceSeed } from '../types';

export const alibabaSources: SourceSeed[] = [
  // --- January 2017: the pledge ---------------------------------------------------------
  {
    key: 'alibaba-fortune-2017-01-09',
    outlet: 'Fortune',
    title: 'How Jack Ma Is Selling Jobs to Trump',
    url: 'https://fortune.com/2017/01/09/jack-ma-jobs-trump/',
    publishedOn: '2017-01-09',
    note: 'Same-day report of the Trump Tower meeting and the 1-million-jobs plan. URL as found in stored copy.',
  },
  {
    key: 'alibaba-wapo-2017-01-09',
    outlet: 'The Washington Post (syndicated by The Sydney Morning Herald)',
    title: "Donald Trump and Alibaba founder to create '1 million' U.S. jobs? Unlikely.",
    url: 'https://www.smh.com.au/business/donald-trump-and-alibaba-founder-to-create-1-million-us-jobs-unlikely-20170110-gtp50z.html',
    publishedOn: '2017-01-10',
    note:
      "Emily Rauhala's Washington Post piece (datelined Beijing, 9 Jan 2017), quoting the transition's " +
      "and Alibaba's statements and Duncan Clark's \"Theatrics\". The Post's own URL was not found; " +
      'this is the SMH republication, URL as found in stored copy (SMH date 2017-01-10).',
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
    note: 'Written before the meeting, citing an Alibaba spokesman. URL as found in stored copy.',
  },
  {
    key: 'alibaba-reuterstv-2017-01-10',
    outlet: 'Reuters TV',
    url: 'https://www.reuters.tv/v/IEZ/2017/01/10/alibaba-ceo-pitches-u-s-jobs-plan-to-trump',
    publishedOn: '2017-01-10',
    note:
      'Video report (first aired 10 Jan 2017; headline not shown in the stored copy): 1 million small ' +
      'businesses, a million jobs over five years, Midwest clothing makers and farmers. URL as found in stored copy.',
  },
  {
    key: 'alibaba-breakingviews-2017-01-11',
    outlet: 'Reuters Breakingviews',
    title: "Ma's job offer to Trump is no Chinese peace pipe",
    url: 'https://www.reuters.com/article/us-usa-trump-alibaba-breakingviews-idUSKBN14V0OO',
    publishedOn: '2017-01-11',
    note: 'Commentary on how the million was counted. URL as found in stored copy.',
  },
  {
    key: 'alibaba-cnbc-2017-01-09',
    outlet: 'CNBC',
    publishedOn: '2017-01-09',
    note:
      "CNBC's same-day report (Anita Balakrishnan) that Alibaba aimed at 1 million US jobs over five years, " +
      'cited by several stored reposts. Title and URL not found; none invented.',
  },
  {
    key: 'alibaba-trump-transition-2017-01-09',
    outlet: 'Trump presidential transition team',
    publishedOn: '2017-01-09',
    note:
      "The incoming press secretary's pre-meeting statement that the two would discuss how Alibaba " +
      '"can create 1 million U.S. jobs by enabling 1 million U.S. small businesses to sell goods into ' +
      'the China and the Asian marketplace", as quoted by The Washington Post (Jan 2017 and 20 Sep 2018). ' +
      'No original URL found.',
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
      'of the retraction differs from the translation quoted by CNBC and the Post. URL as found in stored copy.',
  },
  {
    key: 'alibaba-cnbc-2018-09-19',
    outlet: 'CNBC',
    url: 'https://www.cnbc.com/2018/09/19/jack-ma-alibaba-is-no-longer-planning-to-create-1-million-us-jobs.html',
    publishedOn: '2018-09-19',
    note:
      'First widely cited English report of the retraction. Headline not shown in the stored copy ' +
      '(URL slug: jack-ma-alibaba-is-no-longer-planning-to-create-1-million-us-jobs); URL as found in stored copy.',
  },
  {
    key: 'alibaba-wapo-2018-09-20',
    outlet: 'The Washington Post',
    url: 'https://www.washingtonpost.com/world/jack-ma-withdraws-his-pledge-for-a-million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway/2018/09/20/84da5cee-bc8b-11e8-97f6-0cbdd4d9270e_story.html',
    publishedOn: '2018-09-20',
    note:
      'Seed article 004: analysts Kroeber, Scissors, Clark, Stevenson-Yang; Commerce Department export ' +
      'figures. Headline not shown in the stored copy (URL slug: jack-ma-withdraws-his-pledge-for-a-' +
      'million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway); URL as found in stored copy.',
  },
  {
    key: 'alibaba-tradingletter-2018-09-19',
    outlet: 'The Trading Letter',
    url: 'https://thetradingletter.com/alibabas-jack-ma-cancels-promise-for-1-million-us-jobs-amid-us-china-trade-dispute/',
    note:
      'Seed article 000: a commentary repost (ZeroHedge style) built on the CNBC report; the stored copy ' +
      'has the same text. Dated 2018-09-19 in the seed set; no date shown in the stored copy. ' +
      'URL as found in stored copy.',
  },
  {
    key: 'alibaba-cursor-2018-09-20',
    outlet: 'cursor.org',
    url: 'https://www.cursor.org/business/2018/09/20/ma-us-jobs.html',
    publishedOn: '2018-09-20',
    note:
      'Seed article 003: a blog post on the retraction that credits The Hill and BBC for its images. ' +
      'Date from the URL path; URL as found in stored copy.',
  },
];
