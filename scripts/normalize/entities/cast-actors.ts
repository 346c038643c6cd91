/** Drafts made entities with ids, and a cast's text-found entities made actors of the dossier. */

import slugify from '@sindresorhus/slugify';
import type { Actor } from '../../../src/schemas';
import type { ActorIndex } from '../actors';
import { firstNameLike } from './first-names';
import type { Cast, Draft, Entity, EntityMention } from './types';

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

export function finish(
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
