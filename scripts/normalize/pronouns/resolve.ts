/**
 * Resolves a pronoun standing for a speaker to an entity of the cast (Citron's and
 * CoreNLP's recipe, measured on PolNeAR train): the candidates are the mentions before it,
 * outside quotations, in its paragraph and the three before; "he" and "she" take people
 * of that gender or of unknown gender, never an organisation; "they" and "it" take
 * organisations and groups. The nearest sentence wins, a subject beats an object in it
 * ("When Flynn was asked whether he respects Putin, he said" → Flynn), and the speaker of
 * the latest quotation is preferred over a mere mention. A person named inside the
 * quotation being attributed is not its speaker. Nothing compatible: null.
 */

import { entityOf, insideQuote, type ArticleContext } from '../cast-context';
import { resolveDescription } from '../descriptions/resolve';
import type { Entity, EntityMention } from '../entities/types';
import { FEMALE_HEADS, MALE_HEADS } from '../lexicon/person-nouns';
import { splitSentences } from '../text';
import { introduced, positionCost, relativeHolds, speaks, W } from './costs';
import { CHAINED, DOCUMENT, FRONTED_PARTICIPLE, PERSON, WRITTEN_IN } from './patterns';
import { followedByVerb } from './verbs';

export interface Antecedent {
  entity: Entity;
  mention: EntityMention;
}

const DESCRIBED = new WeakMap<ArticleContext, Map<string, Entity | null>>();

interface Candidate {
  mention: EntityMention;
  entity: Entity;
  score: number;
}

type Fits = (e: Entity) => boolean;

const FITS: Record<string, Fits> = {
  he: (e) => e.kind === 'person' && (e.gender === null || e.gender === 'male'),
  him: (e) => e.kind === 'person' && (e.gender === null || e.gender === 'male'),
  she: (e) => e.kind === 'person' && (e.gender === null || e.gender === 'female'),
  her: (e) => e.kind === 'person' && (e.gender === null || e.gender === 'female'),
  they: (e) => e.kind !== 'person',
  it: (e) => e.kind === 'organisation',
};

export function resolvePronoun(
  pronoun: string,
  block: number,
  offset: number,
  ctx: ArticleContext,
  exclude: ReadonlySet<string>,
  depth = 0,
): Antecedent | null {
  const word = pronoun.toLowerCase();
  const fits = FITS[word];
  if (!fits) return null;
  const last = ctx.previous.at(-1);
  const lastSpeaker = last && last.span.block >= block - 2 ? last.attribution.speaker : null;
  let best: Candidate | null = null;
  let distance = 0;
  for (let b = block; b >= Math.max(0, block - 3) && distance <= 8; b--) {
    const text = ctx.blocks[b]!.text;
    const limit = b === block ? offset : text.length;
    const sentences = splitSentences(text.slice(0, limit));
    for (let s = sentences.length - 1; s >= 0 && distance <= 8; s--, distance++) {
      const sentence = sentences[s]!;
      // "Asked about her vote in the event that Clinton faces Trump, she replied": the pronoun is the understood subject of the
      // participle that opens its sentence, so none of the names in that clause is what it stands for.
      const fronted =
        b === block &&
        s === sentences.length - 1 &&
        FRONTED_PARTICIPLE.test(text.slice(sentence.start, offset));
      for (const m of ctx.cast.mentions[b] ?? []) {
        if (
          fronted ||
          m.start < sentence.start ||
          m.end > sentence.end ||
          m.modifier ||
          insideQuote(ctx, b, m.start) ||
          exclude.has(m.entity)
        )
          continue;
        const entity = entityOf(ctx, m.entity);
        if (
          !entity ||
          entity.anonymous ||
          !fits(entity) ||
          (entity.kind === 'person' && !entity.attested)
        )
          continue;
        const score = relativeHolds(text, m, b === block ? offset : -1)
          ? W.REL
          : distance * 10 +
            (introduced(text, m)
              ? Math.min(positionCost(text, m), W.APPOS)
              : positionCost(text, m)) +
            (m.entity === lastSpeaker ? W.LAST : 0) +
            (entity.gender === null && entity.kind === 'person' ? W.NULLG : 0) +
            (speaks(text, m) ? W.SPEAKS : 0);
        // Of two mentions alike, the later one: it is nearer the pronoun.
        if (!best || score <= best.score) best = { mention: m, entity, score };
      }
      // "“…,” the groups say. They argue that …": the speaker of the latest quotation, named in this sentence by a description
      // the cast does not hold ("the company", "the groups"), is what "it" or "they" stands for.
      const said = last?.attribution.mention;
      if (
        (word === 'it' || word === 'they') &&
        lastSpeaker &&
        said &&
        said.block === b &&
        said.start >= sentence.start &&
        said.end <= sentence.end &&
        !insideQuote(ctx, b, said.start)
      ) {
        const entity = entityOf(ctx, lastSpeaker);
        const score = distance * 10 + W.LAST + W.SPEAKS;
        // "Bujnowski wrote in the affidavit. It continued: “…”": "it" is the document its author spoke in, so the author.
        const spokeIn = word === 'it' && WRITTEN_IN.test(last.attribution.cue ?? '');
        if (
          entity &&
          (fits(entity) || spokeIn) &&
          !exclude.has(entity.id) &&
          (!best || score <= best.score)
        )
          best = {
            mention: {
              entity: entity.id,
              block: b,
              start: said.start,
              end: said.end,
              outerStart: said.start,
              text: '',
              possessive: false,
              modifier: false,
            },
            entity,
            score,
          };
      }
      // "Thursday's memo from the panel … “…,” it stated": a document that is the subject of a sentence is what "it" says.
      if (word === 'it') {
        for (const d of text
          .slice(sentence.start, Math.min(sentence.end, limit))
          .matchAll(DOCUMENT)) {
          const start = sentence.start + d.index + d[0].length - d[1]!.length;
          if (insideQuote(ctx, b, start) || !followedByVerb(text, start + d[1]!.length)) continue;
          const words = [...d[1]!.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map(
            (w) => w[0],
          );
          const entity = resolveDescription(
            words,
            d[1]!,
            { block: b, start, end: start + d[1]!.length },
            ctx,
          );
          const score = distance * 10 - 1;
          if (entity && (!best || score <= best.score))
            best = {
              mention: {
                entity: entity.id,
                block: b,
                start,
                end: start + d[1]!.length,
                outerStart: start,
                text: d[1]!,
                possessive: false,
                modifier: false,
              },
              entity,
              score,
            };
        }
      }
      // "A 29-year-old Berlin woman … received probation after she had posted": a person described, not named, who is the subject of a sentence.
      if (word === 'he' || word === 'she') {
        for (const d of text
          .slice(sentence.start, Math.min(sentence.end, limit))
          .matchAll(PERSON)) {
          const head = d[2]!.toLowerCase();
          const gender = FEMALE_HEADS.has(head) ? 'female' : MALE_HEADS.has(head) ? 'male' : null;
          if (gender && gender !== (word === 'he' ? 'male' : 'female')) continue;
          const start = sentence.start + d.index + d[0].length - d[1]!.length;
          const score = distance * 10 + (gender ? 0 : W.NULLG);
          if (
            (best && score > best.score) ||
            insideQuote(ctx, b, start) ||
            !followedByVerb(text, start + d[1]!.length)
          )
            continue;
          const words = [...d[1]!.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map(
            (w) => w[0],
          );
          // The same description read again for a later pronoun is the same person, not a new one.
          const described = DESCRIBED.get(ctx) ?? new Map<string, Entity | null>();
          DESCRIBED.set(ctx, described);
          const key = `${b}:${start}`;
          if (!described.has(key))
            described.set(
              key,
              resolveDescription(words, d[1]!, { block: b, start, end: start + d[1]!.length }, ctx),
            );
          const entity = described.get(key);
          if (
            entity &&
            entity.kind === 'person' &&
            (!/^the$/iu.test(words[0]!) || !entity.anonymous) &&
            fits(entity) &&
            !exclude.has(entity.id)
          )
            best = {
              mention: {
                entity: entity.id,
                block: b,
                start,
                end: start + d[1]!.length,
                outerStart: start,
                text: d[1]!,
                possessive: false,
                modifier: false,
              },
              entity,
              score,
            };
        }
      }
      // "He had protested Trump.": the same pronoun as subject of a nearer sentence stands for the same person.
      if (depth < 3 && (word === 'he' || word === 'she')) {
        for (const p of text.slice(sentence.start, sentence.end).matchAll(CHAINED[word])) {
          const at = sentence.start + p.index + p[0].length - p[1]!.length;
          if (insideQuote(ctx, b, at) || !followedByVerb(text, at + p[1]!.length)) continue;
          const via = resolvePronoun(word, b, at, ctx, exclude, depth + 1);
          const score = distance * 10 + (via && via.entity.id === lastSpeaker ? W.LAST : 0);
          if (via && (!best || score < best.score))
            best = { mention: via.mention, entity: via.entity, score };
          break;
        }
      }
      if (best && best.score <= distance * 10)
        return { entity: best.entity, mention: best.mention };
    }
  }
  const found = best;
  if (found) return { entity: found.entity, mention: found.mention };
  // "“…,” he said. “…,” he added.": the latest speaker, named further back than the window.
  const speaker = lastSpeaker ? entityOf(ctx, lastSpeaker) : undefined;
  const at = last?.attribution.mention;
  return speaker && fits(speaker) && at
    ? {
        entity: speaker,
        mention: {
          entity: speaker.id,
          block: at.block,
          start: at.start,
          end: at.end,
          outerStart: at.start,
          text: '',
          possessive: false,
          modifier: false,
        },
      }
    : null;
}
