import { existsSync } from 'node:fs';

/**
 * A file that ships beside the code, found from the module that needs it: the same module
 * runs from src/ (tests, tsx) and from dist/ or dist/chunks/ (the build), so each caller names
 * where the file is from each of those. The first that exists wins.
 */
export function packageFile(from: string, candidates: string[]): URL {
  for (const candidate of candidates) {
    const url = new URL(candidate, from);
    if (existsSync(url)) return url;
  }
  throw new Error(`none of ${candidates.join(', ')} exists beside ${new URL('.', from).pathname}`);
}
