/**
 * What `astro:content` resolves to under Vitest (the alias in vitest.config.ts): outside a
 * build there are no collections, so a test that loads code importing `astro:content` mocks
 * it, the way Starlight's tests do:
 *
 *   vi.doMock('astro:content', () => mockedAstroContent({ articles, actors, outlets }));
 *
 * (see tests/support/mock-astro-content.ts). Reaching this module means a test forgot to.
 */
export function getCollection(name: string): never {
  throw new Error(
    `getCollection('${name}') from astro:content is not available in Vitest: mock it with mockedAstroContent() from tests/support/mock-astro-content.ts`,
  );
}
