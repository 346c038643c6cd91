/**
 * Replaces a folder's files all at once: everything is written into a sibling folder, which
 * is then swapped with the old one, so a reader (or a failed run) never sees half of a new
 * content/. A file whose bytes are already those of the old folder's file at the same path
 * is hard-linked from it rather than written again: after one article is added to a dossier
 * of 1,000, 4 of its 2,005 files are new, and linking the rest costs a fraction of writing
 * them. Bytes are compared, not times, so a file edited by hand is replaced; only regular
 * files are linked (a symbolic link is written over with a file), and where the file system
 * refuses a link the file is written.
 */
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface WriteReport {
  /** Files written because they are new or differ from the old folder's. */
  written: number;
  /** Files linked from the old folder, unchanged. */
  linked: number;
}

/** Are the bytes of the regular file at `path` exactly `bytes`? False when it is absent or not a regular file. */
function sameFile(path: string, bytes: Buffer): boolean {
  try {
    const stat = lstatSync(path);
    return stat.isFile() && stat.size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/** Makes `dir` hold exactly `files` (path relative to it → text), swapped in whole. */
export function writeFolder(
  dir: string,
  files: ReadonlyMap<string, string>,
  suffix = String(process.pid),
): WriteReport {
  const tmp = `${dir}.tmp-${suffix}`;
  const old = `${dir}.old-${suffix}`;
  rmSync(tmp, { recursive: true, force: true });
  const current = existsSync(dir);
  const made = new Set<string>();
  const report: WriteReport = { written: 0, linked: 0 };
  for (const [path, text] of files) {
    const target = join(tmp, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const bytes = Buffer.from(text, 'utf8');
    if (current && sameFile(join(dir, path), bytes)) {
      try {
        linkSync(join(dir, path), target);
        report.linked++;
        continue;
      } catch {
        // No hard links here (or the file went away): write it.
      }
    }
    writeFileSync(target, bytes);
    report.written++;
  }
  if (current) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
  return report;
}
