import { describe, expect, it } from 'vitest';
import { isHeadInjectDirective } from '../../integrations/quiet-build.mjs';

describe('the warnings a build keeps quiet', () => {
  it('drops only the directive Astro writes into every MDX entry', () => {
    const message = (directive: string) =>
      `The semantics of the module level directive "${directive}" in "content/articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`;
    expect(
      isHeadInjectDirective({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: message('use astro:head-inject'),
      }),
    ).toBe(true);
    expect(
      isHeadInjectDirective({ code: 'MODULE_LEVEL_DIRECTIVE', message: message('use client') }),
    ).toBe(false);
    expect(isHeadInjectDirective({ code: 'EVAL', message: message('use astro:head-inject') })).toBe(
      false,
    );
  });
});
