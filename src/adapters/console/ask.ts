import { type CommandName, commandNames, type Commands, isCommandName } from '../../core/commands';
import type { Actor } from '../../core/commands';
import { PledgewatchError } from '../../core/errors';
import { errorReply } from '../../core/error-reply';
import { renderText } from '../../render/text';

/** The console acts as the local editor: whoever has the shell already has the database. */
export const consoleActor: Actor = { platform: 'console', workspace: 'local', userId: 'local' };

export interface AskOutcome {
  output: string;
  exitCode: 0 | 1 | 2;
}

/** `pledgewatch ask "/pledge alibaba"`: the same command words as in chat, printed as text. */
export async function ask(commands: Commands, line: string): Promise<AskOutcome> {
  const parsed = parseLine(line);
  if (parsed instanceof PledgewatchError) return { output: renderText(errorReply(parsed)), exitCode: 1 };
  const result = await commands.run({ ...parsed, actor: consoleActor });
  if (result.ok) return { output: renderText(result.value), exitCode: 0 };
  const userError = ['not_found', 'bad_input', 'forbidden', 'conflict'].includes(result.error.code);
  return { output: renderText(errorReply(result.error)), exitCode: userError ? 1 : 2 };
}

function parseLine(line: string): { command: CommandName; text: string } | PledgewatchError {
  const match = /^\s*\/?([a-z-]+)(?:\s+([\s\S]*))?$/i.exec(line);
  const name = match?.[1]?.toLowerCase();
  if (!name || !isCommandName(name)) {
    return new PledgewatchError('bad_input', `Unknown command “${line.trim().split(/\s+/)[0] ?? ''}”.`, {
      hint: `Commands: ${commandNames.map((c) => `/${c}`).join(', ')}. Example: pledgewatch ask "/pledge alibaba". Every command: pledgewatch ask "/pledge help"`,
    });
  }
  return { command: name, text: match?.[2] ?? '' };
}
