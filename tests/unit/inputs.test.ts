import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../scripts/normalize/errors.ts';
import {
  lineOfField,
  parseYamlList,
  parseYamlListKnown,
  splitYamlList,
  type Located,
} from '../../scripts/normalize/inputs.ts';
import type { z } from 'astro/zod';
import { OutletSchema, SourceEntrySchema } from '../../src/schemas/index.ts';

const YAML = [
  '# outlets',
  '- id: ap',
  '  name: Associated Press',
  '  kind: news-agency',
  '  country: US',
  '  language: en',
  '',
  '- name: RFI',
  '  id: rfi',
  '  kind: broadcaster',
  '  country: FR',
  '  language: fr',
  '',
].join('\n');

describe('parseYamlList', () => {
  const items = parseYamlList('outlets.yaml', YAML, OutletSchema);

  it.each([
    ['ap', 2, { id: 2, name: 3, kind: 4, country: 5, language: 6 }],
    ['rfi', 8, { name: 8, id: 9, kind: 10, country: 11, language: 12 }],
  ])('locates %s at line %i and each of its fields on its own line', (id, line, fields) => {
    const item = items.find((i) => i.value.id === id)!;
    expect(item.line).toBe(line);
    expect(item.fields).toEqual(fields);
  });

  it('names the line of the faulty field, not of the item', () => {
    const broken = YAML.replace('  country: FR', '  country: [FR]');
    expect(() => parseYamlList('outlets.yaml', broken, OutletSchema)).toThrow(InputError);
    expect(() => parseYamlList('outlets.yaml', broken, OutletSchema)).toThrow(
      /outlets\.yaml:11 \(country\)/u,
    );
  });
});

describe('lineOfField', () => {
  it.each([
    ['a located field', { line: 6, fields: { id: 7 } }, 'id', 7],
    ['a field the item does not have', { line: 6, fields: { id: 7 } }, 'title', 6],
    ['an item located by its first line only', { line: 12 }, 'quote', 12],
  ])('gives the line of %s', (_, item, field, line) => {
    expect(lineOfField(item, field)).toBe(line);
  });
});

describe('parseYamlListKnown', () => {
  const hash = (text: string) => createHash('sha256').update(text).digest('hex');
  const SOURCES = readFileSync(resolve(import.meta.dirname, '../../seeds/sources.yaml'), 'utf8');
  const SOURCES_PLUS = `${SOURCES.trimEnd()}\n- file: extra.txt\n  outlet: ap\n  published: 2022-03-10\n  published_confidence: high\n  published_evidence: >-\n    Printed on\n    the page.\n  language: en\n  notes:\n    - "a quote: \\"spanning\n      two lines\\""\n`;
  /** Reads `text` with nothing known, then again with what the first reading kept, and counts the entries the second reading parsed. */
  const twice = <S extends z.ZodType>(text: string, before: string, schema: S) => {
    const first = parseYamlListKnown('sources.yaml', before, schema, new Map(), hash);
    // Through JSON, as the disk keeps it.
    const known = new Map(
      JSON.parse(JSON.stringify([...first.entries])) as Array<[string, Located<z.infer<S>>]>,
    );
    let hashed = 0;
    const second = parseYamlListKnown('sources.yaml', text, schema, known, (t) => {
      hashed++;
      return hash(t);
    });
    const parsed = [...second.entries.keys()].filter((k) => !known.has(k)).length;
    return { first, second, parsed, hashed };
  };

  it.each([
    ['the real sources.yaml', SOURCES, SOURCES, SourceEntrySchema],
    [
      'the real sources.yaml with an entry added (folded and multi-line quoted scalars)',
      SOURCES_PLUS,
      SOURCES,
      SourceEntrySchema,
    ],
    ['the outlets with comments and blank lines', YAML, YAML, OutletSchema],
    [
      'the outlets with an entry moved down by a line',
      YAML.replace('- name: RFI', '\n- name: RFI'),
      YAML,
      OutletSchema,
    ],
  ] as const)(
    'gives what parseYamlList gives, lines included, for %s',
    (_, text, before, schema: z.ZodType) => {
      const { first, second } = twice(text, before, schema);
      expect(first.entries.size).toBeGreaterThan(0);
      expect(JSON.stringify(second.items)).toBe(
        JSON.stringify(parseYamlList('sources.yaml', text, schema)),
      );
    },
  );

  it('parses only the entries it does not know: one after an entry was added', () => {
    const { second, parsed, hashed } = twice(SOURCES_PLUS, SOURCES, SourceEntrySchema);
    expect(parsed).toBe(1);
    expect(hashed).toBe(second.items.length);
    expect(second.items.at(-1)!.value.file).toBe('extra.txt');
  });

  it.each([
    ['a document marker', `---\n${SOURCES}`],
    ['a directive', `%YAML 1.2\n---\n${SOURCES}`],
    ['a flow list', '[{file: a.txt}]\n'],
    ['content at column 0 that is not an entry', `${SOURCES}oops: 1\n`],
  ])('splits nothing when the file holds %s', (_, text) => {
    expect(splitYamlList(text)).toBeNull();
  });

  it.each([
    ['an unclosed quote', SOURCES.replace(/ {2}outlet: (\w+)\n/u, '  outlet: "$1\n')],
    [
      'an alias to an anchor in another entry',
      SOURCES.replace(/ {2}language: en\n/u, '  language: &lang en\n').replace(
        /(- file: [^\n]+\n(?: {2}[^\n]*\n)*?) {2}language: en\n/u,
        '$1  language: *lang\n',
      ),
    ],
    ['an invalid entry', SOURCES.replace(/ {2}published: [^\n]+\n/u, '  published: 2022-02-30\n')],
    ['a misspelt field', SOURCES.replace(/ {2}language: /u, '  langage: ')],
  ])(
    'falls back to the whole file for %s: same result or same error as parseYamlList',
    (_, text) => {
      expect(text).not.toBe(SOURCES);
      const known = new Map(twice(SOURCES, SOURCES, SourceEntrySchema).first.entries);
      let expected: unknown;
      try {
        expected = JSON.stringify(parseYamlList('sources.yaml', text, SourceEntrySchema));
      } catch (error) {
        expected = error;
      }
      if (expected instanceof Error) {
        expect(() =>
          parseYamlListKnown('sources.yaml', text, SourceEntrySchema, known, hash),
        ).toThrow(expected.message);
      } else {
        expect(
          JSON.stringify(
            parseYamlListKnown('sources.yaml', text, SourceEntrySchema, known, hash).items,
          ),
        ).toBe(expected);
      }
    },
  );
});
