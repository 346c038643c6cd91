/**
 * The project's own import graph: dependencies run one way. No import cycle among the files of
 * src/, scripts/ and integrations/, and none of them imports a test file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/u;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
  });
}

/** The code of a file that holds imports: an .astro file's front matter and its scripts. */
function code(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The project file a relative specifier names, as Vite and TypeScript resolve it. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/u, ''));
  const candidates = [
    base,
    base.replace(/\.js$/u, '.ts'),
    ...['.ts', '.mts', '.mjs', '.js', '.astro'].map((ext) => base + ext),
    ...['index.ts', 'index.mjs'].map((file) => join(base, file)),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => [
      file,
      ts
        .preProcessFile(code(file), true, true)
        .importedFiles.map((f) => resolveSpecifier(file, f.fileName))
        .filter((path): path is string => path !== undefined),
    ]),
  );
}

/** Strongly connected components of more than one file, or of a file importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const files = ['src', 'scripts', 'integrations'].flatMap((dir) => filesUnder(join(ROOT, dir)));
const graph = importGraph(files);
const name = (path: string) => relative(ROOT, path);

describe('cycles', () => {
  it.each<[string, Record<string, string[]>, string[][]]>([
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['two files importing each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a loop through three', { a: ['b'], b: ['c'], c: ['a'], d: ['a'] }, [['a', 'b', 'c']]],
    ['a file importing itself', { a: ['a'] }, [['a']]],
  ])('%s', (_name, edges, expected) => {
    expect(cycles(new Map(Object.entries(edges)))).toEqual(expected);
  });
});

describe("the project's imports", () => {
  it('read every source file, and find the imports between them', () => {
    expect(files.length).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((sum, to) => sum + to.length, 0);
    expect(edges).toBeGreaterThan(files.length);
  });

  it('have no cycle', () => {
    expect(cycles(graph).map((component) => component.map(name))).toEqual([]);
  });

  it('never reach into tests/', () => {
    const intoTests = [...graph].flatMap(([from, to]) =>
      to
        .filter((path) => name(path).startsWith('tests/'))
        .map((path) => `${name(from)} -> ${name(path)}`),
    );
    expect(intoTests).toEqual([]);
  });
});
