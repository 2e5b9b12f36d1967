import { PledgewatchError, err, ok, type Result } from '../errors';
import type { Action, Section } from '../reply';

export const PAGE_SIZE = 10;

/** Takes a trailing page number ("3" or "page 3") off the arguments; callers whose words may end in a number (tariff lists) pass only "page N". */
export function parsePage(args: string[]): Result<{ rest: string[]; page: number }> {
  const rest = [...args];
  let page = 1;
  const last = rest.at(-1);
  if (last !== undefined && /^\d+$/.test(last)) {
    page = Number(last);
    rest.pop();
    if (rest.at(-1)?.toLowerCase() === 'page') rest.pop();
  } else if (last?.toLowerCase() === 'page') {
    return err(new PledgewatchError('bad_input', 'Which page? Add its number, e.g. “page 2”.'));
  }
  if (!Number.isSafeInteger(page) || page < 1 || page > 10_000) {
    return err(new PledgewatchError('bad_input', `Page numbers run from 1; “${last}” is not one.`));
  }
  return ok({ rest, page });
}

/** A "Next page" button where there is one; `command` ends where the page number goes. */
export function nextPageAction(page: number, total: number, command: string): Action[] {
  return page < Math.ceil(total / PAGE_SIZE) ? [{ id: 'page', label: 'Next page', command: `${command} ${page + 1}` }] : [];
}

/** "page 1 of 2": the way to the next page is nextPageAction's, shown once by each renderer. */
export function pageFooter(page: number, total: number): Section[] {
  const pages = Math.ceil(total / PAGE_SIZE);
  return pages <= 1 ? [] : [{ kind: 'context', text: `page ${page} of ${pages}` }];
}
