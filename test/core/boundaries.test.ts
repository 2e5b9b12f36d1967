import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every import of a file: package names as written, relative paths resolved against the repo. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(statements)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    return spec.startsWith('.') ? relative(process.cwd(), resolve(dirname(file), spec)) : spec;
  });
}

const allowedPackages = new Set<string>(); // the core needs no package at all

describe('architecture', () => {
  const core = resolve('src/core');

  it('src/core imports nothing but src/core and node built-ins', () => {
    const offenders = files('src/core').flatMap((f) =>
      importsOf(f)
        .filter((spec) => {
          if (spec.startsWith('node:')) return false;
          if (spec.startsWith('src/')) return !resolve(spec).startsWith(core);
          return !allowedPackages.has(spec);
        })
        .map((spec) => `${f} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check catches what it is for', () => {
    const sample = resolve('src/core/commands/admin');
    const bad = ['drizzle-orm', '@slack/bolt', relative(process.cwd(), resolve(sample, '../../../db/client'))];
    const flagged = bad.filter((spec) => (spec.startsWith('src/') ? !resolve(spec).startsWith(core) : !spec.startsWith('node:')));
    expect(flagged).toEqual(bad);
  });
});
