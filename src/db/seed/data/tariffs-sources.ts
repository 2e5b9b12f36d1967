import type { SourceSeed } from '../types';
import { tariffSources2019 } from './tariffs-sources-2019';

/**
 * Public sources of the 2018 tariff actions: each at its publisher's own address (the Federal
 * Register's document or citation page, the law firm's, the outlet's). Mirrors, staging copies
 * and reprints the research file found them on are not cited; `note` is for editors only.
 */
export const tariffSources: SourceSeed[] = [
  {
    key: 'tariff-S1a',
    outlet: 'Thompson Hine',
    title: 'President Trump Signs Proclamations for Section 232 Tariffs on Aluminum and Steel',
    url: 'http://www.thompsonhine.com/publications/president-trump-signs-proclamations-for-section-232-tariffs-on-aluminum-and-steel',
    publishedOn: '2018-03-13',
  },
  {
    key: 'tariff-S2',
    outlet: 'Federal Register',
    title: 'Proclamation 9705 (steel), 83 FR 11625',
    url: 'https://www.federalregister.gov/d/2018-05478',
    publishedOn: '2018-03-15',
    note: 'Federal Register document 2018-05478.',
  },
  {
    key: 'tariff-S3a',
    outlet: 'Federal Register',
    title: 'Proclamation 9739 (aluminum)',
    url: 'https://www.federalregister.gov/d/2018-09840',
    publishedOn: '2018-05-07',
    note: "Federal Register document 2018-09840; recites Proclamation 9704's 10% aluminum rate.",
  },
  {
    key: 'tariff-S3b',
    outlet: 'Federal Register',
    title: 'Proclamation 9776',
    url: 'https://www.federalregister.gov/d/2018-19283',
    publishedOn: '2018-09-04',
    note: 'Federal Register document 2018-19283.',
  },
  {
    key: 'tariff-S4a',
    outlet: 'Shapiro',
    url: 'https://www.shapiro.com/alerts/president-trump-issues-last-minute-proclamations-adjusting-regulations-on-imports-of-steel-and-aluminum/',
    note: 'On the 22 Mar 2018 proclamations (temporary exemptions).',
  },
  {
    key: 'tariff-S4b',
    outlet: 'Crowell & Moring (cmtradelaw)',
    url: 'https://www.cmtradelaw.com/2018/06/president-imposes-section-232-steel-and-aluminum-duties-on-imports-from-the-european-union-canada-and-mexico/',
    note: 'On the end of the exemptions on 1 Jun 2018.',
  },
  {
    key: 'tariff-S5',
    outlet: 'CBS News',
    url: 'https://www.cbsnews.com/news/chinas-tariff-hikes-here-are-the-u-s-products-getting-hit/',
    publishedOn: '2018-04-02',
    note: 'AP copy; it gives the US aluminum tariff as 15%, an error (the proclamations say 10%).',
  },
  {
    key: 'tariff-S6',
    outlet: 'South China Morning Post',
    url: 'https://www.scmp.com/news/china/diplomacy-defence/article/2139858/china-hits-back-trump-retaliatory-tariffs-128-us',
  },
  {
    key: 'tariff-S8a',
    outlet: 'Fortune',
    url: 'https://fortune.com/2018/04/02/china-tariffs-128-us-products/',
    publishedOn: '2018-04-02',
  },
  {
    key: 'tariff-S9',
    outlet: 'Expeditors',
    title: 'USTR Issues Tariffs on Chinese Products',
    url: 'https://info.expeditors.com/newsflash/ustr-issues-tariffs-on-chinese-products',
    publishedOn: '2018-06-15',
    note: 'Relays the USTR release of 15 Jun 2018 (final List 1: 818 lines, $34bn; 1,333 lines proposed).',
  },
  {
    key: 'tariff-S10',
    outlet: 'Export Compliance Daily',
    url: 'https://exportcompliancedaily.com/article/2018/06/15/china-tariffs-on-34-billion-in-imports-begin-july-6-1806150003',
    publishedOn: '2018-06-15',
  },
  {
    key: 'tariff-S13',
    outlet: 'The Fence Post',
    url: 'https://www.thefencepost.com/news/trump-formalizes-china-tariffs-china-retaliates-on-ag/',
    note: 'Cites the Wall Street Journal.',
  },
  {
    key: 'tariff-S15',
    outlet: 'Omnitrans',
    url: 'https://www.omnitrans.com/ustr-releases-second-list-of-hts-subject-to-25/',
    note: 'Reports the USTR release of 7 Aug 2018.',
  },
  {
    key: 'tariff-S16',
    outlet: 'Federal Register',
    title: '83 FR 40823 (List 2 notice)',
    url: 'https://www.federalregister.gov/citation/83-FR-40823',
    publishedOn: '2018-08-16',
  },
  {
    key: 'tariff-S17',
    outlet: 'Lexology',
    url: 'https://www.lexology.com/library/detail.aspx?g=41d7db6d-8e6e-465f-95b7-df5a1c61629e',
    note: 'List 2 background.',
  },
  {
    key: 'tariff-S18',
    outlet: 'ETF Trends',
    url: 'https://www.etftrends.com/china-retaliates-16-billion-tariffs-us-goods/',
  },
  {
    key: 'tariff-S19',
    outlet: 'Fox Business',
    url: 'https://www.foxbusiness.com/economy/china-places-tariffs-on-another-16b-worth-of-us-goods',
    publishedOn: '2018-08-08',
  },
  {
    key: 'tariff-S20',
    outlet: "People's Daily",
    url: 'https://peoplesdaily.pdnews.cn/business/china-to-slap-25-tariffs-on-us-goods-starting-august-23-30707.html',
  },
  {
    key: 'tariff-S21',
    outlet: 'Federal Register',
    title: '83 FR 47974 (List 3 notice)',
    url: 'https://www.federalregister.gov/citation/83-FR-47974',
    publishedOn: '2018-09-21',
  },
  {
    key: 'tariff-S22',
    outlet: 'Baking Business',
    url: 'https://bakingbusiness.com/articles/47074-us-sets-fresh-tariffs-on-chinese-imports',
    note: 'Reports the USTR release of 17 Sep 2018.',
  },
  {
    key: 'tariff-S23',
    outlet: 'Crowell & Moring (cmtradelaw)',
    url: 'https://www.cmtradelaw.com/2018/07/ustr-initiates-process-to-levy-additional-duties-on-200-billion-worth-of-chinese-goods/',
  },
  {
    key: 'tariff-S24',
    outlet: 'Federal Register',
    title: '83 FR 38760 (25% rate proposed for List 3)',
    url: 'https://www.federalregister.gov/citation/83-FR-38760',
  },
  {
    key: 'tariff-S25',
    outlet: 'Caixin',
    url: 'https://www.caixinglobal.com/2018-09-18/china-strikes-back-with-tariffs-on-60-billion-of-us-imports-101327701.html',
    publishedOn: '2018-09-18',
  },
  {
    key: 'tariff-S26',
    outlet: 'Malay Mail / AFP',
    url: 'https://www.malaymail.com/s/1673907/china-sets-retaliatory-tariffs-on-us60b-in-us-goods',
    publishedOn: '2018-09-18',
  },
  {
    key: 'tariff-S28',
    outlet: 'Toronto Star',
    url: 'https://www.thestar.com/news/world/2018/08/03/china-warns-it-could-fire-back-with-tariffs-of-60-billion-on-us-goods.html',
    publishedOn: '2018-08-03',
  },
  ...tariffSources2019,
];
