import type { Action } from '../../core/reply';
import { type CommandName, commandNames } from '../../core/commands';

/** Discord's cap on a component's custom_id. */
const MAX_CUSTOM_ID = 100;

const codes: Record<Action['id'], string> = { history: 'h', share: 's', subscribe: 'u', page: 'p', approve: 'a', reject: 'r', edit: 'e' };
const actions = Object.fromEntries(Object.entries(codes).map(([id, code]) => [code, id])) as Record<string, Action['id']>;
/** A modal's custom_id: `pw:m:` and the command its form runs. */
const MODAL = 'pw:m:';

/**
 * What a button may run: the read commands, and a review button its own editors' subcommand
 * (Approve runs `pledge-admin approve <id>`, nothing else). The core still decides who may.
 */
function buttonMayRun(action: Action['id'], command: string, text: string): boolean {
  if (action === 'approve' || action === 'reject' || action === 'edit') {
    return command === 'pledge-admin' && new RegExp(`^${action} \\d+$`).test(text);
  }
  return command === 'pledge' || command === 'tariff';
}

export interface ButtonCommand {
  action: Action['id'];
  command: CommandName;
  text: string;
}

/**
 * `pw:h:pledge history alibaba-1m-us-jobs`: the action and the words it runs, so a click
 * needs no server-side state. Null when it would not fit in 100 characters (the button is
 * then left out) or the command is not one a button may run.
 */
export function encodeCustomId(action: Action): string | null {
  const [name = '', ...rest] = action.command.replace(/^\//, '').split(' ');
  if (!buttonMayRun(action.id, name, rest.join(' '))) return null;
  const id = `pw:${codes[action.id]}:${[name, ...rest].join(' ')}`;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

export function decodeCustomId(customId: string): ButtonCommand | null {
  const m = /^pw:([a-z]):(\S+)(?: (.*))?$/s.exec(customId);
  if (!m) return null;
  const action = actions[m[1] ?? ''];
  const command = m[2] as CommandName;
  const text = m[3] ?? '';
  if (!action || !commandNames.includes(command) || !buttonMayRun(action, command, text)) return null;
  return { action, command, text };
}

/** A form's modal: its custom_id carries the command (`/pledge-admin approve 12`) the submission runs. */
export function encodeModalId(command: string): string | null {
  const id = `${MODAL}${command.replace(/^\//, '')}`;
  return /^pw:m:pledge-admin approve \d+$/.test(id) ? id : null;
}

export function decodeModalId(customId: string): { command: CommandName; text: string } | null {
  const m = /^pw:m:(pledge-admin) (approve \d+)$/.exec(customId);
  return m ? { command: m[1] as CommandName, text: m[2]! } : null;
}
