import type { Actor } from '../identity';

/** Editors granted in the database (PLEDGEWATCH_ADMINS is the configuration's, not the store's). */
export interface EditorGrants {
  /** an editor granted in the database and not revoked */
  isGrantedEditor(actor: Actor): Promise<boolean>;
  grantEditor(who: Actor, actor: string): Promise<'granted' | 'already'>;
  revokeEditor(who: Actor, actor: string): Promise<'revoked' | 'not_editor'>;
}

/** The audit trail: every write, refusal and failure, by whom. */
export interface AuditLog {
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(opts: { target?: string; limit: number }): Promise<AuditRecord[]>;
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

export interface AuditRecord extends AuditEntry {
  id: number;
  at: Date;
}
