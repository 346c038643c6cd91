import slugify from '@sindresorhus/slugify';
import type { Actor } from '../../src/schemas';
import { SPEECH_VERBS } from './typography';

/**
 * Finds the people and groups a text names, against a gazetteer of canonical names and
 * aliases (transliterations such as Poutine → Putin, surnames, titles such as "the French
 * president"). Names are matched whole-word, accents ignored; at one position the longest
 * alias wins, so "Emmanuel Macron’s entourage" is the entourage, not Macron.
 */

export interface Mention {
  actor: string;
  start: number;
  end: number;
  text: string;
}

export interface ActorIndex {
  actors: ReadonlyMap<string, Actor>;
  pattern: RegExp | null;
  byAlias: ReadonlyMap<string, string>;
  /** Mentions already found, by text: the steps ask about the same paragraphs many times. */
  cache: Map<string, readonly Mention[]>;
}

/** Every way the text may name an actor: its name, aliases, and a person's surname. */
function namesOf(actor: Actor): string[] {
  const names = [actor.name, ...actor.aliases];
  if (actor.kind === 'person') {
    const surname = actor.name.split(' ').at(-1);
    if (surname && surname.length > 2) names.push(surname);
    for (const alias of actor.aliases) {
      const last = alias.split(' ').at(-1);
      if (/^\p{Lu}/u.test(alias) && !alias.includes(' the ') && last && last.length > 2 && /^\p{Lu}/u.test(last)) names.push(last);
    }
  }
  return names;
}

const foldedChars = new Map<string, string>();

/** Folds accents and case without changing the string's length, so offsets stay valid. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = foldedChars.get(ch);
    if (folded === undefined) {
      const base = ch.normalize('NFD')[0] ?? ch;
      const lower = (base.length === ch.length ? base : ch).toLowerCase();
      folded = ch === '’' ? "'" : lower.length === ch.length ? lower : ch;
      foldedChars.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const indexes = new WeakMap<readonly Actor[], ActorIndex>();

/** The index of a list of actors; built once per list (the gazetteer serves every article). */
export function buildActorIndex(actors: readonly Actor[]): ActorIndex {
  const known = indexes.get(actors);
  if (known) return known;
  const index = compileIndex(actors);
  indexes.set(actors, index);
  return index;
}

function compileIndex(actors: readonly Actor[]): ActorIndex {
  const byAlias = new Map<string, string>();
  for (const actor of actors) {
    for (const name of namesOf(actor)) {
      const key = foldSameLength(name);
      if (!byAlias.has(key)) byAlias.set(key, actor.id);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = aliases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return { actors: new Map(actors.map((a) => [a.id, a])), pattern, byAlias, cache: new Map() };
}

/**
 * The mentions in `text`, in order. A one-word alias (a surname) only matches when the
 * text capitalises it, so "bonne" is not Emmanuel Bonne.
 */
export function findMentions(text: string, index: ActorIndex): readonly Mention[] {
  const cached = index.cache.get(text);
  if (cached) return cached;
  const mentions = scanMentions(text, index);
  index.cache.set(text, mentions);
  return mentions;
}

function scanMentions(text: string, index: ActorIndex): Mention[] {
  if (!index.pattern) return [];
  const folded = foldSameLength(text);
  const mentions: Mention[] = [];
  for (const match of folded.matchAll(index.pattern)) {
    const original = text.slice(match.index, match.index + match[0].length);
    if (!match[0].includes(' ') && !/^\p{Lu}/u.test(original)) continue;
    const actor = index.byAlias.get(match[0]);
    if (actor) mentions.push({ actor, start: match.index, end: match.index + original.length, text: original });
  }
  return mentions;
}

const VERBS = SPEECH_VERBS.join('|');
const NAME = "\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+){1,2}";
const NAMED_SPEAKER = [
  new RegExp(`\\b(?:${VERBS}) (${NAME})(?:, ((?:an?|the|former|senior) [^,.]+))?`, 'gu'),
  new RegExp(`(?<![\\p{L}’'] )(${NAME}),? (?:\\p{Ll}+ )?(?:${VERBS})\\b`, 'gu'),
];
const NOT_A_NAME = /^(?:The|This|That|These|Those|President|Prime|Minister|French|Russian|Ukrainian|German|British|American|Israeli|European|Western|In|On|At|But|And|When|While|After|Before|According|Since|Ambassador|Chancellor|Professor)\b/u;

/**
 * People named next to a speech verb ("said Silvia Colombo, an expert on…") that the
 * gazetteer does not know. They become actors of their own (`source: extracted`), with the
 * apposition that follows the name as their role, so that they are attributed by name.
 */
export function extractSpeakers(text: string, index: ActorIndex, attributionLines: readonly string[] = []): Actor[] {
  const known = findMentions(text, index);
  const found = new Map<string, Actor>();
  for (const pattern of NAMED_SPEAKER) for (const match of text.matchAll(pattern)) addSpeaker(found, index, match, known);
  // A block quote's attribution line ("Gaspard Gantzer, former adviser…") names its speaker too.
  for (const line of attributionLines) for (const match of `said ${line}`.matchAll(NAMED_SPEAKER[0]!)) addSpeaker(found, index, match, []);
  return [...found.values()];
}

function addSpeaker(found: Map<string, Actor>, index: ActorIndex, match: RegExpMatchArray, known: readonly Mention[]): void {
  const name = match[1]!;
  const start = (match.index ?? 0) + match[0].indexOf(name);
  if (NOT_A_NAME.test(name)) return;
  if (known.some((m) => m.start < start + name.length && start < m.end)) return;
  const id = slugify(name);
  if (found.has(id) || index.actors.has(id) || findMentions(name, index).length > 0) return;
  found.set(id, {
    id,
    name,
    role: (match[2] ?? '').replace(/^(?:an?|the) /u, '').trim(),
    country: '',
    kind: 'person',
    aliases: [],
    source: 'extracted',
  });
}
