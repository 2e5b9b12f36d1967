import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The layering rules of src/ and the import graph they are checked on: one place, used by the
 * boundary test on the real tree and by its self-check on made-up files.
 */

/** One import: what was written, and the repo-relative file it resolves to (null: a package or node built-in). */
export interface Import {
  spec: string;
  file: string | null;
}

/** repo-relative path -> its imports, type-only, re-exports and import() included */
export type ImportGraph = Map<string, Import[]>;

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
};

/** Every module a source text names, as TypeScript's own scanner lists them. */
export function importsOfText(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Resolves each import of `file` (repo-relative) the way the compiler does. */
export function resolveImports(file: string, specs: string[], root = process.cwd()): Import[] {
  return specs.map((spec) => {
    const resolved = ts.resolveModuleName(spec, resolve(root, file), compilerOptions, ts.sys).resolvedModule;
    const internal = resolved && !resolved.isExternalLibraryImport ? relative(root, resolved.resolvedFileName) : null;
    // a relative import that does not resolve is still a file of ours: keep where it points
    return { spec, file: internal ?? (spec.startsWith('.') ? relative(root, resolve(root, file, '..', spec)) : null) };
  });
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The import graph of every .ts file under `dir` (repo-relative). */
export function importGraph(dir = 'src', root = process.cwd()): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of tsFiles(resolve(root, dir))) {
    const rel = relative(root, file);
    graph.set(rel, resolveImports(rel, importsOfText(readFileSync(file, 'utf8')), root));
  }
  return graph;
}

export interface Rule {
  name: string;
  /** the files the rule is about: a folder prefix */
  from: string;
  /** true when the import breaks the rule */
  forbids(imp: Import): boolean;
}

const inside = (file: string | null, dir: string) => file !== null && (file === dir || file.startsWith(`${dir}/`));

export const rules: Rule[] = [
  {
    // the core is the domain: no platform, no storage, no package, and no node built-in either
    // (it runs as plain TypeScript anywhere: the ports are how it reaches the world)
    name: 'src/core imports nothing outside src/core, node: included',
    from: 'src/core',
    forbids: (imp) => !inside(imp.file, 'src/core'),
  },
  {
    name: 'src/render imports nothing of src/adapters',
    from: 'src/render',
    forbids: (imp) => inside(imp.file, 'src/adapters'),
  },
  {
    name: 'src/adapters imports nothing of src/db (storage comes through the core ports)',
    from: 'src/adapters',
    forbids: (imp) => inside(imp.file, 'src/db'),
  },
];

/** "file imports spec" for every import of the graph that breaks the rule. */
export function violations(graph: ImportGraph, rule: Rule): string[] {
  return [...graph].flatMap(([file, imports]) =>
    inside(file, rule.from) ? imports.filter((imp) => rule.forbids(imp)).map((imp) => `${file} imports ${imp.spec}`) : [],
  );
}

/** The import cycles of the graph: each strongly connected set of files, sorted (Tarjan). */
export function cycles(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const edges = (v: string) => (graph.get(v) ?? []).flatMap((imp) => (imp.file !== null && graph.has(imp.file) ? [imp.file] : []));
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges(v).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Where `Store` (every port at once) may be named: its definition and the composition root that builds it. */
export const storeHolders = ['src/core/ports/index.ts', 'src/db/store.ts', 'src/db/open.ts'];

/** Does this source text name the `Store` type (imported, referenced or re-exported; comments do not count)? */
export function namesStore(text: string): boolean {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if ((ts.isImportSpecifier(node) || ts.isExportSpecifier(node)) && (node.propertyName ?? node.name).text === 'Store') found = true;
    else if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === 'Store') found = true;
    else if (ts.isImportTypeNode(node) && node.qualifier && ts.isIdentifier(node.qualifier) && node.qualifier.text === 'Store') found = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The files under `dir` other than the holders that name `Store`: they should take the ports they use. */
export function storeUsers(dir = 'src', root = process.cwd()): string[] {
  return tsFiles(resolve(root, dir))
    .map((f) => relative(root, f))
    .filter((f) => !storeHolders.includes(f) && namesStore(readFileSync(resolve(root, f), 'utf8')));
}
