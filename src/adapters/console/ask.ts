import { type CommandName, commandNames, type Commands, isCommandName } from '../../core/commands';
import type { Actor } from '../../core/commands';
import { type CommandLog, type CommandOutcome, failedOutcome, runCommand } from '../../core/commands/run';
import { PledgewatchError, isUserFacing } from '../../core/errors';
import { renderText } from '../../render/text';

/** The console acts as the local editor: whoever has the shell already has the database. */
const consoleActor: Actor = { platform: 'console', workspace: 'local', userId: 'local' };

interface AskOutcome {
  output: string;
  exitCode: 0 | 1 | 2;
}

/** The exit code of an answer: 0 done, 1 the user's to fix, 2 ours (an outage or a bug). */
export const exitCodeOf = ({ failure }: CommandOutcome): AskOutcome['exitCode'] => (!failure ? 0 : isUserFacing(failure.kind) ? 1 : 2);

/** `pledgewatch ask "/pledge alibaba"`: the same command words as in chat, printed as text. */
export async function ask(commands: Commands, line: string, log: CommandLog): Promise<AskOutcome> {
  const parsed = parseLine(line);
  const outcome = parsed instanceof PledgewatchError ? failedOutcome(parsed) : await runCommand(commands, { ...parsed, actor: consoleActor }, { log, via: 'console' });
  return { output: renderText(outcome.reply), exitCode: exitCodeOf(outcome) };
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
