import type { Actor } from './commands/types';
import type { Reply } from './reply';
import type { PledgeStatus, ProposalState, ReminderMilestone, StatusReason } from './vocabulary';
import type { PledgeDetail, PledgeMatch, PledgeSummary, StatusChange } from './pledges/types';
import type { TariffAction, TariffFilter } from './tariffs/types';
import type { Target } from './pledges/target';

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * What the core needs from storage. Implemented by src/db/store.ts over drizzle (PGlite or
 * PostgreSQL); a store failure surfaces as a StoreError.
 */
export interface Store {
  /**
   * Ranked, typo-tolerant pledge search. `minSimilarity` is the trigram word-similarity
   * floor (0..1): high for answers, low for "did you mean" suggestions.
   */
  searchPledges(query: string, opts: { limit: number; minSimilarity: number }): Promise<PledgeMatch[]>;
  getPledge(slug: string): Promise<PledgeDetail | null>;
  listPledges(opts: { status?: PledgeStatus; limit: number; offset: number }): Promise<Page<PledgeSummary>>;
  /** pledges with a deadline on or after `from` (YYYY-MM-DD) and no final status, soonest first */
  comingDeadlines(opts: { from: string; limit: number }): Promise<(PledgeSummary & { deadline: string })[]>;
  /** oldest first; null when no such pledge */
  pledgeHistory(slug: string): Promise<StatusChange[] | null>;
  findTariffs(filter: TariffFilter): Promise<TariffAction[]>;
  /** an editor granted in the database and not revoked */
  isGrantedEditor(actor: Actor): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(opts: { target?: string; limit: number }): Promise<AuditRecord[]>;
  ping(): Promise<void>;

  // Writes. Each is one transaction that also writes its audit row: all or nothing.
  /** Appends the change, moves the pledge's status, and queues one announcement per matching subscription. */
  publishStatusChange(input: NewStatusChange, actor: string): Promise<PublishedChange>;
  /**
   * Appends a correction of the pledge's standing change (a new row pointing at it), and
   * queues an edit of every post that announced it plus a thread reply saying what changed.
   */
  correctStatusChange(input: CorrectionInput, actor: string): Promise<PublishedChange>;
  addPledge(input: NewPledge, actor: string): Promise<'added' | 'exists'>;
  /** Changes the given fields of a pledge, audited with old and new values; resolves to what changed (nothing: no write). */
  editPledge(slug: string, edit: PledgeEdit, actor: string): Promise<FieldChange[]>;
  addFact(input: NewFact, actor: string): Promise<void>;
  addPledgeSource(input: NewPledgeSource, actor: string): Promise<'added' | 'exists'>;
  addTariff(input: NewTariff, actor: string): Promise<'added' | 'exists'>;
  linkTariff(pledgeSlug: string, tariffSlug: string, note: string | null, actor: string): Promise<'linked' | 'exists'>;
  /** also queues the pending proposals for the channel; resolves to how many */
  setReviewChannel(channel: ChannelRef, actor: string): Promise<{ queued: number }>;
  grantEditor(who: Identity, actor: string): Promise<'granted' | 'already'>;
  revokeEditor(who: Identity, actor: string): Promise<'revoked' | 'not_editor'>;

  findEntity(query: string): Promise<{ slug: string; name: string } | null>;
  subscribe(channel: ChannelRef, scope: SubscriptionTarget, actor: string): Promise<'added' | 'exists'>;
  unsubscribe(channel: ChannelRef, scope: SubscriptionTarget, actor: string): Promise<'removed' | 'absent'>;
  listSubscriptions(channel: ChannelRef): Promise<SubscriptionTarget[]>;

  /** what an announcement says: the pledge and the change, by change id */
  getAnnouncement(statusChangeId: number): Promise<Announcement | null>;
  /** the latest published status changes (corrections included), newest recorded first */
  recentChanges(limit: number): Promise<Announcement[]>;
  outboxOverview(limit: number): Promise<OutboxOverview>;
  /** puts a dead delivery back in the queue */
  retryDelivery(id: number, actor: string): Promise<'queued' | 'not_dead'>;

  // Newswire proposals: what an article says, waiting for an editor.
  /**
   * Records a proposed status change, or adds the article as another source of the pending
   * proposal for the same pledge and status. null: the pledge already has that status.
   */
  proposeChange(input: NewProposal): Promise<{ id: number; created: boolean } | null>;
  listProposals(opts: { state: ProposalState; limit: number }): Promise<Proposal[]>;
  /**
   * Approving publishes the change exactly as set-status does (one transaction: change,
   * outbox rows, audit row, the proposal marked approved). A decided proposal is a conflict.
   */
  decideProposal(id: number, decision: ProposalDecision, actor: string): Promise<DecidedProposal>;
  getProposal(id: number): Promise<Proposal | null>;

  // Webhooks: HTTP endpoints that follow announcements like a channel (src/adapters/webhook).
  /** a new webhook and its signing secret (returned once, never again); 'exists' when the URL already follows that */
  addWebhook(url: string, scope: SubscriptionTarget, actor: string): Promise<{ id: number; secret: string } | 'exists'>;
  /** by id, or every webhook of a URL; pending deliveries to them are dead-lettered. Resolves to those removed */
  removeWebhook(ref: { id: number } | { url: string }, actor: string): Promise<WebhookInfo[]>;
  listWebhooks(): Promise<WebhookInfo[]>;

  // The editors' desk: deadlines and the digest (src/announce/scheduler.ts writes their outbox rows).
  /** pledges with a deadline and no final status: coming within `days` of `today` (soonest first), and passed (latest first) */
  deadlines(opts: { today: string; days: number; limit: number }): Promise<{ coming: DeadlineItem[]; passed: DeadlineItem[] }>;
  /** status changes recorded in [since, until), newest first */
  changesBetween(since: Date, until: Date, limit: number): Promise<Announcement[]>;
  /** when the last scheduled digest was made; null before the first */
  lastDigestAt(): Promise<Date | null>;
  getReminder(id: number): Promise<DeadlineReminder | null>;
  getDigest(id: number): Promise<{ since: Date; createdAt: Date } | null>;

  // Newswire feeds: RSS/Atom feeds the poller reads (src/ingest/feeds).
  addFeed(url: string, actor: string): Promise<'added' | 'exists'>;
  removeFeed(url: string, actor: string): Promise<'removed' | 'absent'>;
  listFeeds(): Promise<FeedInfo[]>;
}

export interface WebhookInfo {
  id: number;
  url: string;
  target: SubscriptionTarget;
  createdBy: string;
  createdAt: Date;
  delivered: number;
  pending: number;
  dead: number;
}

export interface DeadlineItem {
  slug: string;
  title: string;
  entityName: string;
  status: PledgeStatus;
  deadline: string;
}

export interface DeadlineReminder {
  pledge: DeadlineItem;
  milestone: ReminderMilestone;
  /** the deadline the reminder was made for (the pledge's may have moved since) */
  deadline: string;
  /** the newsroom's date when it was made */
  madeOn: string;
}

export interface FeedInfo {
  id: number;
  url: string;
  title: string | null;
  addedBy: string;
  lastPolledAt: Date | null;
  lastOkAt: Date | null;
  /** the last HTTP status, e.g. 200, 304, 503; null before the first poll or on a network error */
  lastStatus: number | null;
  lastError: string | null;
  /** failures in a row */
  failures: number;
  nextPollAt: Date;
  /** items read so far, and how many of them proposed something */
  items: number;
  proposals: number;
}

export interface NewProposal {
  slug: string;
  status: PledgeStatus;
  /** the detector's finding, e.g. scaled_back for a proposed compromise */
  finding: string;
  quote: string;
  sentence: string;
  confidence: number;
  /** the article's URL; an article without one is a source with no URL */
  sourceUrl: string | null;
  /** the outlet's name; 'wire copy' when unknown */
  outlet: string | null;
}

export interface ProposalSource {
  url: string | null;
  outlet: string;
}

export interface Proposal {
  id: number;
  slug: string;
  pledgeTitle: string;
  currentStatus: PledgeStatus;
  status: PledgeStatus;
  finding: string;
  quote: string;
  sentence: string;
  confidence: number;
  state: ProposalState;
  createdAt: Date;
  /** oldest first */
  sources: ProposalSource[];
  decidedBy: string | null;
  decidedAt: Date | null;
  /** the editor's reason for a rejection */
  decisionNote: string | null;
  statusChangeId: number | null;
}

export type ProposalDecision =
  /** `sourceUrl` is added to the proposal's sources and used instead of the first one */
  | {
      decision: 'approved';
      sourceUrl?: string;
      /** an editor's changes to what is published; the proposal's own values otherwise */
      status?: PledgeStatus;
      quote?: string;
      effectiveOn?: string;
      reason?: StatusReason;
    }
  | { decision: 'rejected'; reason?: string };

export interface DecidedProposal {
  proposal: Proposal;
  /** set when the decision was an approval */
  published?: PublishedChange;
}

export interface Identity {
  platform: string;
  workspace: string;
  userId: string;
}

export interface ChannelRef {
  platform: string;
  workspace: string;
  channelId: string;
}

export type SubscriptionTarget =
  | { scope: 'all' }
  | { scope: 'entity'; slug: string; name: string }
  | { scope: 'pledge'; slug: string; name: string };

export interface NewStatusChange {
  slug: string;
  status: PledgeStatus;
  effectiveOn: string;
  sourceUrl: string;
  quote: string | null;
  /** who spoke the quote (a row in people); null: not said */
  quoteBy: string | null;
  reason: StatusReason | null;
  note: string | null;
  editor: string;
  approver: string | null;
}

export interface CorrectionInput {
  slug: string;
  fields: Partial<Pick<NewStatusChange, 'status' | 'effectiveOn' | 'sourceUrl' | 'quote' | 'quoteBy' | 'reason' | 'note'>>;
  editor: string;
}

/** A pledge's fields as an editor gives them: all of them for a new pledge, the changed ones for an edit. */
export interface PledgeFields {
  entityName?: string;
  /** the person who made the pledge (a row in people); null: none */
  byName?: string | null;
  /** that person's role, e.g. "chief executive" */
  byRole?: string | null;
  madeTo?: string | null;
  madeOn?: string;
  title?: string;
  text?: string;
  /** the pledge's first source; only for a new pledge (add-source adds more) */
  sourceUrl?: string;
  deadline?: string | null;
  target?: Target | null;
  place?: string | null;
  /** other names of the entity */
  aliases?: string[];
  keywords?: string[];
}

export type NewPledge = Required<PledgeFields> & { slug: string };

export type PledgeEdit = Omit<PledgeFields, 'sourceUrl'>;

/** One field an edit changed, with the stored values before and after. */
export interface FieldChange {
  field: keyof PledgeEdit;
  before: string | string[] | Target | null;
  after: string | string[] | Target | null;
}

export interface NewFact {
  slug: string;
  statement: string;
  sourceUrl: string;
  value: number | null;
  unit: string | null;
  asOf: string | null;
  attributedTo: string | null;
}

export interface NewPledgeSource {
  slug: string;
  url: string;
  outlet: string | null;
  title: string | null;
  publishedOn: string | null;
}

export type NewTariff = Pick<
  TariffAction,
  'slug' | 'name' | 'listName' | 'imposer' | 'target' | 'announcedOn' | 'effectiveOn' | 'status' | 'legalBasis' | 'tradeCoveredUsd' | 'answers'
> & {
  /** the first rate step */
  ratePct: number;
  /** slug of the action it answers */
  retaliatesFor: string | null;
  sourceUrl: string;
}

export interface PublishedChange {
  change: StatusChange;
  pledge: PledgeSummary;
  deliveries: number;
}

export interface Announcement {
  pledge: PledgeSummary;
  change: StatusChange;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: Date;
}

export interface OutboxRow {
  id: number;
  kind: string;
  platform: string;
  channelId: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  pledgeSlug: string;
  /** the announced or proposed status; null for a reminder or a digest */
  status: PledgeStatus | null;
  /** set for a review post: the proposal it shows */
  proposalId: number | null;
  /** what a deadline reminder or a digest row is, e.g. "digest of 2026-11-30 09:00 UTC" */
  about: string | null;
}

export interface OutboxOverview {
  counts: Record<'pending' | 'delivered' | 'dead', number>;
  /** retries after an unknown outcome: found their earlier message, or posted without looking */
  recovered: Record<'found' | 'unchecked', number>;
  rows: OutboxRow[];
}

export interface AuditEntry {
  actor: string;
  action: string;
  target: string | null;
  outcome: 'ok' | 'refused' | 'failed';
  before?: unknown;
  after?: unknown;
  detail?: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What one delivery attempt came to; the outbox decides what to do next. */
export type DeliveryOutcome =
  /**
   * `recovery` after an attempt whose outcome was unknown: 'found' the message that attempt
   * posted (nothing was posted now), or 'unchecked' (the channel's history could not be read,
   * so it was posted without looking and may now be there twice)
   */
  | { kind: 'delivered'; messageId: string; recovery?: 'found' | 'unchecked' }
  /**
   * try again later: rate limit (after `retryAfterMs` when the platform said), 5xx, network.
   * `maybeSent`: the request may have reached the platform (a lost answer), so the next
   * attempt must look for its message before posting. `rateLimit`: a 429, and how far the
   * limit reaches (the channel, its workspace, or the platform): every dispatcher waits it out
   */
  | { kind: 'retry'; reason: string; retryAfterMs?: number; maybeSent?: boolean; rateLimit?: 'channel' | 'workspace' | 'platform' }
  /** will never succeed as it stands: unknown channel, no access, bad token */
  | { kind: 'dead'; reason: string };

export interface PostOptions {
  /** stable across retries of one delivery: Discord's nonce, Slack's message metadata */
  deliveryKey: string;
  /** reply under this post */
  threadOf?: string;
  /**
   * an earlier attempt, first started at `since`, may have posted: find that message and
   * record it instead of posting again (Discord's nonce does this by itself)
   */
  recheck?: { since: Date };
  /** for an announcement: the change and its pledge, which a webhook sends as JSON */
  announcement?: Announcement;
}

/**
 * Posts announcements to one platform. Implementations turn off their client's own retries:
 * the outbox owns retrying, so every attempt is one request and one outcome.
 */
export interface Announcer {
  platform: 'slack' | 'discord' | 'webhook';
  /** least time between posts to one channel, when not the dispatcher's (chat platforms allow about one a second) */
  gapMs?: number;
  post(channelId: string, reply: Reply, opts: PostOptions): Promise<DeliveryOutcome>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<DeliveryOutcome>;
}
