import slugify from '@sindresorhus/slugify';
import { entityOf, type ArticleContext, type BlockRange } from './cast-context';
import type { Entity, EntityKind } from './entities';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { ROLE_NOUNS } from './lexicon/person-nouns';

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

/** Nouns a description of a speaker can have as its head, beyond the role nouns. */
const SPEAKING_NOUNS = new Set([
  'source',
  'sources',
  'official',
  'officials',
  'aide',
  'aides',
  'campaign',
  'committee',
  'report',
  'statement',
  'letter',
  'memo',
  'email',
  'emails',
  'poll',
  'survey',
  'study',
  'ad',
  'advertisement',
  'sign',
  'signs',
  'website',
  'article',
  'book',
  'paper',
  'newspaper',
  'network',
  'magazine',
  'show',
  'group',
  'organization',
  'organisation',
  'people',
  'person',
  'man',
  'woman',
  'men',
  'women',
  'voters',
  'protesters',
  'demonstrators',
  'critics',
  'supporters',
  'opponents',
  'experts',
  'analysts',
  'observers',
  'insiders',
  'staffers',
  'administration',
  'government',
  'department',
  'agency',
  'ministry',
  'office',
  'police',
  'lawyers',
  'family',
  'release',
  'filing',
  'complaint',
  'lawsuit',
  'indictment',
  'transcript',
  'note',
  'message',
  'tweet',
  'post',
  'video',
  'commercial',
  'narrator',
  'announcer',
  'questioner',
  'audience',
  'crowd',
  'panel',
  'board',
  'court',
  'jury',
  'bill',
  'platform',
  'plan',
  'proposal',
  'document',
  'documents',
  'records',
  'union',
  'party',
  'council',
  'presidency',
  'palace',
  'embassy',
  'ministry',
  'entourage',
  'team',
  'camp',
  'allies',
  'advisers',
  'advisors',
  'lawmakers',
  'democrats',
  'republicans',
  'residents',
  'students',
  'workers',
  'members',
  'leaders',
  'researchers',
  'scientists',
  'economists',
  'investigators',
  'prosecutors',
  'authorities',
  'diplomats',
  'aides',
  'spokespeople',
  'guidance',
  'memoir',
  'editorial',
  'column',
  'blog',
  'account',
  'page',
  'banner',
  'placard',
  'flyer',
  'mailer',
  'brochure',
  'caption',
  'headline',
  'notice',
  'warning',
  'order',
  'ruling',
  'opinion',
  'decision',
  'verdict',
  'rule',
  'policy',
]);

const INDEFINITE =
  /^(?:a|an|one|another|some|several|many|most|few|two|three|four|five|six|seven|eight|nine|ten|\d+|other|numerous|various|multiple)$/iu;
const DEFINITE = /^(?:the|this|that|these|those)$/iu;
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/iu;
const ABBREVIATED = new Map([
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['pres.', 'president'],
  ['sec.', 'secretary'],
  ['atty.', 'attorney'],
]);
const ROLE_SYNONYMS: Record<string, string[]> = {
  senator: ['sen.', 'senator'],
  representative: ['rep.', 'representative', 'congressman', 'congresswoman'],
  congressman: ['rep.', 'representative', 'congressman'],
  congresswoman: ['rep.', 'representative', 'congresswoman'],
  governor: ['gov.', 'governor'],
  nominee: ['nominee', 'candidate'],
  candidate: ['candidate', 'nominee', 'hopeful'],
  republican: ['republican', 'gop'],
  democrat: ['democrat', 'democratic'],
  businessman: ['businessman', 'billionaire', 'mogul', 'developer'],
};

/** The description's head noun: its last word before a preposition or a relative clause ("a spokesman for the campaign" → spokesman). */
export function headNoun(words: readonly string[]): string {
  const stop = words.findIndex(
    (w, i) =>
      i > 0 &&
      /^(?:of|for|at|with|in|to|from|on|close|familiar|who|that|which|whose|involved|working|inside|within|near|under|known|named|called)$/iu.test(
        w,
      ),
  );
  const head = (stop > 0 ? words.slice(0, stop) : words).at(-1) ?? '';
  return head.toLowerCase().replace(/['’]s?$/u, '');
}

/** Words that can follow a determiner without naming anyone ("the same", "the rest"). */
const NOT_A_SPEAKER = new Set([
  'same',
  'other',
  'others',
  'former',
  'latter',
  'rest',
  'most',
  'first',
  'last',
  'best',
  'worst',
  'more',
  'less',
  'few',
  'lot',
  'number',
  'way',
  'time',
  'times',
  'day',
  'days',
  'year',
  'years',
  'week',
  'weeks',
  'thing',
  'things',
  'fact',
  'idea',
  'case',
  'point',
  'reason',
  'problem',
  'question',
  'truth',
  'point',
  'end',
  'result',
  'goal',
  'hope',
  'key',
  'answer',
  'way',
  'difference',
  'trouble',
  'issue',
  'problem',
  'irony',
  'bottom',
  'upshot',
  'lesson',
  'one',
]);

/**
 * Is this phrase a description a speaker can have ("a source close to the campaign",
 * "Sanders’s campaign manager", "officials"), and is it plural? With a determiner or a
 * possessor any noun may head it; without, only a known plural or a role noun after a
 * name ("Clinton spokesman").
 */
export function describes(words: readonly string[]): { head: string; plural: boolean } | null {
  if (words.length === 0 || words.length > 10) return null;
  const first = words[0]!;
  // "Another said…", "Others wrote…": an indefinite pronoun is someone unnamed.
  if (
    words.length === 1 &&
    /^(?:another|others|some|many|several|most|few|one|both|all)$/iu.test(first)
  )
    return { head: first.toLowerCase(), plural: !/^(?:another|one)$/iu.test(first) };
  // "the two write", "the three agreed": a number after a definite determiner is the people counted before.
  if (
    words.length === 2 &&
    DEFINITE.test(first) &&
    /^(?:two|three|four|five|six|seven|eight|nine|ten)$/iu.test(words[1]!)
  )
    return { head: words[1]!.toLowerCase(), plural: true };
  // "Hundreds of pro-Sanders demonstrators", "dozens of protesters": a count of people is those people.
  if (
    /^(?:dozens|hundreds|thousands|scores|millions)$/iu.test(first) &&
    words[1]?.toLowerCase() === 'of' &&
    words.length > 2
  )
    return describes(['the', ...words.slice(2)]);
  const possessor = words.findIndex((w) => /\p{L}['’]s?$/u.test(w) && /^\p{Lu}/u.test(w));
  const determiner =
    INDEFINITE.test(first) ||
    DEFINITE.test(first) ||
    POSSESSIVE_PRONOUN.test(first) ||
    possessor >= 0;
  const rest = possessor >= 0 ? words.slice(possessor + 1) : determiner ? words.slice(1) : words;
  const head = headNoun(rest);
  if (!head || !/^(?:\p{Ll}[\p{Ll}-]{2,}|ad|\d+-year-old)$/u.test(head) || NOT_A_SPEAKER.has(head))
    return null;
  const singular = head.replace(/(?<=[^s])s$/u, '');
  const known =
    SPEAKING_NOUNS.has(head) ||
    ROLE_NOUNS.has(head) ||
    ROLE_NOUNS.has(singular) ||
    SPEAKING_NOUNS.has(singular);
  // An unknown head must be able to name someone: a noun, an adjective or a participle ("the billionaire", "the
  // Republican", "those surveyed"), not a verb, an adverb or a function word ("the … here", "the were").
  if (
    !known &&
    lexicon[head] !== undefined &&
    !lexicon[head]!.some((t) => /^(?:NN|JJ|VBN)/u.test(t))
  )
    return null;
  if (!determiner && !known) return null;
  if (
    !determiner &&
    !/s$/u.test(head) &&
    head !== 'people' &&
    !(ROLE_NOUNS.has(head) && /^\p{Lu}/u.test(first))
  )
    return null;
  return { head: singular, plural: head !== singular || head === 'people' };
}

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
