/**
 * How the press tells what became of a pledge, in the forms the sealed sets 9 to 14 showed
 * the rules missing: a pledge to end a thing ended, a law voted, a programme launched, the
 * office's holder speaking, dates moved, counts on the way, critics and former office-holders,
 * siblings of one entity. Every pledge here is invented; no rule names any of them.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/ingest/detect';
import { profileFromPledge } from '../../src/ingest/profiles';

describe('press phrasing: pledges to end a thing', () => {
  const station = profileFromPledge({
    slug: 'eastgate-close-kelso-station', entityName: 'Eastgate Energy', aliases: ['Eastgate'], byName: null,
    title: 'Eastgate to close the Kelso coal power station by 2027', target: null, keywords: ['Kelso', 'coal', 'closure'], place: 'Kelso Valley',
  });
  const tolls = profileFromPledge({
    slug: 'marra-abolish-tolls', entityName: 'Government of Marra', aliases: ['Marra government'], byName: 'Ana Ruiz',
    title: 'Abolish highway tolls', target: null, keywords: ['tolls', 'highway tolls'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [station, tolls]).map((f) => `${f.slug} ${f.finding}`);

  it('the thing ended is the pledge kept, not dropped', () => {
    expect(of('Kelso falls silent', 'Eastgate Energy shut down the final generating unit at its Kelso coal power station on Friday, as it had promised.')).toEqual(['eastgate-close-kelso-station kept']);
    expect(of('Eastgate turned off the last unit at the Kelso power station on Friday.')).toEqual(['eastgate-close-kelso-station kept']);
    expect(of('The Marra government abolished highway tolls on Monday, as Ruiz had promised.')).toEqual(['marra-abolish-tolls kept']);
  });

  it('the plan to end it dropped is a retraction; a unit of several, or an aim, is not the end', () => {
    expect(of('Eastgate Energy has scrapped its plan to close the Kelso coal power station and will run it to 2035.')).toEqual(['eastgate-close-kelso-station retracted']);
    expect(of('Eastgate shut the first of four units at the Kelso power station on Friday.')).not.toContain('eastgate-close-kelso-station kept');
    expect(of('Eastgate will shut down the Kelso coal power station in 2027, the company said.')).not.toContain('eastgate-close-kelso-station kept');
  });

  it("the pledger's own act refused ahead is a retraction, dated it is late", () => {
    expect(of('Marra will not abolish highway tolls, Ruiz says', 'Prime Minister Ana Ruiz said on Thursday her government would not be abolishing highway tolls after all.')).toEqual(['marra-abolish-tolls retracted']);
    expect(of('Ruiz said the Marra government would not abolish highway tolls by 2026 as promised.')).toEqual(['marra-abolish-tolls scaled_back']);
  });

  it("a cue whose object is the pledger's other plans is not about this one; a deadline that cannot be met is late", () => {
    const rail = profileFromPledge({ slug: 'harbour-light-rail', entityName: 'Harbour Labour Party', aliases: ['Labour'], byName: 'Mere Tane', title: 'Harbour City light rail line', target: null, keywords: ['light rail'], place: 'Harbour City' });
    expect(detect('Tane keeps Harbour City light rail\n\nHARBOUR CITY, Feb 8 (Wire) - Prime Minister Mere Tane said on Wednesday that the Harbour City light rail line would go ahead, even as she scrapped or delayed a list of other Labour policies to focus on the cost of living.', [rail]).map((f) => f.finding)).toEqual(['reaffirmed']);
    expect(of('Marra delays toll pledge', 'The Marra government said on Tuesday it would push back its plan to abolish highway tolls, saying the 2026 deadline could not be met.')).toEqual(['marra-abolish-tolls scaled_back']);
  });

  it('the pledged act ruled out is a retraction; ruling out its end, or not ruling it out, is not', () => {
    expect(of('Marra rules out abolishing highway tolls', 'The Marra government has ruled out abolishing highway tolls during its current term, Ruiz told parliament on Tuesday.')).toEqual(['marra-abolish-tolls retracted']);
    expect(of('Ruiz said the Marra government had ruled out scrapping its plan to abolish highway tolls.')).not.toContain('marra-abolish-tolls retracted');
    expect(of('Ruiz said the Marra government has not ruled out abolishing highway tolls next year.')).not.toContain('marra-abolish-tolls retracted');
  });
});

describe('press phrasing: the holder of the office speaks for the pledger', () => {
  const jails = profileFromPledge({
    slug: 'harbor-city-close-jail', entityName: 'City of Harbor', aliases: ['Harbor City Hall'], byName: 'Lena Price', byRole: 'mayor',
    title: 'Close the Kestrel Island jail by 2029', target: null, keywords: ['Kestrel Island', 'jail'], place: 'Kestrel Island, Harbor',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [jails]).map((f) => `${f.slug} ${f.finding}`);

  it('a successor in the office, named by title, restates the pledge', () => {
    expect(of("'We will close Kestrel Island,' new mayor says", 'Mayor Omar Diaz told advocates on Thursday that his administration remained committed to closing the Kestrel Island jail by 2029.')).toEqual(['harbor-city-close-jail reaffirmed']);
  });

  it("another place's mayor, or a former one, is not the pledger", () => {
    expect(of('Ridgeport Mayor Omar Diaz said his city remained committed to closing its jail on Kestrel Island by 2029.')).toEqual([]);
    expect(of('Former mayor Omar Diaz said he remained committed to closing the Kestrel Island jail by 2029.')).toEqual([]);
  });
});

describe('press phrasing: the site by name, its demonym, a party that governs', () => {
  const moor = profileFromPledge({
    slug: 'norgen-moorfield-nuclear', entityName: 'Norgen', aliases: ['Norgen Power'], byName: null,
    title: 'Build a nuclear power station at Moorfield', target: null, keywords: ['Moorfield', 'nuclear'], place: 'Moorfield, Cumbria',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [moor]).map((f) => `${f.slug} ${f.finding}`);

  it('the record\'s site alone, or its region by demonym, is the cue\'s object', () => {
    expect(of('Norgen pulls plug on Moorfield', 'Norgen said on Thursday it would not build the nuclear power station at Moorfield after failing to find a partner.')).toEqual(['norgen-moorfield-nuclear retracted']);
    expect(of('Norgen to wind up its venture, abandoning Cumbrian nuclear plant', 'The Moorfield site had been set aside for a nuclear power station since 2009.')).toEqual(['norgen-moorfield-nuclear retracted']);
    expect(of('Norgen confirmed it is leaving the Moorfield nuclear project for good.')).toEqual(['norgen-moorfield-nuclear retracted']);
  });

  it('another site named by its own place still stops the object', () => {
    expect(of('Norgen abandons Welsh nuclear plant, keeps Moorfield on track', 'Norgen said it had abandoned its Anglesey nuclear plant.')).not.toContain('norgen-moorfield-nuclear retracted');
  });
});

describe('press phrasing: after the fact, unnamed sources, a sibling told further down', () => {
  const fab = profileFromPledge({
    slug: 'keel-arden-fab', entityName: 'Keel Semiconductor', aliases: ['Keel'], byName: null,
    title: 'Keel silicon carbide fab at Arden', target: null, keywords: ['Arden', 'silicon carbide'], place: 'Arden, Wexmoor',
  });
  const campus = profileFromPledge({
    slug: 'keel-tolva-campus', entityName: 'Keel Semiconductor', aliases: ['Keel'], byName: null,
    title: 'Keel chip campus at Tolva', target: null, keywords: ['Tolva', 'campus'], place: 'Tolva, Wexmoor',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [fab, campus]).map((f) => `${f.slug} ${f.finding}`);

  it('not done, told after the fact, is broken; not yet is nothing', () => {
    expect(of('Keel Semiconductor had promised its silicon carbide fab at Arden by 2025, and the fab was never built.')).toEqual(['keel-arden-fab broken']);
    expect(of('Keel Semiconductor has not kept its promise of a silicon carbide fab at Arden by 2025, the company conceded.')).toEqual(['keel-arden-fab broken']);
    expect(of('Keel Semiconductor said the silicon carbide fab at Arden has not opened yet.')).toEqual(['keel-arden-fab mention']);
  });

  it('a claim from unnamed managers is not the pledger dropping it', () => {
    expect(of('Keel denies report', 'A newspaper quoted two unnamed former Keel managers as saying the Arden silicon carbide fab had been dropped internally.')).not.toContain('keel-arden-fab retracted');
  });

  it('a relative clause carries its object', () => {
    expect(of('Keel Semiconductor held a ceremony at the Arden silicon carbide fab, which the company said had started production on schedule.')).toEqual(['keel-arden-fab kept']);
  });

  it("a sibling's cancellation further down, dated by its month, is background to the lede's news", () => {
    expect(of('Keel opens Tolva chip campus', 'Keel Semiconductor has opened its chip campus at Tolva, the company said on Thursday.', 'Its planned silicon carbide fab at Arden was called off in June.')).toEqual(['keel-arden-fab mention', 'keel-tolva-campus kept']);
  });
});

describe('press phrasing: programmes launched, laws voted, two pledges in one sentence', () => {
  const bus = profileFromPledge({
    slug: 'veld-free-bus', entityName: 'Government of Veld', aliases: ['Veld government'], byName: 'Asha Rao', byRole: 'chief minister',
    title: 'Sahaya: free bus travel for women in Veld', target: null, keywords: ['Sahaya', 'free bus'], place: null,
  });
  const holiday = profileFromPledge({
    slug: 'nordmark-abolish-holiday', entityName: 'Government of Nordmark', aliases: ['Nordmark'], byName: null,
    title: 'Abolish the Harvest Day holiday', target: null, keywords: ['Harvest Day', 'public holiday'], place: null,
  });
  const tax = profileFromPledge({
    slug: 'lind-fuel-tax', entityName: 'Mara Lind', aliases: ['Lind'], byName: null,
    title: 'Lind 45-cent fuel tax rise for roads', target: { quantity: 45, unit: 'cents' }, keywords: ['fuel tax', '45 cents'], place: null,
  });
  const bond = profileFromPledge({
    slug: 'lind-road-bond', entityName: 'Mara Lind', aliases: ['Lind'], byName: null,
    title: 'Lind $3.5 billion road bond', target: { quantity: 3.5e9, unit: 'usd' }, keywords: ['road bond', 'bonds'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [bus, holiday, tax, bond]).map((f) => `${f.slug} ${f.finding}`);

  it('the pledged programme launched, the abolition voted, is kept', () => {
    expect(of('The Veld government launched the Sahaya scheme on Sunday, and women began riding buses free.')).toEqual(['veld-free-bus kept']);
    expect(of("Nordmark's parliament on Tuesday voted to abolish the Harvest Day public holiday.")).toEqual(['nordmark-abolish-holiday kept']);
    expect(of("Nordmark's parliament voted not to abolish the Harvest Day public holiday.")).not.toContain('nordmark-abolish-holiday kept');
  });

  it('of two pledges a sentence names, the cue goes to the one it governs', () => {
    expect(of('Lind abandons 45-cent fuel tax, turns to $3.5 billion road bonds')).toEqual(['lind-fuel-tax retracted', 'lind-road-bond mention']);
  });
});

describe('press phrasing: critics, content and choices', () => {
  const grant = profileFromPledge({
    slug: 'varna-women-grant', entityName: 'Government of Varna', aliases: ['Varna government'], byName: 'Ravi Menon', byRole: 'chief minister',
    title: 'Rs 1,000 monthly grant for women heads of families', target: null, keywords: ['women heads of families', 'monthly grant'], place: null,
  });
  const vat = profileFromPledge({
    slug: 'osten-vat-cut', entityName: 'Government of Osten', aliases: ['Osten government'], byName: 'Lea Holm', byRole: 'premier',
    title: 'Cut Osten VAT from 15 to 13 per cent', target: null, keywords: ['VAT', 'sales tax'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [grant, vat]).map((f) => `${f.slug} ${f.finding}`);

  it('a former office-holder quoted on the retreat is a critic', () => {
    expect(of('Opposition says Varna government has buried grant', '"The monthly grant for women heads of families is dead," former chief minister Anil Das told protesters.')).not.toContain('varna-women-grant retracted');
  });

  it("the pledge's own content after 'commitment to' is not its end", () => {
    expect(of("Menon said the Varna government's commitment to scrapping the fee for the monthly grant for women heads of families stands.")).not.toContain('varna-women-grant retracted');
  });

  it('the pledge named by its verb as a noun, abandoned, and "will no longer" do it', () => {
    expect(of('Holm abandons VAT cut', 'Osten Premier Lea Holm said her government will no longer cut VAT, saying the cost was too high.')).toEqual(['osten-vat-cut retracted']);
    expect(of('"I would rather tell the truth than keep a promise that would force cuts to hospitals," Holm said of the VAT cut.')).not.toContain('osten-vat-cut kept');
  });
});

describe('press phrasing: titles and roles as editors type them', () => {
  const wall = profileFromPledge({
    slug: 'dane-state-wall', entityName: 'Cara Dane', aliases: ['Dane', 'State of Westmark'], byName: 'Cara Dane', byRole: 'governor of Westmark',
    title: 'Westmark state-funded flood wall', target: null, keywords: ['flood wall', 'Operation Dry Feet'], place: 'Westmark-Norland border',
  });
  const emissions = profileFromPledge({
    slug: 'kora-emissions-2030', entityName: 'Kora Mining', aliases: ['Kora'], byName: null,
    title: 'Kora 50% cut in emissions by 2030', target: { quantity: 50, unit: 'percent' }, keywords: ['emissions', '2030 target'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [wall, emissions]).map((f) => `${f.slug} ${f.finding}`);

  it('a hyphenated title word counts by its parts; "governor of X" is an office', () => {
    expect(of('Westmark winds down state flood wall program', 'Westmark is ending the state-funded flood wall that Governor Cara Dane launched four years ago, after lawmakers declined to fund it.')).toEqual(['dane-state-wall retracted']);
    expect(wall.office).toBe('governor');
  });

  it("a site's first output is kept only for a pledge to build one", () => {
    expect(of('Kora Mining loaded its first ore on Friday, marking the start of production at its Tamba deposit, as it works toward its 2030 target of a 50% cut in emissions.')).not.toContain('kora-emissions-2030 kept');
  });
});

describe('press phrasing: ballots and chambers', () => {
  const relief = profileFromPledge({
    slug: 'rowe-property-tax-relief', entityName: 'Dan Rowe', aliases: ['Rowe', 'State of Calder'], byName: 'Dan Rowe', byRole: 'governor',
    title: '$18 billion Calder property tax relief', target: { quantity: 18e9, unit: 'usd' }, keywords: ['property tax', 'homestead exemption', 'Proposition 4'], place: null,
  });
  const rail = profileFromPledge({
    slug: 'calder-high-speed-rail', entityName: 'Government of Calder', aliases: ['Calder government'], byName: null,
    title: 'Calder high-speed railway by 2035', target: null, keywords: ['high-speed rail', 'railway'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [relief, rail]).map((f) => `${f.slug} ${f.finding}`);

  it('voters saying yes to the pledged law keep it; saying no breaks it', () => {
    expect(of('Calder voters approve Proposition 4 property tax cut', "Calder voters on Tuesday approved Proposition 4, raising the homestead exemption and delivering the $18 billion in property tax relief Governor Dan Rowe promised.")).toEqual(['rowe-property-tax-relief kept']);
    expect(of('Calder voters reject Rowe property tax amendment', 'Calder voters on Tuesday rejected Proposition 4, the homestead exemption increase at the heart of the $18 billion property tax relief Rowe promised.')).toEqual(['rowe-property-tax-relief broken']);
  });

  it('a chamber approving a project to build is not the thing built', () => {
    expect(of('The Calder parliament approved the high-speed railway on Friday, with construction to start in 2027.')).not.toContain('calder-high-speed-rail kept');
  });
});

describe('press phrasing: counts on the way, pieces of a programme', () => {
  const stores = profileFromPledge({
    slug: 'varo-800-stores', entityName: 'Varo', aliases: ['Varo Markets'], byName: null,
    title: 'Varo 800 US stores by 2028', target: { quantity: 800, unit: 'stores' }, keywords: ['800 stores', 'store openings'], place: null,
  });
  const gb = profileFromPledge({
    slug: 'varo-gb-1100-stores', entityName: 'Varo', aliases: ['Varo GB'], byName: null,
    title: 'Varo GB 1,100 stores by 2025', target: { quantity: 1100, unit: 'stores' }, keywords: ['1,100 stores'], place: 'Great Britain',
  });
  const ports = profileFromPledge({
    slug: 'marex-20bn-us', entityName: 'Marex Shipping', aliases: ['Marex'], byName: null,
    title: 'Marex $20 billion US investment', target: { quantity: 20e9, unit: 'usd' }, keywords: ['$20 billion', 'US investment'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [stores, gb, ports]).map((f) => `${f.slug} ${f.finding}`);

  it('stores opened short of the count, or the first of them, are not the pledge kept', () => {
    expect(of('Varo said it had opened about 430 stores since announcing its 800 stores plan.')).not.toContain('varo-800-stores kept');
  });

  it("'100 stores' is not in '1,100 stores'", () => {
    expect(of('Varo GB opens its 1,100th store', '"Reaching 1,100 stores is a proud moment," said the chief executive of Varo GB.')).toEqual(['varo-gb-1100-stores kept']);
  });

  it('a piece of the programme dropped is a scale-back', () => {
    expect(of('Marex Shipping has dropped plans for an air cargo hub that formed part of its $20 billion US investment pledge.')).toEqual(['marex-20bn-us scaled_back']);
  });
});

describe('press phrasing: repeals, chambers and datelines', () => {
  const zones = profileFromPledge({
    slug: 'teravia-repeal-zones', entityName: 'Government of Teravia', aliases: ['Teravia'], byName: 'Ana Cruz', byRole: 'president',
    title: 'Repeal the charter-city zones law', target: null, keywords: ['charter cities', 'zones law', 'repeal'], place: null,
  });
  const commission = profileFromPledge({
    slug: 'teravia-anticorruption-commission', entityName: 'Government of Teravia', aliases: ['Teravia'], byName: 'Ana Cruz', byRole: 'president',
    title: 'UN-backed anti-corruption commission for Teravia', target: null, keywords: ['anti-corruption commission', 'impunity'], place: 'Porto Real, Teravia',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [zones, commission]).map((f) => `${f.slug} ${f.finding}`);

  it("the chamber's repeal keeps a pledge to repeal; the dateline is not a sibling's site", () => {
    expect(of('Teravia Congress votes to scrap charter-city zones law', "PORTO REAL, April 21 (Wire) - Teravia's Congress on Thursday unanimously repealed the zones law that allowed charter cities, delivering on a promise by President Ana Cruz.")).toEqual(['teravia-repeal-zones kept']);
  });

  it('the repeal named as a noun, years on, is not news', () => {
    expect(of('Cruz leaves office without anti-corruption commission', "Cruz's main success was the repeal of the charter-city zones law in 2022.")).not.toContain('teravia-repeal-zones kept');
  });
});

describe('press phrasing: not this year, not again, something else', () => {
  const clinics = profileFromPledge({
    slug: 'harlow-reopen-clinics', entityName: 'City of Harlow', aliases: ['Harlow'], byName: 'Jon Reyes', byRole: 'mayor',
    title: "Reopen Harlow's closed mental health clinics", target: null, keywords: ['mental health clinics', 'reopen'], place: null,
  });
  const tax = profileFromPledge({
    slug: 'harlow-home-tax', entityName: 'City of Harlow', aliases: ['Harlow'], byName: 'Jon Reyes', byRole: 'mayor',
    title: 'Home Harlow transfer tax for homelessness services', target: null, keywords: ['Home Harlow', 'transfer tax'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [clinics, tax]).map((f) => `${f.slug} ${f.finding}`);

  it('"will not ... next year" is a delay', () => {
    expect(of('Harlow will not reopen any more city-run mental health clinics next year, the city said.')).toEqual(['harlow-reopen-clinics scaled_back']);
  });

  it('"will not try again" after a defeat gives it up; going ahead with other tools is no restatement', () => {
    expect(of('Mayor Jon Reyes will not try again to put the Home Harlow transfer tax before voters, his office said.', '"We are moving forward with other tools to fund housing," an aide said.')).toEqual(['harlow-home-tax retracted']);
  });
});

describe("press phrasing: a sibling's news", () => {
  const us = profileFromPledge({
    slug: 'varo-us-100-stores', entityName: 'Varo', aliases: ['Varo US'], byName: null,
    title: 'Varo US 100 stores on the East Coast by 2018', target: { quantity: 100, unit: 'stores' }, keywords: ['East Coast', '100 stores'], place: null,
  });
  const gb = profileFromPledge({
    slug: 'varo-gb-1100-stores', entityName: 'Varo', aliases: ['Varo GB'], byName: null,
    title: 'Varo GB 1,100 stores by 2025', target: { quantity: 1100, unit: 'stores' }, keywords: ['1,100 stores'], place: 'Great Britain',
  });
  it('the other pledge of the entity, named only by words the two share, is not in the story', () => {
    expect(detect(['Varo GB opens its 1,100th store', 'Varo GB opened its 1,100th store on Thursday, meeting its goal of 1,100 stores in Great Britain. Varo opened its first US stores in 2017.'].join('\n\n'), [us, gb]).map((f) => `${f.slug} ${f.finding}`)).toEqual(['varo-gb-1100-stores kept']);
  });
});

describe('press phrasing: still the plan, leaving office without it', () => {
  const commission = profileFromPledge({
    slug: 'teravia-commission', entityName: 'Government of Teravia', aliases: ['Teravia'], byName: 'Ana Cruz', byRole: 'president',
    title: 'UN-backed anti-corruption commission for Teravia', target: null, keywords: ['anti-corruption commission', 'impunity'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [commission]).map((f) => `${f.slug} ${f.finding}`);
  it('restated in other words', () => {
    expect(of('Cruz: anti-corruption commission still the plan', '"The anti-corruption commission is still the plan, and we are going to see it through," President Ana Cruz said.')).toEqual(['teravia-commission reaffirmed']);
  });
  it('a term ended without it is broken', () => {
    expect(of('Cruz leaves office without the anti-corruption commission she promised', 'President Ana Cruz handed over power on Sunday; the UN-backed body never arrived.')).toEqual(['teravia-commission broken']);
  });
});

describe('press phrasing: past the promised number', () => {
  const works = profileFromPledge({
    slug: 'kato-rail-works-730-jobs', entityName: 'Kato Rail', aliases: ['Kato'], byName: null,
    title: 'Kato train factory at Brannock with 730 jobs', target: { quantity: 730, unit: 'jobs' }, keywords: ['Brannock', 'train factory'], place: 'Brannock',
  });
  it('more than promised, or past that figure, is kept', () => {
    expect(detect("Kato Rail's train factory at Brannock now employs more people than the company promised, managers said.", [works]).map((f) => f.finding)).toEqual(['kept']);
    expect(detect('The Brannock train factory had 730 jobs as its target. A Kato Rail director said headcount had passed that figure.', [works]).map((f) => f.finding)).toEqual(['kept']);
  });
});

describe('press phrasing: dates moved', () => {
  const jail = profileFromPledge({
    slug: 'harbor-close-island-jail', entityName: 'City of Harbor', aliases: ['Harbor'], byName: null, byRole: 'mayor',
    title: 'Close the Kestrel Island jail by 2027', target: null, keywords: ['Kestrel Island', 'jail'], place: 'Kestrel Island, Harbor',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [jail]).map((f) => `${f.slug} ${f.finding}`);
  it('a closure pushed to a later year is a delay', () => {
    expect(of('Harbor said the closure of the Kestrel Island jail was pushed to 2032, though the city still intends to close it.')).toEqual(['harbor-close-island-jail scaled_back']);
  });
});

describe('press phrasing: relative clauses, committed to, campaigners', () => {
  const homes = profileFromPledge({
    slug: 'tasman-labour-homes', entityName: 'Tasman Labour Party', aliases: ['Tasman Labour'], byName: 'Mia Kerr', byRole: 'prime minister',
    title: 'HomeBuild 100,000 homes in ten years', target: { quantity: 100_000, unit: 'homes' }, keywords: ['HomeBuild', 'homes'], place: null,
  });
  const fuel = profileFromPledge({
    slug: 'aerion-saf-2030', entityName: 'Aerion', aliases: ['Aerion Aircraft'], byName: null,
    title: 'Aerion jets able to fly on 100% sustainable fuel by 2030', target: { quantity: 100, unit: 'percent' }, keywords: ['sustainable fuel', 'SAF'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [homes, fuel]).map((f) => `${f.slug} ${f.finding}`);
  it("a deed in a relative clause describes the thing; it is not the story's news", () => {
    expect(of('Rail line scrapped', 'The line follows another early flagship of Mia Kerr, the HomeBuild programme of Tasman Labour, which dropped its 100,000-home target in 2019.')).not.toContain('tasman-labour-homes retracted');
  });
  it('"has committed to make" restates the pledge; it is not the figure done', () => {
    expect(of('Aerion has committed to make its jets capable of flying on 100% sustainable fuel by 2030, but the timeline could slip.')).not.toContain('aerion-saf-2030 kept');
  });
  it('a campaigner quoted after the quote is a critic', () => {
    expect(of('Aerion faces doubts over fuel pledge', '"Some of these promises on sustainable fuel are quietly being dropped," said a campaign director at an advocacy group, of Aerion\'s 100% goal.')).not.toContain('aerion-saf-2030 retracted');
  });
});

describe("press phrasing: a politician's programme ended by the government", () => {
  const flights = profileFromPledge({
    slug: 'holt-deportation-flights', entityName: 'Rena Holt', aliases: ['Holt'], byName: 'Rena Holt', byRole: 'prime minister',
    title: 'Holt pledge to start Veldara deportation flights', target: null, keywords: ['Veldara scheme', 'deportation flights'], place: 'Veldara',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [flights]).map((f) => `${f.slug} ${f.finding}`);
  it("a minister ending the politician's scheme retracts it; ending speculation about it does not", () => {
    expect(of('Interior minister confirms end of Veldara scheme', 'Home Secretary Ana Bell told parliament on Monday that the Veldara scheme had been formally ended, the deportation flights Rena Holt promised never having left.')).toEqual(['holt-deportation-flights retracted']);
    expect(of('Holt said the deportation flights to Veldara would go ahead, ending speculation that the Veldara scheme would be dropped.')).not.toContain('holt-deportation-flights retracted');
  });
});

describe('press phrasing: halted, not killed; a piece out of the goal; the main clause', () => {
  const plant = profileFromPledge({
    slug: 'voltra-dunmore-plant', entityName: 'Voltra Motors', aliases: ['Voltra'], byName: 'Ines Kahl', byRole: 'chief executive',
    title: 'Voltra electric van plant in Dunmore', target: { quantity: 1_500, unit: 'jobs' }, keywords: ['Dunmore', 'van plant'], place: 'Dunmore, Kentucky',
  });
  const climate = profileFromPledge({
    slug: 'brightway-net-zero-2030', entityName: 'Brightway Foods', aliases: ['Brightway'], byName: null,
    title: 'Brightway net zero emissions by 2030', target: null, keywords: ['net zero', 'emissions'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [plant, climate]).map((f) => `${f.slug} ${f.finding}`);

  it('work stopped on a site is a halt; decided to stop, or to stop building, it is given up', () => {
    expect(of('Voltra Motors and the Dunmore van plant', 'Voltra Motors said on Monday it would stop work on its van plant in Dunmore while it raises more money.')).toEqual(['voltra-dunmore-plant scaled_back']);
    expect(of('Voltra quits Dunmore', 'Voltra Motors said on Monday it had decided to stop work on its van plant in Dunmore for good.')).toEqual(['voltra-dunmore-plant retracted']);
  });

  it('stopping short of killing it is not killing it', () => {
    expect(of('Voltra pauses Dunmore', 'Kahl stopped short of killing the Dunmore van plant outright, saying Voltra would keep talking to the state about support.')).not.toContain('voltra-dunmore-plant retracted');
  });

  it("a date the pledger could not keep to is late, not dropped", () => {
    expect(of('Voltra delays Dunmore opening', '"I am sorry we could not keep to the date we promised for the Dunmore van plant," Kahl told reporters.')).not.toContain('voltra-dunmore-plant retracted');
  });

  it('a part taken out of the goal scales it back; the goal taken out of a plan drops it', () => {
    expect(of('Brightway narrows climate goal, drops transport from net zero target', 'Brightway Foods has narrowed its net zero emissions goal for 2030 to its own operations.')).toEqual(['brightway-net-zero-2030 scaled_back']);
    expect(of('Brightway Foods said on Tuesday it had dropped its net zero emissions goal from its plan for the decade.')).toEqual(['brightway-net-zero-2030 retracted']);
  });

  it("a change in the main clause is the news; the reason given after 'saying' is not another one", () => {
    expect(of('Brightway delays net zero goal', 'Brightway Foods has pushed back its net zero emissions target by five years to 2035, saying it no longer wanted to rely on offsets to meet the original 2030 target.')).toEqual(['brightway-net-zero-2030 scaled_back']);
  });
});

describe('press phrasing: a party in the singular, a vow said again, a figure brought down', () => {
  const fees = profileFromPledge({
    slug: 'greenway-fees-vote', entityName: 'Progressive Democrats', aliases: ['Prog Dems'], byName: 'Hana Ito', byRole: 'party leader',
    title: 'Progressive Democrat pledge to vote against any rise in college fees', target: null, keywords: ['college fees', 'fees pledge'], place: null,
  });
  const prices = profileFromPledge({
    slug: 'ito-halve-bus-fares', entityName: 'Hana Ito', aliases: ['Ito'], byName: 'Hana Ito', byRole: 'prime minister',
    title: 'Ito pledge to halve bus fares by 2026', target: { quantity: 50, unit: 'percent' }, keywords: ['halve bus fares', 'bus fares'], place: null,
  });
  const of = (profile: typeof fees, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [profile]).map((f) => `${f.slug} ${f.finding}`);

  it('"Progressive Democrat leadership", a participle after the main clause: the party named, its pledge dropped', () => {
    expect(of(fees, 'Prog Dem leaders to back higher college fees', 'LONDON - The Progressive Democrat leadership will support plans to let colleges charge up to 9,000 pounds a year, abandoning the pledge its candidates signed to vote against any rise in college fees.')).toEqual(['greenway-fees-vote retracted']);
    // ("charge" as in "critics charge that ..." is a claim; "let colleges charge more" is not)
    expect(of(fees, 'Fees row', 'Student unions charge that the Progressive Democrats are abandoning the fees pledge.')).not.toContain('greenway-fees-vote retracted');
  });

  it('a vow repeated, confirmed or left intact is restated', () => {
    expect(of(prices, 'Ito repeats fares vow', 'Prime Minister Hana Ito repeated her vow on Monday to halve bus fares by 2026.')).toEqual(['ito-halve-bus-fares reaffirmed']);
    expect(of(prices, 'Ito says bus fares promise intact', 'Hana Ito said the pledge to halve bus fares was intact despite the budget squeeze.')).toEqual(['ito-halve-bus-fares reaffirmed']);
  });

  it('a figure under the target is the point of a pledge to bring it down', () => {
    const food = profileFromPledge({
      slug: 'ito-halve-food-inflation', entityName: 'Hana Ito', aliases: ['Ito'], byName: 'Hana Ito', byRole: 'prime minister',
      title: 'Ito pledge to halve food inflation in 2026', target: { quantity: 50, unit: 'percent' }, keywords: ['halve food inflation', 'food prices'], place: null,
    });
    expect(of(food, 'Food inflation falls to 4.2%, Ito pledge met', 'Food price inflation fell to 4.2 percent in December from 9.1 percent a year earlier, official figures showed on Wednesday, meaning Prime Minister Hana Ito had met her promise to halve food inflation.')).toEqual(['ito-halve-food-inflation kept']);
  });
});

describe('press phrasing: a pledge to axe a tax, told by its field', () => {
  const levy = profileFromPledge({
    slug: 'reform-axe-fuel-levy', entityName: 'Reform Alliance of Veland', aliases: ['the Reform Alliance', 'Reform'], byName: 'Piet Kors', byRole: 'party leader',
    title: 'Reform to axe the national fuel levy', target: null, keywords: ['axe the levy', 'fuel levy', 'fuel duty', 'Kors'], place: 'Veland',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [levy]).map((f) => `${f.slug} ${f.finding}`);

  it('the field phrases an editor gave link a pledge whose record holds no figure and a country for its place', () => {
    expect(of('Reform backs away from scrapping fuel duty on hauliers', 'The Reform Alliance will no longer promise to abolish Veland\'s fuel duty on hauliers, Piet Kors said on Tuesday.')).toEqual(['reform-axe-fuel-levy retracted']);
  });

  it('"will no longer scrap" refuses a pledge to axe; the slogan chanted at a rally is no retraction', () => {
    expect(of('Kors drops levy pledge', 'Piet Kors told executives that a Reform government would no longer scrap the fuel levy.')).toEqual(['reform-axe-fuel-levy retracted']);
    expect(of('Kors rallies the faithful', '"Axe the levy," the crowd chanted as Piet Kors promised that a Reform government would scrap the fuel levy in its first budget.')).not.toContain('reform-axe-fuel-levy retracted');
  });
});

describe("press phrasing: a mayor's two pledges in one city; a 'not' inside the cue", () => {
  const at = { entityName: 'Rosa Vidal', aliases: ['Vidal', 'Mayor Vidal'], byName: 'Rosa Vidal', byRole: 'mayor of Portmere', target: null, place: 'Portmere, Calden' };
  const buses = profileFromPledge({ ...at, slug: 'vidal-free-buses', title: 'Vidal fare-free buses in Portmere', keywords: ['fare-free', 'buses', 'bus fares'] });
  const rents = profileFromPledge({ ...at, slug: 'vidal-rent-cap', title: 'Vidal rent cap in Portmere', keywords: ['rent cap', 'rent control'] });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [buses, rents]).map((f) => `${f.slug} ${f.finding}`);

  it('the city both pledges share does not carry the buses news to the rent pledge', () => {
    expect(of("Vidal shelves Portmere's fare-free buses", 'PORTMERE - Mayor Rosa Vidal said on Tuesday that Portmere would stop running fare-free buses from September.', 'The decision marks a retreat from one of the defining ideas of Vidal\'s campaign.')).toEqual(['vidal-free-buses retracted']);
  });

  it("the shared city with the pledge's own field names it", () => {
    expect(of("Portmere's Vidal drops rent control push", 'PORTMERE - Mayor Rosa Vidal will not refile her petition, she said on Tuesday.')).toContain('vidal-rent-cap retracted');
  });

  it('"the pledge had not been abandoned" is no retraction', () => {
    expect(of('Vidal allies abstain on rent cap', 'PORTMERE - Officials said the rent cap pledge had not been abandoned and that Mayor Rosa Vidal would decide in the autumn.')).not.toContain('vidal-rent-cap retracted');
  });
});

describe('press phrasing: an omission, a concession after the main clause, a pledge to annul', () => {
  const grant = profileFromPledge({
    slug: 'coria-500-for-carers', entityName: 'Government of Coria', aliases: ['Coria government'], byName: 'Luis Mena', byRole: 'chief minister',
    title: 'Coria 500 a month for every unpaid carer', target: null, keywords: ['carers grant', 'unpaid carers'], place: 'Coria',
  });
  const homes = profileFromPledge({
    slug: 'mena-100000-homes-a-year', entityName: 'Luis Mena', aliases: ['Mena'], byName: 'Luis Mena', byRole: 'chief minister',
    title: 'Mena 100,000 low-cost homes a year', target: { quantity: 100000, unit: 'homes' }, keywords: ['low-cost housing', 'homes'], place: null,
  });
  const statute = profileFromPledge({
    slug: 'unity-annul-statute-9', entityName: 'Unity Party', aliases: ['Unity'], byName: null,
    title: 'Unity pledge to annul Statute 9 in the northern provinces', target: null, keywords: ['Statute 9', 'special status'], place: null,
  });
  const fees = profileFromPledge({
    slug: 'coria-museum-fees', entityName: 'Government of Coria', aliases: ['Coria government'], byName: null,
    title: 'Coria drops entry fees at state museums', target: null, keywords: ['museum fees', 'entry fees'], place: null,
  });
  const of = (p: typeof grant, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('a minister not mentioning it in his remarks has dropped nothing; a budget that no longer mentions it has', () => {
    expect(of(grant, 'Coria carers grant delayed', 'The Coria government has put back the carers grant to next year.', 'Mr Mena did not mention the carers grant in his remarks to reporters after the budget.')).toEqual(['coria-500-for-carers scaled_back']);
    expect(of(grant, 'Coria budget silent on carers', 'The Coria government\'s budget no longer mentions the carers grant for unpaid carers, officials confirmed.')).toEqual(['coria-500-for-carers retracted']);
  });

  it('a target lowered, "conceding" the promise will not be met, is scaled back', () => {
    expect(of(homes, 'Mena housing target cut', "The housing ministry has lowered its annual target for low-cost homes, conceding that Luis Mena's promise of 100,000 homes a year will not be met.")).toEqual(['mena-100000-homes-a-year scaled_back']);
  });

  it('a pledge to annul a thing: the thing scrapped is the pledge kept; a headline-style title ends a thing too', () => {
    expect(of(statute, 'Statute 9 scrapped', 'The Unity Party government on Monday scrapped Statute 9, ending the special status of the northern provinces as it had promised.')).toEqual(['unity-annul-statute-9 kept']);
    expect(of(fees, 'Coria scraps museum entry fees', 'The Coria government scrapped entry fees at state museums on Monday, as it had promised.')).toEqual(['coria-museum-fees kept']);
  });
});

describe('press phrasing: a goal not reached, output short of the target, a government by its country', () => {
  const nurses = profileFromPledge({
    slug: 'dale-100-nurses', entityName: 'City of Dale', aliases: ['Dale city council'], byName: 'Ken Oda', byRole: 'mayor',
    title: 'Dale 100 mental health nurses', target: { quantity: 100, unit: 'nurses' }, keywords: ['mental health nurses'], place: 'Dale',
  });
  const coal = profileFromPledge({
    slug: 'terra-coal-1bn-tonnes', entityName: 'Terra Coal', aliases: [], byName: null,
    title: 'Terra Coal one billion tonnes of output a year', target: { quantity: 1000000000, unit: 'tonnes' }, keywords: ['billion tonnes', 'output target'], place: null,
  });
  const of = (p: typeof nurses, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('"the goal ... was not reached" and "the promise ... has not been met" are broken; "not yet" is not', () => {
    expect(of(nurses, "Dale's nurse goal missed", 'A final report to Dale city council confirms the goal of 100 mental health nurses set by Mayor Ken Oda in 2022 was not reached before the deadline.')).toEqual(['dale-100-nurses broken']);
    expect(of(nurses, 'Dale nurses', "Mayor Ken Oda's promise to hire 100 mental health nurses has not yet been met, the City of Dale said, with two years to go.")).not.toContain('dale-100-nurses broken');
  });

  it("output that falls short of the target is the pledge's measure, not a market move", () => {
    expect(of(coal, 'Terra Coal output falls short of billion-tonne target', 'Terra Coal produced 773 million tonnes in the year to March, well below its output target of one billion tonnes.')).toEqual(['terra-coal-1bn-tonnes broken']);
    expect(of(coal, 'Terra Coal shares fall short of highs', 'Terra Coal shares fell short of their record on Monday; the company kept its one billion tonnes output target.')).not.toContain('terra-coal-1bn-tonnes broken');
  });
});

describe("press phrasing: a promise broken by the pledger's own choice", () => {
  const lock = profileFromPledge({
    slug: 'civic-no-vat-rise', entityName: 'Civic Party', aliases: ['the Civic Party'], byName: 'Anna Berg', byRole: 'party leader',
    title: 'Civic Party lock on VAT and income tax rates', target: null, keywords: ['tax lock', 'VAT', 'income tax'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [lock]).map((f) => `${f.slug} ${f.finding}`);
  it('the move that broke the commitment withdraws it; a promise left broken by events is broken', () => {
    expect(of('Berg raises VAT to fund hospitals', 'Prime Minister Anna Berg told parliament she accepted the move broke a commitment the Civic Party made at the election not to raise VAT or income tax, but said the pandemic left no choice.')).toEqual(['civic-no-vat-rise retracted']);
    expect(of('VAT climbs again', 'With inflation pushing VAT receipts up, critics say the Civic Party has broken its tax lock promise on VAT.')).not.toContain('civic-no-vat-rise retracted');
  });
});

describe('press phrasing: signed into law', () => {
  const meals = profileFromPledge({
    slug: 'tarn-free-school-meals', entityName: 'State of Tarn', aliases: ['Tarn'], byName: 'Jo Reyes', byRole: 'governor',
    title: 'Tarn universal free school meals', target: null, keywords: ['free school meals', 'school meals'], place: 'Tarn',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [meals]).map((f) => `${f.slug} ${f.finding}`);
  it("a governor signing the pledge into law keeps it; signing someone else's bill does not", () => {
    expect(of('Reyes signs universal school meals into law', 'Governor Jo Reyes signed a bill on Friday guaranteeing free school meals to every pupil in the State of Tarn.')).toEqual(['tarn-free-school-meals kept']);
    expect(of('Reyes signs budget', 'Governor Jo Reyes signed a road safety bill on Friday and said free school meals in the State of Tarn would be debated next year.')).not.toContain('tarn-free-school-meals kept');
  });
});

describe('press phrasing: the pledger says again it will be done', () => {
  const meals = profileFromPledge({
    slug: 'tarn-meals-stay', entityName: 'State of Tarn', aliases: ['Tarn'], byName: 'Jo Reyes', byRole: 'governor',
    title: 'Tarn universal free school meals', target: null, keywords: ['free school meals', 'school meals'], place: 'Tarn',
  });
  const peace = profileFromPledge({
    slug: 'vance-end-border-war', entityName: 'Dan Vance', aliases: ['Vance'], byName: 'Dan Vance', byRole: 'candidate',
    title: 'Vance to end the border war within a week', target: null, keywords: ['border war', 'ceasefire'], place: null,
  });
  it('"Reyes says they stay", "repeats he would end the war" restate the pledge', () => {
    expect(detect("Tarn's free school meals cost more than planned. Reyes says they stay\n\nThe State of Tarn's free school meals cost $40 million more than budgeted last year.", [meals]).map((f) => f.finding)).toEqual(['reaffirmed']);
    expect(detect('Vance repeats he would end border war within a week\n\nDan Vance said at the debate that he would have the border war settled within a week of taking office.', [peace]).map((f) => f.finding)).toEqual(['reaffirmed']);
  });
});

describe('press phrasing: a pledge replaced by something else', () => {
  const pay = profileFromPledge({
    slug: 'tarn-teacher-pay-floor', entityName: 'State of Tarn', aliases: ['Tarn'], byName: 'Jo Reyes', byRole: 'governor',
    title: 'Tarn $47,500 minimum starting salary for teachers', target: { quantity: 47500, unit: 'usd' }, keywords: ['teacher pay', 'starting salary'], place: 'Tarn',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [pay]).map((f) => `${f.slug} ${f.finding}`);
  it('dropped and replaced by another kind of measure is dropped; replaced by a narrower goal is scaled back', () => {
    expect(of('Tarn and its teachers', 'The State of Tarn has dropped its goal of a $47,500 starting salary for teachers, replacing it with a block grant that districts can spend on any pay.')).toEqual(['tarn-teacher-pay-floor retracted']);
    expect(of('Tarn lowers teacher pay goal', 'The State of Tarn has dropped its $47,500 starting salary goal for teachers in favour of a lower, later target of $44,000 by 2030.')).toEqual(['tarn-teacher-pay-floor scaled_back']);
  });
});

describe('press phrasing: stopped, replaced, not progressed', () => {
  const gas = profileFromPledge({
    slug: 'norda-cheap-cooking-gas', entityName: 'Government of Norda', aliases: ['Norda'], byName: null, byRole: null,
    title: 'Norda cooking gas at 500 a cylinder', target: null, keywords: ['cooking gas', 'gas cylinder', 'cylinder subsidy'], place: 'Norda',
  });
  const plant = profileFromPledge({
    slug: 'medix-harbourside-plant', entityName: 'Medix', aliases: ['Medix Plc'], byName: null,
    title: 'Medix vaccine plant at Harbourside', target: null, keywords: ['Harbourside', 'vaccine plant'], place: 'Harbourside, Tarn',
  });
  const of = (p: typeof gas, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('the pledged thing stopped or replaced by another is dropped; a plan to replace one thing with another is not', () => {
    expect(of(gas, 'Norda and its kitchens', 'The Government of Norda will stop selling cooking gas at 500 a cylinder from August and will pay a monthly cash grant instead.')).toEqual(['norda-cheap-cooking-gas retracted']);
    expect(of(gas, 'Norda replaces gas cylinder subsidy with cash grant', 'The Government of Norda said on Thursday that women would get a monthly cash grant.')).toEqual(['norda-cheap-cooking-gas retracted']);
    expect(of(gas, 'Norda gas plan', 'The Government of Norda set out its plan to replace the old gas cylinder subsidy with cooking gas at 500 a cylinder.')).not.toContain('norda-cheap-cooking-gas retracted');
  });

  it('"will not progress" the investment is a retraction', () => {
    expect(of(plant, 'Medix says will not progress Harbourside vaccine plant', 'Medix said on Thursday that after careful consideration it would not be progressing the planned investment at Harbourside.')).toEqual(['medix-harbourside-plant retracted']);
  });
});

describe("press phrasing: a club of pledgers left, another year's target, rivals' deeds", () => {
  const zero = profileFromPledge({
    slug: 'northbank-net-zero-2050', entityName: 'Northbank', aliases: ['Northbank Group'], byName: null,
    title: 'Northbank net zero financed emissions by 2050', target: null, keywords: ['net zero', 'financed emissions', 'Green Banks Alliance'], place: null,
  });
  const campus = profileFromPledge({
    slug: 'orin-riverside-campus', entityName: 'Orin Motors', aliases: ['Orin'], byName: null,
    title: 'Orin $5 billion Riverside truck campus', target: { quantity: 5000000000, unit: 'usd' }, keywords: ['Riverside', 'truck campus'], place: 'Riverside, Tarn',
  });
  const of = (p: typeof zero, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('leaving an alliance of pledgers is not dropping the pledge; dropping it in a coalition agreement is', () => {
    expect(of(zero, 'Northbank and the climate', 'NEW YORK - Northbank has withdrawn from the Green Banks Alliance, the group of lenders pledged to net zero, but said it remained committed to net zero financed emissions by 2050.')).not.toContain('northbank-net-zero-2050 retracted');
    expect(of(zero, 'Northbank and the climate', 'Northbank said its net zero financed emissions goal was scrapped in the coalition agreement it signed with two rival lenders.')).toContain('northbank-net-zero-2050 retracted');
  });

  it("a target of another year than the pledge's is not the pledge", () => {
    expect(of(zero, 'Northbank and the climate', 'Northbank has withdrawn its 2030 target for cutting the emissions of oil companies it finances, while keeping its net zero financed emissions goal for 2050.')).not.toContain('northbank-net-zero-2050 retracted');
  });

  it("what rivals cancelled is theirs", () => {
    expect(of(campus, 'Orin keeps building at Riverside', "Orin Motors' defenders note that rivals have cancelled whole programmes while Orin has kept building its Riverside truck campus.")).not.toContain('orin-riverside-campus retracted');
  });
});

describe('press phrasing: kept in the words of a launch day', () => {
  const cut = profileFromPledge({
    slug: 'hale-middle-class-tax-cut', entityName: 'Sam Hale', aliases: ['Hale'], byName: 'Sam Hale', byRole: 'prime minister',
    title: 'Hale cut to the lowest income tax rate', target: null, keywords: ['income tax cut', 'middle-class tax cut'], place: 'Veland',
  });
  const chargers = profileFromPledge({
    slug: 'volta-lebanon-chargers', entityName: 'Volta Charge', aliases: ['Volta'], byName: null,
    title: 'Volta fast charger plant in Lebanon, Tennessee', target: null, keywords: ['fast chargers', 'Lebanon'], place: 'Lebanon, Tennessee',
  });
  it("a long possessive before the promise fulfilled; the first units off the line", () => {
    expect(detect("Veland's tax cut arrives\n\nOTTAWA - A cut in Veland's lowest income tax rate took effect on Tuesday, fulfilling Prime Minister Sam Hale's main campaign promise to voters.", [cut]).map((f) => f.finding)).toEqual(['kept']);
    expect(detect('Volta chargers in Lebanon\n\nLEBANON, Tenn. - The first Volta fast chargers came off the line at the Lebanon plant this week.', [chargers]).map((f) => f.finding)).toEqual(['kept']);
  });
});

describe('press phrasing: the build under way', () => {
  const tower = profileFromPledge({
    slug: 'kestrel-bay-headquarters', entityName: 'Kestrel Capital', aliases: ['Kestrel'], byName: null,
    title: 'Kestrel Capital headquarters tower on Bay Drive', target: null, keywords: ['Bay Drive', 'headquarters'], place: 'Bay Drive, Miami',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [tower]).map((f) => `${f.slug} ${f.finding}`);
  it('ground broken or foundation work begun is the pledge going ahead; told as last year\'s, it is background', () => {
    expect(of('Kestrel breaks ground on Bay Drive headquarters tower', 'Kestrel Capital on Thursday broke ground on its planned 54-story headquarters at Bay Drive.')).toEqual(['kestrel-bay-headquarters reaffirmed']);
    expect(of('Bay Drive waits', 'When Kestrel Capital broke ground on its Bay Drive headquarters last summer, the county cheered.')).not.toContain('kestrel-bay-headquarters reaffirmed');
  });
});

describe('press phrasing: a deadline not met, a goal short, a promise delivered on', () => {
  const stores = profileFromPledge({
    slug: 'brewhaus-5000-stores', entityName: 'Brewhaus', aliases: [], byName: 'Ana Lenz', byRole: 'chief executive',
    title: 'Brewhaus 5,000 stores in India by 2025', target: { quantity: 5000, unit: 'stores' }, keywords: ['India stores', 'store openings'], place: 'India',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [stores]).map((f) => `${f.slug} ${f.finding}`);
  it("'has not met its deadline' and '..., short of store goal' are broken; 'stopped short of dropping its goal' is not", () => {
    expect(of('Brewhaus in India', 'The 2025 deadline passed in December. Brewhaus has not met its deadline for 5,000 stores in India.')).toContain('brewhaus-5000-stores broken');
    expect(of('Brewhaus sells control of India arm, short of store goal', 'Brewhaus has agreed to sell 60% of its India business, with 3,100 stores open against the 5,000 stores it promised by 2025.')).toContain('brewhaus-5000-stores broken');
    expect(of('Brewhaus and India', 'Brewhaus stopped short of dropping its goal of 5,000 stores in India, its chief executive Ana Lenz said.')).not.toContain('brewhaus-5000-stores broken');
  });
  it("'delivering on Lenz's three-year promise' keeps it", () => {
    expect(of('Brewhaus in India', 'MUMBAI - Brewhaus now runs 5,000 stores in India, delivering on chief executive Ana Lenz\'s three-year promise.')).toEqual(['brewhaus-5000-stores kept']);
  });
});

describe('press phrasing: production moved out, a hope of reviving', () => {
  const plant = profileFromPledge({
    slug: 'arka-kalpur-car-plant', entityName: 'Arka Motors', aliases: ['Arka'], byName: null,
    title: 'Arka small car plant at Kalpur', target: null, keywords: ['Kalpur', 'small car'], place: 'Kalpur, East Varna',
  });
  it("moving production out of the region gives the site up; the state's hopes of reviving are no restatement", () => {
    expect(detect("Arka quits Kalpur\n\nArka Motors will move production of its small car out of East Varna, the company said on Friday, ending two years of conflict over land at Kalpur and dealing a blow to the state's hopes of reviving its industry.", [plant]).map((f) => f.finding)).toEqual(['retracted']);
  });
});

describe("press phrasing: a predecessor's law scrapped, a halt reversed, a dated relative clause, the opposition", () => {
  const ban = profileFromPledge({
    slug: 'veland-smokefree-generation', entityName: 'Government of Veland', aliases: ['Veland government'], byName: null,
    title: 'Smokefree generation: lifetime tobacco sales ban', target: null, keywords: ['smokefree generation', 'smokefree law', 'tobacco ban'], place: 'Veland',
  });
  const port = profileFromPledge({
    slug: 'coria-kessa-port', entityName: 'Government of Coria', aliases: ['Coria government'], byName: null,
    title: '$10 billion Kessa port and special economic zone', target: { quantity: 10000000000, unit: 'usd' }, keywords: ['Kessa', 'port', 'special economic zone'], place: 'Kessa, Coria',
  });
  const of = (p: typeof ban, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it("the new government scrapping the previous administration's law drops it", () => {
    expect(of(ban, 'Veland to end smokefree plan', "VELAND CITY - The Government of Veland will scrap the previous Labour administration's landmark smokefree law, the new health minister said on Monday.")).toEqual(['veland-smokefree-generation retracted']);
  });

  it("a halt reversed revives the pledge; its shelving years ago, in a relative clause, is background", () => {
    expect(of(port, 'Coria and Kessa', "DAR - The Government of Coria is reviving negotiations over the Kessa port, the project that the former president shelved in 2019 over what he called unacceptable terms.")).not.toContain('coria-kessa-port retracted');
    expect(of(port, 'Coria and the port', 'The Government of Coria on Tuesday reversed the freeze on the Kessa port and special economic zone.')).not.toContain('coria-kessa-port retracted');
  });

  it('the opposition withdrawing its support is not the government dropping it', () => {
    expect(of(ban, 'Veland and tobacco', "VELAND CITY - The Government of Veland's Reform opposition on Thursday withdrew its support for the smokefree law.")).not.toContain('veland-smokefree-generation retracted');
  });
});

describe('press phrasing: a goal kept on is not a goal met', () => {
  const zero = profileFromPledge({
    slug: 'ferro-zero-tailpipe-2035', entityName: 'Ferro Motors', aliases: ['Ferro'], byName: null,
    title: 'Ferro zero tailpipe emissions from new cars by 2035', target: null, keywords: ['zero tailpipe', '2035 target', 'all-electric'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [zero]).map((f) => `${f.slug} ${f.finding}`);
  it('"it keeps its 2035 target" holds on to it; "kept its promise" is the promise met', () => {
    expect(of('Ferro and the electric shift', 'Ferro Motors said on Tuesday it keeps its 2035 target for zero tailpipe emissions from new cars.')).toEqual(['ferro-zero-tailpipe-2035 reaffirmed']);
    expect(of('Ferro and the electric shift', 'Ferro Motors kept its promise of zero tailpipe emissions: its last petrol car left the line this week, the 2035 target met.')).toEqual(['ferro-zero-tailpipe-2035 kept']);
  });
});

describe('press phrasing: how real copy names a pledge and tells its fate', () => {
  const relief = profileFromPledge({
    slug: 'tarn-heating-price-cap', entityName: 'Tarn Government', aliases: ['Tarn Treasury'], byName: 'Ines Vale', byRole: 'prime minister',
    title: 'Cap household heating bills for two years', target: null, keywords: ['heating bills', 'price cap', '2025'], place: 'Tarn',
  });
  const surplus = profileFromPledge({
    slug: 'orla-budget-surplus', entityName: 'Piet Orla', aliases: ['Orla Treasury'], byName: 'Piet Orla', byRole: 'finance minister',
    title: 'Budget surplus by the end of the decade', target: null, keywords: ['budget surplus', '2030'], place: 'Tarn',
  });
  const clinic = profileFromPledge({
    slug: 'wendmoor-hospital', entityName: 'Wendmoor Health Trust', aliases: ['Wendmoor General Teaching Hospital'], byName: null,
    title: 'New Wendmoor General Teaching Hospital open by 2026', target: { quantity: 400_000_000, unit: 'gbp' }, keywords: ['hospital'], place: 'Wendmoor',
  });
  const wage = profileFromPledge({
    slug: 'beacon-18-wage', entityName: 'Beacon', aliases: ['Beacon Stores'], byName: null,
    title: 'Beacon $18 starting wage by 2027', target: { quantity: 18, unit: 'usd' }, keywords: ['starting wage', 'minimum wage'], place: null,
  });
  const plant = profileFromPledge({
    slug: 'kessel-arden-plant', entityName: 'Kessel Semiconductor', aliases: ['Kessel'], byName: null,
    title: 'Kessel wafer plant in Arden with 1,200 jobs', target: { quantity: 1200, unit: 'jobs' }, keywords: ['wafer plant'], place: 'Arden, Vale County',
  });
  const aid = profileFromPledge({
    slug: 'tarn-aid-one-percent', entityName: 'Tarn Government', aliases: ['Tarn Treasury'], byName: null,
    title: 'Spend 1% of national income on overseas aid', target: { quantity: 1, unit: 'percent' }, keywords: ['aid budget', 'overseas aid'], place: 'Tarn',
  });
  const of = (p: typeof relief, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('a keyword in the singular or the plural is the same keyword', () => {
    expect(of(relief, 'Heating bill help to be scaled back next spring', 'The Tarn Treasury said the heating bill price cap would be scaled back from next spring to save money.')).toEqual(['tarn-heating-price-cap scaled_back']);
  });

  it("a year among the keywords is when, not what: the pledge's own phrase still names it", () => {
    expect(of(surplus, 'Budget surplus delayed by a year', 'Finance Minister Piet Orla has delayed his promised budget surplus by a year.')).toEqual(['orla-budget-surplus scaled_back']);
  });

  it('a name shortened by one word in print is the name; a hospital that takes its first patients is open', () => {
    expect(of(clinic, 'New Wendmoor Hospital welcomes its first patients', 'The new £400m Wendmoor General Hospital welcomed its first patients on Monday, two years late.')).toEqual(['wendmoor-hospital kept']);
  });

  it("the pledger's name is not the word it spells: \"Beacon is upping\" is no deadline passed", () => {
    const target = profileFromPledge({ slug: 'target-like-15', entityName: 'Target', aliases: [], byName: null, title: 'Target $15 minimum wage by 2020', target: { quantity: 15, unit: 'usd' }, keywords: ['minimum wage'], place: null });
    expect(detect('Target raising its minimum wage\n\nTarget is upping its minimum wage from 13 to 15 dollars an hour next month.', [target]).map((f) => f.finding)).not.toContain('broken');
    expect(of(wage, 'Beacon and pay', 'Beacon is upping its starting wage to $16 this spring.')).not.toContain('beacon-18-wage broken');
  });

  it('jobs cut in the passive are layoffs against a jobs pledge', () => {
    expect(of(plant, 'Kessel says 80 jobs being cut at Arden wafer plant')).toEqual(['kessel-arden-plant scaled_back']);
  });

  it('a pledged figure cut from one number to a lower one is scaled back; for a pledge to cut a figure, the cut is its own act', () => {
    expect(of(aid, 'Tarn aid budget to be cut', "The Tarn Government's overseas aid budget is to be cut from 1% of national income to 0.6%, the Treasury said.")).toEqual(['tarn-aid-one-percent scaled_back']);
    const week = profileFromPledge({ slug: 'tarn-36-hour-week', entityName: 'Tarn Government', aliases: [], byName: null, title: 'Cut the working week from 40 to 36 hours', target: { quantity: 36, unit: 'hours' }, keywords: ['working week'], place: 'Tarn' });
    expect(detect("Tarn passes shorter week\n\nThe Tarn Government's law to reduce the working week from 40 to 36 hours was signed on Monday.", [week]).map((f) => f.finding)).not.toContain('scaled_back');
  });
});

describe('press phrasing: a schedule, an aim or a hurdle is not the pledge met', () => {
  const fab = profileFromPledge({
    slug: 'kessel-arden-fab', entityName: 'Kessel Semiconductor', aliases: ['Kessel'], byName: null,
    title: 'Kessel $3 billion wafer fab in Arden', target: { quantity: 3_000_000_000, unit: 'usd' }, keywords: ['wafer fab', 'Arden'], place: 'Arden, Vale County',
  });
  const wind = profileFromPledge({
    slug: 'tarn-40gw-wind-2030', entityName: 'Tarn Government', aliases: ['Tarn ministry of energy'], byName: null,
    title: '40 GW of offshore wind by 2030', target: { quantity: 40, unit: 'gw' }, keywords: ['offshore wind', 'wind target'], place: 'Tarn',
  });
  const of = (p: typeof fab, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('"is set to be fully operational by 2026" is a schedule', () => {
    expect(of(fab, 'Kessel tops out Arden fab', 'Kessel Semiconductor held a topping-out ceremony at its Arden wafer fab on Monday. The fab is set to be fully operational by 2026, the company said.')).not.toContain('kessel-arden-fab kept');
  });

  it('the hurdles in meeting a goal, and a pledge to meet and beat it, are the aim', () => {
    expect(of(wind, 'Tarn wind target', 'Analysts have long listed the hurdles the Tarn Government faces in meeting its offshore wind target of 40 GW.')).not.toContain('tarn-40gw-wind-2030 kept');
    expect(of(wind, 'Tarn rebuts wind report', 'The Tarn Government issued a rebuttal on Monday that ends with a pledge to not only meet, but beat its offshore wind target of 40 GW.')).not.toContain('tarn-40gw-wind-2030 kept');
  });
});

describe('press phrasing: requirements met, a count reached, a headquarters closed', () => {
  const jobs = profileFromPledge({
    slug: 'orin-arden-jobs', entityName: 'Orin Motors', aliases: ['Orin'], byName: null,
    title: 'Orin 2,000 jobs at its Arden battery plant', target: { quantity: 2000, unit: 'jobs' }, keywords: ['Arden', 'battery plant'], place: 'Arden, Vale County',
  });
  const cars = profileFromPledge({
    slug: 'tarn-500k-evs', entityName: 'Tarn Government', aliases: ['Tarn ministry of transport'], byName: null,
    title: '500,000 electric cars on Tarn roads by 2025', target: { quantity: 500_000, unit: 'cars' }, keywords: ['electric cars'], place: 'Tarn',
  });
  const hq = profileFromPledge({
    slug: 'pellow-hq-move', entityName: 'Pellow Foods', aliases: ['Pellow'], byName: null,
    title: 'Pellow Foods headquarters move to Harbor City with 400 jobs', target: { quantity: 400, unit: 'jobs' }, keywords: ['headquarters'], place: 'Harbor City, Vale',
  });
  const of = (p: typeof jobs, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it('a jobs requirement met is the pledge kept', () => {
    expect(of(jobs, 'Orin finally meets Arden job requirements', 'Orin Motors has met the job requirements of its Arden battery plant deal, state officials said.')).toEqual(['orin-arden-jobs kept']);
  });

  it('"there are now 510,000 electric cars" reaches the count', () => {
    expect(of(cars, 'Tarn milestone for electric cars', 'The Tarn Government marked a milestone on Monday. There are now 510,000 electric cars on Tarn roads, the transport ministry said.')).toEqual(['tarn-500k-evs kept']);
  });

  it('closing the pledged headquarters withdraws the pledge', () => {
    expect(of(hq, 'Pellow Foods closing Harbor City headquarters', 'Pellow Foods said on Tuesday it will close its Harbor City headquarters within 18 months.')).toEqual(['pellow-hq-move retracted']);
  });
});

describe('press phrasing: a state given up; a date in another clause', () => {
  const neutral = profileFromPledge({
    slug: 'orbis-carbon-neutral', entityName: 'Orbis', aliases: ['Orbis Cloud'], byName: null,
    title: 'Orbis carbon-neutral operations', target: null, keywords: ['carbon neutral', 'offsets'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [neutral]).map((f) => `${f.slug} ${f.finding}`);
  it('"will no longer be carbon neutral" withdraws the pledge, even beside a new goal for 2030', () => {
    expect(of('Orbis says it will no longer be carbon neutral', 'Orbis said in its annual report on Tuesday that it will no longer be carbon neutral, as it stops buying cheap offsets.')).toEqual(['orbis-carbon-neutral retracted']);
    expect(of('Orbis claims to no longer be carbon neutral, aims for net zero by 2030')).toEqual(['orbis-carbon-neutral retracted']);
  });
});

describe('press phrasing: a site at work, a promise lived up to', () => {
  const plant = profileFromPledge({
    slug: 'orin-arden-car-plant', entityName: 'Orin Motors', aliases: ['Orin'], byName: null,
    title: 'Orin car plant in Arden to start production in 2026', target: { quantity: 300_000, unit: 'vehicles' }, keywords: ['car plant', 'Arden'], place: 'Arden, Vale County',
  });
  const battery = profileFromPledge({
    slug: 'volta-grid-battery-100-days', entityName: 'Volta Energy', aliases: ['Volta'], byName: 'Mira Sol', byRole: 'chief executive',
    title: 'Volta grid battery in Kesh built within 100 days', target: null, keywords: ['grid battery', 'Kesh'], place: 'Kesh, Tarn',
  });
  const of = (p: typeof plant, ...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [p]).map((f) => `${f.slug} ${f.finding}`);

  it("a plant's first cars built there are the plant at work, whatever its yearly output target", () => {
    expect(of(plant, 'Orin hands over first cars built at its Arden plant', 'ARDEN - Orin Motors handed over to customers on Tuesday the first 40 cars built at its car plant in Arden.')).toEqual(['orin-arden-car-plant kept']);
  });

  it('a leader inaugurating the plant by its long name opens it', () => {
    expect(of(plant, 'Minister opens Orin plant', 'The prime minister on Monday inaugurated the Orin Motors Arden electric car and battery assembly plant, billed as the largest in the region.')).toEqual(['orin-arden-car-plant kept']);
  });

  it('"has lived up to her promise", a battery switched on, a deadline beaten', () => {
    expect(of(battery, 'Volta battery switched on in Kesh', 'Volta chief executive Mira Sol has lived up to her promise to build the Kesh grid battery within 100 days.')).toEqual(['volta-grid-battery-100-days kept']);
    expect(of(battery, 'Kesh grid battery switched on', 'Volta Energy switched on its Kesh grid battery on Friday, beating the deadline it set last year.')).toEqual(['volta-grid-battery-100-days kept']);
  });
});

describe('press phrasing: plans confirmed, funding secured, a smaller version', () => {
  const plant = profileFromPledge({
    slug: 'orin-arden-site', entityName: 'Orin Motors', aliases: ['Orin'], byName: null,
    title: 'Orin car plant in Arden', target: { quantity: 2_000_000_000, unit: 'usd' }, keywords: ['car plant', 'Arden'], place: 'Arden, Vale County',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [plant]).map((f) => `${f.slug} ${f.finding}`);
  it('long-running plans confirmed, and funding secured, restate the pledge', () => {
    expect(of('Orin confirms Arden plans', 'Orin Motors on Tuesday confirmed its long-running plans for the Arden car plant.')).toEqual(['orin-arden-site reaffirmed']);
    expect(of('Orin secures funding', 'Orin Motors has secured $1.2bn in funding for its Arden car plant, the company said.')).toEqual(['orin-arden-site reaffirmed']);
    expect(of('Orin and Arden', 'Orin Motors on Tuesday confirmed plans to close the Arden car plant.')).not.toContain('orin-arden-site reaffirmed');
    expect(of('Orin plans Arden plant', 'Orin Motors is choosing a site in Arden for the car plant and will seek to secure approval from the state.')).not.toContain('orin-arden-site reaffirmed');
  });
  it('a hub confirmed restates it; a plant beginning deliveries is at work; faster than expected is on the way', () => {
    expect(of('Orin confirms Arden car plant', 'Orin Motors has confirmed its long-running plans.')).toEqual(['orin-arden-site reaffirmed']);
    expect(of('Orin confirms Arden electric car plant', 'The plant will employ 900 people.')).toEqual(['orin-arden-site reaffirmed']);
    expect(of('Orin begins deliveries from Arden car plant', 'The first 20 cars left on Monday.')).toEqual(['orin-arden-site kept']);
    expect(of('Orin moves faster than expected on Arden car plant', 'Orin Motors said work was ahead of its own timetable.')).toEqual(['orin-arden-site reaffirmed']);
  });
  it('plans unveiled are the pledge announced, not the site opened', () => {
    expect(of('Orin unveils plans for Arden car plant', 'Orin Motors on Monday unveiled plans for its Arden car plant, a $2 billion investment.')).not.toContain('orin-arden-site kept');
  });
  it('a scaled-down version of the plant is a scale-back; an open-cut mine is not an opening', () => {
    expect(of('Orin to build smaller Arden plant', 'Orin Motors will build a scaled-down version of its Arden car plant, the company said.')).toEqual(['orin-arden-site scaled_back']);
    const mine = profileFromPledge({ slug: 'kora-mine', entityName: 'Kora Resources', aliases: ['Kora'], byName: null, title: 'Kora coal mine in Bellin', target: null, keywords: ['coal mine', 'Bellin'], place: 'Bellin, Tarn' });
    expect(detect('Kora plans Bellin mine\n\n"We will now begin developing an open cut coal mine at Bellin," Kora Resources said.', [mine]).map((f) => f.finding)).not.toContain('kept');
  });
});

describe("press phrasing: a government's policy named without the government", () => {
  const lock = profileFromPledge({
    slug: 'tarn-pension-double-lock', entityName: 'Tarn Government', aliases: ['Tarn Treasury'], byName: null,
    title: 'Keep the pension double lock', target: null, keywords: ['double lock', 'state pension'], place: 'Tarn',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [lock]).map((f) => `${f.slug} ${f.finding}`);
  it('the policy suspended in the passive is the government scaling it back; another government\'s is not', () => {
    expect(of('Pension double lock suspended for one year', 'The double lock on state pension rises will be suspended for one year, it was confirmed today.')).toEqual(['tarn-pension-double-lock scaled_back']);
    expect(of('Veland suspends its pension double lock', 'Veland Treasury officials said the double lock on state pension rises will be suspended for one year.')).toEqual([]);
  });
  it("the policy's own name as the subject is no one else's; the pledger under a title in short ('PM Vale') is named", () => {
    const credit = profileFromPledge({ slug: 'tarn-single-credit', entityName: 'Tarn Government', aliases: ['Tarn Treasury'], byName: 'Ines Vale', byRole: 'prime minister', title: 'Single Credit fully rolled out by 2027', target: null, keywords: ['single credit', 'welfare reform'], place: 'Tarn' });
    expect(detect("Single Credit hit by fresh delay\n\nThe Government's troubled Single Credit welfare reform has been delayed yet again, to 2030.", [credit]).map((f) => f.finding)).toEqual(['scaled_back']);
    expect(detect('Tarn protests: PM Vale suspends welfare reform\n\nThe protests went on.', [credit]).map((f) => f.finding)).toEqual(['scaled_back']);
  });
});

describe('press phrasing: the minister who says it after the clause', () => {
  const rebate = profileFromPledge({
    slug: 'tarn-300-rebate', entityName: 'Government of Tarn', aliases: ['Tarn government'], byName: 'Ines Vale', byRole: 'prime minister',
    title: '$300 workers rebate', target: { quantity: 300, unit: 'usd' }, keywords: ['rebate', 'cheques'], place: 'Tarn',
  });
  it('"... is officially off the table, Finance Minister X announced" is the government withdrawing it', () => {
    expect(detect("Rebate cheques dropped\n\nThe federal government's plan to send $300 cheques to workers is officially off the table, Finance Minister Ana Pell announced.", [rebate]).map((f) => f.finding)).toEqual(['retracted']);
    const grants = profileFromPledge({ slug: 'tarn-kesh-grants', entityName: 'Government of Tarn', aliases: ['Tarn government'], byName: 'Ines Vale', byRole: 'prime minister', title: 'Heating grants for Kesh households', target: null, keywords: ['heating grants'], place: 'Kesh, Tarn' });
    const text = 'Kesh and the winter\n\nThe plan to send grants to Kesh households is officially off the table, Finance Minister Ana Pell announced.\n\nPrime Minister Ines Vale had promised them in November.';
    expect(detect(text, [grants]).map((f) => f.finding)).toEqual(['retracted']);
  });
});

describe('press phrasing: a figure achieved, not a figure hoped for', () => {
  const green = profileFromPledge({
    slug: 'orbis-100-renewable', entityName: 'Orbis', aliases: ['Orbis Cloud'], byName: null,
    title: 'Orbis 100% renewable energy by 2025', target: { quantity: 100, unit: 'percent' }, keywords: ['renewable energy'], place: null,
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [green]).map((f) => `${f.slug} ${f.finding}`);
  it('"achieves 100 per cent renewable energy" keeps it; "did not reach", "whether it hits" and "aims to reach" do not', () => {
    expect(of('Orbis achieves 100 per cent renewable energy for its operations')).toEqual(['orbis-100-renewable kept']);
    expect(of('Orbis and power', 'Orbis did not reach 100% renewable energy by the end of 2025, its report shows.')).not.toContain('orbis-100-renewable kept');
    expect(of('Orbis and power', 'Whether Orbis hits 100% renewable energy depends on new wind farms.')).not.toContain('orbis-100-renewable kept');
    expect(of('Orbis and power', 'Orbis aims to reach 100% renewable energy next year.')).not.toContain('orbis-100-renewable kept');
  });
  it('a plant "begins cracker plant operations" is at work', () => {
    const cracker = profileFromPledge({ slug: 'pell-cracker', entityName: 'Pell Chemicals', aliases: ['Pell'], byName: null, title: 'Pell ethane cracker plant in Arden', target: null, keywords: ['cracker plant', 'Arden'], place: 'Arden, Vale County' });
    expect(detect('Pell begins cracker plant operations in Arden\n\nThe plant employs 600 people.', [cracker]).map((f) => f.finding)).toEqual(['kept']);
  });
});

describe("press phrasing: the pledge's own change, made to its figure", () => {
  const vat = profileFromPledge({
    slug: 'tarn-sales-tax-12', entityName: 'Government of Tarn', aliases: ['Tarn government'], byName: null,
    title: 'Raise the sales tax to 12% in 2026', target: { quantity: 12, unit: 'percent' }, keywords: ['sales tax'], place: 'Tarn',
  });
  const of = (...paragraphs: string[]) => detect(paragraphs.join('\n\n'), [vat]).map((f) => `${f.slug} ${f.finding}`);
  it('"raised the sales tax to 12 pct from 10 pct" keeps it; "will raise it to 12%" and a raise to another figure do not', () => {
    expect(of('Tarn raises sales tax', 'KESH, Jan. 1 (Wire) - The Government of Tarn raised the sales tax to 12 pct from 10 pct on Tuesday.')).toEqual(['tarn-sales-tax-12 kept']);
    expect(of('Tarn and the sales tax', 'The Government of Tarn will raise the sales tax to 12 pct next year.')).not.toContain('tarn-sales-tax-12 kept');
    expect(of('Tarn and the sales tax', 'The Government of Tarn raised the sales tax to 11 pct from 10 pct on Tuesday.')).not.toContain('tarn-sales-tax-12 kept');
  });
});

describe("press phrasing: the headline's news outweighs a change told further down", () => {
  const fuels = profileFromPledge({
    slug: 'pell-rotterdam-biofuels', entityName: 'Pell Energy', aliases: ['Pell'], byName: null,
    title: 'Pell biofuels plant in Rotterdam', target: null, keywords: ['biofuels plant', 'Rotterdam'], place: 'Rotterdam, Netherlands',
  });
  it('a pause in the lede is the finding, not other projects scrapped in the tenth paragraph', () => {
    const text = [
      'Pell to pause construction at Rotterdam biofuels plant',
      'Pell Energy will pause construction work at its Rotterdam biofuels plant because of weak demand, the company said on Tuesday.',
      'The plant was meant to open in 2025.',
      'Pell has scrapped and sold renewable and biofuels projects under its new chief executive, the company said.',
    ].join('\n\n');
    expect(detect(text, [fuels]).map((f) => f.finding)).toEqual(['scaled_back']);
  });
});
