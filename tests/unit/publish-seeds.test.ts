import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSeeds } from '../../src/publish-seeds.mjs';

let work: string;
let seeds: string;
let out: string;

function site(articles: Array<{ slug: string; seed: string }>): void {
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'data', 'articles.json'), JSON.stringify(articles));
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'publish-seeds-'));
  seeds = join(work, 'seeds');
  out = join(work, 'dist');
  mkdirSync(seeds);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('publishSeeds', () => {
  it('copies the seed of every article byte for byte, and nothing else of the seeds folder', () => {
    const raw = Buffer.from('Line one\r\nNUL \u0000 and a lone byte \xff\n', 'latin1');
    writeFileSync(join(seeds, 'a.txt'), raw);
    writeFileSync(join(seeds, 'b.txt'), 'Второй текст 🇺🇦\n');
    writeFileSync(join(seeds, 'unused.txt'), 'not an article');
    writeFileSync(join(seeds, 'sources.yaml'), '- file: a.txt\n');
    site([{ slug: 'a', seed: 'a.txt' }, { slug: 'b', seed: 'b.txt' }]);
    expect(publishSeeds(seeds, out)).toBe(2);
    expect(readdirSync(join(out, 'seeds')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(Buffer.compare(readFileSync(join(out, 'seeds', 'a.txt')), raw)).toBe(0);
    expect(readFileSync(join(out, 'seeds', 'b.txt'), 'utf8')).toBe('Второй текст 🇺🇦\n');
  });

  it('fails, naming the file and the article, when an article’s seed is missing', () => {
    site([{ slug: 'lost', seed: 'gone.txt' }]);
    expect(() => publishSeeds(seeds, out)).toThrow(/gone\.txt is missing: the article "lost"/u);
  });
});
