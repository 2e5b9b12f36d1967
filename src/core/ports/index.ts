/**
 * What the core and the workers need from storage, one port per aggregate. Implemented by
 * src/db/ over drizzle (PGlite or PostgreSQL); a store failure surfaces as a StoreError.
 * Every consumer takes the ports it uses; `Store`, all of them, is for the composition root.
 */
import type { Announcements } from './announcements';
import type { DeskReads } from './desk';
import type { AuditLog, EditorGrants } from './editors';
import type { FeedReads, FeedWrites } from './feeds';
import type { StoreHealth } from './health';
import type { OutboxAdmin } from './outbox';
import type { PledgeReads } from './pledge-reads';
import type { PledgeWrites } from './pledge-writes';
import type { ProposalIntake, ProposalReads, ProposalReview } from './proposals';
import type { Subscriptions } from './subscriptions';
import type { TariffReads, TariffWrites } from './tariffs';
import type { Webhooks } from './webhooks';

export type * from './announcements';
export type * from './announcer';
export * from './clock';
export type * from './desk';
export type * from './editors';
export type * from './feeds';
export type * from './health';
export type * from './outbox';
export type * from './pledge-reads';
export type * from './pledge-writes';
export type * from './proposals';
export type * from './subscriptions';
export type * from './tariffs';
export type * from './webhooks';

/** Every port the store implements (src/db/store.ts): the composition root's, no one else's. */
export interface Store
  extends PledgeReads,
    PledgeWrites,
    TariffReads,
    TariffWrites,
    EditorGrants,
    AuditLog,
    Subscriptions,
    Announcements,
    OutboxAdmin,
    ProposalReads,
    ProposalIntake,
    ProposalReview,
    FeedReads,
    FeedWrites,
    Webhooks,
    DeskReads,
    StoreHealth {}
