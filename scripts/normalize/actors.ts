import type { Actor } from '../../src/schemas';
import { TITLE_WORDS } from './lexicon/titles';
import { escapeRegExp } from './text';

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

/**
 * Every way the text may name an actor: its name, its aliases, the surname of each (a
 * person's "Kouleba" from "Dmytro Kouleba"), and its titles, both only while the actor is in
 * office. A surname is taken only from a personal name, never from a title ("US Secretary
 * of State" gives no "State").
 */
function namesOf(actor: Actor, current: boolean): string[] {
  const names = [actor.name, ...actor.aliases, ...(current ? actor.titles : [])];
  // A surname alone names the actor only while in office: "Wallace" in 2016 is not Ben Wallace.
  if (actor.kind === 'person' && current) {
    for (const name of [actor.name, ...actor.aliases]) {
      const words = name.split(' ');
      const last = words.at(-1);
      const personal = words.every((w) => /^\p{Lu}/u.test(w)) && !TITLE_WORDS.has(words[0]!);
      if (personal && last && last.length > 2) names.push(last);
    }
  }
  return names;
}

/** Do the actor's titles name it in an article published on `day`? */
export function inRole(actor: Actor, day: string | undefined): boolean {
  if (!actor.in_role || !day) return true;
  return actor.in_role.from <= day && (actor.in_role.to === undefined || day <= actor.in_role.to);
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

const indexes = new WeakMap<readonly Actor[], Map<string, ActorIndex>>();

/**
 * The index of a list of actors for an article published on `day` (titles and surnames
 * apply only within their actor's `in_role`); built once per list and set of actors in
 * office, so the gazetteer's index serves every article.
 */
export function buildActorIndex(actors: readonly Actor[], day?: string): ActorIndex {
  const titled = actors.map((a) => inRole(a, day));
  const signature = titled.map((t) => (t ? '1' : '0')).join('');
  const byDay = indexes.get(actors) ?? new Map<string, ActorIndex>();
  indexes.set(actors, byDay);
  const known = byDay.get(signature);
  if (known) return known;
  const index = compileIndex(actors, titled);
  byDay.set(signature, index);
  return index;
}

function compileIndex(actors: readonly Actor[], titled: readonly boolean[]): ActorIndex {
  const byAlias = new Map<string, string>();
  for (const [i, actor] of actors.entries()) {
    for (const name of namesOf(actor, titled[i]!)) {
      const key = foldSameLength(name);
      if (!byAlias.has(key)) byAlias.set(key, actor.id);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = aliases.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      )
    : null;
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
    if (actor)
      mentions.push({
        actor,
        start: match.index,
        end: match.index + original.length,
        text: original,
      });
  }
  return mentions;
}
