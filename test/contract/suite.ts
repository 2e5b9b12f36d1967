import { expect } from 'vitest';
import type { CommandInput, Commands } from '../../src/core/commands';
import { type CommandOutcome, runCommand } from '../../src/core/commands/run';
import { createLogger } from '../../src/logger';
import { renderText } from '../../src/render/text';
import type { ContractAdapter } from './adapters';
import type { ContractRow } from './rows';

export interface RowFailure {
  row: string;
  why: string;
}

/** The core's own answer to the row, run in process: what every adapter must pass on. */
export type Reference = (input: CommandInput, share: boolean) => Promise<CommandOutcome>;

export function referenceOf(commands: Commands): Reference {
  const log = createLogger('silent');
  return (input, share) => runCommand(commands, input, { log, via: 'contract', share });
}

/**
 * One row against one adapter: the core's neutral answer is what the row expects (its failure
 * kind and words), and what arrived over the adapter's transport is that answer as its
 * platform renders it, for the same audience. The first mismatch is the row's failure.
 */
export async function checkRow(adapter: ContractAdapter, row: ContractRow, reference: Reference): Promise<RowFailure | null> {
  try {
    const outcome = await reference(adapter.input(row), row.click === 'share');
    expect(outcome.failure?.kind ?? null, 'the core’s failure kind').toBe(row.expect.failure);
    const text = renderText(outcome.reply);
    for (const words of row.expect.says) expect(text, 'the core’s answer').toContain(words);
    expect(await adapter.send(row), `what ${adapter.name} delivered`).toEqual(adapter.expected(outcome, row));
    return null;
  } catch (error) {
    return { row: row.name, why: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** Every row that applies to the adapter, in order: the names checked and the rows that failed. */
export async function runContract(adapter: ContractAdapter, rows: readonly ContractRow[], reference: Reference): Promise<{ checked: string[]; failures: RowFailure[] }> {
  const checked: string[] = [];
  const failures: RowFailure[] = [];
  for (const row of rows.filter((r) => adapter.applies(r))) {
    checked.push(row.name);
    const failure = await checkRow(adapter, row, reference);
    if (failure) failures.push(failure);
  }
  return { checked, failures };
}
