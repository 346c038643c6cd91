/**
 * `writeFolder` leaves exactly the files it is given, byte for byte, whatever the folder held
 * before: a file with the same bytes is linked from the old folder, any other is written, and
 * no temporary sibling is left behind.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolder } from '../../scripts/write-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'write-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NEW = new Map([
  ['README.md', '# content/\n'],
  ['articles/a.mdx', '---\ntitle: A\n---\nBody of A, “quoted”.\n'],
  ['article-data/a.json', '{\n  "id": "a"\n}\n'],
]);

function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => [
        join(e.parentPath, e.name).slice(dir.length + 1),
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ]),
  );
}

const cases: ReadonlyArray<{
  name: string;
  before: ((dir: string) => void) | null;
  written: number;
  linked: number;
}> = [
  { name: 'no folder yet', before: null, written: 3, linked: 0 },
  { name: 'the same files', before: (dir) => put(dir, NEW), written: 0, linked: 3 },
  // Same size, other bytes, and a newer time than nothing: only the bytes tell it changed.
  {
    name: 'a file changed in place, same size',
    before: (dir) =>
      put(
        dir,
        new Map([...NEW, ['articles/a.mdx', NEW.get('articles/a.mdx')!.replace('A,', 'B,')]]),
      ),
    written: 1,
    linked: 2,
  },
  {
    name: 'a file edited by hand to a longer text',
    before: (dir) => put(dir, new Map([...NEW, ['README.md', '# content/\nmine\n']])),
    written: 1,
    linked: 2,
  },
  {
    name: 'files that should not be there',
    before: (dir) =>
      put(dir, new Map([...NEW, ['articles/old.mdx', 'gone'], ['stray/x.txt', 'x']])),
    written: 0,
    linked: 3,
  },
  {
    name: 'a file missing',
    before: (dir) => put(dir, new Map([...NEW].slice(1))),
    written: 1,
    linked: 2,
  },
  {
    name: 'a symbolic link to a file with the same bytes',
    before: (dir) => {
      put(dir, new Map([...NEW].filter(([p]) => p !== 'README.md')));
      writeFileSync(join(work, 'elsewhere.md'), NEW.get('README.md')!);
      symlinkSync(join(work, 'elsewhere.md'), join(dir, 'README.md'));
    },
    written: 1,
    linked: 2,
  },
  {
    name: 'a folder where a file goes',
    before: (dir) =>
      put(
        dir,
        new Map([...NEW].filter(([p]) => p !== 'README.md').concat([['README.md/inner', 'x']])),
      ),
    written: 1,
    linked: 2,
  },
];

function put(dir: string, content: ReadonlyMap<string, string>): void {
  for (const [path, text] of content) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe.each(cases)('writeFolder over $name', ({ name, before, written, linked }) => {
  const dir = join(work, name.replace(/\W+/gu, '-'));
  before?.(dir);
  const oldInodes = new Map(
    [...NEW.keys()]
      .filter((p) => existsSync(join(dir, p)))
      .map((p) => [p, statSync(join(dir, p)).ino]),
  );
  const report = writeFolder(dir, NEW, 'test');

  it('leaves exactly the given files, byte for byte, all regular files', () => {
    expect(files(dir)).toEqual(NEW);
    for (const path of NEW.keys()) expect(lstatSync(join(dir, path)).isFile()).toBe(true);
  });

  it(`wrote ${written} and linked ${linked}, and linked only files with the same bytes`, () => {
    expect(report).toEqual({ written, linked });
    const kept = [...NEW.keys()].filter((p) => oldInodes.get(p) === statSync(join(dir, p)).ino);
    expect(kept).toHaveLength(linked);
  });

  it('leaves no temporary sibling', () => {
    expect(readdirSync(work).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  });
});
