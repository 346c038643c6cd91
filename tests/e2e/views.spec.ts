import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, sitePath, test } from './fixtures';

/**
 * The dossier's cross-article views: the timeline (with its overview, its filter pages and
 * the open data behind it), who-said-what (the speaker × outlet table, the statements by
 * occasion with each outlet's coverage in columns, the statements several outlets report side
 * by side, recurring phrases), the actor and outlet pages, and the links between them and
 * the articles.
 */

interface TimelineItem {
  id: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  label: string;
  headline: string;
  kind: string;
  actors: string[];
  url: string;
  sources: Array<{
    article: string;
    seed: string;
    outlet: string;
    phrase: string;
    resolution: string;
    anchored_on: string | null;
    reasoning: string;
    url: string;
  }>;
}

interface GroupItem {
  id: string;
  speaker: string;
  said: string | null;
  url: string;
  members: Array<{ claim: string; article: string; outlet: string; quote: string; url: string }>;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const KREMLIN_LABEL =
  'Emmanuel Macron arrived this Monday, February 7 at 6:30 p.m. local time at the Kremlin.';
/** Its headline, which the overview's mark carries as its title. */
const KREMLIN_HEADLINE = 'Macron visits Kremlin';
const KYIV_POST_ARTICLE = 'macron-faces-a-calculating-and-unbending-putin-in-moscow';
const PUTIN_KYIV_POST =
  'In my opinion, some of his (Macron’s) suggestions are feasible and could serve as a foundation.';
const PUTIN_RFI =
  'Some of his ideas, his proposals (…) are possible to lay the foundations for common progress';

async function getJson<T>(page: Page, baseURL: string | undefined, file: string): Promise<T> {
  const response = await page.request.get(sitePath(baseURL, `data/${file}`));
  expect(response.status(), file).toBe(200);
  return (await response.json()) as T;
}

/** The ids of the timeline events listed on the page, in order. */
async function eventIds(page: Page): Promise<string[]> {
  return page.locator('li.event').evaluateAll((items) => items.map((li) => li.id));
}

/**
 * The pages of a paginated view, from its first, by following each page's "Next" link: the
 * way a reader goes through them without JavaScript.
 */
async function followPages(page: Page, first: string): Promise<string[]> {
  const seen = [first];
  await page.goto(first);
  for (;;) {
    const next = page.locator('nav.pagination a[rel="next"]').first();
    if ((await next.count()) === 0) return seen;
    const href = (await next.getAttribute('href'))!;
    expect(seen, 'a page links back to a page already seen').not.toContain(href);
    await next.click();
    await expect(page).toHaveURL(
      new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'),
    );
    seen.push(href);
  }
}

/** The background colour an element is drawn with, and the page's. */
async function backgrounds(target: Locator): Promise<{ element: string; page: string }> {
  return target.evaluate((el) => ({
    element: getComputedStyle(el).backgroundColor,
    page: getComputedStyle(document.body).backgroundColor,
  }));
}

test.describe('the timeline', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'timeline/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  });

  test('shows the 7 February 2022 Kremlin meeting once, citing RFI, the Kyiv Post and franceinfo, each linking its paragraph', async ({
    page,
    baseURL,
  }) => {
    const kremlin = page.locator('li.event').filter({ hasText: KREMLIN_LABEL });
    await expect(kremlin).toHaveCount(1);
    await expect(kremlin.locator('h3 time')).toHaveAttribute('datetime', '2022-02-07');
    await expect(kremlin.locator('h3 time')).toHaveText('Monday 7 February 2022');
    // No other event repeats the meeting as reported by the other two outlets.
    for (const phrase of ['“on Monday evening”', '“on February 7”', '“this Monday, February 7”']) {
      await expect(page.locator('li.event').filter({ hasText: phrase })).toHaveCount(1);
    }
    const sources = kremlin.locator('ul.sources > li');
    await expect(sources).toHaveCount(3);
    const cited = [
      [
        'RFI',
        'facing-putin-macron-says-he-hopes-to-start-a-de-escalation',
        1,
        '“this Monday, February 7”',
      ],
      ['Kyiv Post', KYIV_POST_ARTICLE, 3, '“on Monday evening”'],
      [
        'franceinfo',
        'what-are-the-telephone-exchanges-between-emmanuel-macron-and-vladimir-putin-for',
        1,
        '“on February 7”',
      ],
    ] as const;
    for (const [i, [outlet, slug, paragraph, phrase]] of cited.entries()) {
      const source = sources.nth(i);
      await expect(source).toContainText(`${outlet}: ${phrase}`);
      await expect(source.getByRole('link')).toHaveAttribute(
        'href',
        sitePath(baseURL, `articles/${slug}/#p-${paragraph}`),
      );
    }
  });

  test('shows how a relative date was resolved', async ({ page }) => {
    const call = page.locator('li.event').filter({ hasText: 'During the last call on Sunday' });
    await expect(call).toHaveCount(1);
    await expect(call.locator('h3 time')).toHaveText('Sunday 6 March 2022');
    // Folded under each source it was resolved for, opened on demand.
    const why = call.getByRole('group').filter({ hasText: 'How this date was found' }).first();
    const reasoning = why.getByText(
      '“on Sunday”, in an article published Monday 7 March 2022, that is Sunday 6 March 2022',
    );
    await expect(reasoning).toBeHidden();
    await why.locator('summary').click();
    await expect(reasoning).toBeVisible();
  });

  test('marks the invasion of 24 February as the landmark, in the list and in the overview', async ({
    page,
  }) => {
    const landmark = page.locator('li.event.landmark');
    await expect(landmark).toHaveCount(1);
    await expect(landmark.locator('h3 time')).toHaveAttribute('datetime', '2022-02-24');
    await expect(landmark.locator('h3')).toHaveText(
      'Thursday 24 February 2022: The Russian invasion of Ukraine',
    );
    await expect(page.locator('svg .landmark text')).toHaveText('Russian invasion of Ukraine');
    expect(await landmark.evaluate((li) => getComputedStyle(li).borderLeftStyle)).toBe('solid');
  });

  test('puts the background years in their own section, after the 2022 chronology', async ({
    page,
  }) => {
    const chronology = page.getByRole('region', { name: '2022', exact: true });
    const background = page.getByRole('region', { name: /^Background/u });
    await expect(chronology).toHaveCount(1);
    await expect(background).toHaveCount(1);
    const backgroundFollows = await page.evaluate(() => {
      const main = document.getElementById('chronology')!.closest('section')!;
      const bg = document.getElementById('background')!.closest('section')!;
      return Boolean(main.compareDocumentPosition(bg) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(backgroundFollows).toBe(true);
    // The timeline's 20 events a page: the 2022 chronology and the first background years on page 1, 2017 on page 2.
    for (const year of ['1997', '2014'])
      await expect(
        background.getByRole('heading', { level: 3, name: year, exact: true }),
      ).toBeVisible();
    const mainDates = await chronology
      .locator('li.event time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(mainDates.length).toBeGreaterThan(10);
    expect(mainDates.every((d) => d.startsWith('2022'))).toBe(true);
    expect(mainDates).toEqual([...mainDates].sort());
    const backgroundDates = await background
      .locator('li.event time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(backgroundDates).toContain('1997');
    expect(backgroundDates.some((d) => d.startsWith('2022'))).toBe(false);
    await page
      .getByRole('navigation', { name: 'Pages of the timeline', exact: true })
      .getByRole('link', { name: 'Next' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^Timeline \(page 2 of \d+\)$/u,
    );
    await expect(
      page
        .getByRole('region', { name: /^Background/u })
        .getByRole('heading', { level: 3, name: '2017', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: '2022', exact: true })).toHaveCount(0);
  });

  test('heads every event with who did what, lists the call four days before the invasion, and no tweet signature or horizon', async ({
    page,
    baseURL,
  }) => {
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    await page.goto(sitePath(baseURL, 'timeline/'));
    for (const e of timeline.filter((t) => t.date.startsWith('2022'))) {
      await expect(page.locator(`[id="${e.id}"] .headline`), e.id).toHaveText(e.headline);
    }
    const call = timeline.find((e) =>
      e.sources.some((s) => s.phrase === 'Four days before the Russian invasion of Ukraine'),
    )!;
    expect([call.date, call.sources[0]!.resolution, call.sources[0]!.anchored_on]).toEqual([
      '2022-02-20',
      'anchored',
      'russian-invasion-of-ukraine',
    ]);
    expect(
      timeline.filter((e) => /\(@\w+\)/u.test(e.label) || /^until\s/iu.test(e.sources[0]!.phrase)),
    ).toEqual([]);
  });

  test('folds under the call four days before the invasion the statements said on it, each a link that lands on its quote', async ({
    page,
    baseURL,
  }) => {
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const claims = await getJson<
      Array<{ id: string; quote: string; occasion: { kind: string; event: string | null } | null }>
    >(page, baseURL, 'claims.json');
    const call = timeline.find((e) =>
      e.sources.some((s) => s.phrase === 'Four days before the Russian invasion of Ukraine'),
    )!;
    const said = claims.filter((c) => c.occasion?.event === call.id);
    expect(said.length).toBeGreaterThanOrEqual(11);
    expect(new Set(said.map((c) => c.occasion!.kind))).toEqual(new Set(['call']));
    await page.goto(sitePath(baseURL, 'timeline/'));
    const folded = page.locator(`[id="${call.id}"] details.said-on`);
    await expect(folded.locator('summary')).toHaveText(
      `${said.length} statements said on this occasion`,
    );
    const first = folded.getByRole('link').first();
    await expect(first).toBeHidden();
    await folded.locator('summary').click();
    await expect(folded.getByRole('link')).toHaveCount(said.length);
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(
      new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'u'),
    );
    await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
  });

  test('draws an overview a phone can read: no mark over another, text of 12 px or more, targets of 24 px or more, the empty months cut out', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(sitePath(baseURL, 'timeline/'));
    const svg = page.locator('figure.overview svg');
    const sizes = await svg.evaluate((el) => ({
      fonts: [...el.querySelectorAll('text')].map(
        (t) =>
          parseFloat(getComputedStyle(t).fontSize) *
          (el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width),
      ),
      targets: [...el.querySelectorAll('a.mark')]
        .map((a) => a.getBoundingClientRect())
        .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
      page: [document.documentElement.scrollWidth, window.innerWidth],
    }));
    expect(Math.min(...sizes.fonts)).toBeGreaterThanOrEqual(12);
    for (const t of sizes.targets) expect(Math.min(t.w, t.h)).toBeGreaterThanOrEqual(24);
    for (const [i, a] of sizes.targets.entries())
      for (const b of sizes.targets.slice(i + 1))
        expect(
          a.x + a.w <= b.x + 0.5 ||
            b.x + b.w <= a.x + 0.5 ||
            a.y + a.h <= b.y + 0.5 ||
            b.y + b.h <= a.y + 0.5,
        ).toBe(true);
    expect(sizes.page[0]).toBeLessThanOrEqual(sizes.page[1]!);
    await expect(svg.locator('g.break title')).toHaveText(/^\d+ days with nothing cut out$/u);
  });

  test('lists no two events of one date with the same actors', async ({ page, baseURL }) => {
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const keys = timeline.map((e) => `${e.date} ${[...e.actors].sort().join(',')}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test('has an SVG overview with a title and a description, whose marks link to events on the page', async ({
    page,
  }) => {
    const svg = page.locator('figure.overview svg');
    await expect(svg).toHaveCount(1);
    await expect(svg.locator('> title')).toHaveText('Overview of 2022');
    await expect(svg.locator('> desc')).toContainText('Events mentioned in the articles');
    await expect(svg).toHaveAttribute('aria-labelledby', 'overview-title overview-desc');
    await expect(
      page.getByRole('group', { name: /^Overview of 2022 Events mentioned/u }),
    ).toHaveCount(1);

    const clipped = await svg.evaluate((el) => {
      const { width, height } = (el as SVGSVGElement).viewBox.baseVal;
      return [...el.querySelectorAll('text')]
        .filter((t) => {
          const box = t.getBBox();
          return box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height;
        })
        .map((t) => t.textContent);
    });
    expect(clipped, 'labels drawn outside the overview').toEqual([]);

    const marks = svg.locator('a.mark');
    const hrefs = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const events = await page
      .getByRole('region', { name: '2022', exact: true })
      .locator('li.event')
      .count();
    const publications = await page.locator('[id^="pub-"]').count();
    expect(hrefs).toHaveLength(events + publications);
    for (const href of hrefs) {
      expect(href).toMatch(/^#(?:e|pub)-/u);
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    }
    for (const label of await marks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('aria-label') ?? ''),
    ))
      expect(label).not.toBe('');

    // Marks of neighbouring days overlap at this scale: follow the link from the keyboard.
    const kremlinMark = marks.filter({ has: page.locator('title', { hasText: KREMLIN_HEADLINE }) });
    await kremlinMark.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#e-2022-02-07-/u);
    const target = page.locator('li.event').filter({ hasText: KREMLIN_LABEL });
    await expect(target).toBeInViewport();
    const { element, page: pageBackground } = await backgrounds(target);
    expect(element).not.toBe(pageBackground);
  });

  test('sends a reader from a source to the article, with the paragraph in view and highlighted', async ({
    page,
    baseURL,
  }) => {
    const kremlin = page.locator('li.event').filter({ hasText: KREMLIN_LABEL });
    await kremlin.getByRole('link', { name: /on Monday evening/u }).click();
    await expect(page).toHaveURL(
      new RegExp(`${sitePath(baseURL, `articles/${KYIV_POST_ARTICLE}/`)}#p-3$`, 'u'),
    );
    const paragraph = page.locator('#p-3');
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toContainText('on Monday evening');
    expect(await paragraph.evaluate((p) => p.matches(':target'))).toBe(true);
    const { element, page: pageBackground } = await backgrounds(paragraph);
    expect(element).not.toBe('rgba(0, 0, 0, 0)');
    expect(element).not.toBe(pageBackground);
    const other = await backgrounds(page.locator('#p-4'));
    expect(other.element).not.toBe(element);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a highlighted event, paragraph or group keeps its text readable in the ${colorScheme} theme`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const groups = await getJson<GroupItem[]>(page, baseURL, 'groups.json');
    const kremlin = timeline.find((e) => e.label === KREMLIN_LABEL)!;
    const paragraph = sitePath(baseURL, `articles/${KYIV_POST_ARTICLE}/#p-7`);
    for (const url of [
      kremlin.url,
      kremlin.sources[1]!.url,
      groups[0]!.url,
      groups[0]!.members[1]!.url,
      paragraph,
    ]) {
      await page.goto(url);
      const target = page.locator(':target');
      await expect(target, url).toHaveCount(1);
      const { violations } = await new AxeBuilder({ page })
        .include(':target')
        .withTags(WCAG)
        .analyze();
      expect(
        violations.map(
          (v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
  });
}

test.describe('the timeline filter pages, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [kind, id, name] of [
    ['actor', 'bennett', 'Naftali Bennett'],
    ['actor', 'kuleba', 'Dmytro Kuleba'],
    ['outlet', 'rfi', 'RFI'],
    ['outlet', 'kyiv-post', 'Kyiv Post'],
  ] as const) {
    test(`timeline/${kind}/${id}/ lists only the events ${kind === 'actor' ? `naming ${name}` : `${name} reports`}`, async ({
      page,
      baseURL,
    }) => {
      const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
      const expected = timeline
        .filter((e) =>
          kind === 'actor' ? e.actors.includes(id) : e.sources.some((s) => s.outlet === id),
        )
        .map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(timeline.length);

      // Reached as a reader would: from the full timeline's filter links.
      await page.goto(sitePath(baseURL, 'timeline/'));
      const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
      await expect(filters.getByRole('link', { name: 'All events' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      const link = filters.getByRole('link', { name: `${name} (${expected.length})`, exact: true });
      await expect(link).toHaveAttribute('href', sitePath(baseURL, `timeline/${kind}/${id}/`));
      await link.click();

      await expect(page).toHaveURL(
        new RegExp(`${sitePath(baseURL, `timeline/${kind}/${id}/`)}$`, 'u'),
      );
      await expect(
        page.getByRole('heading', { level: 1, name: `Timeline: ${name}` }),
      ).toBeVisible();
      await expect(
        page
          .getByRole('navigation', { name: 'Filter the timeline' })
          .getByRole('link', { name: `${name} (${expected.length})`, exact: true }),
      ).toHaveAttribute('aria-current', 'page');
      expect((await eventIds(page)).sort()).toEqual([...expected].sort());
      if (kind === 'outlet') {
        const sources = await page.locator('ul.sources > li').allTextContents();
        expect(sources.length).toBeGreaterThanOrEqual(expected.length);
        for (const source of sources) expect(source.startsWith(`${name}: `), source).toBe(true);
      } else {
        const publications = await page
          .locator('[id^="pub-"]')
          .evaluateAll((items) => items.map((li) => li.id.slice(4)));
        const citing = new Set(
          timeline
            .filter((e) => expected.includes(e.id))
            .flatMap((e) => e.sources.map((s) => s.article)),
        );
        expect(publications.sort()).toEqual([...citing].sort());
      }
    });
  }

  test('the full timeline lists every event of timeline.json once, over its pages, each where timeline.json says', async ({
    page,
    baseURL,
  }) => {
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const pages = await followPages(page, sitePath(baseURL, 'timeline/'));
    expect(pages.length).toBeGreaterThan(1);
    const listed: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const ids = await eventIds(page);
      expect(ids.length).toBeLessThanOrEqual(20);
      for (const id of ids)
        expect(timeline.find((e) => e.id === id)?.url, id).toBe(`${path}#${id}`);
      listed.push(...ids);
    }
    expect(listed.sort()).toEqual(timeline.map((e) => e.id).sort());
  });

  test('a reader goes to the second page and finds an event there; a link from another page to that event lands on it', async ({
    page,
    baseURL,
  }) => {
    await page.goto(sitePath(baseURL, 'timeline/'));
    const bar = page.getByRole('navigation', { name: 'Pages of the timeline', exact: true });
    await expect(bar.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    await bar.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(new RegExp(`${sitePath(baseURL, 'timeline/page/2/')}$`, 'u'));
    await expect(
      page
        .getByRole('navigation', { name: 'Pages of the timeline', exact: true })
        .getByRole('link', { name: 'Page 2' }),
    ).toHaveAttribute('aria-current', 'page');
    const later = (await eventIds(page))[0]!;
    // The article that reports it links its paragraph; the timeline's open data points at page 2.
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const event = timeline.find((e) => e.id === later)!;
    expect(event.url).toBe(`${sitePath(baseURL, 'timeline/page/2/')}#${later}`);
    await page.goto(event.url);
    await expect(page.locator(`li.event[id="${later}"]`)).toBeInViewport();
  });

  test('every link to an event, a group, an occasion or a statement, from the views and an article, goes to the page that holds its anchor', async ({
    page,
    baseURL,
  }) => {
    const from = [
      ...(await followPages(page, sitePath(baseURL, 'who-said-what/'))),
      ...(await followPages(page, sitePath(baseURL, 'actors/putin/'))),
      sitePath(baseURL, 'outlets/rfi/'),
      ...(await getJson<Array<{ url: string }>>(page, baseURL, 'articles.json')).map((a) => a.url),
    ];
    const html = new Map<string, string>();
    const get = async (path: string) => {
      if (!html.has(path)) html.set(path, await (await page.request.get(path)).text());
      return html.get(path)!;
    };
    let checked = 0;
    for (const path of from) {
      const hrefs = [...(await get(path)).matchAll(/href="([^"#]*)#((?:e|g|o|s)-[^"]+)"/gu)].map(
        (m) => [m[1] || path, m[2]] as const,
      );
      for (const [target, anchor] of hrefs) {
        expect(await get(target), `${path} → ${target}#${anchor}`).toContain(`id="${anchor}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });
});

interface ClaimItem {
  id: string;
  outlet: { id: string; name: string };
  speaker: { id: string; name: string } | null;
  quote: string;
  kind: string;
  occasion: { kind: string; event: string | null } | null;
  url: string;
}

/** Opens every folded `<details>` of the page, so that axe reads what they hold. */
async function unfoldAll(page: Page): Promise<void> {
  await page
    .locator('details')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** The views of this file: who said what, and a page of each actor and outlet. */
async function viewPages(page: Page, baseURL: string | undefined): Promise<string[]> {
  const actors = await getJson<Array<{ url: string }>>(page, baseURL, 'actors.json');
  const outlets = await getJson<Array<{ url: string }>>(page, baseURL, 'outlets.json');
  return [
    sitePath(baseURL, 'who-said-what/'),
    ...actors.map((a) => a.url),
    ...outlets.map((o) => o.url),
  ];
}

test.describe('who said what', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await page.goto(sitePath(baseURL, 'who-said-what/'));
    await expect(page.getByRole('heading', { level: 1, name: 'Who said what' })).toBeVisible();
  });

  test('is a real table of speakers by outlets, with column and row headers', async ({ page }) => {
    const table = page.getByRole('table', { name: /Number of statements by speaker/u });
    await expect(table).toHaveCount(1);
    for (const outlet of ['ABC', 'Associated Press', 'franceinfo', 'Kyiv Post', 'RFI'])
      await expect(table.getByRole('columnheader', { name: outlet, exact: true })).toHaveCount(1);
    await expect(table.getByRole('columnheader', { name: 'Speaker' })).toHaveCount(1);
    for (const speaker of ['Vladimir Putin', 'Emmanuel Macron'])
      await expect(table.getByRole('rowheader', { name: speaker, exact: true })).toHaveCount(1);
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(5);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
  });

  test('links a non-empty cell to the first of those statements, on the speaker’s page', async ({
    page,
    baseURL,
  }) => {
    const putin = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Vladimir Putin', exact: true }) });
    const cell = putin.getByRole('link', { name: /in Kyiv Post$/u });
    await expect(cell).toHaveAccessibleName(/^\d+ by Vladimir Putin in Kyiv Post$/u);
    const href = (await cell.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${sitePath(baseURL, 'actors/putin/')}#s-[0-9a-f]{10}$`, 'u'));
    await cell.click();
    const statement = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(statement).toContainText('Kyiv Post');
    await expect(statement).toBeInViewport();

    const anchors = await page
      .goto(sitePath(baseURL, 'who-said-what/'))
      .then(() =>
        page
          .locator('table.matrix td a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!)),
      );
    expect(anchors.length).toBeGreaterThan(10);
    const pages = new Map<string, string>();
    for (const anchor of anchors) {
      const [path, id] = anchor.split('#') as [string, string];
      if (!pages.has(path)) pages.set(path, await (await page.request.get(path)).text());
      expect(pages.get(path), anchor).toContain(`id="${id}"`);
    }
  });

  test('has empty cells, announced as “none”', async ({ page }) => {
    const empty = page.locator('table.matrix td.empty');
    expect(await empty.count()).toBeGreaterThan(0);
    for (const cell of await empty.all()) await expect(cell).toHaveAccessibleName('none');
    await expect(
      page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Emmanuel Macron', exact: true }) })
        .getByRole('cell', { name: 'none' }),
    ).toHaveCount(1);
  });

  test('groups the statements by occasion: the call of 20 February holds ABC’s 12, full quotations shown and fragments folded under a count', async ({
    page,
    baseURL,
  }) => {
    const claims = await getJson<ClaimItem[]>(page, baseURL, 'claims.json');
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    const call = timeline.find((e) =>
      e.sources.some((s) => s.phrase === 'Four days before the Russian invasion of Ukraine'),
    )!;
    const said = claims.filter((c) => c.occasion?.event === call.id);
    expect(said).toHaveLength(12);
    const occasion = page.getByRole('region', {
      name: '20 February 2022: Putin and Macron speak by phone',
    });
    await expect(occasion).toHaveCount(1);
    await expect(occasion).toContainText('12 statements, reported by ABC');
    await expect(
      occasion.getByRole('link', { name: 'Putin and Macron speak by phone' }),
    ).toHaveAttribute('href', `${sitePath(baseURL, 'timeline/')}#${call.id}`);
    // What is shown are full quotations; the fragments wait behind their count.
    const shown = await occasion
      .locator('li[id^="s-"]:visible')
      .evaluateAll((items) => items.map((li) => li.id.slice(2)));
    const byId = new Map(said.map((c) => [c.id, c]));
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown)
      expect([byId.get(id)?.kind, byId.get(id)!.quote.split(/\s+/u).length >= 3], id).toEqual([
        'direct',
        true,
      ]);
    const folded = occasion.locator('details').filter({ has: page.getByText(/^\d+ more$/u) });
    await expect(folded.first()).toBeVisible();
    const fragment = folded.first().getByRole('link').first();
    await expect(fragment).toBeHidden();
    await folded.first().locator('summary').click();
    await expect(fragment).toBeVisible();
    expect(await occasion.locator('[id^="s-"]').count()).toBe(said.length);
  });

  test('lists the occasions, each linked from the list at the top, and folds each article’s other statements', async ({
    page,
  }) => {
    const list = page.getByRole('navigation', { name: 'Statements by occasion' });
    const links = await list
      .getByRole('link')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(8);
    for (const href of links)
      await expect(page.locator(`section[id="${href.slice(1)}"]`), href).toHaveCount(1);
    const other = page.getByRole('region', {
      name: /^Other statements in “What are the telephone exchanges/u,
    });
    await expect(other).toContainText('22 statements');
    await expect(other.locator('details.whole')).not.toHaveAttribute('open');
    await expect(other.locator('li[id^="s-"]:visible')).toHaveCount(0);
  });

  test('lines up the Kremlin talks of 7 February as RFI, the Kyiv Post and franceinfo cover them, in columns, stacked on a phone', async ({
    page,
    baseURL,
  }) => {
    const occasion = page.getByRole('region', { name: '7 February 2022: Macron visits Kremlin' });
    await expect(occasion).toContainText('reported by RFI, Kyiv Post, franceinfo');
    const columns = occasion.locator('.coverage > .column');
    await expect(columns).toHaveCount(3);
    const cited = [
      [
        'RFI',
        'facing-putin-macron-says-he-hopes-to-start-a-de-escalation',
        '7 February 2022',
        '“this Monday, February 7”',
      ],
      ['Kyiv Post', KYIV_POST_ARTICLE, '8 February 2022', '“on Monday evening”'],
      [
        'franceinfo',
        'what-are-the-telephone-exchanges-between-emmanuel-macron-and-vladimir-putin-for',
        '8 March 2022',
        '“on February 7”',
      ],
    ] as const;
    for (const [i, [outlet, slug, date, phrase]] of cited.entries()) {
      const column = columns.nth(i);
      await expect(column.locator('.source')).toContainText(`${outlet}: `);
      await expect(column.locator('.source')).toContainText(date);
      await expect(column.locator('.source').getByRole('link').first()).toHaveAttribute(
        'href',
        sitePath(baseURL, `articles/${slug}/`),
      );
      await expect(column.getByRole('link', { name: new RegExp(phrase, 'u') })).toHaveAttribute(
        'href',
        new RegExp(`^${sitePath(baseURL, `articles/${slug}/`)}#p-\\d+$`, 'u'),
      );
    }
    // What only one outlet reports says so; what another reports too links to the comparison.
    await expect(columns.nth(0).getByText('only in RFI').first()).toBeVisible();
    await expect(columns.nth(1).getByText('only in Kyiv Post').first()).toBeVisible();
    await expect(
      columns.nth(0).getByRole('link', { name: 'also in Kyiv Post' }).first(),
    ).toHaveAttribute(
      'href',
      new RegExp(`^${sitePath(baseURL, 'who-said-what/')}#g-[0-9a-f]{10}$`, 'u'),
    );
    await expect(columns.nth(2)).toContainText('Quotes no one on this occasion.');

    const boxes = async () =>
      Promise.all([0, 1, 2].map(async (i) => (await columns.nth(i).boundingBox())!));
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await boxes();
    expect(new Set(wide.map((b) => Math.round(b.y))).size).toBe(1);
    expect(wide[1]!.x).toBeGreaterThan(wide[0]!.x + wide[0]!.width - 1);
    await page.setViewportSize({ width: 390, height: 900 });
    const narrow = await boxes();
    expect(new Set(narrow.map((b) => Math.round(b.x))).size).toBe(1);
    expect(narrow[1]!.y).toBeGreaterThanOrEqual(narrow[0]!.y + narrow[0]!.height - 1);
  });

  test('shows every cross-source group of groups.json under its occasion, Putin’s 7 February words as RFI and the Kyiv Post report them side by side, the differences marked', async ({
    page,
    baseURL,
  }) => {
    const groups = await getJson<GroupItem[]>(page, baseURL, 'groups.json');
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const g of groups)
      await expect(
        page.locator(`section.occasion section.group[id="${g.id}"] figure`),
        g.id,
      ).toHaveCount(g.members.length);

    const group = page.getByRole('region', { name: 'Vladimir Putin, 7 February 2022' });
    await expect(group).toHaveCount(1);
    await expect(
      page
        .getByRole('region', { name: '7 February 2022: Macron visits Kremlin' })
        .getByRole('region', { name: 'Vladimir Putin, 7 February 2022' }),
    ).toHaveCount(1);
    const versions = group.locator('figure');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0).locator('figcaption')).toContainText('RFI:');
    await expect(versions.nth(0).locator('blockquote')).toHaveText(PUTIN_RFI);
    await expect(versions.nth(1).locator('figcaption')).toContainText('Kyiv Post:');
    await expect(versions.nth(1).locator('blockquote')).toHaveText(PUTIN_KYIV_POST);
    expect(await versions.nth(0).locator('mark').allTextContents()).toEqual([
      'lay',
      'common',
      'progress',
    ]);
    expect(await versions.nth(1).locator('mark').allTextContents()).toEqual([
      'opinion,',
      '(Macron’s)',
      'serve',
    ]);
    // Told apart by more than a tint: the marked words are underlined.
    expect(
      await versions
        .nth(0)
        .locator('mark')
        .first()
        .evaluate((m) => getComputedStyle(m).textDecorationLine),
    ).toBe('underline');

    const [left, right] = [
      await versions.nth(0).boundingBox(),
      await versions.nth(1).boundingBox(),
    ];
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  });

  test('lists Putin’s “until the end” as a recurring phrase, not as one statement reported twice', async ({
    page,
    baseURL,
  }) => {
    // On the last page of who said what, after every occasion.
    const pages = await followPages(page, sitePath(baseURL, 'who-said-what/'));
    await expect(page).toHaveURL(new RegExp(`${pages.at(-1)}$`, 'u'));
    await expect(page.getByRole('heading', { level: 2, name: 'Recurring phrases' })).toBeVisible();
    const recurring = page
      .locator('#recurring ~ ul.statement-list')
      .first()
      .locator('li')
      .filter({ hasText: 'until the end' });
    await expect(recurring).toHaveCount(1);
    await expect(recurring).toContainText('Vladimir Putin: until the end');
    await expect(recurring.locator('time')).toHaveText(['20 February 2022', '3 March 2022']);
    await expect(recurring.getByRole('link')).toHaveText(['ABC', 'Associated Press']);
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('section.group').filter({ hasText: 'until the end' })).toHaveCount(
        0,
      );
    }
  });
});

test.describe('the actor and outlet pages', () => {
  test('Putin’s page groups his statements by occasion, full quotations first and fragments folded, and links his timeline', async ({
    page,
    baseURL,
  }) => {
    const claims = await getJson<ClaimItem[]>(page, baseURL, 'claims.json');
    const his = claims.filter((c) => c.speaker?.id === 'putin');
    await page.goto(sitePath(baseURL, 'actors/putin/'));
    await expect(
      page.getByRole('heading', { level: 2, name: `Statements (${his.length})` }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', {
        name: 'Timeline of the events the articles name Vladimir Putin in',
      }),
    ).toHaveAttribute('href', sitePath(baseURL, 'timeline/actor/putin/'));
    const call = page.getByRole('region', {
      name: '20 February 2022: Putin and Macron speak by phone',
    });
    await expect(call).toContainText('10 statements, reported by ABC');
    const items = call.locator('[id^="s-"]');
    await expect(items).toHaveCount(10);
    const visible = await call.locator('li[id^="s-"]:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(10);
    await expect(call.locator('details summary')).toHaveText(`${10 - visible} more`);
    await expect(page.locator('[id^="s-"]')).toHaveCount(his.length);
    // No speaker names repeat on his own page.
    await expect(page.locator('.words .speaker')).toHaveCount(0);
  });

  test('a folded fragment linked from its article opens where it lands', async ({
    page,
    baseURL,
  }) => {
    const claims = await getJson<ClaimItem[]>(page, baseURL, 'claims.json');
    const fragment = claims.find((c) => c.speaker?.id === 'putin' && c.kind === 'fragment')!;
    await page.goto(`${sitePath(baseURL, 'actors/putin/')}#s-${fragment.id}`);
    const target = page.locator(`[id="s-${fragment.id}"]`);
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    await expect(target.getByRole('link')).toHaveAttribute('href', fragment.url);
  });

  test('RFI’s page lists its articles, its speakers with their counts, its occasions, and links its timeline', async ({
    page,
    baseURL,
  }) => {
    const claims = await getJson<ClaimItem[]>(page, baseURL, 'claims.json');
    const rfi = claims.filter((c) => c.outlet.id === 'rfi' && c.kind !== 'term');
    await page.goto(sitePath(baseURL, 'outlets/rfi/'));
    await expect(page.getByRole('heading', { level: 1, name: 'RFI' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Timeline of the events RFI reports' }),
    ).toHaveAttribute('href', sitePath(baseURL, 'timeline/outlet/rfi/'));
    await expect(
      page.getByRole('heading', { level: 2, name: 'Articles in the dossier' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('link', {
          name: 'Facing Putin, Macron says he hopes to “start a de-escalation”',
        })
        .first(),
    ).toBeVisible();
    const speakers = page.locator('ul.speaker-counts > li');
    await expect(speakers.first()).toHaveText(
      `Emmanuel Macron (${rfi.filter((c) => c.speaker?.id === 'macron').length})`,
    );
    await expect(speakers.filter({ hasText: 'Dmytro Kuleba' })).toHaveText('Dmytro Kuleba (5)');
    await expect(speakers.first().getByRole('link')).toHaveAttribute(
      'href',
      sitePath(baseURL, 'actors/macron/'),
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Occasions' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: '7 February 2022: Macron visits Kremlin' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: '7 February 2022: Kuleba meets Baerbock' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: /^Other statements in “Facing Putin/u }),
    ).toBeVisible();
    expect(await page.locator('[id^="s-"]').count()).toBe(
      claims.filter((c) => c.outlet.id === 'rfi').length,
    );
  });

  test('no view is wider than a 320 or 390 px screen, or taller than 6,000 px on a 1280 px one', async ({
    page,
    baseURL,
  }) => {
    const paths = await viewPages(page, baseURL);
    const failures: string[] = [];
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(path);
        const { w, h } = await page.evaluate(() => ({
          w: document.documentElement.scrollWidth,
          h: document.documentElement.scrollHeight,
        }));
        if (w > width) failures.push(`${path} at ${width} px: ${w} px wide`);
        if (width === 1280 && h > 6000) failures.push(`${path}: ${h} px tall`);
      }
    }
    expect(failures).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['who-said-what/', 'actors/putin/', 'outlets/rfi/']) {
      test(`${path}, unfolded, has no axe violation in the ${colorScheme} theme`, async ({
        page,
        baseURL,
      }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme });
        await page.goto(sitePath(baseURL, path));
        await unfoldAll(page);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }
  }
});

test.describe('the views’ open data', () => {
  test('timeline.json lists events with their sources, and every source url reaches its paragraph', async ({
    page,
    baseURL,
  }) => {
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    expect(timeline.length).toBeGreaterThan(20);
    const pages = new Map<string, string>();
    for (const item of timeline) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining(['id', 'date', 'precision', 'label', 'actors', 'sources']),
      );
      expect(item.id).toMatch(new RegExp(`^e-${item.date}-[a-z0-9-]+$`, 'u'));
      expect(item.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u);
      expect(item.precision).toBe(
        ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[item.date.length],
      );
      expect(item.label.length).toBeGreaterThan(0);
      expect(Array.isArray(item.actors)).toBe(true);
      expect(item.url).toMatch(
        new RegExp(`^${sitePath(baseURL, 'timeline/')}(?:page/\\d+/)?#${item.id}$`, 'u'),
      );
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) {
        expect(source).toEqual(
          expect.objectContaining({
            article: expect.any(String),
            seed: expect.any(String),
            phrase: expect.any(String),
            url: expect.any(String),
          }),
        );
        const [path, anchor] = source.url.split('#') as [string, string];
        expect(path).toBe(sitePath(baseURL, `articles/${source.article}/`));
        expect(anchor).toMatch(/^p-\d+$/u);
        if (!pages.has(path)) {
          const response = await page.request.get(path);
          expect(response.status(), path).toBe(200);
          pages.set(path, await response.text());
        }
        expect(pages.get(path), source.url).toContain(`id="${anchor}"`);
      }
    }
    expect(new Set(timeline.map((e) => e.id)).size).toBe(timeline.length);
    const kremlin = timeline.filter((e) => e.label === KREMLIN_LABEL);
    expect(kremlin).toHaveLength(1);
    expect(kremlin[0]!.sources.map((s) => s.outlet)).toEqual(['rfi', 'kyiv-post', 'franceinfo']);
  });

  test('timeline.timelinejs.json is in TimelineJS3’s format', async ({ page, baseURL }) => {
    const data = await getJson<{
      title: { text: { headline: string } };
      events: Array<{
        unique_id: string;
        start_date: Record<string, unknown>;
        display_date: string;
        group: string;
        text: { headline: string; text: string };
      }>;
    }>(page, baseURL, 'timeline.timelinejs.json');
    const timeline = await getJson<TimelineItem[]>(page, baseURL, 'timeline.json');
    expect(data.title.text.headline.length).toBeGreaterThan(0);
    expect(data.events.map((e) => e.unique_id)).toEqual(timeline.map((e) => e.id));
    for (const e of data.events) {
      expect(typeof e.start_date.year).toBe('string');
      for (const part of ['month', 'day'])
        if (part in e.start_date)
          expect(e.start_date[part], `${e.unique_id} ${part}`).toMatch(/^[1-9]\d?$/u);
      expect(e.text.headline.length).toBeGreaterThan(0);
      expect(e.text.headline.length).toBeLessThanOrEqual(120);
      expect(e.display_date.length).toBeGreaterThan(0);
      expect(['Landmark', '2022', 'Background']).toContain(e.group);
      expect(e.text.text).toContain(`href="${sitePath(baseURL, 'articles/')}`);
    }
    const invasion = data.events.filter((e) => e.group === 'Landmark');
    expect(invasion).toHaveLength(1);
    expect(invasion[0]!.start_date).toEqual({ year: '2022', month: '2', day: '24' });
    expect(invasion[0]!.display_date).toBe('24 February 2022');
  });

  test('groups.json lists Putin’s 7 February statement with its members, and claims.json points to it', async ({
    page,
    baseURL,
  }) => {
    const groups = await getJson<GroupItem[]>(page, baseURL, 'groups.json');
    const claims = await getJson<
      Array<{ id: string; article: string; url: string; group: string | null }>
    >(page, baseURL, 'claims.json');
    const putin = groups.find((g) => g.speaker === 'putin' && g.said === '2022-02-07');
    expect(putin).toBeDefined();
    expect(putin!.url).toBe(`${sitePath(baseURL, 'who-said-what/')}#${putin!.id}`);
    expect(putin!.members.map((m) => [m.outlet, m.quote])).toEqual([
      ['rfi', PUTIN_RFI],
      ['kyiv-post', PUTIN_KYIV_POST],
    ]);
    expect(groups.flatMap((g) => g.members).some((m) => m.quote.includes('until the end'))).toBe(
      false,
    );

    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const group of groups) {
      for (const member of group.members) {
        expect(byId.get(member.claim)?.group, member.claim).toBe(group.id);
        expect(member.url).toBe(byId.get(member.claim)!.url);
      }
    }
    const grouped = claims.filter((c) => c.group !== null);
    expect(grouped.length).toBe(groups.reduce((n, g) => n + g.members.length, 0));
    for (const claim of grouped)
      expect(
        groups.find((g) => g.id === claim.group)?.members.map((m) => m.claim),
        claim.id,
      ).toContain(claim.id);

    await page.goto(putin!.url);
    await expect(page.locator(`[id="${putin!.id}"]`)).toBeInViewport();
  });
});
