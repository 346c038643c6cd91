import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  splitStoreModule,
  STORE_MODULE_ID,
  storeModule as integration,
} from '../../integrations/store-module.mjs';

/** The store module's code as Astro writes it, for a store serialized as `text`. */
const storeModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

/** What a module of that shape exports, evaluated as its code says. */
function exported(code: string): unknown {
  return runInThisContext(code.replace(/^export default /u, '')) as unknown;
}

describe('the data store module cut into string literals', () => {
  it.each([
    ['an empty store', '[]', 4],
    ['one piece', '[{"id":"a"},1]', 64],
    ['quotes and backslashes across cuts', '["say \\"no\\"","C:\\\\x","\\u2028"]', 3],
    ['a line separator as such', '["a\u2028b\u2029c"]', 2],
    ['accents and a surrogate pair cut in half', '["Élysée","👍","Зеленский"]', 1],
  ])('%s exports the same value', (_, text, piece) => {
    const split = splitStoreModule(storeModule(text), piece);
    expect(split).not.toBeNull();
    expect(exported(split!)).toEqual(JSON.parse(text));
  });

  it('writes literals of at most the piece size, in order', () => {
    const text = JSON.stringify(['a'.repeat(10), 'b'.repeat(10)]);
    const split = splitStoreModule(storeModule(text), 8)!;
    const literals = JSON.parse(
      split.slice('export default JSON.parse('.length, -".join(''))".length),
    ) as string[];
    expect(literals.every((l) => l.length <= 8)).toBe(true);
    expect(literals.length).toBe(Math.ceil(text.length / 8));
    expect(literals.join('')).toBe(text);
  });

  it.each([
    ['the empty store Astro writes before the first sync', 'export default new Map()'],
    ['another call', 'export default JSON.stringify("[]")'],
    ['a literal that is not a string', 'export default JSON.parse(42)'],
    ['a broken literal', 'export default JSON.parse("[1,)'],
    ['code after the call', 'export default JSON.parse("[]");\nexport const x = 1'],
  ])('leaves %s as it is', (_, code) => {
    expect(splitStoreModule(code, 4)).toBeNull();
  });

  it('keeps every store’s value, whatever the cut', () => {
    fc.assert(
      fc.property(
        fc.json({ stringUnit: 'binary' }),
        fc.integer({ min: 1, max: 16 }),
        (text, piece) => {
          expect(exported(splitStoreModule(storeModule(text), piece)!)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is what the integration’s Vite plugin does to the store module, and to no other', () => {
    let config: unknown;
    const setup = integration().hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ updateConfig: (c: unknown) => (config = c) });
    const [plugin] = (config as { vite: { plugins: unknown[] } }).vite.plugins as Array<{
      transform: {
        filter: { id: RegExp };
        handler: (
          this: { warn: (m: string) => void },
          code: string,
          id: string,
        ) => { code: string } | null;
      };
    }>;
    const { filter, handler } = plugin!.transform;
    const warnings: string[] = [];
    const context = { warn: (m: string) => void warnings.push(m) };
    const code = storeModule('[{"id":"a"}]');
    expect(filter.id.test(STORE_MODULE_ID)).toBe(true);
    expect(filter.id.test('\0astro:content')).toBe(false);
    expect(handler.call(context, code, STORE_MODULE_ID)?.code).toBe(splitStoreModule(code));
    expect(handler.call(context, code, '/src/pages/index.astro')).toBeNull();
    expect(handler.call(context, 'export default new Map()', STORE_MODULE_ID)).toBeNull();
    expect(warnings).toEqual([]);
    // A shape it does not know (a later Astro's) is left as it is, and said.
    expect(handler.call(context, 'export default {"a":1}', STORE_MODULE_ID)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/left uncut/u);
  });
});
