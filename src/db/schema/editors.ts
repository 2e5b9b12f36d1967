import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { auditOutcomeEnum } from './enums';

/** Who may write. Identity is per platform and workspace (Slack team, Discord guild). */
export const editors = pgTable(
  'editors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    platform: text('platform').notNull(),
    workspace: text('workspace').notNull().default(''),
    userId: text('user_id').notNull(),
    grantedBy: text('granted_by').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('editors_identity').on(t.platform, t.workspace, t.userId)],
);

/** Every write and every refused attempt: who, what, when, before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    outcome: auditOutcomeEnum('outcome').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    detail: text('detail'),
  },
  (t) => [index('audit_log_target').on(t.target, t.at)],
);
