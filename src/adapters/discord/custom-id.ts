import type { Action } from '../../core/reply';
import { type CommandName, commandNames } from '../../core/commands';

/** Discord's cap on a component's custom_id. */
export const MAX_CUSTOM_ID = 100;

const codes: Record<Action['id'], string> = { history: 'h', share: 's', subscribe: 'u', page: 'p' };
const actions = Object.fromEntries(Object.entries(codes).map(([id, code]) => [code, id])) as Record<string, Action['id']>;
/** Buttons may run the read commands; the core still decides who may do what. */
const buttonCommands: readonly CommandName[] = ['pledge', 'tariff'];

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
  if (!buttonCommands.includes(name as CommandName)) return null;
  const id = `pw:${codes[action.id]}:${[name, ...rest].join(' ')}`;
  return id.length <= MAX_CUSTOM_ID ? id : null;
}

export function decodeCustomId(customId: string): ButtonCommand | null {
  const m = /^pw:([a-z]):(\S+)(?: (.*))?$/s.exec(customId);
  if (!m) return null;
  const action = actions[m[1] ?? ''];
  const command = m[2] as CommandName;
  if (!action || !commandNames.includes(command) || !buttonCommands.includes(command)) return null;
  return { action, command, text: m[3] ?? '' };
}
