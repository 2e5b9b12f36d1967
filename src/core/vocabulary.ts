/**
 * The contract's vocabulary (DESIGN.md section 7). Enum columns, validation and renderers all
 * read these arrays, so a new value is added in exactly one place.
 */
export const pledgeStatuses = ['not_yet_rated', 'in_progress', 'stalled', 'compromise', 'kept', 'broken', 'retracted'] as const;
export type PledgeStatus = (typeof pledgeStatuses)[number];

export const statusReasons = ['premise_changed', 'changed_opinion', 'no_priority', 'external_blocker', 'deadline_passed', 'other'] as const;
export type StatusReason = (typeof statusReasons)[number];

export const tariffStatuses = ['threatened', 'scheduled', 'in_effect', 'postponed', 'suspended', 'reduced', 'removed'] as const;
export type TariffStatus = (typeof tariffStatuses)[number];

/** How sure the record is of a figure: the reference marks some figures NOT CONFIRMED. */
export const figureCertainties = ['stated', 'approximate', 'not_confirmed'] as const;
export type FigureCertainty = (typeof figureCertainties)[number];

export const legalBases = ['section_232', 'section_301', 'customs_tariff_commission'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const legalBasisLabels: Record<LegalBasis, string> = {
  section_232: 'Section 232, Trade Expansion Act of 1962',
  section_301: 'Section 301, Trade Act of 1974',
  customs_tariff_commission: 'State Council Customs Tariff Commission (China)',
};

export const factKinds = ['context', 'figure', 'analysis'] as const;
export type FactKind = (typeof factKinds)[number];

export const entityKinds = ['company', 'government', 'organisation'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const isPledgeStatus = (v: string): v is PledgeStatus =>
  (pledgeStatuses as readonly string[]).includes(v);
export const isTariffStatus = (v: string): v is TariffStatus =>
  (tariffStatuses as readonly string[]).includes(v);
export const isStatusReason = (v: string): v is StatusReason =>
  (statusReasons as readonly string[]).includes(v);

/** What a channel subscription follows. */
export const subscriptionScopes = ['all', 'entity', 'pledge'] as const;

/** An announcement delivery: a new post, an edit of one (correction), or a reply under one. */
export const deliveryKinds = ['post', 'edit', 'thread_reply'] as const;
export type DeliveryKind = (typeof deliveryKinds)[number];

export const deliveryStates = ['pending', 'delivered', 'dead'] as const;

/**
 * A newswire proposal: waiting for an editor, published by one, turned down, or superseded
 * (the pledge got that status another way, e.g. an editor's set-status, so nothing is left to decide).
 */
export const proposalStates = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type ProposalState = (typeof proposalStates)[number];

/** Statuses after which a pledge's deadline no longer matters. */
export const finalPledgeStatuses: readonly PledgeStatus[] = ['kept', 'broken', 'retracted'];

/** A deadline reminder: some days before the deadline, or on the day it passes without a final status. */
export const reminderMilestones = ['coming', 'passed'] as const;
export type ReminderMilestone = (typeof reminderMilestones)[number];

/** Outbox rows to a webhook carry this platform, no workspace, and the webhook's id as channel. */
export const WEBHOOK_PLATFORM = 'webhook';
