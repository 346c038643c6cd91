import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The seeds folder the built content came from: DOSSIER_SEEDS, else `seeds/`. */
export function seedsDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.DOSSIER_SEEDS ?? 'seeds');
}

/** An article's `seed_sha256`: the SHA-256 of its seed's text, as the normalizer decoded it. One definition for the normalizer and the build. */
export function seedSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The SHA-256 the normalizer gives a seed (`seed_sha256`): of its text, decoded as UTF-8 as
 * `decodeSeed` does (a leading byte order mark dropped) and encoded again. Invalid UTF-8,
 * which no article can have been built from, gives null.
 */
export function textSha256(bytes: Uint8Array): string | null {
  try {
    return seedSha256(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * The raw bytes of the seed an article was built from, read at build time for the page's
 * download link. They must be the bytes the normalizer read (the article's `seed_sha256`, see textSha256):
 * anything else means content/ is stale against the seeds folder, or the wrong folder.
 */
export function readSeedBytes(file: string, sha256: string, dir: string = seedsDir()): Uint8Array {
  const path = join(dir, file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(
      `${path} is missing: an article was built from it. Point DOSSIER_SEEDS at the seeds folder its content came from.`,
    );
  }
  const actual = textSha256(bytes);
  if (actual !== sha256) {
    throw new Error(
      `${path} has SHA-256 ${actual ?? '(not valid UTF-8)'}, not the ${sha256} its article was built from: content/ is stale. Run \`npm run normalize\`, or point DOSSIER_SEEDS at the seeds folder the content came from.`,
    );
  }
  return bytes;
}
