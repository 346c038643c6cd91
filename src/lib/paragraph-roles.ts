import type { BodyParagraph } from '../schemas';

/**
 * The role of each paragraph of an article body, read from its paragraphs (the articles
 * collection's `paragraphs`), and what a paragraph's component needs from its neighbours: a block quotation's credit lines
 * follow it, so its “Cite” disclosure comes after the last of them.
 */
export type Roles = ReadonlyMap<number, string>;

/** The paragraphs of a body: each one's role, and the credit lines that open with their own dash (a tweet's “– Emmanuel Macron (@EmmanuelMacron) …”). */
export interface Paragraphs {
  roles: Roles;
  dashed: ReadonlySet<number>;
}

const QUOTED = new Set(['blockquote', 'tweet']);

/** Each paragraph's role by number, and which credit lines open with a dash and a space. */
export function paragraphRoles(paragraphs: readonly BodyParagraph[]): Paragraphs {
  const roles = new Map<number, string>();
  const dashed = new Set<number>();
  for (const p of paragraphs) {
    if (roles.has(p.n)) continue;
    roles.set(p.n, p.role);
    const first = p.segments[0];
    if (first?.quote === null && /^[–—-] /u.test(first.text)) dashed.add(p.n);
  }
  return { roles, dashed };
}

/**
 * The paragraph whose quotations are cited after paragraph `n`, or null: its own, except that a
 * block quotation's come after the last of its credit lines, and a heading cites nothing.
 */
export function citedAfter(roles: Roles, n: number): number | null {
  const role = roles.get(n) ?? 'paragraph';
  const next = roles.get(n + 1);
  if (
    role === 'heading' ||
    ((QUOTED.has(role) || role === 'attribution') && next === 'attribution')
  )
    return null;
  if (role !== 'attribution') return n;
  let first = n;
  while (roles.get(first - 1) === 'attribution') first--;
  return QUOTED.has(roles.get(first - 1) ?? '') ? first - 1 : n;
}
