import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The three seed articles the project started from: ../shared/seeds beside the repository
 * (resolved from this file, not the working directory), or PLEDGEWATCH_SEEDS_DIR for a clone
 * that lives elsewhere. Missing is an error that fails the suite, never a skip.
 */
export function seedsDir(): string {
  const dir = process.env.PLEDGEWATCH_SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
  if (!existsSync(dir)) throw new Error(`the seed articles are missing: ${dir} does not exist (../shared/seeds beside the repository; set PLEDGEWATCH_SEEDS_DIR for a clone elsewhere)`);
  return dir;
}
