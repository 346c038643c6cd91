import {
  entityOf,
  mentionsBetween,
  type ArticleContext,
  type BlockRange,
  type Who,
} from './cast-context';
import { resolveDescription } from './descriptions/resolve';
import type { EntityMention } from './entities/types';
import { FEMALE_HEADS, MALE_HEADS, ROLE_NOUNS } from './lexicon/person-nouns';
import { HONORIFICS } from './lexicon/titles';
import { resolvePronoun } from './pronouns/resolve';

/**
 * Reads the noun phrase a cue designates as its speaker — the subject of "said", or the
 * inverted subject after it — and says who it is: a name of the cast ("Secretary of
 * Homeland Security Jeh Johnson", "Margarita Simonyan, the editor in chief of RT"), a
 * pronoun resolved to its antecedent, or a description ("a source", "the campaign"). An
 * apposition after the head and a parenthesis ("(D-Wis.)") are set aside; a name used as a
 * modifier or a possessive ("Clinton campaign spokesman Brian Fallon", "Trump’s campaign
 * manager Kellyanne Conway") is not the head.
 */

const LEADING = /^(?:and|but|so|then|yet|or|also|even|now|as)\s+/iu;
/** A fronted adverbial up to its comma, before a clause's subject: "In a statement to the Observer, ", "Later, ", "Speaking to reporters, ". */
export const FRONTED =
  /^\s*(?:In|On|At|During|After|Before|Since|With|Without|Despite|Amid|Following|Under|For|Later|Earlier|Meanwhile|However|Separately|Instead|Still|Asked|Speaking|Responding|Writing)\b[^,;:]{0,120},\s+(?=\S)/u;
const PRONOUN = /^(?:he|she|they|it|we|i)$/iu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

export interface Subject {
  who: Who;
  /** How the phrase named the speaker: a name, a pronoun or a description. */
  form: 'name' | 'pronoun' | 'description';
}

/**
 * The speaker named by the phrase at [start, end) of a block. `exclude`: entities named in
 * the quotation itself, which a pronoun does not stand for.
 */
export function resolveSubject(
  block: number,
  start: number,
  end: number,
  ctx: ArticleContext,
  exclude: ReadonlySet<string> = new Set(),
): Subject | null {
  const text = ctx.blocks[block]!.text;
  let s = start;
  let e = end;
  const raw = text.slice(s, e);
  s += raw.length - raw.trimStart().length;
  e -= raw.length - raw.trimEnd().length;
  const lead = LEADING.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  // "In a statement to the Observer, her senior policy adviser, Jake Sullivan": a fronted adverbial is not the subject.
  const fronted = FRONTED.exec(text.slice(s, e));
  if (fronted && fronted[0].length < e - s) s += fronted[0].length;
  // The head stops at an apposition, a parenthesis or a relative clause.
  const cut = /\s*(?:,|\(|\s(?:who|which|whose|that)\s)/u.exec(text.slice(s, e));
  if (cut && cut.index > 0) e = s + cut.index;
  if (e <= s) return null;
  const phrase = text.slice(s, e);
  if (PRONOUN.test(phrase)) return pronoun(phrase, block, s, e, ctx, exclude);
  const poll = pollOf(phrase, block, s, ctx);
  if (poll) return poll;
  // "an adviser to the French president", "a spokesman for Trump", "Several senior Democrats with ties to both Clintons":
  // the head is the described person, not the name after the preposition.
  // A title the gazetteer knows as a whole ("the head of Ukrainian diplomacy") still names its bearer.
  const complement =
    /^(?:an?|the|one|another|several|some|many|most|two|three|four|five)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:to|of|for|with|at|close\s+to)\s/iu.exec(
      phrase,
    );
  const mentions = mentionsBetween(ctx, block, s, e);
  const named = complement
    ? mentions.filter(
        (m) =>
          m.outerStart < s + complement[0].length ||
          (entityOf(ctx, m.entity)?.kind === 'person' &&
            isAppositiveBearer(
              m,
              complement[0],
              text.slice(s + complement[0].length, m.outerStart),
              e,
            )),
      )
    : mentions;
  const head = headMention(named, text, e);
  if (head) {
    const entity = entityOf(ctx, head.entity);
    if (entity)
      return {
        who: {
          speaker: entity.id,
          speakerText: text.slice(head.outerStart, head.end),
          confidence: 'high',
          mention: { block, start: head.outerStart, end: head.end },
        },
        form: 'name',
      };
  }
  const words = [...phrase.matchAll(WORD)].map((m) => m[0]);
  const where: BlockRange = { block, start: s, end: e };
  const described = resolveDescription(words, phrase, where, ctx);
  return described
    ? {
        who: { speaker: described.id, speakerText: phrase, confidence: 'medium', mention: where },
        form: 'description',
      }
    : null;
}

/** Nouns of an office, whose bearer a name after the office's complement can be ("the head of European diplomacy X"). */
const OFFICE_HEADS = new Set([
  'head',
  'chief',
  'leader',
  'director',
  'minister',
  'secretary',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'commander',
  'governor',
  'mayor',
]);

/** Words that make the complement more than a short noun phrase ("the convention in the hopes of shedding what X"), or tie the name to someone else ("the late X", "the Kremlin critic X"). */
const NOT_APPOSITIVE = new Set([
  'what',
  'who',
  'which',
  'that',
  'in',
  'to',
  'for',
  'with',
  'at',
  'on',
  'by',
  'from',
  'as',
  'late',
  'former',
  'opponent',
  'critic',
  'dissident',
  'rival',
  'activist',
]);

/**
 * "The head of European diplomacy Josep Borrell", "the spokesman of the Kremlin Dmitry
 * Peskov": after "the", the noun of an office and its complement, a person's name that ends
 * the phrase, with no comma, is the office's bearer, so it is the head. Not when the name is
 * the preposition's object ("the spokesman for Dana Ruiz": nothing between them), nor when
 * the complement has a person noun or a word that ties the name to it ("the adviser to the
 * French president Dana Ruiz", "the widow of the late X"), nor after a noun that is no office
 * ("the lawyer of …", "the family of …"). `office` is the phrase up to the complement's
 * preposition, `between` the complement's words before the name.
 */
function isAppositiveBearer(
  mention: EntityMention,
  office: string,
  between: string,
  end: number,
): boolean {
  const head = /([\p{Ll}-]+)\s+\S+\s$/u.exec(office)?.[1];
  if (
    !/^the\s/iu.test(office) ||
    !head ||
    !OFFICE_HEADS.has(head) ||
    mention.end !== end ||
    mention.possessive ||
    mention.modifier
  )
    return false;
  const words = between.match(WORD) ?? [];
  return (
    words.length > 0 &&
    words.length <= 4 &&
    !words.some((w) => {
      const lower = w.toLowerCase();
      return (
        NOT_APPOSITIVE.has(lower) ||
        ROLE_NOUNS.has(lower) ||
        FEMALE_HEADS.has(lower) ||
        MALE_HEADS.has(lower) ||
        HONORIFICS.has(w)
      );
    })
  );
}

/** A share of the people asked ("25 percent of likely voters", "Six in 10 Republicans", "a majority"), or the people themselves ("Republican-leaning voters", "Americans"). */
const RESPONDENTS =
  /^(?:(?:just|only|about|nearly|almost|roughly|some|over|under|fewer\s+than|more\s+than|less\s+than)\s+)?(?:(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:10|ten|\d+)|an?\s+(?:majority|plurality|third|quarter|half)|half|(?:two|three)[\s-]thirds)\b.*|(?:[\p{L}-]+\s+){0,3}(?:voters|respondents|adults|Americans|Republicans|Democrats|independents))$/iu;
/** A poll or survey named by a noun phrase ("a national CNN/ORC poll", "Wednesday’s Quinnipiac poll", "The Q poll"). */
const POLL =
  /(?<![\p{L}\p{N}'’-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|\p{Lu}[\p{L}.&-]*['’]s?)\s+(?:[\p{L}\p{N}/.&'’-]+\s+){0,5}?(?:poll|survey)(?![\p{L}\p{N}'’-])/gu;

/**
 * "In a national CNN/ORC poll released Monday, 31% of Republicans said they were “…”", "The
 * poll has bad news for Bush — 25 percent of likely voters say they would “…”": the people
 * a poll asked speak through it, so the last poll the sentence names before them is the source.
 */
function pollOf(phrase: string, block: number, s: number, ctx: ArticleContext): Subject | null {
  if (!RESPONDENTS.test(phrase)) return null;
  const text = ctx.blocks[block]!.text;
  const sentence = [...text.slice(0, s).matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}“"])/gu)].at(-1);
  const from = sentence ? sentence.index + sentence[0].length : 0;
  const quoted = ctx.quoted[block] ?? [];
  const found = [...text.slice(from, s).matchAll(POLL)]
    .filter((m) => !quoted.some((q) => from + m.index >= q.start && from + m.index < q.end))
    .at(-1);
  if (!found) return null;
  const where: BlockRange = {
    block,
    start: from + found.index,
    end: from + found.index + found[0].length,
  };
  const words = [...found[0].matchAll(WORD)].map((m) => m[0]);
  const poll = resolveDescription(words, found[0], where, ctx);
  return poll
    ? {
        who: { speaker: poll.id, speakerText: found[0], confidence: 'medium', mention: where },
        form: 'description',
      }
    : null;
}

/**
 * The mention at the head of a noun phrase: the last name that is neither a modifier nor a
 * possessive, and not inside the complement of a name ("Tom Smith of the Heritage
 * Foundation"). A phrase whose names are all possessives or modifiers has none.
 */
function headMention(
  mentions: readonly EntityMention[],
  text: string,
  end: number,
): EntityMention | null {
  const heads = mentions.filter((m) => !m.modifier && !m.possessive);
  if (heads.length === 0) return null;
  const first = heads[0]!;
  if (/^\s+(?:of|from|at)\s/u.test(text.slice(first.end, end))) return first;
  // "David Albright and Serena Kelleher of Washington's Institute for Science and International Security": the names
  // before the complement are the head, not one inside it.
  const complement = / (?:of|from|at) /u.exec(text.slice(first.end, end));
  const before = complement ? heads.filter((m) => m.end <= first.end + complement.index) : heads;
  return before.at(-1)!;
}

function pronoun(
  word: string,
  block: number,
  s: number,
  e: number,
  ctx: ArticleContext,
  exclude: ReadonlySet<string>,
): Subject | null {
  const lower = word.toLowerCase();
  const mention = { block, start: s, end: e };
  if (lower === 'i' || lower === 'we') {
    // Outside quotation marks, "I" is the writer; the "we" of French impersonal speech is the speaker just quoted, if a group.
    const last = ctx.previous.at(-1)?.attribution;
    const group = last?.speaker ? entityOf(ctx, last.speaker) : undefined;
    if (lower === 'we' && group && group.kind !== 'person' && last?.speaker)
      return {
        who: { speaker: last.speaker, speakerText: word, confidence: 'medium', mention },
        form: 'pronoun',
      };
    return null;
  }
  const found = resolvePronoun(lower, block, s, ctx, exclude);
  return found
    ? {
        who: { speaker: found.entity.id, speakerText: word, confidence: 'medium', mention },
        form: 'pronoun',
      }
    : null;
}
