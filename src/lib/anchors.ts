/**
 * The fragment ids of the site's pages, built and read back in one place: a paragraph of an
 * article (`p-<n>`), a quotation in its article (`q-<claim id>`), a statement on its
 * speaker's page (`s-<claim id>`), an event of the timeline (`e-<date>-<words>`) and a
 * cross-source group on who said what (`g-<claim id>`). Used by the pages and components,
 * urls.ts, jsonld.ts, the search index (search-page.ts, scripts/search/html-text.ts) and
 * the MDX writer (scripts/normalize/emit-mdx.ts). Pure.
 */

export const anchors = {
  paragraph: (n: number) => `p-${n}`,
  quote: (claimId: string) => `q-${claimId}`,
  statement: (claimId: string) => `s-${claimId}`,
  /** `key` is the event's date and the words of its label (timeline.ts). */
  event: (key: string) => `e-${key}`,
  /** A group is named after its first claim (groups.ts). */
  group: (claimId: string) => `g-${claimId}`,
};

/** The claim id of a quotation's anchor (`q-<claim id>`), or null when the id is not one. */
export function quoteClaimId(id: string): string | null {
  return /^q-([a-z0-9-]+)$/u.exec(id)?.[1] ?? null;
}
