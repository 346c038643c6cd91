import { entityOf, insideQuote, type ArticleContext } from './cast-context';
import type { Entity, EntityMention } from './entities';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { FEMALE_HEADS, MALE_HEADS, ROLE_NOUNS } from './lexicon/person-nouns';
import { SPEECH_VERBS } from './lexicon/speech-verbs';
import { resolveDescription } from './descriptions/resolve';
import { splitSentences } from './text';

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

export interface Antecedent {
  entity: Entity;
  mention: EntityMention;
}

const VERB_LIKE = new Set([
  ...SPEECH_VERBS,
  'is',
  'are',
  'was',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'do',
  'may',
  'might',
  'should',
  'must',
  'also',
  'then',
  'later',
  'never',
  'once',
  'still',
  'just',
  'went',
  'made',
  'got',
  'took',
  'gave',
  'came',
  'won',
  'lost',
  'led',
  'ran',
  'met',
  'spoke',
  'left',
  'became',
  'began',
  'kept',
  'held',
  'brought',
  'sent',
  'faced',
  'knew',
  'thought',
  'felt',
  'saw',
  'heard',
  'seemed',
  'appeared',
  'tried',
  'wanted',
  'needed',
  'used',
  'sought',
  'found',
  'told',
  'put',
  'set',
  'let',
  'paid',
  'built',
  'bought',
  'fought',
  'taught',
  'caught',
  'stood',
  'understood',
  'drew',
  'grew',
  'threw',
  'wrote',
  'rose',
  'fell',
  'broke',
  'chose',
  'spent',
  'lent',
  'meant',
  'read',
  'hit',
  'cut',
  'quit',
  'struck',
  'swore',
  'wore',
  'bore',
  'tore',
  'sat',
  'lay',
  'laid',
  'led',
  'fled',
  'fed',
  'sold',
  'hid',
  'slid',
  'bid',
  'forgot',
  'got',
]);

/** Does a word read as a finite verb: a reporting verb, an auxiliary, a common irregular past, or a past in -ed? */
export function isVerbLike(word: string): boolean {
  return VERB_LIKE.has(word) || /ed$/u.test(word);
}

/** Is the mention the subject of its clause: followed (past an apposition or a parenthesis) by a verb? */
export function isSubjectPosition(text: string, m: EntityMention): boolean {
  if (m.modifier || m.possessive) return false;
  if (followedByVerb(text, m.end)) return true;
  // "One superdelegate, Alabama Democratic Party chairwoman Nancy Worley, pledged": a name in apposition to the subject.
  const lead = /,\s+((?:\S+\s+){0,5})$/u.exec(
    text.slice(Math.max(0, m.outerStart - 60), m.outerStart),
  )?.[1];
  return (
    lead !== undefined &&
    lead
      .split(/\s+/u)
      .every(
        (w) =>
          !/^(?:of|for|at|from|with|in|to|on|by|who|which|that|and|or)$/u.test(w) &&
          !(/^\p{Ll}/u.test(w) && isVerbLike(w)),
      ) &&
    /^,\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u.test(text.slice(m.end, m.end + 40)) &&
    followedByVerb(text, m.end + 1)
  );
}

// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const TIME_AFTER =
  /^,?\s+(?:on|last|this|next|earlier|late|early)\s+(?:\p{Lu}\p{Ll}+|week|month|year|night|morning|afternoon|evening)\b,?/u;
/** Past an apposition, or two ("Lance Beebe, 49, a Navy veteran…, said"). */
const APPOSITION =
  /^,\s+(?:the|a|an|who|whose|which|his|her|its|their|\p{Ll}|\d|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll})[^,.;:]{0,100}(?=,)/u;
const NEXT_WORD =
  /^(?:\s+(?:\p{Ll}+ly|also|then|still|never|now|just|even|again|later|once|often|already|not))*\s+(\p{Ll}[\p{Ll}’'-]*)/u;

/** Do the words after `end` (past an apposition or a parenthesis) begin with a verb? */
export function followedByVerb(text: string, end: number): boolean {
  const rest = text
    .slice(end, end + 300)
    .replace(/^\s*\([^)]{0,60}\)/u, '')
    .replace(/^\s+(?:--|[–—])\s[^–—]{1,240}?\s(?:--|[–—])(?=\s)/u, '')
    .replace(TIME_AFTER, '');
  const once = rest.replace(APPOSITION, '');
  const twice = once.replace(APPOSITION, '');
  return (
    beginsWithVerb(once.replace(/^,/u, '')) ||
    (twice !== once && beginsWithVerb(twice.replace(/^,/u, '')))
  );
}

function beginsWithVerb(rest: string): boolean {
  const next = NEXT_WORD.exec(rest)?.[1];
  // A participle after a name ("Macron asking for…") is not the verb of a clause.
  if (!next || /ing$/u.test(next)) return false;
  return VERB_LIKE.has(next) || /ed$/u.test(next) || (/[^s]s$/u.test(next) && next.length > 3);
}

/**
 * The costs of a candidate: where it stands (a possessive, the object of a preposition, any
 * other place; the subject of a clause a verb introduces; the subject of the relative clause
 * that holds the pronoun, which beats all), and what favours it (the speaker of
 * the latest quotation, a verb of saying of its own) or not (a person of unknown gender).
 */
const W = {
  APPOS: 1,
  POSS: 6,
  PREP: 20,
  OTHER: 5,
  EMB: 2,
  LAST: -3,
  NULLG: 7,
  SPEAKS: -4,
  REL: -5,
} as const;

/** How unlikely a mention is to be what a later pronoun stands for: a subject least, the object of a preposition most. */
function positionCost(text: string, m: EntityMention): number {
  if (isSubjectPosition(text, m)) {
    // "is skeptical Trump can", "said that Clinton would": the subject of a clause a verb introduces is less likely than the main subject.
    const before = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(
      text.slice(Math.max(0, m.outerStart - 30), m.outerStart),
    )?.[1];
    return before &&
      !/^(?:and|but|or|so|when|while|after|before|because|if|as|then|since|although|though|until|once|where|whereas|yet|now|also|even|only)$/u.test(
        before,
      ) &&
      !ROLE_NOUNS.has(before) &&
      !(lexicon[before]?.[0] ?? '').startsWith('NN')
      ? W.EMB
      : 0;
  }
  if (!m.possessive && ASKED_BEFORE.test(text.slice(Math.max(0, m.outerStart - 30), m.outerStart)))
    return 0;
  // The name that opens its sentence ("Westmacott, who will retire …, praised") or stands after "said" is its subject.
  if (
    !m.possessive &&
    /(?:^|[.!?]["”’]?\s+|:\s+)(?:(?:But|And|So|Then|Now|Still|Meanwhile|Later|Instead|Also)\s+)?$/u.test(
      text.slice(Math.max(0, m.outerStart - 50), m.outerStart),
    )
  )
    return 1;
  if (!m.possessive && SAID_BEFORE.test(text.slice(Math.max(0, m.outerStart - 30), m.outerStart)))
    return 0;
  // "For Major, a retiree …", "As for Trump, he said": a name put first as the topic of the sentence.
  if (
    !m.possessive &&
    /(?:^|[.!?]["”’]?\s+)(?:As\s+for|For|To)\s+$/u.test(
      text.slice(Math.max(0, m.outerStart - 40), m.outerStart),
    ) &&
    /^(?:['’]s?)?,/u.test(text.slice(m.end, m.end + 3))
  )
    return 1;
  if (m.possessive) return W.POSS;
  if (
    /(?:^|\s)(?:to|with|by|for|of|from|about|against|on|at|in|into|than|like|between|among|over|under|toward|towards|before|after)\s+(?:(?:the|a|an)\s+)?(?:\S+\s+){0,3}$/iu.test(
      text.slice(Math.max(0, m.outerStart - 40), m.outerStart),
    )
  )
    return W.PREP;
  return W.OTHER;
}

const SPEAKS = new RegExp(
  `^(?:\\s*\\([^)]{0,60}\\))?(?:,[^,]{1,80},)?\\s+(?:(?:also|then|later|has|had)\\s+)?(?:${SPEECH_VERBS.join('|')})\\b`,
  'u',
);

/** "courtesy of Wes Nakagiri, a delegate from Michigan who …": a person introduced with an apposition that says what they are, whom a quotation often follows. */
const APPOSED = new RegExp(
  `^,\\s+(?:an?|the|another|one)\\s+(?:[\\p{L}\\d'’.-]+\\s+){0,4}?(?:${[...ROLE_NOUNS].join('|')})(?![\\p{L}-])`,
  'u',
);
function introduced(text: string, m: EntityMention): boolean {
  return !m.possessive && APPOSED.test(text.slice(m.end, m.end + 80));
}

/** "…, Henson said.": the subject of a verb of saying is the likeliest "he" of the next quotation. */
const SAID_BEFORE = new RegExp(`(?:^|[,“”"]\\s*)(?:${SPEECH_VERBS.join('|')})\\s+$`, 'u');
/** "Scott Conroy asked Sanders whether …": who is asked is who answers. */
const ASKED_BEFORE = /(?:^|\s)(?:asked|asking|pressed|questioned|interviewed)\s+$/u;
function speaks(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.outerStart - 30), m.outerStart);
  return (
    !m.possessive &&
    (SPEAKS.test(text.slice(m.end, m.end + 120)) ||
      SAID_BEFORE.test(before) ||
      ASKED_BEFORE.test(before))
  );
}

/**
 * Does the pronoun at `offset` stand in a relative clause on the mention, whose subject the mention is ("a company called
 * Cambridge Analytica, which specializes in building what it calls “…”")?
 */
function relativeHolds(text: string, m: EntityMention, offset: number): boolean {
  const between = offset > m.end ? text.slice(m.end, offset) : '';
  const relative = /^,\s+(?:which|who)(?=\s)/u.exec(between);
  return (
    relative !== null &&
    beginsWithVerb(between.slice(relative[0].length)) &&
    !/[,;:()“”"–—]/u.test(between.slice(relative[0].length))
  );
}

/** A document or message opening a clause ("Thursday's memo from the panel", "the letter"), which "it" may stand for. */
const DOCUMENT =
  /(?:^|[.;:!?]["”’]?\s+|,\s+(?:and|but)\s+|\b(?:and|but|while|when)\s+)((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.&-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:memo|email|e-mail|letter|report|statement|paper|website|site|ad|advertisement|message|post|tweet|document|book|article|editorial|release|poll|survey|study|video|page|sign|banner|headline|piece|column|platform|bill|plan|filing|complaint|lawsuit|indictment|ruling|listing|footnote|transcript|note|flyer|mailer|policy|guidance|constitution|law|verse)(?:\s+(?:from|of|by|for|on|in)\s+(?:the\s+|a\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)?)/gu;

/** A cue that says where its speaker's words were written: "wrote in the affidavit", "said in a statement". */
const WRITTEN_IN =
  /\s(?:in|on)\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|affidavit|memo|email|e-mail|report|complaint|filing|post|release|column|editorial|op-ed|essay|tweet|message|lawsuit|document|brief|motion|notice)(?![\p{L}-])/u;

/**
 * A person described, not named, opening a clause ("A 29-year-old Berlin woman", "one voter"), which "he" or "she" may
 * stand for. Only an indefinite one: a definite description ("the Ohio governor") refers back to someone named.
 */
const PERSON = new RegExp(
  `(?:^|[.;:!?]["”’]?\\s+|,\\s+(?:and|but)\\s+|\\b(?:and|but|while|when)\\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:(?!(?:of|for|after|before|with|from|to|in|on|at|by|the|a|an|and|or|who|that)\\s)[\\p{L}\\d'’-]+\\s+){0,4}?(${[...FEMALE_HEADS, ...MALE_HEADS, ...ROLE_NOUNS].join('|')}))(?=[\\s,])`,
  'gu',
);

/** "He had protested Trump.": "he" or "she" opening a clause; one pattern per pronoun, compiled once. */
const CHAINED = { he: chainedPronoun('he'), she: chainedPronoun('she') } as const;

function chainedPronoun(word: string): RegExp {
  return new RegExp(
    `(?:^|[.;:]\\s+|[,.!?]?["”’]\\s+|,\\s+(?:and|but)\\s+|\\s(?:and|but|then)\\s+)(${word}|${word[0]!.toUpperCase()}${word.slice(1)})(?=\\s)`,
    'gu',
  );
}

/** A sentence opened by a participial clause, up to the comma before its subject: "Asked about …, ", "Speaking to reporters, ". */
const FRONTED_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+(?:ed|ing)\s+\p{Ll}[^;:]*,\s*$/u;

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
        const spokeIn = word === 'it' && WRITTEN_IN.test(last!.attribution.cue ?? '');
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
  const found = best as Candidate | null;
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
