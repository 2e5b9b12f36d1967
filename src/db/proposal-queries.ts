import { and, eq, sql } from 'drizzle-orm';
import { actorLabel } from '../core/editors';
import { PledgewatchError } from '../core/errors';
import type { DecidedProposal, NewProposal, Proposal, ProposalDecision } from '../core/ports';
import type { PledgeStatus, ProposalState } from '../core/vocabulary';
import { type Db, query, txOf } from './client';
import { proposalSources, proposals, sources } from './schema';
import { notifyDesk } from './notify';
import { queueReviewEdits, queueReviewPosts } from './review-queries';
import { appendAudit } from './audit-queries';
import { sourceForUrl } from './source-queries';
import { publishInTransaction } from './status-change-queries';

/** Who the newswire's writes are recorded as: the proposer in the audit log, the editor of an approved change. */
const NEWSWIRE = 'newswire';
const WIRE_COPY = 'wire copy';


/** The article as a source: by URL (reused when known), else a new row with the outlet and no URL. */
async function articleSource(tx: Db, url: string | null, outlet: string | null): Promise<number> {
  const name = outlet?.trim() || null;
  if (url) {
    const [existing] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.url, url)).limit(1);
    if (existing) return existing.id;
    if (!name) return sourceForUrl(tx, url, NEWSWIRE);
    const [row] = await tx
      .insert(sources)
      .values({ url, outlet: name, note: `added by ${NEWSWIRE}` })
      .onConflictDoUpdate({ target: sources.url, set: { url } })
      .returning({ id: sources.id });
    return row!.id;
  }
  const [row] = await tx.insert(sources).values({ outlet: name ?? WIRE_COPY, note: `added by ${NEWSWIRE}` }).returning({ id: sources.id });
  return row!.id;
}

/**
 * One transaction: the pledge row is locked first (as every publish does), so two articles of
 * the same story arriving at once merge into one proposal instead of racing for it.
 */
export async function proposeChange(db: Db, input: NewProposal): Promise<{ id: number; created: boolean } | null> {
  return txOf(db, async (tx) => {
    const [pledge] = await query<{ id: number; status: PledgeStatus }>(tx, sql`select id, status from pledges where slug = ${input.slug} for update`);
    if (!pledge) throw new PledgewatchError('not_found', `No pledge has the slug “${input.slug}”.`);
    if (pledge.status === input.status) return null;
    const sourceId = await articleSource(tx, input.sourceUrl, input.outlet);
    const pending = and(eq(proposals.pledgeId, pledge.id), eq(proposals.status, input.status), eq(proposals.state, 'pending'));
    const [existing] = await tx.select({ id: proposals.id, confidence: proposals.confidence }).from(proposals).where(pending).limit(1);
    let id: number;
    if (existing) {
      id = existing.id;
      if (input.confidence > existing.confidence) await tx.update(proposals).set({ confidence: input.confidence }).where(eq(proposals.id, id));
    } else {
      const [row] = await tx
        .insert(proposals)
        .values({ pledgeId: pledge.id, status: input.status, finding: input.finding, quote: input.quote, sentence: input.sentence, confidence: input.confidence })
        .returning({ id: proposals.id });
      id = row!.id;
    }
    const added = await tx.insert(proposalSources).values({ proposalId: id, sourceId }).onConflictDoNothing().returning({ id: proposalSources.sourceId });
    await appendAudit(tx, {
      actor: NEWSWIRE,
      action: 'newswire propose',
      target: input.slug,
      outcome: 'ok',
      before: { status: pledge.status },
      after: { proposalId: id, status: input.status, finding: input.finding, confidence: input.confidence, sourceUrl: input.sourceUrl, outlet: input.outlet },
      detail: existing ? (added.length > 0 ? 'source added to a pending proposal' : 'source already on the pending proposal') : 'new proposal',
    });
    // editors see a new proposal in their review channels; a new source updates the post
    if (!existing) await queueReviewPosts(tx, id);
    else if (added.length > 0) await queueReviewEdits(tx, id);
    if (!existing || added.length > 0) await notifyDesk(tx, `proposal:${id}`);
    return { id, created: !existing };
  });
}

interface ProposalRow {
  id: number;
  slug: string;
  title: string;
  current_status: PledgeStatus;
  status: PledgeStatus;
  finding: string;
  quote: string;
  sentence: string;
  confidence: string | number;
  state: ProposalState;
  created_at: string | Date;
  decided_by: string | null;
  decided_at: string | Date | null;
  decision_note: string | null;
  status_change_id: number | null;
  sources: { url: string | null; outlet: string }[] | string | null;
}

const proposalSelect = sql`
  select r.id, p.slug, p.title, p.status as current_status, r.status, r.finding, r.quote, r.sentence, r.confidence,
         r.state, r.created_at, r.decided_by, r.decided_at, r.decision_note, r.status_change_id,
         (select coalesce(json_agg(json_build_object('url', s.url, 'outlet', s.outlet) order by ps.added_at, s.id), '[]'::json)
          from proposal_sources ps join sources s on s.id = ps.source_id where ps.proposal_id = r.id) as sources
  from proposals r join pledges p on p.id = r.pledge_id`;

function toProposal(r: ProposalRow): Proposal {
  const list = typeof r.sources === 'string' ? (JSON.parse(r.sources) as ProposalRow['sources']) : r.sources;
  return {
    id: r.id,
    slug: r.slug,
    pledgeTitle: r.title,
    currentStatus: r.current_status,
    status: r.status,
    finding: r.finding,
    quote: r.quote,
    sentence: r.sentence,
    confidence: Number(r.confidence),
    state: r.state,
    createdAt: new Date(r.created_at),
    sources: Array.isArray(list) ? list : [],
    decidedBy: r.decided_by,
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    decisionNote: r.decision_note,
    statusChangeId: r.status_change_id,
  };
}

export async function listProposals(db: Db, opts: { state: ProposalState; limit: number }): Promise<Proposal[]> {
  const rows = await query<ProposalRow>(db, sql`${proposalSelect} where r.state = ${opts.state} order by r.created_at desc, r.id desc limit ${opts.limit}`);
  return rows.map(toProposal);
}

export async function getProposal(db: Db, id: number): Promise<Proposal | null> {
  const [row] = await query<ProposalRow>(db, sql`${proposalSelect} where r.id = ${id}`);
  return row ? toProposal(row) : null;
}

/**
 * One transaction. Locks the pledge, then the proposal (the order proposeChange takes), so an
 * article merging into the proposal and an editor deciding it cannot deadlock.
 */
export async function decideProposal(db: Db, id: number, d: ProposalDecision, actor: string): Promise<DecidedProposal> {
  return txOf(db, async (tx) => {
    const [ref] = await query<{ pledge_id: number }>(tx, sql`select pledge_id from proposals where id = ${id}`);
    if (!ref) throw new PledgewatchError('not_found', `No proposal has the number ${id}.`, { hint: 'Pending proposals: /pledge-admin proposals.' });
    await tx.execute(sql`select id from pledges where id = ${ref.pledge_id} for update`);
    await tx.execute(sql`select id from proposals where id = ${id} for update`);
    const proposal = (await getProposal(tx, id))!;
    if (proposal.state !== 'pending') {
      throw new PledgewatchError('conflict', `Proposal ${id} was already ${proposal.state}${proposal.decidedBy ? ` by ${actorLabel(proposal.decidedBy)}` : ''}. Nothing was changed.`);
    }
    if (d.decision === 'rejected') {
      await tx.update(proposals).set({ state: 'rejected', decidedBy: actor, decidedAt: new Date(), decisionNote: d.reason ?? null }).where(eq(proposals.id, id));
      await appendAudit(tx, {
        actor,
        action: 'pledge-admin reject',
        target: proposal.slug,
        outcome: 'ok',
        before: { proposalId: id, state: 'pending' },
        after: { proposalId: id, state: 'rejected', status: proposal.status, reason: d.reason ?? null },
      });
      await queueReviewEdits(tx, id);
      await notifyDesk(tx, `proposal:${id}`);
      return { proposal: (await getProposal(tx, id))! };
    }

    if (d.sourceUrl) {
      const sourceId = await sourceForUrl(tx, d.sourceUrl, actor);
      await tx.insert(proposalSources).values({ proposalId: id, sourceId }).onConflictDoNothing();
    }
    const sourceUrl = d.sourceUrl ?? proposal.sources.find((s) => s.url)?.url;
    if (!sourceUrl) {
      throw new PledgewatchError('bad_input', `Proposal ${id} has no source URL, and a published change needs one.`, {
        hint: `Add the article's link: /pledge-admin approve ${id} source=<url>`,
      });
    }
    // An editor's edits (status, quote, date, reason) apply to the published change; the
    // proposal keeps what the newswire found, and the audit row records both.
    const edits = { status: d.status, quote: d.quote, effectiveOn: d.effectiveOn, reason: d.reason };
    const edited = Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined));
    // decided before publishing, so the publish does not count this proposal among those it supersedes
    await tx.update(proposals).set({ state: 'approved', decidedBy: actor, decidedAt: new Date() }).where(eq(proposals.id, id));
    const published = await publishInTransaction(
      tx,
      {
        slug: proposal.slug,
        status: d.status ?? proposal.status,
        effectiveOn: d.effectiveOn ?? proposal.createdAt.toISOString().slice(0, 10),
        sourceUrl,
        quote: d.quote ?? proposal.quote,
        quoteBy: null,
        reason: d.reason ?? null,
        note: `proposed by the newswire (#${id}, ${proposal.finding} ${proposal.confidence.toFixed(2)})${Object.keys(edited).length ? ', edited by the approving editor' : ''}`,
        editor: NEWSWIRE,
        approver: actor,
      },
      actor,
      { action: 'pledge-admin approve', after: { proposalId: id, ...(Object.keys(edited).length ? { edited } : {}) } },
    );
    await tx.update(proposals).set({ statusChangeId: published.change.id }).where(eq(proposals.id, id));
    await queueReviewEdits(tx, id);
    await notifyDesk(tx, `proposal:${id}`);
    return { proposal: (await getProposal(tx, id))!, published };
  });
}
