import { pgEnum } from 'drizzle-orm/pg-core';
import {
  entityKinds,
  factKinds,
  figureCertainties,
  legalBases,
  pledgeStatuses,
  statusReasons,
  tariffStatuses,
  subscriptionScopes,
  deliveryKinds,
  deliveryStates,
  proposalStates,
  reminderMilestones,
} from '../../core/vocabulary';

export const pledgeStatusEnum = pgEnum('pledge_status', pledgeStatuses);
export const statusReasonEnum = pgEnum('status_reason', statusReasons);
export const tariffStatusEnum = pgEnum('tariff_status', tariffStatuses);
export const figureCertaintyEnum = pgEnum('figure_certainty', figureCertainties);
export const legalBasisEnum = pgEnum('legal_basis', legalBases);
export const factKindEnum = pgEnum('fact_kind', factKinds);
export const entityKindEnum = pgEnum('entity_kind', entityKinds);
export const auditOutcomeEnum = pgEnum('audit_outcome', ['ok', 'refused', 'failed']);
export const subscriptionScopeEnum = pgEnum('subscription_scope', subscriptionScopes);
export const deliveryKindEnum = pgEnum('delivery_kind', deliveryKinds);
export const deliveryStateEnum = pgEnum('delivery_state', deliveryStates);
export const proposalStateEnum = pgEnum('proposal_state', proposalStates);
export const reminderMilestoneEnum = pgEnum('reminder_milestone', reminderMilestones);
