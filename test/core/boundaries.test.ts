import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const forbidden = /from ['"](@slack\/|discord\.js|@discordjs\/|discord-api-types|drizzle-orm|pg['"]|@electric-sql\/|hono|@hono\/|pino)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('architecture', () => {
  it('src/core imports no platform, storage, HTTP or logging library, and nothing outside core', () => {
    const offenders = files('src/core').flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => forbidden.test(line) || /from ['"]\.\.\/\.\.\/(?!core)|from ['"]\.\.\/(adapters|db|render|announce|ingest)/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
