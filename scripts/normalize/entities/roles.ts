/** The roles the words around a name give it, and whether a name qualifies the noun after it ("the Trump campaign"). */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { ROLE_NOUNS } from '../lexicon/person-nouns';
import { HONORIFICS } from '../lexicon/titles';
import type { NameMention } from '../names/types';

/** Roles from the words around a name: its title, and an apposition after it. */
export function rolesOf(text: string, m: NameMention): string[] {
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
  'ticket',
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
export function isModifier(text: string, m: NameMention): boolean {
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
