import { PledgewatchError, err, ok, type Result } from '../../errors';
import { actorId } from '../../editors';
import { isTariffStatus, legalBases, tariffStatuses, type LegalBasis } from '../../vocabulary';
import type { CommandDeps, CommandInput, CommandResult } from '../types';
import { formatUsd } from '../../format';
import { isSlug, MAX_USD, parseDate, parseText, parseUrl, splitPairs } from './args';

/** A tariff rate in percent as the store keeps it (numeric(6,2)). */
const MAX_RATE_PCT = 9_999.99;

const done = (text: string): CommandResult => ok({ summary: text, sections: [{ kind: 'text', text }], visibility: 'ephemeral' });
const bad = (message: string, hint: string) => err(new PledgewatchError('bad_input', message, { hint }));

function slugArg(value: string | undefined, usage: string): Result<string> {
  if (!value) return bad('Which pledge?', `Usage: ${usage}`);
  const slug = value.toLowerCase();
  if (!isSlug(slug)) return bad(`“${value}” is not a slug.`, 'Slugs are lower-case words joined by hyphens, e.g. foxconn-wisconsin.');
  return ok(slug);
}

function unknownKeys(pairs: Map<string, string>, allowed: string[], usage: string): Result<true> {
  const extra = [...pairs.keys()].filter((k) => !allowed.includes(k));
  return extra.length > 0 ? bad(`Unknown field${extra.length > 1 ? 's' : ''}: ${extra.join(', ')}.`, `Usage: ${usage}`) : ok(true);
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

const ADD_PLEDGE = '/pledge-admin add-pledge slug=<slug> entity="<who>" by="<person>" to="<to whom>" made=YYYY-MM-DD title="<short>" text="<what was promised>" source=<url> [deadline=YYYY-MM-DD] [aliases="a, b"] [keywords="a, b"]';

export async function addPledge(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  if (words.length > 0) return bad(`Unexpected “${words.join(' ')}”.`, `Fields are key=value. Usage: ${ADD_PLEDGE}`);
  const known = unknownKeys(pairs, ['slug', 'entity', 'by', 'to', 'made', 'title', 'text', 'source', 'deadline', 'aliases', 'keywords'], ADD_PLEDGE);
  if (!known.ok) return known;
  const today = deps.clock.now().toISOString().slice(0, 10);
  const slug = slugArg(pairs.get('slug'), ADD_PLEDGE);
  if (!slug.ok) return slug;
  const entity = parseText(pairs.get('entity'), 'entity=', 200);
  if (!entity.ok) return entity;
  const made = parseDate(pairs.get('made'), 'made=', today);
  if (!made.ok) return made;
  const title = parseText(pairs.get('title'), 'title=', 200);
  if (!title.ok) return title;
  const text = parseText(pairs.get('text') ?? pairs.get('title'), 'text=');
  if (!text.ok) return text;
  const source = parseUrl(pairs.get('source'));
  if (!source.ok) return source;
  const deadline = pairs.has('deadline') ? parseDate(pairs.get('deadline'), 'deadline=', '9999-12-31') : ok(null);
  if (!deadline.ok) return deadline;
  const list = (key: string) => (pairs.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 20);
  const outcome = await deps.store.addPledge(
    { slug: slug.value, entityName: entity.value, by: pairs.get('by')?.trim() || null, to: pairs.get('to')?.trim() || null, madeOn: made.value, title: title.value, text: text.value, deadline: deadline.value, sourceUrl: source.value, aliases: list('aliases'), keywords: list('keywords') },
    actorId(input.actor),
  );
  if (outcome === 'exists') return err(new PledgewatchError('conflict', `A pledge with the slug ${slug.value} exists already; nothing was changed.`));
  return done(`Added ${slug.value} (not yet rated). Set its status with /pledge-admin set-status ${slug.value} <status> <source-url> "<quote>".`);
}

const ADD_FACT = '/pledge-admin add-fact <slug> "<statement>" <source-url> [value=<number> unit=<unit>] [as-of=YYYY-MM-DD] [by="<who said it>"]';

export async function addFact(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const known = unknownKeys(pairs, ['value', 'unit', 'as_of', 'by'], ADD_FACT);
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

const ADD_SOURCE = '/pledge-admin add-source <slug> <url> [outlet="<outlet>"] [title="<title>"] [date=YYYY-MM-DD]';

export async function addSource(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const known = unknownKeys(pairs, ['outlet', 'title', 'date'], ADD_SOURCE);
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

const LINK = '/pledge-admin link <pledge-slug> <tariff-slug> [note="<why>"]';

export async function link(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  const [p, t, ...extra] = words;
  if (!p || !t || extra.length > 0) return bad('Link which pledge to which tariff action?', `Usage: ${LINK}`);
  const outcome = await deps.store.linkTariff(p.toLowerCase(), t.toLowerCase(), pairs.get('note') ?? null, actorId(input.actor));
  return done(outcome === 'linked' ? `${p} now cites ${t}.` : `${p} already cites ${t}.`);
}

const ADD_TARIFF = `/pledge-admin add-tariff slug=<slug> name="<name>" imposer=US target=CN announced=YYYY-MM-DD rate=<percent> basis=<${legalBases.join('|')}> status=<status> source=<url> [effective=YYYY-MM-DD] [usd=200bn] [list="List 5"] [retaliates=<tariff-slug>] [answers="<what it answers>"]`;

export async function addTariff(deps: CommandDeps, args: string[], input: CommandInput): Promise<CommandResult> {
  const { pairs, words } = splitPairs(args);
  if (words.length > 0) return bad(`Unexpected “${words.join(' ')}”.`, `Fields are key=value. Usage: ${ADD_TARIFF}`);
  const known = unknownKeys(pairs, ['slug', 'name', 'imposer', 'target', 'announced', 'effective', 'rate', 'basis', 'status', 'source', 'usd', 'list', 'retaliates', 'answers'], ADD_TARIFF);
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
