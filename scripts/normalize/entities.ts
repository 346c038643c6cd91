import slugify from '@sindresorhus/slugify';
import { getGender } from 'gender-detection-from-name';
import type { Actor } from '../../src/schemas';
import { findMentions, type ActorIndex } from './actors';
import { CALENDAR_WORDS, SENTENCE_OPENERS } from './lexicon/capitals';
import { FEMALE_HEADS, MALE_HEADS, ROLE_NOUNS } from './lexicon/person-nouns';
import { PLACES } from './lexicon/places';
import { HONORIFICS, TITLE_WORDS } from './lexicon/titles';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { findNames } from './names/find-names';
import type { NameKind, NameMention } from './names/types';
import { followedByVerb } from './pronouns/verbs';
import { escapeRegExp } from './text';

/**
 * The cast of one article: every person, organisation and group its text names, each
 * with its mentions. Names are found openly (`names.ts`), not looked up in a list; then
 * "Hillary Clinton" … "Clinton" … "Mrs. Clinton" become one person (a surname joins the
 * full name that shares it, the honorific's gender deciding between two Clintons), titles
 * and appositions ("Margarita Simonyan, the editor in chief of RT") become roles, and a
 * name the gazetteer knows takes the gazetteer's id. Gender comes from the gazetteer, an
 * honorific, the first name, or, failing those, the pronouns the text uses right after
 * the person's mentions.
 */

export type EntityKind = 'person' | 'organisation' | 'group';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  gender: 'male' | 'female' | null;
  /** Roles from titles and appositions, as the text writes them ("editor in chief of RT", "Clinton campaign spokesman"). */
  roles: string[];
  /** True when the gazetteer knows it. */
  known: boolean;
  /** The distinct ways the text names it. */
  names: string[];
  /** A description standing for an unnamed source ("a source", "an adviser to the French president"). */
  anonymous: boolean;
  /**
   * Something marks it as a person: a first name, an honorific, a known gender, a title or
   * a verb of its own somewhere. A lone capitalised word with none of these ("Benghazi",
   * "Getty") is no antecedent for "he" or "she".
   */
  attested: boolean;
}

export interface EntityMention {
  entity: string;
  block: number;
  /** The name itself. */
  start: number;
  end: number;
  /** With its title. */
  outerStart: number;
  text: string;
  possessive: boolean;
  /** A name used as a modifier ("Clinton campaign spokesman Brian Fallon"): never a speaker. */
  modifier: boolean;
}

/** People other articles of the dossier name in full, by surname: what a surname alone refers to when its article gives no full name. */
export type Directory = ReadonlyMap<string, { id: string; name: string }>;

/**
 * The dossier's directory: for each surname, the one person the articles name in full with
 * it, when one clearly dominates (in twice as many articles as any other); "Obama" in an
 * article that never writes "Barack Obama" is then the Barack Obama of the others.
 */
export function buildDirectory(actorsByArticle: ReadonlyArray<readonly Actor[]>): Directory {
  const bySurname = new Map<string, Map<string, { name: string; articles: number }>>();
  for (const actors of actorsByArticle) {
    for (const a of actors) {
      if (a.kind !== 'person' || a.anonymous || !a.name.includes(' ')) continue;
      const key = nameParts(a.name).last;
      const people = bySurname.get(key) ?? new Map<string, { name: string; articles: number }>();
      const seen = people.get(a.id) ?? { name: a.name, articles: 0 };
      seen.articles++;
      people.set(a.id, seen);
      bySurname.set(key, people);
    }
  }
  const directory = new Map<string, { id: string; name: string }>();
  for (const [surname, people] of bySurname) {
    const [first, second] = [...people].sort(
      (x, y) => y[1].articles - x[1].articles || x[0].localeCompare(y[0]),
    );
    if (first && (!second || first[1].articles >= 2 * second[1].articles))
      directory.set(surname, { id: first[0], name: first[1].name });
  }
  return directory;
}

/** Does an article name someone by a surname alone that the directory knows? Then it is worth a second reading. */
export function needsDirectory(actors: readonly Actor[], directory: Directory): boolean {
  return actors.some(
    (a) =>
      a.kind === 'person' &&
      !a.anonymous &&
      !a.name.includes(' ') &&
      directory.has(nameParts(a.name).last),
  );
}

/** Ids already made: slugifying is slow, and every article makes the ids of the same people again. */
const ACTOR_IDS = new Map<string, string>();

/** An actor's id: its name as a slug ("McCrummen" stays one word); a person's first and last names only. */
export function actorId(name: string): string {
  let id = ACTOR_IDS.get(name);
  if (id === undefined) {
    id = slugify(name, { decamelize: false });
    ACTOR_IDS.set(name, id);
  }
  return id;
}

export interface Cast {
  entities: Map<string, Entity>;
  /** Mentions of each block, in reading order, none overlapping. */
  mentions: EntityMention[][];
}

interface Draft {
  key: string;
  /** The id another article of the dossier gives this person, for a surname alone. */
  dossierId?: string;
  /** The gender was guessed from the first name, which the text's pronouns may overrule. */
  fromFirstName?: boolean;
  name: string;
  kind: EntityKind;
  gender: 'male' | 'female' | null;
  roles: Set<string>;
  known: string | null;
  names: Set<string>;
  first: string | null;
  last: string;
  count: number;
}

// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const MARKS = /\p{M}/gu;
const INITIAL = /^\p{Lu}\.$/u;
const LOWER_CASE = /^\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
const LONG_WORD = /[\p{L}][\p{L}’'-]{3,}/gu;

const fold = (s: string) => s.normalize('NFKD').replace(MARKS, '').toLowerCase();
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;

/**
 * The words of a person's name that identify it: the first name and the surname with its
 * particles ("Bill de Blasio"); initials, middle names and suffixes set aside, so "Donald
 * J. Trump" and "Donald Trump" are one person.
 */
function nameParts(text: string): { first: string | null; last: string; key: string } {
  const words = text
    .split(/\s+/u)
    .filter((w) => !SUFFIX.test(w) && !INITIAL.test(w) && !/^["“(]/u.test(w));
  const last = fold(words.at(-1) ?? text);
  const first = words.length > 1 ? fold(words[0]!) : null;
  const particles = words
    .slice(1, -1)
    .filter((w) => LOWER_CASE.test(w))
    .map(fold);
  return { first, last, key: first ? [first, ...particles, last].join(' ') : last };
}

/** "WALLACE" in a transcript is Wallace. */
const displayName = (text: string) =>
  /^[\p{Lu}\s.'’-]+$/u.test(text) && /\p{Lu}{3}/u.test(text)
    ? text.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase())
    : text;

/**
 * English first names given to men and women alike, which the name list files under one
 * gender ("Jan" as male: "Jan Brewer … she said"). They are first names, but only the text's
 * pronouns or an honorific can say the gender.
 */
const UNISEX = new Set([
  'ashley',
  'avery',
  'billie',
  'blair',
  'bobbie',
  'cameron',
  'carey',
  'casey',
  'dana',
  'frankie',
  'jackie',
  'jamie',
  'jan',
  'jean',
  'jessie',
  'jody',
  'jordan',
  'kelly',
  'kerry',
  'kim',
  'leslie',
  'lindsey',
  'lynn',
  'marion',
  'morgan',
  'pat',
  'quinn',
  'riley',
  'robin',
  'sandy',
  'shannon',
  'sidney',
  'stacey',
  'sydney',
  'taylor',
  'toni',
  'tracy',
]);

/** Does the name list know this word as a first name (whatever its gender)? */
function isFirstName(first: string | null): boolean {
  return first !== null && getGender(first, 'en') !== 'unknown';
}

function genderOfFirstName(first: string | null): 'male' | 'female' | null {
  if (!first || UNISEX.has(first.toLowerCase())) return null;
  const g = getGender(first, 'en');
  return g === 'male' || g === 'female' ? g : null;
}

/** Every word of four letters or more capitalised, over at least six of them, verbs included: a headline, not a sentence. */
function titleCase(text: string): boolean {
  let words = 0;
  // Most paragraphs have a word in lower case among their first few: stop there.
  for (const [word] of text.matchAll(LONG_WORD)) {
    if (!CAPITAL.test(word)) return false;
    words++;
  }
  return words >= 6;
}

/**
 * A word the name finder may set aside when it stands alone: a sentence opener, a title, a
 * place, a month, or any word of the English lexicon ("Black", "Brown", "Read").
 */
function isSetAside(word: string): boolean {
  // "Schlafly had…": a surname shaped like an adverb or a participle, which the name finder drops at a sentence start.
  return (
    SENTENCE_OPENERS.has(word) ||
    TITLE_WORDS.has(word) ||
    PLACES.has(word) ||
    CALENDAR_WORDS.has(word) ||
    word.toLowerCase() in lexicon ||
    /^\p{Lu}\p{Ll}{3,}(?:ing|ly|ful|ous|less|ive|ed)$/u.test(word)
  );
}

/** Every word the article writes in lower case somewhere. */
function lowerCaseWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  // Words of prose only: "@mike_pence" and "pence.com" make no common word of "pence".
  for (const t of texts)
    for (const m of t.matchAll(/(?<=^|[\s(“"‘—–])\p{Ll}[\p{L}’'-]*(?=$|[\s,.;:!?)”"’—–])/gu))
      words.add(m[0]);
  return words;
}

/** Common nouns for an organisation, which a name may be called ("a firm named …") or be in apposition to ("…, a nonprofit"). */
const ORGANISATION_NOUNS =
  'company|firm|corporation|group|organization|organisation|nonprofit|charity|startup|agency|network|newspaper|magazine|website|PAC|super\\s+PAC|coalition|consultancy|think\\s+tank|foundation|institute';
const CALLED_BEFORE = new RegExp(
  `(?:^|\\s)(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${ORGANISATION_NOUNS})\\s+(?:called|named)\\s+$`,
  'u',
);
const APPOSED_AFTER = new RegExp(
  `^,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ORGANISATION_NOUNS})(?=\\s*[,.;:]|\\s+(?:that|which|based|in|with|whose|founded|run|owned)\\s)`,
  'u',
);

/** Does the text call the person-shaped name an organisation, before it or in apposition after it? */
function calledOrganisation(text: string, m: NameMention): boolean {
  return (
    !m.possessive &&
    (CALLED_BEFORE.test(text.slice(Math.max(0, m.outerStart - 60), m.outerStart)) ||
      APPOSED_AFTER.test(text.slice(m.end, m.end + 80)))
  );
}

export function buildCast(
  texts: readonly string[],
  gazetteer: ActorIndex,
  skip: (block: number) => boolean,
  directory: Directory = new Map(),
): Cast {
  const common = lowerCaseWords(texts);
  // A line in title case ("Rubio Thinks Joe Biden Was A Really Effective Senator") names nobody reliably.
  const names = texts.map((t, b) => (skip(b) || titleCase(t) ? [] : findNames(t, common)));
  const known = texts.map((t, b) => (skip(b) ? [] : findMentions(t, gazetteer)));
  const drafts = new Map<string, Draft>();
  const byLast = new Map<string, Draft[]>();
  const byFirst = new Map<string, Draft[]>();
  const add = (d: Draft) => {
    drafts.set(d.key, d);
    if (d.kind === 'person') {
      byLast.set(d.last, [...(byLast.get(d.last) ?? []), d]);
      if (d.first) byFirst.set(d.first, [...(byFirst.get(d.first) ?? []), d]);
    }
  };
  // A gazetteer name within the mention links it ("French President Emmanuel Macron"); one that holds
  // the mention and more ("Emmanuel Macron’s entourage") is another actor, and the name inside it no mention.
  const gazetteerAt = (b: number, m: NameMention) =>
    known[b]!.find((k) => k.start >= m.outerStart && k.end <= m.end + 2);
  const insideKnown = (b: number, m: NameMention) =>
    known[b]!.some(
      (k) =>
        k.start <= m.outerStart && k.end >= m.end && (k.start < m.outerStart || k.end > m.end + 2),
    );
  for (const [b, list] of names.entries()) names[b] = list.filter((m) => !insideKnown(b, m));
  // "a company called Cambridge Analytica", "Cambridge Analytica, a data firm": a name the text calls an organisation is one
  // wherever it stands, however much it looks like a person's.
  const organisations = new Set(
    names.flatMap((list, b) =>
      list
        .filter((m) => m.kind === 'person' && calledOrganisation(texts[b]!, m))
        .map((m) => m.text),
    ),
  );
  for (const [b, list] of names.entries())
    names[b] = list.map((m) =>
      m.kind === 'person' && organisations.has(m.text) ? { ...m, kind: 'organisation' } : m,
    );

  // Full names first: they define the people that surnames then refer to.
  names.forEach((list, b) => {
    for (const m of list) {
      if (m.kind === 'place' || (m.kind === 'person' && !m.text.includes(' '))) continue;
      const parts =
        m.kind === 'person'
          ? nameParts(m.text)
          : { first: null, last: fold(m.text), key: `org:${fold(m.text)}` };
      const existing = drafts.get(parts.key);
      const g = gazetteerAt(b, m);
      if (existing) {
        existing.names.add(m.text);
        existing.known ??= g?.actor ?? null;
        continue;
      }
      const firstNameGender = m.kind === 'person' ? genderOfFirstName(parts.first) : null;
      add({
        key: parts.key,
        name: displayName(m.text),
        kind: m.kind === 'person' ? 'person' : m.kind === 'group' ? 'group' : 'organisation',
        gender: firstNameGender,
        fromFirstName: firstNameGender !== null,
        roles: new Set(),
        known: g?.actor ?? null,
        names: new Set([m.text]),
        first: parts.first,
        last: parts.last,
        count: 0,
      });
    }
  });

  // "Al From" … "From said", "Mark Cuban" … "Cuban said": a surname that is also a common or title
  // word, which the name finder set aside alone, is that person where the article names them in full.
  // "Evans" read alone as a group, "Israel" as a place: a word the name finder gives another kind when it stands alone.
  const readAlone = new Set(
    names
      .flat()
      .filter((m) => m.kind !== 'person' && !m.text.includes(' '))
      .map((m) => m.text),
  );
  const surnames = new Set(
    [...drafts.values()]
      .filter((d) => d.kind === 'person' && d.first)
      .map((d) => ({ last: [...d.names][0]!.split(/\s+/u).at(-1)!, first: d.first! }))
      .filter(
        ({ last, first }) =>
          (isSetAside(last) || (readAlone.has(last) && isFirstName(first))) &&
          !/^(?:DT|PRP|CC|WDT|WP|EX|PDT)/u.test(lexicon[last.toLowerCase()]?.[0] ?? ''),
      )
      .map(({ last }) => last),
  );
  if (surnames.size > 0) {
    const pattern = new RegExp(
      `(?<![\\p{L}’'-])(?:${[...surnames].map(escapeRegExp).join('|')})(?![\\p{L}’'-])`,
      'gu',
    );
    names.forEach((list, b) => {
      if (skip(b)) return;
      for (const match of texts[b]!.matchAll(pattern)) {
        // A place or group word alone ("Israel said", "Black marveled") is the person named in full with it.
        const covering = list.findIndex((m) => m.outerStart <= match.index && match.index < m.end);
        if (
          covering >= 0 &&
          !(list[covering]!.kind !== 'person' && list[covering]!.text === match[0])
        )
          continue;
        if (covering >= 0) list.splice(covering, 1);
        list.push({
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          outerStart: match.index,
          title: null,
          honorific: null,
          possessive: /^['’]s?/u.test(texts[b]!.slice(match.index + match[0].length)),
          kind: 'person',
        });
      }
      list.sort((x, y) => x.start - y.start);
    });
  }

  const mentions: EntityMention[][] = texts.map(() => []);
  names.forEach((list, b) => {
    const text = texts[b]!;
    for (const m of list) {
      if (m.kind === 'place') continue;
      const draft =
        m.kind === 'person' && !m.text.includes(' ')
          ? singleName(m, b)
          : drafts.get(m.kind === 'person' ? nameParts(m.text).key : `org:${fold(m.text)}`);
      if (!draft) continue;
      draft.count++;
      draft.names.add(m.text);
      const said = m.honorific ?? describedGender(text, m);
      if (said && draft.kind === 'person' && (!draft.gender || draft.fromFirstName)) {
        draft.gender = said;
        draft.fromFirstName = false;
      }
      for (const role of rolesOf(text, m)) draft.roles.add(role);
      mentions[b]!.push({
        entity: draft.key,
        block: b,
        start: m.start,
        end: m.end,
        outerStart: m.outerStart,
        text: m.text,
        possessive: m.possessive,
        modifier: isModifier(text, m),
      });
    }
  });

  function singleName(m: NameMention, b: number): Draft {
    const word = fold(m.text);
    const same = (byLast.get(word) ?? []).filter(
      (d) => !m.honorific || !d.gender || d.gender === m.honorific,
    );
    // A first name alone ("Hillary") is the one person of the article it opens, if a known first name.
    const byFirstName = isFirstName(word) ? (byFirst.get(word) ?? []) : [];
    // "Ban Ki-moon" … "Ban", "Xi Jinping" … "Xi": a family name written first, which no one else in the article has as a first name or surname.
    const familyFirst =
      !isFirstName(word) && same.length === 0
        ? (byFirst.get(word) ?? []).filter((d) => {
            const w = [...d.names][0]!.split(/\s+/u);
            return (
              w.length <= 3 &&
              w.every(
                (x) => /^\p{Lu}/u.test(x) && !common.has(x.toLowerCase()) && !TITLE_WORDS.has(x),
              )
            );
          })
        : [];
    const chosen =
      pick(same, b) ??
      (byFirstName.length === 1 ? byFirstName[0]! : null) ??
      (familyFirst.length === 1 ? familyFirst[0]! : null);
    if (chosen) return chosen;
    const g = gazetteerAt(b, m);
    const key = word;
    const existing = drafts.get(key);
    if (existing) return existing;
    const elsewhere = g ? undefined : directory.get(word);
    // "a resident named Caroline": someone the article calls by a first name alone has that name's usual gender.
    const firstNameAlone =
      !m.honorific && !g && !elsewhere && !(word in lexicon) && !common.has(word)
        ? genderOfFirstName(word)
        : null;
    const draft: Draft = {
      key,
      ...(elsewhere ? { dossierId: elsewhere.id } : {}),
      name: elsewhere?.name ?? displayName(m.text),
      kind: 'person',
      gender: m.honorific ?? firstNameAlone,
      ...(firstNameAlone ? { fromFirstName: true } : {}),
      roles: new Set(),
      known: g?.actor ?? null,
      names: new Set([m.text]),
      first: null,
      last: word,
      count: 0,
    };
    add(draft);
    return draft;
  }
  /** Of several people sharing a surname, the one most mentioned so far. */
  function pick(candidates: readonly Draft[], _b: number): Draft | null {
    if (candidates.length <= 1) return candidates[0] ?? null;
    // A full name that opens with a common word ("Liberal Oscar-winner Sarandon", a headline) yields to a real first name.
    const plausible = (d: Draft) =>
      d.first === null || isFirstName(d.first) || !(common.has(d.first) || d.first in lexicon)
        ? 1
        : 0;
    return [...candidates].sort((x, y) => plausible(y) - plausible(x) || y.count - x.count)[0]!;
  }

  // What the gazetteer names that no capitalised run covers ("the French president", "the Elysée").
  known.forEach((list, b) => {
    for (const k of list) {
      if (mentions[b]!.some((m) => m.start < k.end && k.start < m.end)) continue;
      const key = `gazetteer:${k.actor}`;
      const draft = drafts.get(key) ?? {
        key,
        name: '',
        kind: 'person' as const,
        gender: null,
        roles: new Set<string>(),
        known: k.actor,
        names: new Set<string>(),
        first: null,
        last: '',
        count: 0,
      };
      drafts.set(key, draft);
      draft.names.add(k.text);
      mentions[b]!.push({
        entity: key,
        block: b,
        start: k.start,
        end: k.end,
        outerStart: k.start,
        text: k.text,
        possessive: /['’]s$/u.test(texts[b]!.slice(k.end, k.end + 2)),
        modifier: false,
      });
    }
    mentions[b]!.sort((x, y) => x.start - y.start);
  });

  // A one-word "person" that the text only ever places things in ("at Purchase", "in Tulsa") is a place.
  const located = new Map<string, { at: number; all: number }>();
  mentions.forEach((list, b) => {
    for (const m of list) {
      const v = located.get(m.entity) ?? { at: 0, all: 0 };
      v.all++;
      if (
        /(?:^|\s)(?:in|at|near|outside|across|throughout|inside)\s+(?:the\s+)?$/u.test(
          texts[b]!.slice(Math.max(0, m.outerStart - 12), m.outerStart),
        )
      )
        v.at++;
      located.set(m.entity, v);
    }
  });
  for (const [key, v] of located) {
    const draft = drafts.get(key);
    if (draft && draft.kind === 'person' && !draft.first && !draft.known && v.at === v.all)
      drafts.delete(key);
  }
  for (const [b, list] of mentions.entries())
    mentions[b] = list.filter((m) => drafts.has(m.entity));

  learnGenders(texts, mentions, drafts);
  const attested = new Set<string>();
  mentions.forEach((list, b) => {
    // A verb of its own, or a transcript's speaker label ("PENCE: Well, …").
    for (const m of list)
      if (
        !m.modifier &&
        !m.possessive &&
        (followedByVerb(texts[b]!, m.end) ||
          (texts[b]![m.end] === ':' && /^\W*$/u.test(texts[b]!.slice(0, m.outerStart))))
      )
        attested.add(m.entity);
  });
  return finish(drafts, mentions, gazetteer, attested, common);
}

/**
 * Does a full name's first word read as a first name: one with a usual gender that is not a
 * verb, adverb or preposition ("Kicked Off In The", "Except the Republican"), or a word
 * that is no English word at all ("Reince")? A headline run or a phrase in capitals is no person.
 */
function firstNameLike(first: string, common: ReadonlySet<string>, written = first): boolean {
  // "Wisconsin Republican", "POLITICO Massachusetts", "Latino Republicans": a place, a word in capitals, a people.
  if (/^\p{Lu}{3,}$/u.test(written)) return false;
  if (
    (PLACES.has(written) || /^\p{Lu}\p{Ll}+(?:ans?|ians?|ese|ish|ino|ina|in)$/u.test(written)) &&
    !isFirstName(first)
  )
    return false;
  const tag = lexicon[first]?.[0];
  if (isFirstName(first)) return !tag || !/^(?:VB|RB|IN|MD|DT|CC|TO|WDT|WRB)/u.test(tag);
  return tag === undefined && !common.has(first);
}

// Not "spokesman" or "chairman": news style gives them to women too ("Trump spokesman Hope Hicks").
const GENDERED = `(${[...FEMALE_HEADS, ...MALE_HEADS].filter((w) => w !== 'spokesman' && w !== 'chairman').join('|')})`;
/** "9/11 widow Terry Strada", "actress Susan Sarandon": a noun of gender right before the name. */
const GENDER_BEFORE = new RegExp(`(?:^|[^\\p{L}'’-])${GENDERED}\\s+$`, 'u');
/** "Terry Strada, the widow of …", "Jan Piercy, a longtime friend and businesswoman": one in an apposition after it. */
const GENDER_AFTER = new RegExp(
  `^,\\s+(?:the|a|an|his|her|their)\\s+(?:(?!(?:of|for|with|from|to|in|on|at|by|and|or|who|that)\\s)[\\p{L}\\d'’-]+\\s+){0,3}?${GENDERED}(?=[\\s,.;])`,
  'u',
);

/** The gender that a noun of the words around a name gives it, when the name has no honorific. */
function describedGender(text: string, m: NameMention): 'male' | 'female' | null {
  const head =
    GENDER_BEFORE.exec(text.slice(Math.max(0, m.outerStart - 30), m.outerStart))?.[1] ??
    GENDER_AFTER.exec(text.slice(m.end, m.end + 80))?.[1];
  if (!head) return null;
  return FEMALE_HEADS.has(head) ? 'female' : 'male';
}

/** Roles from the words around a name: its title, and an apposition after it. */
function rolesOf(text: string, m: NameMention): string[] {
  const roles: string[] = [];
  // "Mrs." says a gender, not a role.
  if (m.title && !m.title.split(/\s+/u).every((w) => HONORIFICS.has(w))) roles.push(m.title);
  // The words right before the title, up to four of them, back to any punctuation.
  const lead = text.slice(Math.max(0, m.outerStart - 60), m.outerStart);
  const words = /\s$/u.test(lead) ? lead.trimEnd().split(/\s+/u).slice(-4) : [];
  const firstOther = words.findLastIndex((w) => !/^[\p{L}’'-]+$/u.test(w));
  const before = words.slice(firstOther + 1);
  const roleAt = before.findLastIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
  if (roleAt >= 0 && roleAt === before.length - 1)
    roles.push(before.slice(Math.max(0, roleAt - 2)).join(' '));
  const apposition =
    /^(?:['’]s?)?,\s+((?:the|a|an|his|her|its|their|who\s+is|now)\s+[^,.;:()“”"]{2,80}?|[\p{Ll}][^,.;:()“”"]{2,100}?)(?=,|\.|;|\s+(?:said|says|told|wrote|added)\b)/u.exec(
      text.slice(m.end, m.end + 120),
    );
  if (
    apposition &&
    apposition[1]!.split(/\s+/u).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/['’]s$/u, '')))
  )
    roles.push(apposition[1]!.replace(/^(?:the|a|an|who\s+is|now)\s+/u, ''));
  return roles;
}

/** Nouns a name may qualify ("the Trump campaign", "Sanders protesters", "Obama-era"), besides the role nouns. */
const MODIFIED = new Set([
  'campaign',
  'administration',
  'foundation',
  'family',
  'camp',
  'team',
  'allies',
  'ally',
  'staff',
  'loyalist',
  'era',
  'years',
  'presidency',
  'protester',
  'backer',
  'fan',
  'supporter',
  'surrogate',
  'donor',
  'critic',
  'rally',
  'speech',
  'event',
  'plan',
  'policy',
  'policies',
  'tower',
  'hotel',
  'university',
  'organization',
  'people',
  'world',
  'brand',
  'name',
  'tax',
  'taxes',
  'returns',
  'email',
  'server',
  'doppelganger',
  'voter',
  'camp',
  'ticket',
  'presidency',
  'nomination',
  'victory',
  'win',
  'loss',
  'defeat',
  'agenda',
  'doctrine',
  'effect',
  'factor',
  'card',
  'style',
  'base',
]);

/** "Clinton campaign spokesman …", "the Trump campaign": a name that qualifies the noun after it. */
function isModifier(text: string, m: NameMention): boolean {
  if (m.possessive) return false;
  const next = /^\s+([\p{Ll}-]+)/u.exec(text.slice(m.end, m.end + 30))?.[1];
  if (!next) return false;
  const singular = next.replace(/(?<=[^s])s$/u, '');
  if (MODIFIED.has(next) || MODIFIED.has(singular) || ROLE_NOUNS.has(singular)) return true;
  // "White House press secretary Josh Earnest", "Clinton senior policy adviser": nouns or adjectives, then a role.
  const words =
    /^(?:\s+[\p{Ll}-]+){2,3}/u
      .exec(text.slice(m.end, m.end + 50))?.[0]
      .trim()
      .split(/\s+/u) ?? [];
  const role = words.findIndex((w, k) => k > 0 && ROLE_NOUNS.has(w.replace(/(?<=[^s])s$/u, '')));
  return (
    role > 0 &&
    words
      .slice(0, role)
      .every((w) => /^(?:NN|JJ)/u.test(lexicon[w]?.[0] ?? '') && !ROLE_NOUNS.has(w))
  );
}

/** A name followed by its verb, past a parenthesis or an apposition. */
const SUBJECT_OF_VERB =
  /^(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?(?:\p{Ll}+ed|\p{Ll}{2,}[^s\W]s|is|was|has|had|will|would|could|can|did|does|said|says|told|wrote|added|asked|thinks|thought|went|made|got|took|gave|came|won|lost|spoke|knew|saw|felt)\b/u;

/**
 * A person of unknown gender takes the gender of the pronouns that follow their mentions
 * when no other person is named in between: "Jeh Johnson said … He added" makes Johnson a
 * man. Votes are counted over the whole article.
 */
function learnGenders(
  texts: readonly string[],
  mentions: readonly EntityMention[][],
  drafts: Map<string, Draft>,
): void {
  const votes = new Map<string, { male: number; female: number }>();
  mentions.forEach((list, b) => {
    const text = texts[b]!;
    list.forEach((m, i) => {
      const draft = drafts.get(m.entity);
      if (!draft || draft.kind !== 'person' || (draft.gender && !draft.fromFirstName)) return;
      // A lone capitalised word ("Benghazi", "Meantime") takes a gender only where it is the subject of a verb.
      if (!draft.first && !draft.known && !SUBJECT_OF_VERB.test(text.slice(m.end, m.end + 120)))
        return;
      const next = list[i + 1]?.start ?? text.length;
      const window = text.slice(m.end, Math.min(next, m.end + 200));
      const he = /\b(?:he|him|his|himself)\b/iu.exec(window);
      const she = /\b(?:she|her|hers|herself)\b/iu.exec(window);
      if (!he && !she) return;
      const v = votes.get(m.entity) ?? { male: 0, female: 0 };
      if (he && (!she || he.index < she.index)) v.male++;
      else v.female++;
      votes.set(m.entity, v);
    });
  });
  for (const [key, v] of votes) {
    const draft = drafts.get(key)!;
    // A first name's usual gender stands unless two or more pronouns, nearly all alike, say otherwise ("Florent").
    if (draft.gender && draft.fromFirstName) {
      if (draft.gender === 'female' && v.male >= 2 && v.female <= 1 && v.male > 2 * v.female)
        draft.gender = 'male';
      else if (draft.gender === 'male' && v.female >= 2 && v.male <= 1 && v.female > 2 * v.male)
        draft.gender = 'female';
    } else if (v.male > v.female) draft.gender = 'male';
    else if (v.female > v.male) draft.gender = 'female';
  }
}

function finish(
  drafts: Map<string, Draft>,
  mentions: EntityMention[][],
  gazetteer: ActorIndex,
  verbs: ReadonlySet<string>,
  common: ReadonlySet<string>,
): Cast {
  // Something marks a draft as a person: a verb of its own, a role, a first name, or a gender the text gives it.
  const attestedOf = (d: Draft) =>
    verbs.has(d.key) ||
    d.roles.size > 0 ||
    (d.first !== null
      ? firstNameLike(d.first, common, d.name.split(/\s+/u)[0])
      : d.gender !== null);
  const ids = new Map<string, string>();
  const entities = new Map<string, Entity>();
  const taken = new Set(gazetteer.actors.keys());
  for (const d of drafts.values()) {
    if (d.count === 0 && !d.key.startsWith('gazetteer:')) continue;
    const actor = d.known ? gazetteer.actors.get(d.known) : undefined;
    let id = actor?.id ?? d.dossierId ?? actorId(d.kind === 'person' && d.first ? d.key : d.name);
    if (!actor && (taken.has(id) || id === '')) id = `${id || 'unnamed'}-${d.kind}`;
    ids.set(d.key, id);
    const existing = entities.get(id);
    const names = [...d.names];
    if (existing) {
      existing.names = [...new Set([...existing.names, ...names])];
      existing.roles = [...new Set([...existing.roles, ...d.roles])];
      existing.gender ??= d.gender;
      existing.attested ||= attestedOf(d);
      continue;
    }
    entities.set(id, {
      id,
      name: actor?.name ?? d.name,
      kind: actor
        ? actor.kind === 'person'
          ? 'person'
          : actor.kind === 'organisation'
            ? 'organisation'
            : 'group'
        : d.kind,
      gender: actor?.gender ?? d.gender,
      roles: [...d.roles, ...(actor?.role ? [actor.role] : [])],
      known: actor !== undefined,
      names,
      anonymous: false,
      attested: actor !== undefined || d.kind !== 'person' || attestedOf(d),
    });
  }
  const resolved = mentions.map((list) =>
    list.filter((m) => ids.has(m.entity)).map((m) => ({ ...m, entity: ids.get(m.entity)! })),
  );
  return { entities, mentions: resolved };
}

const SPELLED_OUT: Readonly<Record<string, string>> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Adm.': 'Admiral',
  'Sgt.': 'Sergeant',
  'Capt.': 'Captain',
  'Prof.': 'Professor',
  'Rev.': 'Reverend',
  'Atty.': 'Attorney',
};

/** The role an actor page shows: the fullest one the texts give ("editor in chief of RT" over "Sen."), abbreviations spelled out. */
function displayRole(roles: readonly string[]): string {
  const best = [...roles].sort(
    (a, b) =>
      b.split(/\s+/u).length - a.split(/\s+/u).length || roles.indexOf(a) - roles.indexOf(b),
  )[0];
  return best
    ? best
        .split(/\s+/u)
        .map((w) => SPELLED_OUT[w] ?? w)
        .join(' ')
    : '';
}

/** The cast's text-found entities as actors of the dossier (`source: extracted`). */
export function castActors(cast: Cast, used: ReadonlySet<string>): Actor[] {
  return [...cast.entities.values()]
    .filter((e) => !e.known && used.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      role: displayRole(e.roles),
      country: '',
      kind: e.kind,
      ...(e.gender ? { gender: e.gender } : {}),
      aliases: [],
      titles: [],
      source: 'extracted' as const,
      mentions: e.names,
      anonymous: e.anonymous,
    }));
}

export type { NameKind };
