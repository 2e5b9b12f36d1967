import { PledgewatchError, err, ok, type Result } from '../../errors';
import { actorId } from '../../editors';
import { isTariffStatus, legalBases, tariffStatuses, type LegalBasis } from '../../vocabulary';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import type { NewPledge, PledgeWrites, TariffWrites } from '../../ports';
import { grammar } from '../grammar';
import { isSlug, parseDate, parseText, parseUrl, refuseUnknown, splitPairs } from './args';
import { parsePledgeFields, PLEDGE_KEYS, roleNeedsPerson } from './pledge-fields';
import { formatUsd } from '../../format';
import { MAX_USD } from './args';

/** A tariff rate in percent as the store keeps it (numeric(6,2)). */
const MAX_RATE_PCT = 9_999.99;

const done = (text: string): CommandResult => ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));

export function slugArg(value: string | undefined, usage: string): Result<string> {
  if (!value) return bad('Which pledge?', `Usage: ${usage}`);
  const slug = value.toLowerCase();
  if (!isSlug(slug)) return bad(`“${value}” is not a slug.`, 'Slugs are lower-case words joined by hyphens, e.g. acme-riverton.');
  return ok(slug);
}

function parseNumber(value: string | undefined, what: string, max = Number.MAX_SAFE_INTEGER): Result<number | null> {
  if (value === undefined) return ok(null);
  const n = Number(value.replace(/[,_\s]/g, ''));
  if (!Number.isFinite(n)) return bad(`${what} “${value}” is not a number.`, 'Numbers are plain digits, e.g. 66000 or 7.5.');
  if (Math.abs(n) > max) return bad(`${what} ${value} is out of range: the most it can be is ${max.toLocaleString('en-US')}.`, 'Numbers are plain digits, e.g. 66000 or 7.5.');
  return ok(n);
}

/** "$200bn", "200e9", "200000000000" -> US dollars */
function parseUsd(value: string | undefined): Result<number | null> {
  if (value === undefined) return ok(null);
  const m = /^\$?\s*([\d.,]+)\s*(k|m|mn|b|bn|t|tn)?$/i.exec(value.trim());
  const scale: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12, tn: 1e12 };
  const n = m?.[1] ? Number(m[1].replace(/,/g, '')) * (m[2] ? (scale[m[2].toLowerCase()] ?? 1) : 1) : NaN;
  if (!Number.isFinite(n) || n <= 0) return bad(`“${value}” is not an amount in US dollars.`, 'Write usd=200bn, usd=$60B or usd=3000000000.');
  if (n > MAX_USD) return bad(`usd=${value} is out of range: the most an amount can be is ${formatUsd(MAX_USD)}.`, 'Write usd=200bn, usd=$60B or usd=3000000000.');
  return ok(Math.round(n));
}

export const addPledgeGrammar = grammar('add-pledge', `
  /pledge-admin add-pledge slug=<slug> entity="<who>" made=YYYY-MM-DD title="<short>" source=<url> [text="<what was promised>"] [by="<person>"] [role="<their role>"] [to="<to whom>"] [target="25,000 jobs"] [place="<where>"] [deadline=YYYY-MM-DD] [aliases="a, b"] [keywords="a, b"]
  Record a new pledge (not yet rated until its status is set).
  slug: its short id: lower-case words joined by hyphens
  entity: who pledged: a company, a government
  made: the date it was made
  title: a short title, up to 200 characters
  source: the link that reports the pledge
  text: what was promised, in full (default: the title)
  by: the person who made the pledge
  role: that person’s role, e.g. chief executive (needs by=)
  to: to whom it was made
  target: the promised figure with its unit: "25,000 jobs", "$10 billion", 10bn usd, "£2.5bn"
  place: where: a city, a region, a country
  deadline: the date it should be met by, when it has one
  aliases: other names of the entity, comma separated
  keywords: words people search it by, comma separated
  e.g. /pledge-admin add-pledge slug=acme-500-jobs entity="Acme Corp" made=2024-03-01 title="create 500 jobs in Riverton" source=https://www.example.com/acme-riverton by="Jane Doe" role="chief executive" to="the Riverton council" target="500 jobs" place="Riverton, Ohio" deadline=2026-12-31 aliases="Acme" keywords="jobs, plant"
`);
const ADD_PLEDGE = addPledgeGrammar.syntax;

export async function addPledge(deps: CommandDeps<PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args, { continueValues: true });
  if (words.length > 0) return bad(`Unexpected “${words.join(' ')}”.`, `Fields are key=value. Usage: ${ADD_PLEDGE}`);
  const known = refuseUnknown(pairs, ['slug', ...PLEDGE_KEYS], ADD_PLEDGE);
  if (!known.ok) return known;
  const slug = slugArg(pairs.get('slug'), ADD_PLEDGE);
  if (!slug.ok) return slug;
  for (const key of ['entity', 'made', 'title', 'source'] as const) {
    if (!pairs.get(key)?.trim()) return bad(key === 'source' ? 'A source URL is required (source=).' : `${key}= is required.`, `Usage: ${ADD_PLEDGE}`);
  }
  const f = parsePledgeFields(pairs, deps.clock.now().toISOString().slice(0, 10));
  if (!f.ok) return f;
  const v = f.value;
  const role = roleNeedsPerson(v.byRole, v.byName);
  if (!role.ok) return role;
  const pledge: NewPledge = {
    slug: slug.value, entityName: v.entityName!, byName: v.byName ?? null, byRole: v.byRole ?? null, madeTo: v.madeTo ?? null,
    madeOn: v.madeOn!, title: v.title!, text: v.text ?? v.title!, sourceUrl: v.sourceUrl!, deadline: v.deadline ?? null,
    target: v.target ?? null, place: v.place ?? null, aliases: v.aliases ?? [], keywords: v.keywords ?? [],
  };
  const outcome = await deps.store.addPledge(pledge, actorId(input.actor));
  if (outcome === 'exists') return err(new PledgewatchError('conflict', `A pledge with the slug ${slug.value} exists already; nothing was changed.`, { hint: `Change it with /pledge-admin edit-pledge ${slug.value} key=value...` }));
  return done(`Added ${slug.value} (not yet rated). See it with /pledge ${slug.value}; set its status with /pledge-admin set-status ${slug.value} <status> <source-url> "<quote>".`);
}

export const addFactGrammar = grammar('add-fact', `
  /pledge-admin add-fact <slug> "<statement>" <source-url> [value=<number> unit=<unit>] [as-of=YYYY-MM-DD] [by="<who said it>"]
  Add a sourced fact to a pledge (context shown with it).
  slug: the pledge
  statement: the fact, one sentence, in double quotes
  source-url: the link that states it
  value: a number the fact states (needs unit=)
  unit: the number’s unit: employees, USD...
  as-of: the date the fact holds for
  by: who said it, when it is a claim
  e.g. /pledge-admin add-fact acme-500-jobs "Acme opened its Riverton plant" https://www.example.com/acme-plant as-of=2025-06-01
`);
const ADD_FACT = addFactGrammar.syntax;

export async function addFact(deps: CommandDeps<PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const known = refuseUnknown(pairs, ['value', 'unit', 'as_of', 'by'], ADD_FACT);
  if (!known.ok) return known;
  const [slugWord, statementWord, url, ...extra] = words;
  if (extra.length > 0) return bad(`Unexpected “${extra.join(' ')}”.`, `Put the statement in quotes. Usage: ${ADD_FACT}`);
  const slug = slugArg(slugWord, ADD_FACT);
  if (!slug.ok) return slug;
  const statement = parseText(statementWord, 'The statement');
  if (!statement.ok) return statement;
  const source = parseUrl(url);
  if (!source.ok) return source;
  const value = parseNumber(pairs.get('value'), 'value=');
  if (!value.ok) return value;
  if (value.value !== null && !pairs.get('unit')) return bad('A value needs its unit.', 'Add unit=, e.g. value=66000 unit=employees, or value=206e9 unit=USD.');
  const asOf = pairs.has('as_of') ? parseDate(pairs.get('as_of'), 'as-of=', deps.clock.now().toISOString().slice(0, 10)) : ok(null);
  if (!asOf.ok) return asOf;
  await deps.store.addFact(
    { slug: slug.value, statement: statement.value, sourceUrl: source.value, value: value.value, unit: pairs.get('unit') ?? null, asOf: asOf.value, attributedTo: pairs.get('by') ?? null },
    actorId(input.actor),
  );
  return done(`Fact added to ${slug.value}, citing ${source.value}.`);
}

export const addSourceGrammar = grammar('add-source', `
  /pledge-admin add-source <slug> <url> [outlet="<outlet>"] [title="<title>"] [date=YYYY-MM-DD]
  Add a source (an article that reports the pledge) to a pledge.
  slug: the pledge
  url: the article’s link
  outlet: the publication
  title: the headline
  date: the publication date
  e.g. /pledge-admin add-source acme-500-jobs https://www.example.com/acme-riverton outlet="Riverton Courier" date=2024-03-02
`);
const ADD_SOURCE = addSourceGrammar.syntax;

export async function addSource(deps: CommandDeps<PledgeWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const known = refuseUnknown(pairs, ['outlet', 'title', 'date'], ADD_SOURCE);
  if (!known.ok) return known;
  const [slugWord, url, ...extra] = words;
  if (extra.length > 0) return bad(`Unexpected “${extra.join(' ')}”.`, `Usage: ${ADD_SOURCE}`);
  const slug = slugArg(slugWord, ADD_SOURCE);
  if (!slug.ok) return slug;
  const source = parseUrl(url);
  if (!source.ok) return source;
  const date = pairs.has('date') ? parseDate(pairs.get('date'), 'date=', deps.clock.now().toISOString().slice(0, 10)) : ok(null);
  if (!date.ok) return date;
  const outcome = await deps.store.addPledgeSource(
    { slug: slug.value, url: source.value, outlet: pairs.get('outlet') ?? null, title: pairs.get('title') ?? null, publishedOn: date.value },
    actorId(input.actor),
  );
  return done(outcome === 'added' ? `Source added to ${slug.value}.` : `${slug.value} already cites that source.`);
}

export const linkGrammar = grammar('link', `
  /pledge-admin link <pledge-slug> <tariff-slug> [note="<why>"]
  Link a pledge to a tariff action it cites.
  pledge-slug: the pledge
  tariff-slug: the tariff action, as /tariff shows it (us-s301-list-3)
  note: why they are linked
  e.g. /pledge-admin link acme-500-jobs us-s301-list-3 note="Acme blamed the tariffs for the delay"
`);
const LINK = linkGrammar.syntax;

export async function link(deps: CommandDeps<TariffWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [p, t, ...extra] = words;
  if (!p || !t || extra.length > 0) return bad('Link which pledge to which tariff action?', `Usage: ${LINK}`);
  const outcome = await deps.store.linkTariff(p.toLowerCase(), t.toLowerCase(), pairs.get('note') ?? null, actorId(input.actor));
  return done(outcome === 'linked' ? `${p} now cites ${t}.` : `${p} already cites ${t}.`);
}

export const addTariffGrammar = grammar('add-tariff', `
  /pledge-admin add-tariff slug=<slug> name="<name>" imposer=US target=CN announced=YYYY-MM-DD rate=<percent> basis=<${legalBases.join('|')}> status=<status> source=<url> [effective=YYYY-MM-DD] [usd=200bn] [list="List 5"] [retaliates=<tariff-slug>] [answers="<what it answers>"]
  Record a tariff action.
  slug: its short id: lower-case words joined by hyphens
  name: the action’s name
  imposer: who imposes it: a two-letter country code, or WORLD
  target: whose goods: a two-letter country code, or WORLD
  announced: the date it was announced
  rate: the rate in percent, 0 to 1000
  basis: the legal basis: ${legalBases.join(', ')}
  status: one of ${tariffStatuses.join(', ')}
  source: the link that reports it
  effective: the date it takes effect
  usd: trade covered in US dollars: 200bn, $60B or 3000000000
  list: the list or tranche it belongs to
  retaliates: the tariff slug it retaliates for
  answers: what it answers, in words
  e.g. /pledge-admin add-tariff slug=us-example-duty name="Example duty on widgets" imposer=US target=CN announced=2019-05-05 rate=25 basis=section_301 status=threatened source=https://www.example.com/notice usd=2bn
`);
const ADD_TARIFF = addTariffGrammar.syntax;

export async function addTariff(deps: CommandDeps<TariffWrites>, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  if (words.length > 0) return bad(`Unexpected “${words.join(' ')}”.`, `Fields are key=value. Usage: ${ADD_TARIFF}`);
  const known = refuseUnknown(pairs, ['slug', 'name', 'imposer', 'target', 'announced', 'effective', 'rate', 'basis', 'status', 'source', 'usd', 'list', 'retaliates', 'answers'], ADD_TARIFF);
  if (!known.ok) return known;
  const slug = slugArg(pairs.get('slug'), ADD_TARIFF);
  if (!slug.ok) return slug;
  const name = parseText(pairs.get('name'), 'name=', 200);
  if (!name.ok) return name;
  const country = (key: string): Result<string> => {
    const v = pairs.get(key)?.toUpperCase();
    return v && /^([A-Z]{2}|WORLD)$/.test(v) ? ok(v) : bad(`${key}= must be a two-letter country code (US, CN) or WORLD.`, `Usage: ${ADD_TARIFF}`);
  };
  const imposer = country('imposer');
  if (!imposer.ok) return imposer;
  const target = country('target');
  if (!target.ok) return target;
  const far = '9999-12-31';
  const announced = parseDate(pairs.get('announced'), 'announced=', deps.clock.now().toISOString().slice(0, 10));
  if (!announced.ok) return announced;
  const effective = pairs.has('effective') ? parseDate(pairs.get('effective'), 'effective=', far) : ok(null);
  if (!effective.ok) return effective;
  const rate = parseNumber(pairs.get('rate')?.replace(/%$/, ''), 'rate=', MAX_RATE_PCT);
  if (!rate.ok) return rate;
  if (rate.value === null || rate.value < 0 || rate.value > 1000) return bad('rate= is required, as a percent from 0 to 1000.', 'e.g. rate=25');
  const basis = pairs.get('basis')?.toLowerCase();
  if (!basis || !(legalBases as readonly string[]).includes(basis)) return bad(`basis= must be one of ${legalBases.join(', ')}.`, `Usage: ${ADD_TARIFF}`);
  const status = pairs.get('status')?.toLowerCase();
  if (!status || !isTariffStatus(status)) return bad(`status= must be one of ${tariffStatuses.join(', ')}.`, `Usage: ${ADD_TARIFF}`);
  const usd = parseUsd(pairs.get('usd'));
  if (!usd.ok) return usd;
  const source = parseUrl(pairs.get('source'));
  if (!source.ok) return source;
  const retaliates = pairs.get('retaliates')?.toLowerCase() ?? null;
  const outcome = await deps.store.addTariff(
    {
      slug: slug.value, name: name.value, listName: pairs.get('list') ?? null, imposer: imposer.value, target: target.value,
      announcedOn: announced.value, effectiveOn: effective.value, status, legalBasis: basis as LegalBasis, tradeCoveredUsd: usd.value,
      ratePct: rate.value, retaliatesFor: retaliates, answers: pairs.get('answers') ?? (retaliates ? `answers ${retaliates}` : 'not stated'), sourceUrl: source.value,
    },
    actorId(input.actor),
  );
  if (outcome === 'exists') return err(new PledgewatchError('conflict', `A tariff action with the slug ${slug.value} exists already; nothing was changed.`));
  return done(`Added tariff action ${slug.value}. See it with /tariff ${slug.value}.`);
}
