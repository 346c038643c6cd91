import { describe, expect, it } from 'vitest';
import { absoluteUrl, pathWithBase } from '../../src/lib/base.ts';
import { urls } from '../../src/lib/urls.ts';

describe('pathWithBase', () => {
  describe.each([
    ['/', ''],
    ['/dossier', '/dossier'],
    ['/dossier/', '/dossier'],
  ])('under the base %s', (base, prefix) => {
    it.each([
      ['/', '/'],
      ['', '/'],
      ['/articles/', '/articles/'],
      ['articles/', '/articles/'],
      ['/timeline/actor/bennett/', '/timeline/actor/bennett/'],
      ['timeline/outlet/rfi/', '/timeline/outlet/rfi/'],
      ['//data/claims.csv', '/data/claims.csv'],
      ['rss.xml', '/rss.xml'],
    ])('joins %s as %s after the base, with one slash between', (path, joined) => {
      expect(pathWithBase(path, base)).toBe(`${prefix}${joined}`);
    });
  });

  it('keeps an anchor', () => {
    expect(pathWithBase('/who-said-what/#g-b1aba6793a', '/dossier/')).toBe(
      '/dossier/who-said-what/#g-b1aba6793a',
    );
  });

  it('is used by every url of the site', () => {
    expect(urls.timelineByActor('bennett', '/dossier')).toBe('/dossier/timeline/actor/bennett/');
    expect(urls.paragraph('macron-faces', 7, '/dossier/')).toBe(
      '/dossier/articles/macron-faces/#p-7',
    );
    expect(urls.group('g-1', '/')).toBe('/who-said-what/#g-1');
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['/rss.xml', 'https://example.org', '/', 'https://example.org/rss.xml'],
    ['/rss.xml', 'https://example.org/', '/dossier/', 'https://example.org/dossier/rss.xml'],
    ['articles/x/', 'https://example.org', '/dossier', 'https://example.org/dossier/articles/x/'],
    [
      '/seeds/001.txt',
      new URL('http://127.0.0.1:4321'),
      '/dossier/',
      'http://127.0.0.1:4321/dossier/seeds/001.txt',
    ],
  ])('makes %s absolute on %s under the base %s', (path, site, base, url) => {
    expect(absoluteUrl(path, site, base)).toBe(url);
  });

  it.each([
    ['/', '/rss.xml'],
    ['/dossier/', '/dossier/rss.xml'],
  ])('gives the site path under %s when the site is unknown', (base, path) => {
    expect(absoluteUrl('/rss.xml', undefined, base)).toBe(path);
  });

  it('escapes characters a URL cannot hold', () => {
    expect(absoluteUrl('/seeds/a b.txt', 'https://example.org', '/')).toBe(
      'https://example.org/seeds/a%20b.txt',
    );
  });
});
