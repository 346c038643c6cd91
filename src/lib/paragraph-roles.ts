/**
 * The role of each paragraph of a generated article body, read from its `<Para n role>` lines,
 * and what a paragraph's component needs from its neighbours: a block quotation's credit lines
 * follow it, so its “Cite” disclosure comes after the last of them.
 */
export type Roles = ReadonlyMap<number, string>;

/** The paragraphs of a body: each one's role, and the credit lines that open with their own dash (a tweet's “– Emmanuel Macron (@EmmanuelMacron) …”). */
export interface Paragraphs {
  roles: Roles;
  dashed: ReadonlySet<number>;
}

const QUOTED = new Set(['blockquote', 'tweet']);

/** Each paragraph's role by number (`paragraph` when the line names none). The emitter starts each `<Para>` on its own line. */
export function paragraphRoles(body: string): Paragraphs {
  const roles = new Map<number, string>();
  const dashed = new Set<number>();
  for (const m of body.matchAll(/^<Para n="(\d+)"(?: role="([a-z-]+)")?>([–—-] )?/gmu)) {
    const n = Number(m[1]);
    if (roles.has(n)) continue;
    roles.set(n, m[2] ?? 'paragraph');
    if (m[3]) dashed.add(n);
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

const memo = new Map<string, Paragraphs>();

/** `paragraphRoles`, read once per body (an article's paragraphs all ask). */
export function paragraphsOf(body: string): Paragraphs {
  let paragraphs = memo.get(body);
  if (!paragraphs) {
    paragraphs = paragraphRoles(body);
    memo.set(body, paragraphs);
  }
  return paragraphs;
}
