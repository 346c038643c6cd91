import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW, resolveSiteUrl } from '../../integrations/site-url.mjs';

describe('the site’s absolute address', () => {
  it.each([
    [
      'SITE_URL when set',
      { SITE_URL: 'https://dossier.example', URL: 'https://x.netlify.app' },
      'https://dossier.example',
      'SITE_URL',
    ],
    [
      'SITE_URL with a path, trimmed',
      { SITE_URL: ' https://example.org/dossier/ ' },
      'https://example.org/dossier/',
      'SITE_URL',
    ],
    [
      'Netlify’s URL when SITE_URL is not set',
      { URL: 'https://dossier.netlify.app' },
      'https://dossier.netlify.app',
      'URL',
    ],
    [
      'Cloudflare Pages’ CF_PAGES_URL after Netlify’s',
      { CF_PAGES_URL: 'https://abc.dossier.pages.dev' },
      'https://abc.dossier.pages.dev',
      'CF_PAGES_URL',
    ],
    [
      'an empty SITE_URL as unset',
      { SITE_URL: '', CF_PAGES_URL: 'https://abc.dossier.pages.dev' },
      'https://abc.dossier.pages.dev',
      'CF_PAGES_URL',
    ],
    ['not a URL variable that is no address', { URL: 'not-a-url' }, LOCAL_PREVIEW, null],
    ['the local preview when nothing is set', {}, LOCAL_PREVIEW, null],
  ] as const)('takes %s', (_, env, url, from) => {
    const resolved = resolveSiteUrl(env);
    expect(resolved.url).toBe(url);
    expect(resolved.from).toBe(from);
    expect(resolved.note === null).toBe(from !== null);
  });

  it('says what falling back to the local preview means, and how to fix it', () => {
    const { note } = resolveSiteUrl({});
    expect(note).toContain('SITE_URL is not set');
    expect(note).toContain(LOCAL_PREVIEW);
    expect(note).toContain('Set SITE_URL=');
  });

  it.each(['example.org', 'ftp://example.org', '/dossier/'])(
    'refuses a SITE_URL that is not an absolute http(s) address: %s',
    (value) => {
      expect(() => resolveSiteUrl({ SITE_URL: value })).toThrow(
        /SITE_URL must be an absolute http\(s\) address/u,
      );
    },
  );
});
