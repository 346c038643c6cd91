/**
 * The hostile dossier (tests/fixtures/hostile/), shared by the script that builds it
 * (hostile-site.ts) and the spec that reads it in the browser (hostile.spec.ts): where it
 * lives and is built, how its 1 MB article is made, and what each paragraph must read.
 */
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'tests/fixtures/hostile');
/** The build output the `hostile` project serves, beside dist/ and dist-base/. */
export const OUT = 'dist-hostile';

export const HUGE_FILE = 'huge.txt';
export const HUGE_FIRST =
  'This article is the hostile text repeated past one mebibyte, to test a very large page.';
export const HUGE_LAST =
  'The last paragraph of the 1 MB article, after more than a mebibyte of hostile text.';
const MEBIBYTE = 1024 * 1024;

/**
 * The 1 MB article, made at build time rather than committed: an opening sentence (a first
 * paragraph without a full stop would be taken for the headline), every paragraph of
 * hostile.txt but its introduction, repeated until the text passes 1 MiB, and a last paragraph.
 */
export function hugeArticle(hostile: string): string {
  const body = hostile.trimEnd().split(/\n\n/u).slice(1).join('\n\n');
  const copies = Math.ceil(MEBIBYTE / Buffer.byteLength(body));
  return `${HUGE_FIRST}\n\n${Array.from({ length: copies }, () => body).join('\n\n')}\n\n${HUGE_LAST}\n`;
}

/**
 * What a reader must see of each paragraph of a seed text: paragraphs at blank lines, the
 * lines of one paragraph joined by a space, spacing normalised (no-break and typographic
 * spaces and tabs become one plain space; the ends are trimmed). Nothing else changes.
 */
export function readingParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/u)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/gu, ' ')
        .replace(/ {2,}/gu, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
}
