import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSeed } from '../../scripts/normalize/inputs';
import { readSeedBytes, seedsDir, textSha256 } from '../../src/lib/seed-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seed-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the normalizer records as seed_sha256 (scripts/normalize/normalize-article.ts). */
const normalizerSha = (bytes: Uint8Array) =>
  createHash('sha256').update(decodeSeed('x.txt', bytes)).digest('hex');

describe('textSha256', () => {
  describe.each([
    ['plain text', Buffer.from('Hello\n')],
    ['CRLF line ends', Buffer.from('One\r\nTwo\r\n')],
    ['a byte order mark', Buffer.from('\uFEFFBonjour\n')],
    [
      'accents, emoji and a control character',
      Buffer.from('é 🇺🇦 and one bell \u0007 in a longer line of text\n'),
    ],
  ])('of %s', (_, bytes) => {
    it('is the SHA-256 the normalizer records', () =>
      expect(textSha256(bytes)).toBe(normalizerSha(bytes)));
  });

  it('is null for bytes that are not UTF-8', () =>
    expect(textSha256(Uint8Array.from([0x41, 0xff]))).toBeNull());
});

describe('readSeedBytes', () => {
  it('returns the file exactly as it is on disk, byte order mark and CRLF included', () => {
    const raw = Buffer.from('\uFEFFLine one\r\nLine two\n');
    writeFileSync(join(dir, 'a.txt'), raw);
    expect(Buffer.compare(Buffer.from(readSeedBytes('a.txt', normalizerSha(raw), dir)), raw)).toBe(
      0,
    );
  });

  it('fails, naming the file, when its text is not the one the article was built from', () => {
    writeFileSync(join(dir, 'a.txt'), 'edited since\n');
    expect(() => readSeedBytes('a.txt', normalizerSha(Buffer.from('original\n')), dir)).toThrow(
      /a\.txt has SHA-256 [0-9a-f]{64}, not the [0-9a-f]{64} .*content\/ is stale/u,
    );
  });

  it('fails, naming the file, when it is missing', () => {
    expect(() => readSeedBytes('gone.txt', '0'.repeat(64), dir)).toThrow(
      /gone\.txt is missing.*DOSSIER_SEEDS/u,
    );
  });
});

describe('seedsDir', () => {
  it('is DOSSIER_SEEDS when set, else seeds/', () => {
    expect(seedsDir({ DOSSIER_SEEDS: dir })).toBe(dir);
    expect(seedsDir({})).toBe(resolve('seeds'));
  });
});
