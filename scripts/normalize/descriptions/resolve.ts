/**
 * A speaker designated by a description rather than a name: "a source", "aides", "the
 * campaign", "an adviser to the French president", "the Democratic nominee". A definite
 * description ("the official", "the nominee") refers back: to the latest speaker called the
 * same way, else to the person whose title or apposition holds its head noun ("Sen.
 * Elizabeth Warren" … "the senator"), else to an organisation whose name holds it. An
 * indefinite one ("a source", "another official") introduces someone new, and bare plurals
 * ("officials", "aides") a group: unnamed sources stay apart from named people and from
 * each other, each an entity of its own with the description as its name.
 */

import slugify from '@sindresorhus/slugify';
import { entityOf, type ArticleContext, type BlockRange } from '../cast-context';
import type { Entity, EntityKind } from '../entities/types';
import { describes } from './describes';
import { ABBREVIATED, DEFINITE, INDEFINITE, POSSESSIVE_PRONOUN, ROLE_SYNONYMS } from './words';

export function resolveDescription(
  words: readonly string[],
  text: string,
  where: BlockRange,
  ctx: ArticleContext,
): Entity | null {
  const described = describes(words);
  if (!described) return null;
  const first = words[0]!.toLowerCase();
  const definite =
    DEFINITE.test(first) || POSSESSIVE_PRONOUN.test(first) || !INDEFINITE.test(first);
  if (definite && !POSSESSIVE_PRONOUN.test(first)) {
    const back = antecedent(described.head, contentWords(words), where, ctx);
    if (back) return back;
  }
  // "A newly uncovered email … “…,” the email reads": a short definite description no one named fits goes back to the
  // indefinite one that introduced its head.
  const introduced =
    definite &&
    DEFINITE.test(first) &&
    words.length <= 3 &&
    !described.plural &&
    !words.some((w) =>
      /^(?:second|third|fourth|other|latter|former|first|last|next|same)$/iu.test(w),
    )
      ? introduction(described.head, where, ctx)
      : null;
  const kind: EntityKind =
    described.plural ||
    [
      'campaign',
      'committee',
      'administration',
      'government',
      'department',
      'agency',
      'ministry',
      'office',
      'police',
      'union',
      'party',
      'council',
      'presidency',
      'team',
      'network',
      'newspaper',
      'magazine',
      'group',
      'organization',
      'organisation',
      'court',
      'board',
      'panel',
      'embassy',
      'palace',
      'camp',
    ].includes(described.head)
      ? described.plural
        ? 'group'
        : 'organisation'
      : 'person';
  return introduced
    ? anonymous(introduced, kind, true, ctx)
    : anonymous(text, kind, definite && !INDEFINITE.test(first), ctx);
}

/** The latest indefinite description with this head before `where`, in its paragraph or the five before, outside quotations. */
function introduction(head: string, where: BlockRange, ctx: ArticleContext): string | null {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:[Aa]n?|[Oo]ne)\\s+(?:(?!(?:of|for|with|from|to|in|on|at|by|the|a|an|and|or|that|who|which)\\s)[\\p{L}\\p{N}'’-]+\\s+){0,3}?${head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}'’-])`,
    'gu',
  );
  for (let b = where.block; b >= Math.max(0, where.block - 5); b--) {
    const text = ctx.blocks[b]!.text.slice(0, b === where.block ? where.start : undefined);
    const found = [...text.matchAll(pattern)]
      .filter((m) => !(ctx.quoted[b] ?? []).some((q) => m.index >= q.start && m.index < q.end))
      .at(-1);
    if (found) return found[0];
  }
  return null;
}

/** The words of a description that say what someone is: no determiner, preposition or possessive. */
function contentWords(words: readonly string[]): string[] {
  return words
    .map((w) => w.toLowerCase().replace(/['’]s?$/u, ''))
    .filter(
      (w) =>
        !DEFINITE.test(w) &&
        !INDEFINITE.test(w) &&
        !POSSESSIVE_PRONOUN.test(w) &&
        !/^(?:of|for|at|with|in|to|from|on|and|the)$/u.test(w),
    );
}

/**
 * The latest speaker, person or organisation the description fits: every word of it
 * ("the Minister of Defense": minister, defense) is among their roles' words, the head
 * noun counting its synonyms ("the senator" fits "Sen. Elizabeth Warren").
 */
function antecedent(
  head: string,
  words: readonly string[],
  where: BlockRange,
  ctx: ArticleContext,
): Entity | null {
  const fits = ROLE_SYNONYMS[head] ?? [head];
  const others = words.filter((w) => w !== head && !fits.includes(w));
  const matches = (bag: readonly string[]) =>
    fits.some((f) => bag.includes(f)) && others.every((w) => bag.includes(w));
  for (const p of [...ctx.previous].reverse()) {
    const said = (p.attribution.speakerText?.toLowerCase() ?? '')
      .split(/\s+/u)
      .map((w) => w.replace(/['’]s?$/u, ''));
    if (p.attribution.speaker && matches(said)) return entityOf(ctx, p.attribution.speaker) ?? null;
  }
  for (let b = where.block; b >= 0; b--) {
    const mentions = (ctx.cast.mentions[b] ?? [])
      .filter((m) => b < where.block || m.end <= where.start)
      .reverse();
    for (const m of mentions) {
      const entity = entityOf(ctx, m.entity);
      if (!entity || entity.anonymous) continue;
      const roles = entity.roles
        .flatMap((r) => r.toLowerCase().split(/\s+/u))
        .map((w) => ABBREVIATED.get(w) ?? w);
      if (matches(roles)) return entity;
      if (entity.kind === 'organisation' && matches(entity.name.toLowerCase().split(/\s+/u)))
        return entity;
    }
  }
  return null;
}

/**
 * The entity of an unnamed source. A definite description that nothing before it fits
 * ("the mayor") names one source throughout the article; an indefinite one is a new
 * source each time it occurs.
 */
function anonymous(text: string, kind: EntityKind, definite: boolean, ctx: ArticleContext): Entity {
  const name = text
    .replace(/^(?:The|A|An|One|Another|Some|Several|Two|Three)\b/u, (w) => w.toLowerCase())
    .trim();
  const base = `${slugify(name, { decamelize: false }).slice(0, 60).replace(/-+$/u, '') || 'source'}-${ctx.articleKey}`;
  if (definite && ctx.cast.entities.has(base)) return ctx.cast.entities.get(base)!;
  let id = base;
  for (let n = 2; ctx.cast.entities.has(id); n++) id = `${base}-${n}`;
  const entity: Entity = {
    id,
    name,
    kind,
    gender: null,
    roles: [],
    known: false,
    names: [text],
    anonymous: true,
    attested: true,
  };
  ctx.cast.entities.set(id, entity);
  return entity;
}
