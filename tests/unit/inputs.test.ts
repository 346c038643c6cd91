import { describe, expect, it } from 'vitest';
import { InputError } from '../../scripts/normalize/errors.ts';
import { lineOfField, parseYamlList } from '../../scripts/normalize/inputs.ts';
import { OutletSchema } from '../../src/schemas/index.ts';

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
    expect(() => parseYamlList('outlets.yaml', broken, OutletSchema)).toThrow(/outlets\.yaml:11 \(country\)/u);
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
