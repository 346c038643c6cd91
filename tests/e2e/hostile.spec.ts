/**
 * The hostile dossier end to end, in the real Chromium (project `hostile`, served from
 * dist-hostile/, built by hostile-site.ts from tests/fixtures/hostile/): text that means
 * something to MDX, JSX, JavaScript, HTML or Markdown, right-to-left scripts, combining marks,
 * emoji, control characters and a 1 MB article. Every character must reach the reader as
 * literal text, nothing may run (at build time or in the browser), and what a page cannot
 * carry must be replaced visibly and listed as a repair.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SITE_TITLE } from '../../src/consts';
import { expect, sitePath, test } from './fixtures';
import { FIXTURE, HUGE_LAST, hugeArticle, readingParagraphs } from './hostile-fixture';
import { dataUrlBytes, download, seedLink } from './seed-download';

const hostileText = readFileSync(join(FIXTURE, 'hostile.txt'), 'utf8');
const HOSTILE = readingParagraphs(hostileText);
const HOSTILE_TITLE = 'Hostile text <script>alert(1)</script> {process.exit(1)} & <Foo /> שלום 👩‍👩‍👧';
const PAGES = {
  hostile: 'articles/hostile-text/',
  controls: 'articles/control-characters/',
  huge: 'articles/huge-article/',
};

/** The controls article as readers must see it: each character a page cannot carry replaced by its visible symbol. */
const CONTROLS = [
  'This article carries characters that a web page cannot show: each one is replaced by a visible symbol, and every replacement is listed in the provenance section as a repair.',
  'A NUL␀ here, a bell␇ there, an escape␛[31m sequence, a backspace␈, a vertical tab␋ and a form feed␌ in one sentence.',
  'The delete character␡, the C1 controls PAD\uFFFD, NEL\uFFFD and APC\uFFFD, and the noncharacters \uFFFD and \uFFFD, all in one sentence.',
  'A tab is spacing: it becomes a plain space and is not recorded, like a no-break space.',
  'The last paragraph of the controls article.',
];
/** Each replacement, in the order the repairs table lists it: line, rule, the character's code point label, its symbol. */
const REPLACED = [
  ['3', 'control-character', '<control-0000>', '␀'],
  ['3', 'control-character', '<control-0007>', '␇'],
  ['3', 'control-character', '<control-001B>', '␛'],
  ['3', 'control-character', '<control-0008>', '␈'],
  ['3', 'control-character', '<control-000B>', '␋'],
  ['3', 'control-character', '<control-000C>', '␌'],
  ['5', 'control-character', '<control-007F>', '␡'],
  ['5', 'control-character', '<control-0080>', '\uFFFD'],
  ['5', 'control-character', '<control-0085>', '\uFFFD'],
  ['5', 'control-character', '<control-009F>', '\uFFFD'],
  ['5', 'noncharacter', '<noncharacter-FDD0>', '\uFFFD'],
  ['5', 'noncharacter', '<noncharacter-FFFF>', '\uFFFD'],
] as const;
/** What HTML cannot carry: controls other than tab and line breaks, and noncharacters. */
const UNCARRIABLE = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/u;

/**
 * Each body paragraph's text as the reader sees it: quotations with their marks again (the
 * fixtures use straight ones only), the speaker tags after them left out.
 */
function bodyParagraphs(page: Page): Promise<string[]> {
  return page.locator('.article-body').evaluate((body) =>
    [...body.querySelectorAll('[id^="p-"]')].map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('sup.speaker-tag').forEach((tag) => tag.remove());
      copy.querySelectorAll('q').forEach((q) => q.replaceWith(`"${q.textContent}"`));
      return copy.textContent ?? '';
    }),
  );
}

type Watched = Window & { __pwned?: unknown; violations: string[] };

/** Records dialogs and CSP violations from the first script on; the page watch adds console errors and foreign requests. */
async function watchForExecution(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as Watched).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as Watched).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return dialogs;
}

test.describe('hostile text reaches the reader as text', () => {
  test('every paragraph of the hostile article is on the page, in order, exactly as written', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, PAGES.hostile));
    expect(HOSTILE.length).toBeGreaterThan(50);
    expect(await bodyParagraphs(page)).toEqual(HOSTILE);
  });

  test('nothing in it runs: no script, dialog, CSP violation, marker, redirect or foreign element', async ({
    page,
    baseURL,
  }) => {
    const dialogs = await watchForExecution(page);
    for (const path of [
      '',
      'articles/',
      PAGES.hostile,
      PAGES.controls,
      'outlets/ap/',
      'who-said-what/',
    ]) {
      const url = sitePath(baseURL, path);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).pathname, `${path}: no redirect`).toBe(url);
      expect(await page.evaluate(() => '__pwned' in window), `${path}: window.__pwned`).toBe(false);
      expect(await page.title(), path).not.toMatch(/pwned/);
      // Reader pages carry no script at all: only JSON-LD data, which must parse.
      expect(
        await page.locator('script:not([type="application/ld+json"])').count(),
        `${path}: scripts`,
      ).toBe(0);
      for (const data of await page.locator('script[type="application/ld+json"]').allTextContents())
        expect((): unknown => JSON.parse(data)).not.toThrow();
      expect(
        await page
          .locator(
            'style, base, meta[http-equiv="refresh"], iframe, object, embed, main img, main svg, main video',
          )
          .count(),
        `${path}: foreign elements`,
      ).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as Watched).violations),
        `${path}: CSP violations`,
      ).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  test('the body holds only the elements the components render', async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, PAGES.hostile));
    const tags = await page
      .locator('.article-body *')
      .evaluateAll((elements) => [...new Set(elements.map((e) => e.localName))].sort());
    // The text's elements, and the apparatus around them: each paragraph's number and its “Cite” disclosure.
    expect(
      tags.filter(
        (t) =>
          ![
            'blockquote',
            'h2',
            'p',
            'q',
            'span',
            'sup',
            'a',
            'div',
            'details',
            'summary',
            'ul',
            'li',
          ].includes(t),
      ),
    ).toEqual([]);
    await expect(page.locator('.article-body a:not(.pn, details.cite a)')).toHaveCount(
      await page.locator('.article-body sup.speaker-tag a').count(),
    );
  });

  test('the build ran none of it: {process.exit(1)} did not stop it, import and export are text', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, PAGES.hostile));
    const paragraphs = await bodyParagraphs(page);
    for (const code of [
      '{process.exit(1)}',
      'export const x = 1',
      'import fs from "fs"',
      "import fs from 'fs'; export default function Page() { return null }",
    ]) {
      expect(paragraphs, code).toContain(code);
    }
    // The hostile metadata, too: title, author, note and evidence are text.
    await expect(page).toHaveTitle(`${HOSTILE_TITLE} · ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_TITLE);
    // In JSON-LD, "</script>" must not close the element: the data parses and holds the title whole.
    expect(
      JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!),
    ).toMatchObject({ headline: HOSTILE_TITLE, author: { name: '<b>Not bold</b> & {author}' } });
    await expect(page.getByText('<b>Not bold</b> & {author}', { exact: true })).toBeVisible();
    await expect(
      page.getByText(
        "A note with <script>window.__pwned = 'note'</script> and {process.exit(1)} and *no emphasis*.",
        { exact: true },
      ),
    ).toBeVisible();
    await expect(
      page.getByText(
        "Made up for the test: <!-- not a comment --> {process.exit(1)} <script>alert('evidence')</script>",
        { exact: true },
      ),
    ).toBeAttached();
  });

  test('right-to-left text, combining marks, emoji and invisible characters round-trip code point for code point', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, PAGES.hostile));
    const paragraphs = await bodyParagraphs(page);
    const codePoints = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16));
    const expected = HOSTILE.filter((p) =>
      /^(?:Hebrew|هذه|זוהי|Combining|Emoji|Invisible|Separators|Astral)/u.test(p),
    );
    expect(expected).toHaveLength(8);
    for (const text of expected) {
      const shown = paragraphs.find((p) => p.slice(0, 6) === text.slice(0, 6));
      expect(shown && codePoints(shown), text.slice(0, 20)).toEqual(codePoints(text));
    }
    // Nothing normalised: e + combining acute stays two code points, é one.
    expect(paragraphs.join('\n')).toContain('e\u0301 (e and a combining acute) is not \u00e9');
  });

  test('each page carries its raw seed byte for byte, and a click saves exactly that file', async ({
    page,
    baseURL,
  }) => {
    for (const [path, file] of [
      [PAGES.hostile, 'hostile.txt'],
      [PAGES.controls, 'controls.txt'],
    ] as const) {
      await page.goto(sitePath(baseURL, path));
      const seed = readFileSync(join(FIXTURE, file));
      const link = seedLink(page);
      await expect(link).toHaveAttribute('download', file);
      expect(Buffer.compare(await dataUrlBytes(link), seed), file).toBe(0);
      const saved = await download(page, link);
      expect(saved.name, file).toBe(file);
      expect(Buffer.compare(saved.bytes, seed), file).toBe(0);
    }
  });
});

test.describe('characters a page cannot carry', () => {
  test('are replaced by visible symbols in the text, and each replacement is listed as a repair', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, PAGES.controls));
    expect(await bodyParagraphs(page)).toEqual(CONTROLS);
    const repairs = page.locator('.provenance h3:text-is("Repaired") + .table-wrap tbody tr');
    const rows = await repairs.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(rows).toHaveLength(REPLACED.length);
    REPLACED.forEach(([line, rule, label, symbol], i) => {
      const [shownLine, shownRule, before, after] = rows[i]!;
      expect([shownLine, shownRule], label).toEqual([line, rule]);
      expect(before, label).toContain(label);
      expect(after, label).toContain(symbol);
      expect(after, label).not.toMatch(/<(?:control|noncharacter)-/u);
    });
  });

  test('are nowhere in the page the server sends', async ({ page, baseURL }) => {
    const html = await (await page.request.get(sitePath(baseURL, PAGES.controls))).text();
    expect(html.match(new RegExp(UNCARRIABLE.source, 'gu')) ?? []).toEqual([]);
    expect(html).toContain('␀');
  });

  test('the hostile and controls pages have no axe violation (WCAG 2.2 AA), light and dark', async ({
    page,
    baseURL,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of [PAGES.hostile, PAGES.controls]) {
        await page.goto(sitePath(baseURL, path));
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${colorScheme} ${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`),
        ).toEqual([]);
      }
    }
  });
});

test('the 1 MB article loads whole, to its last paragraph', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const expected = readingParagraphs(hugeArticle(hostileText));
  expect(Buffer.byteLength(expected.join('\n\n'))).toBeGreaterThan(1024 * 1024);
  const response = await page.goto(sitePath(baseURL, PAGES.huge));
  expect((await response!.body()).length).toBeGreaterThan(1024 * 1024);
  const shown = await bodyParagraphs(page);
  expect(shown.at(-1)).toBe(HUGE_LAST);
  expect(shown).toHaveLength(expected.length);
  expect(shown).toEqual(expected);
  await expect(page.locator(`#p-${expected.length}`)).toHaveText(HUGE_LAST);
});
