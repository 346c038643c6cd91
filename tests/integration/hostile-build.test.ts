/**
 * The real thing, end to end: a seed full of text that means something to MDX, JSX,
 * JavaScript, Markdown or HTML goes through the CLI and the real Astro build (which compiles
 * MDX with its own compiler, not remark), and every fragment must reach the page as literal,
 * escaped text: no script, no expression run, no import or export swallowed, no Markdown
 * formatting, nothing lost.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepContentModules, ROOT } from '../../scripts/fixture-dossier.ts';
import { runNode } from '../support/processes.ts';

/** Hostile fragments without quote marks: marks legitimately become `<q>` elements. */
const FRAGMENTS = [
  '{process.exit(1)}',
  '{',
  '}',
  '{/* comment */}',
  '<script>alert(1)</script>',
  '<Foo />',
  '</Para>',
  '<Quote id=x>',
  '<>',
  'export const x = 1',
  "import fs from 'fs'",
  '<!--',
  '-->',
  '`',
  '```',
  '#',
  '## Heading',
  '>',
  '-',
  '+',
  '1.',
  '*',
  '_',
  '*emphasis*',
  '__strong__',
  '~~gone~~',
  '[a](b)',
  '![i](j)',
  '[x]: y',
  'https://example.com',
  '<https://example.com>',
  '&amp;',
  '&lt;b&gt;',
  '&#123;',
  '\\',
  '\\{',
  '\\<',
  '|',
  '| a | b |',
  '---',
  '***',
  '$x$',
  'שלום עולם',
  'مرحبا',
  'e\u0301',
  '\u0301',
  '👩‍👩‍👧',
  '🇫🇷',
  '\u202Eevil',
  '\u200F',
] as const;

/** Each fragment at the start of a line and inside it, then alone on its line. */
const PARAGRAPHS = [
  'This page tests that hostile text is shown as text.',
  ...FRAGMENTS.flatMap((f) => [`${f} starts this paragraph, and ${f} sits inside it.`, f]),
];

const TITLE = 'Hostile fragments test';
const SLUG = 'hostile-fragments-test';
const HOSTILE_SEED = '000_800bbab324c9b634.txt';

/** Decodes the character references an HTML serialiser writes, in one pass. */
function decode(html: string): string {
  const named: Record<string, string> = {
    lt: '<',
    gt: '>',
    amp: '&',
    quot: '"',
    apos: "'",
    nbsp: '\u00A0',
  };
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
      );
    return named[ref.toLowerCase()] ?? all;
  });
}

let work: string;
let page: string;
/** The body's paragraphs, by number, as raw HTML (Para.astro anchors each one as #p-<n>). */
let paragraphs: Map<number, string>;
let body: string;
/** Astro rewrites .astro/content-modules.mjs with the fixture's paths; put it back afterwards. */
let restoreModules: () => void;
/** The hostile seed's bytes, as written to the fixture's seeds folder. */
let seedBytes: Buffer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-build-'));
  restoreModules = keepContentModules(work);
  const seeds = join(work, 'seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  // The hostile text takes the place of an existing seed, under its file name, in a copy of
  // seeds/ that the build reads (DOSSIER_SEEDS) for the page's raw-text download.
  seedBytes = Buffer.from(PARAGRAPHS.join('\n\n') + '\n');
  writeFileSync(join(seeds, HOSTILE_SEED), seedBytes);
  const sources = readFileSync(join(seeds, 'sources.yaml'), 'utf8');
  const entry = sources.indexOf(`- file: ${HOSTILE_SEED}\n`);
  const title = sources.indexOf('  title: ', entry);
  expect(entry >= 0 && title > entry).toBe(true);
  writeFileSync(
    join(seeds, 'sources.yaml'),
    `${sources.slice(0, title)}  title: "${TITLE}"${sources.slice(sources.indexOf('\n', title))}`,
  );
  // Its reviewed corrections quote words that are no longer there.
  const annotations = readFileSync(join(seeds, 'annotations.yaml'), 'utf8').split(/\n(?=- )/);
  writeFileSync(
    join(seeds, 'annotations.yaml'),
    annotations.filter((a) => !a.startsWith(`- file: ${HOSTILE_SEED}`)).join('\n'),
  );

  const normalized = await runNode([
    join(ROOT, 'node_modules/.bin/tsx'),
    join(ROOT, 'scripts/normalize.ts'),
    '--seeds',
    seeds,
    '--out',
    join(work, 'content'),
  ]);
  expect(normalized.code, normalized.stderr).toBe(0);
  expect(existsSync(join(work, 'content', 'articles', `${SLUG}.mdx`))).toBe(true);

  const built = await runNode([join(ROOT, 'node_modules/.bin/astro'), 'build'], {
    env: {
      DOSSIER_CONTENT: join(work, 'content'),
      DOSSIER_SEEDS: seeds,
      DOSSIER_OUT: join(work, 'dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 170_000,
  });
  expect(built.code, built.stderr || built.stdout).toBe(0);

  page = readFileSync(join(work, 'dist', 'articles', SLUG, 'index.html'), 'utf8');
  paragraphs = new Map();
  let from = -1;
  let to = -1;
  for (const m of page.matchAll(/<(p|h2|blockquote)\b[^>]*\bid="p-(\d+)"[^>]*>([\s\S]*?)<\/\1>/g)) {
    paragraphs.set(Number(m[2]), m[3]!);
    if (from < 0) from = m.index;
    to = m.index + m[0].length;
  }
  // From the first paragraph to the end of the last: anything between them counts too.
  body = page.slice(from, to);
}, 180_000);

afterAll(() => {
  if (!work) return;
  restoreModules();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile seed text through the CLI and the real Astro build', () => {
  it('every paragraph is on the page, in order, with exactly its text', () => {
    expect([...paragraphs.keys()]).toEqual(PARAGRAPHS.map((_, i) => i + 1));
    PARAGRAPHS.forEach((text, i) => {
      const html = paragraphs.get(i + 1)!;
      expect(decode(html.replace(/<[^>]*>/g, '')), `paragraph ${i + 1}`).toBe(text);
    });
  });

  it('the fragments are escaped, not interpreted', () => {
    for (const literal of [
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '{process.exit(1)}',
      '{/* comment */}',
      'export const x = 1',
      '&lt;Foo /&gt;',
      '&amp;amp;',
      '&lt;!--',
    ]) {
      expect(body).toContain(literal);
    }
    expect(body).toMatch(/import fs from (?:'|&#39;|&#x27;|&apos;)fs/);
    expect(page).not.toMatch(/<script>alert/i);
    expect(body).not.toMatch(/<script|<!--/i);
  });

  it('the body holds only the paragraph elements the components render: no Markdown or HTML came out of the text', () => {
    const tags = new Set(
      [...body.matchAll(/<\/?([a-zA-Z][\w.-]*)/g)].map((m) => m[1]!.toLowerCase()),
    );
    // The paragraph's own elements, and the numbered wrapper around it: a div and the number's link.
    expect(
      [...tags].filter((t) => !['p', 'h2', 'blockquote', 'q', 'span', 'div', 'a'].includes(t)),
    ).toEqual([]);
  });

  it('the raw-text download is a data: URL of exactly the seed file, under its name', () => {
    const link = /<a href="data:text\/plain;charset=utf-8,([^"]*)" download="([^"]*)">/u.exec(page);
    expect(link?.[2]).toBe(HOSTILE_SEED);
    expect(Buffer.compare(Buffer.from(decodeURIComponent(link![1]!)), seedBytes)).toBe(0);
  });
});
