import { describe, expect, it } from 'vitest';
import { type ImportGraph, cycles, importGraph, importsOfText, namesStore, resolveImports, rules, storeUsers, violations } from './rules';

describe('architecture', () => {
  const graph = importGraph('src');

  it('reads the whole of src/', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/core/commands/types.ts')!.map((i) => i.file)).toContain('src/core/ports/index.ts');
  });

  it('no import cycle anywhere in src/, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
  });

  for (const rule of rules) {
    it(rule.name, () => {
      expect(violations(graph, rule)).toEqual([]);
    });
  }

  it('only the composition root names Store; every other consumer takes the ports it uses', () => {
    expect(storeUsers('src')).toEqual([]);
  });
});

describe('the architecture checks catch what they are for', () => {
  /** made-up files, resolved as the real ones are */
  const crafted = (files: Record<string, string>): ImportGraph =>
    new Map(Object.entries(files).map(([file, text]) => [file, resolveImports(file, importsOfText(text))]));
  const rule = (start: string) => rules.find((r) => r.name.startsWith(start))!;

  it('every kind of import is seen: type-only, re-export, side effect, import() and import types', () => {
    const text = `import type { A } from './a';
      export { B } from './b';
      export type * from './c';
      import './d';
      const e = await import('./e');
      type F = typeof import('./f');`;
    expect(importsOfText(text).sort()).toEqual(['./a', './b', './c', './d', './e', './f']);
  });

  it('core: a package, a node built-in and src/db are refused; the core itself is not', () => {
    const g = crafted({
      'src/core/commands/admin/x.ts': `import { sql } from 'drizzle-orm';
        import { readFileSync } from 'node:fs';
        import type { Db } from '../../../db/client';
        import type { Store } from '../../ports';
        import { ok } from '../../errors';`,
    });
    expect(violations(g, rule('src/core'))).toEqual([
      'src/core/commands/admin/x.ts imports drizzle-orm',
      'src/core/commands/admin/x.ts imports node:fs',
      'src/core/commands/admin/x.ts imports ../../../db/client',
    ]);
  });

  it('render must not reach into adapters, nor adapters into db', () => {
    const g = crafted({
      'src/render/x.ts': `import { slackTeam } from '../adapters/slack/payload';\nimport { plain } from './slack';`,
      'src/adapters/web/x.ts': `import { query } from '../../db/client';\nimport type { PledgeReads } from '../../core/ports';`,
    });
    expect(violations(g, rule('src/render'))).toEqual(['src/render/x.ts imports ../adapters/slack/payload']);
    expect(violations(g, rule('src/adapters'))).toEqual(['src/adapters/web/x.ts imports ../../db/client']);
  });

  it('a cycle is found through type-only imports and across folders; a chain is not a cycle', () => {
    const g = crafted({
      'src/core/ports/index.ts': `import type { Actor } from '../commands/types';`,
      'src/core/commands/types.ts': `import type { Store } from '../ports';`,
      'src/db/a-queries.ts': `import { b } from './b-queries';`,
      'src/db/b-queries.ts': `import { c } from '../core/errors';`,
      'src/core/errors.ts': `export const c = 1;`,
    });
    expect(cycles(g)).toEqual([['src/core/commands/types.ts', 'src/core/ports/index.ts']]);
  });

  it('naming Store is seen in an import, a type, an alias or a re-export, and not in a comment or another port', () => {
    expect(namesStore(`import type { Store } from '../core/ports';`)).toBe(true);
    expect(namesStore(`import type { Store as S } from '../core/ports';`)).toBe(true);
    expect(namesStore(`export type { Store } from './ports';`)).toBe(true);
    expect(namesStore(`function f(deps: { store: import('../core/ports').Store }) {}`)).toBe(true);
    expect(namesStore(`type T = Store;`)).toBe(true);
    expect(namesStore(`import type { PledgeReads } from '../core/ports';\n// the Store port\nconst store: PledgeReads = x;`)).toBe(false);
  });
});
