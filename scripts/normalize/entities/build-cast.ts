/**
 * The cast of one article: every person, organisation and group its text names, each
 * with its mentions. Names are found openly (`names/find-names.ts`), not looked up in a
 * list; then "Hillary Clinton" … "Clinton" … "Mrs. Clinton" become one person (a surname joins the
 * full name that shares it, the honorific's gender deciding between two Clintons), titles
 * and appositions ("Margarita Simonyan, the editor in chief of RT") become roles, and a
 * name the gazetteer knows takes the gazetteer's id. Gender comes from the gazetteer, an
 * honorific, the first name, or, failing those, the pronouns the text uses right after
 * the person's mentions.
 */

import lexicon from 'wink-lexicon/src/lexicon.js';
import { foldAccents } from '../../../src/lib/fold';
import { findMentions, type ActorIndex } from '../actors';
import { TITLE_WORDS } from '../lexicon/titles';
import { findNames } from '../names/find-names';
import type { NameMention } from '../names/types';
import { followedByVerb } from '../pronouns/verbs';
import { calledOrganisation, lowerCaseWords, titleCase } from './article-words';
import { finish } from './cast-actors';
import { genderOfFirstName, isFirstName } from './first-names';
import { describedGender, learnGenders } from './genders';
import { displayName, nameParts } from './name-parts';
import { isModifier, rolesOf } from './roles';
import { addSurnameMentions } from './surnames';
import type { Cast, Directory, Draft, EntityMention } from './types';

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
          : { first: null, last: foldAccents(m.text), key: `org:${foldAccents(m.text)}` };
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

  // Surnames the name finder set aside alone, where the article names their person in full.
  addSurnameMentions(texts, names, drafts, skip);

  const mentions: EntityMention[][] = texts.map(() => []);
  names.forEach((list, b) => {
    const text = texts[b]!;
    for (const m of list) {
      if (m.kind === 'place') continue;
      const draft =
        m.kind === 'person' && !m.text.includes(' ')
          ? singleName(m, b)
          : drafts.get(m.kind === 'person' ? nameParts(m.text).key : `org:${foldAccents(m.text)}`);
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
    const word = foldAccents(m.text);
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
