import { PledgewatchError, err, ok } from '../errors';
import { pledgeAdmin } from './pledge-admin';
import { pointAtHelp } from './grammar';
import { PLEDGE_HELP } from './manual';
import { pledge, pledgeHelpReply } from './pledge';
import { tariff } from './tariff';
import type { CommandDeps, CommandInput, CommandResult } from './types';

export type { Actor, CommandInput, CommandName, CommandResult } from './types';
export { commandNames, isCommandName } from './types';

export interface Commands {
  /**
   * Runs one command. Expected failures (unknown pledge, bad input, store down) come back as
   * `{ok: false}` with a coded error; anything thrown is a bug for the adapter to log.
   */
  run(input: CommandInput): Promise<CommandResult>;
}

export function createCommands(deps: CommandDeps): Commands {
  return {
    async run(input) {
      try {
        switch (input.command) {
          case 'pledge':
            return await pledge(deps, input.text, input);
          case 'tariff':
            // `/tariff` alone or `/tariff help`: the one manual, which has a Tariffs part
            return /^\s*(help)?\s*$/i.test(input.text) ? ok(pledgeHelpReply()) : pointAtHelp(await tariff(deps, input.text), PLEDGE_HELP);
          case 'pledge-admin':
            return await pledgeAdmin(deps, input.text, input);
        }
      } catch (e) {
        if (e instanceof PledgewatchError) return err(e);
        throw e;
      }
    },
  };
}
