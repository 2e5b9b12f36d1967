import { describe, expect, it } from 'vitest';
import { detect } from '../../src/ingest/detect';
import { profileFromPledge, quantityPhrases } from '../../src/ingest/profiles';
import { quotedSpans } from '../../src/ingest/quotes';
import type { MatchingProfile } from '../../src/ingest/types';

/** the shipped pledge as the store gives it (the fields a profile needs) */
const alibaba: MatchingProfile = profileFromPledge({
  slug: 'alibaba-1m-us-jobs',
  entityName: 'Alibaba Group',
  aliases: ['Alibaba', 'Alibaba Group Holding', 'BABA', 'Taobao', 'Tmall', '阿里巴巴'],
  byName: 'Jack Ma',
  title: 'create 1 million US jobs',
  target: { quantity: 1_000_000, unit: 'jobs' },
  keywords: [],
  place: null,
});
const profiles = [alibaba];
const one = (text: string) => {
  const found = detect(text, profiles);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
};

describe('matching profiles', () => {
  it('derive the pledge terms from title and target, and the surname from the person', () => {
    expect(alibaba.people).toEqual(['Jack Ma', 'Ma']);
    expect(alibaba.terms).toEqual(expect.arrayContaining(['1 million US jobs', 'million jobs', '1,000,000 jobs', '1m jobs']));
    expect(quantityPhrases(13_000)).toEqual(expect.arrayContaining(['13,000', '13 thousand']));
  });
});

describe('detect: retractions', () => {
  it.each([
    'Alibaba founder Jack Ma says the company won’t follow through on its promise to create 1 million US jobs.',
    'Jack Ma is walking back on the promise that Alibaba would create one million US jobs.',
    'Alibaba has retracted the pledge to create a million American jobs.',
    'Jack Ma withdraws his pledge of 1 million jobs for America.',
    'Alibaba is no longer planning to create the 1 million US jobs it promised.',
    'Ma told Xinhua that Alibaba could no longer keep its million-jobs promise.',
  ])('%s', (text) => {
    expect(one(text)).toMatchObject({ slug: 'alibaba-1m-us-jobs', finding: 'retracted' });
  });

  it('quotes the pledger’s own words, even when the quote runs on from the sentence that names him', () => {
    const text =
      'Jack Ma said Alibaba would not create 1 million US jobs after all.\n\n' +
      '“The promise was made on the premise of friendly US-China partnership and rational trade relations,” Ma told Xinhua on Wednesday. ' +
      '“That premise no longer exists today, so our promise cannot be fulfilled.”';
    const f = one(text)!;
    expect(f.finding).toBe('retracted');
    expect(f.quote).toBe('That premise no longer exists today, so our promise cannot be fulfilled.');
    expect(f.confidence).toBeGreaterThan(0.8);
  });
});

describe('detect: negation, denial and hedges are not retractions', () => {
  it.each([
    ['Alibaba denies scrapping its plan to create 1 million US jobs.', 'reaffirmed'],
    ['Alibaba has not abandoned its promise of 1 million American jobs, a spokeswoman said.', 'reaffirmed'],
    ['Alibaba rejected reports, published on Tuesday, that it had dropped the pledge to create one million US jobs.', 'reaffirmed'],
    ['Jack Ma did not retract the pledge of a million US jobs.', 'reaffirmed'],
    ['Ma said Alibaba remains committed to the million-jobs goal.', 'reaffirmed'],
    ['Analysts wonder whether Alibaba could abandon its pledge of 1 million US jobs.', 'mention'],
    ['Could Alibaba walk back its promise of 1 million US jobs?', 'mention'],
    ['Alibaba shares dropped 3 percent. Jack Ma once spoke of 1 million US jobs.', 'mention'],
  ])('%s -> %s', (text, finding) => {
    expect(one(text)?.finding).toBe(finding);
  });

  it('a short negator does not reach across a clause: "not ..., but it retracted" is a retraction', () => {
    expect(one('Jack Ma did not explain the timing, but Alibaba has retracted its pledge of 1 million US jobs.')?.finding).toBe('retracted');
  });
});

describe('detect: other findings', () => {
  it.each([
    ['Alibaba has scaled back its pledge of 1 million US jobs to 200,000.', 'scaled_back'],
    ['Alibaba failed to create the 1 million US jobs Jack Ma promised.', 'broken'],
    ['Alibaba said it had met its goal of 1 million US jobs.', 'kept'],
  ])('%s -> %s', (text, finding) => {
    expect(one(text)?.finding).toBe(finding);
  });
});

describe('detect: articles about no tracked pledge yield nothing', () => {
  it.each([
    'General Electric has walked back its promise of 800 jobs in Boston.',
    'Alibaba reported higher revenue from its cloud business on Thursday.',
    'The governor withdrew his pledge to cut taxes.',
    'Tencent chief Pony Ma pledged cheaper cloud services for small firms.',
  ])('%s', (text) => {
    expect(detect(text, profiles)).toEqual([]);
  });

  it('a retraction by another company in an article that mentions the pledge in passing is only a mention', () => {
    const text =
      'PepsiCo has abandoned its promise of 200 jobs in Oregon. Such pledges were common in the boom years.\n\n' +
      "Alibaba's Jack Ma spoke of a million US jobs, and several carmakers of new plants.";
    expect(one(text)?.finding).toBe('mention');
  });
});

describe('quotedSpans', () => {
  it('pairs marks, and quotes to the edge when one of the pair was lost', () => {
    const p = 'was made on trade,” Ma said. “That premise is gone.';
    expect(quotedSpans(p).map((s) => p.slice(s.start, s.end))).toEqual(['was made on trade,', 'That premise is gone.']);
  });
});

describe('detect: cue words about something other than the pledge', () => {
  it.each([
    'Jack Ma said he would not keep quiet about the tariffs. Alibaba once promised 1 million US jobs.',
    'Jack Ma no longer plans to attend the forum. He once promised 1 million US jobs.',
    'Jack Ma said the demands cannot be met. Alibaba once promised 1 million US jobs.',
    'Alibaba cut its revenue target for the year. Jack Ma once promised 1 million US jobs.',
    'Alibaba hit its sales goal in the quarter. Jack Ma once promised 1 million US jobs.',
    'Alibaba shares dropped 2 percent after Jack Ma spoke about his million-jobs pledge.',
  ])('%s -> mention', (text) => {
    expect(one(text)?.finding).toBe('mention');
  });
});

/** Pledges as an editor adds them from chat: nothing here is shipped data, and no rule names them. */
const acmeOhio: MatchingProfile = profileFromPledge({
  slug: 'acme-ohio-plant', entityName: 'Acme Motors', aliases: ['Acme'], byName: 'Dana Whitfield',
  title: 'build a $10 billion battery plant in Ohio', target: { quantity: 10e9, unit: 'usd' },
  keywords: ['Millbrook', 'battery plant'], place: 'Millbrook, Ohio',
});
const acmeJobs: MatchingProfile = profileFromPledge({
  slug: 'acme-13k-jobs', entityName: 'Acme Motors', aliases: ['Acme'], byName: 'Dana Whitfield',
  title: 'hire 13,000 US workers', target: { quantity: 13_000, unit: 'jobs' }, keywords: ['hiring'], place: null,
});
const both = [acmeOhio, acmeJobs, alibaba];
const found = (text: string) => detect(text, both).map((f) => `${f.slug} ${f.finding}`);

describe('detect: linking from the whole record', () => {
  it.each([
    'Acme Motors has scrapped its $10bn battery factory.',
    'Acme Motors has scrapped its $10 billion battery factory.',
    'Acme Motors has scrapped plans to spend 10 billion dollars on a battery factory.',
    'Acme Motors has scrapped its US$10 billion battery factory.',
    'Acme has scrapped the Millbrook factory.',
  ])('the target or a keyword however written: %s', (text) => {
    expect(found(text)).toEqual(['acme-ohio-plant retracted']);
  });

  it.each(['13,000 jobs', '13k jobs', '13 thousand jobs'])('a jobs target written as %s', (jobs) => {
    expect(found(`Acme Motors has shelved its plan for ${jobs}.`)).toEqual(['acme-13k-jobs retracted']);
  });

  it('carries the entity from the headline and the sentence before: "the company", "it", "she"', () => {
    const text = 'Acme Motors rethinks Ohio\n\nThe carmaker announced the $10bn Millbrook plant in 2022.\n\nOn Tuesday the company said it had put the plant on hold. Whitfield said she still wanted to build in Ohio one day.';
    expect(found(text)).toEqual(['acme-ohio-plant scaled_back']);
  });

  it('tells two pledges of one entity apart by their own terms', () => {
    const text = 'Acme Motors said on Monday that it had hired 13,500 US workers, past the 13,000 jobs it promised.\n\nSeparately, the company has cancelled the $10bn Millbrook battery plant.';
    expect(found(text).sort()).toEqual(['acme-13k-jobs kept', 'acme-ohio-plant retracted']);
  });

  it('a cue about another company, or an article about none of them, yields nothing for them', () => {
    expect(found('Initech scrapped its $10bn chip plant in Arizona.')).toEqual([]);
    expect(found('Rival Initech said it would delay a factory. Acme Motors shares rose 2 percent.')).toEqual([]);
  });

  it('a denial that the pledge was ever made is not a retraction', () => {
    expect(found('Acme Motors denied it had ever promised 13,000 jobs, and said it had not scrapped anything.')).not.toContain('acme-13k-jobs retracted');
  });
});

/** How business reporters write the news of a plant pledge, with the story around it. */
const plant = (headline: string, ...paragraphs: string[]) => found([headline, ...paragraphs].join('\n\n')).filter((f) => f.startsWith('acme-ohio-plant'));

describe('detect: who says it, how sure, and whether it is the news', () => {
  it.each([
    ['Acme Motors shuts down Millbrook battery plant project', 'retracted'],
    ['Acme Motors said it had a change of heart about the $10bn Millbrook plant and would not build it.', 'retracted'],
    ['Acme Motors will employ far fewer people at Millbrook than it originally promised, and will spend $4bn on a smaller battery plant.', 'scaled_back'],
    ['Acme Motors’ Millbrook battery plant falls well short of its $10bn promise, with $2bn spent.', 'broken'],
    ['Acme Motors says its $10bn Millbrook battery plant is not affected by job cuts elsewhere.', 'reaffirmed'],
    ['Acme Motors said it remains 100 percent committed to the $10bn Millbrook battery plant.', 'reaffirmed'],
    // a hedge, a sourced report, a critic or a column is no retraction
    ['Acme Motors said it was prepared to drop the $10bn Millbrook battery plant if demand did not recover.', 'mention'],
    ['Acme Motors is set to scrap its $10bn Millbrook battery plant, according to people familiar with the plans.', 'mention'],
    ['The union says Acme Motors is reneging on its $10bn Millbrook battery plant.', 'mention'],
    ['Opinion: Acme Motors abandoned its $10bn Millbrook battery plant, and nobody should be surprised', 'mention'],
  ])('%s -> %s', (text, finding) => {
    expect(plant(text)).toEqual([`acme-ohio-plant ${finding}`]);
  });

  it('a cancellation retold as background does not outweigh the news in the headline', () => {
    const text = plant(
      'Acme Motors restarts work on Millbrook battery plant',
      'Acme Motors will go ahead with its $10bn battery plant in Millbrook, the company said on Monday.',
      'When the carmaker scrapped its first Ohio design in 2019, the site sat empty for two years.',
    );
    expect(text).toEqual(['acme-ohio-plant reaffirmed']);
  });

  it('a headline that disputes what was promised makes the story a dispute, not a change', () => {
    expect(plant('Acme Motors says it never promised a $10bn Millbrook plant by 2026', 'A state senator said the company had broken its promise and abandoned the plan.')).toEqual(['acme-ohio-plant mention']);
  });
});

describe('detect: press phrasing beyond the common verbs', () => {
  const riverton: MatchingProfile = profileFromPledge({
    slug: 'riverton-fare-freeze', entityName: 'Riverton City Council', aliases: ['Riverton council'], byName: 'Maya Osei',
    title: 'freeze bus fares for four years', target: { quantity: 4, unit: 'years' }, keywords: ['fare freeze', 'RiverBus'], place: 'Riverton',
  });
  const province: MatchingProfile = profileFromPledge({
    slug: 'northland-200k-homes', entityName: 'Government of Northland', aliases: ['Northland government'], byName: 'Ilse Varga',
    title: 'build 200,000 homes by 2030', target: { quantity: 200_000, unit: 'homes' }, keywords: ['200,000 homes', 'housing starts'], place: 'Northland',
  });
  const all = [acmeOhio, acmeJobs, alibaba, riverton, province];
  const of = (slug: string, text: string) => detect(text, all).filter((f) => f.slug === slug).map((f) => f.finding);
  it.each([
    ['acme-ohio-plant', 'Acme Motors discontinues its $10bn Millbrook battery plant', 'retracted'],
    ['acme-ohio-plant', 'Acme Motors shelves Millbrook battery plant', 'retracted'],
    ['acme-ohio-plant', 'Acme Motors said it would stop developing the $10bn Millbrook battery plant.', 'retracted'],
    ['acme-ohio-plant', 'Acme Motors rips up plans for its $10bn Millbrook battery plant', 'retracted'],
    ['acme-ohio-plant', 'Construction on the $10bn Millbrook battery plant has stopped, Acme Motors said on Friday.', 'scaled_back'],
    ['acme-ohio-plant', 'Acme Motors, the carmaker backed by two pension funds, said it had paused construction plans for its Millbrook battery plant.', 'scaled_back'],
    // the freeze of a fare-freeze pledge is the pledge itself, not a delay
    ['riverton-fare-freeze', 'Maya Osei says the RiverBus fare freeze has been delivered in full', 'kept'],
    ['riverton-fare-freeze', 'Riverton council confirms the RiverBus fare freeze will run its full four years', 'mention'],
    // a pledge for a term that ends with its term was kept
    ['riverton-fare-freeze', 'RiverBus fares to rise as Maya Osei\'s four-year fare freeze comes to an end', 'kept'],
    // a jurisdiction as the subject is its government
    ['northland-200k-homes', 'Northland falls short of its housing target as starts slide on the way to 200,000 homes', 'broken'],
  ])('%s: %s -> %s', (slug, text, finding) => {
    expect(of(slug, text)).toEqual([finding]);
  });

  it('a retraction another actor announces in a clause of its own is not the pledger\'s', () => {
    expect(of('acme-ohio-plant', 'Acme Motors will keep building its $10bn Millbrook battery plant after the Treasury Department said it was cancelling its grant.')).not.toContain('retracted');
  });
});

describe('detect: named only in passing', () => {
  it('an entity listed among others after someone else\'s verb is not what the article is about', () => {
    expect(detect('Initech sold stakes in its logistics arm to Oracle, Alibaba and two pension funds, saying the deal would create 1 million US jobs.', profiles)).toEqual([]);
    expect(detect('Alibaba said the deal would create 1 million US jobs.', profiles).map((f) => f.slug)).toEqual(['alibaba-1m-us-jobs']);
  });
});

describe('detect: with many pledges tracked', () => {
  // pledges of entities the article never names: linking skips them, and the findings are the same
  const others = Array.from({ length: 40 }, (_, i) => profileFromPledge({
    slug: `other-${i}`, entityName: `Company${i} Holdings`, aliases: [`C${i}X`], byName: `Pat Person${i}`,
    title: `build a $${i + 1} billion battery plant`, target: { quantity: (i + 1) * 1e9, unit: 'usd' }, keywords: ['battery plant'], place: null,
  }));
  it('gives the findings it gives with only the named pledges loaded', () => {
    const text = 'Acme Motors scraps Millbrook battery plant\n\nAcme Motors said on Monday it had scrapped its $10bn battery plant, while Alibaba restated its promise to create 1 million US jobs.';
    const few = detect(text, both);
    expect(few.map((f) => f.slug).sort()).toEqual(['acme-ohio-plant', 'alibaba-1m-us-jobs'].sort());
    expect(detect(text, [...others, ...both])).toEqual(few);
    expect(detect(`${text} Company7 Holdings scrapped its $8 billion battery plant.`, [...others, ...both]).map((f) => f.slug)).toContain('other-7');
  });
});
