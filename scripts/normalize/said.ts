/**
 * When each quotation was said, as the text dates it, with the phrase and the rule that
 * date it. Never a guess: a quotation the text does not date keeps `said` null.
 *
 * Rules, first that applies:
 * 1. The sentence that attributes the words ("said on Monday", a tweet's signature
 *    "– Emmanuel Macron (@EmmanuelMacron) March 3, 2022").
 * 2. The quotation's own sentence, outside the quoted words ("the French president on
 *    Monday denounced Moscow's “cynicism”").
 * 3. An earlier sentence of the same paragraph that dates an occasion ("During the last call
 *    on Sunday, … Putin said …").
 * 4. The occasion of an earlier paragraph ("Putin called on Thursday. … Putin told Macron
 *    that …"), when the words are a participant's, or the paragraph refers back to the
 *    occasion ("brief reporters on the conversation"), and every paragraph between goes on
 *    about it (names a participant or the occasion) without a date of its own.
 * 5. The one occasion an article dates, for someone named at it.
 * 6. The last occasion dated before the words, when they are said to or before another of
 *    its parties ("declared President Putin before the French president"), however far back.
 * Words the speaker "tweeted" take the date of the one tweet of theirs the article shows,
 * before rules 3 to 6.
 *
 * A date counts only when it can date words already said: not a year alone ("ambassador
 * from 2017 to 2019"), not in a sentence about the future ("will travel on Monday"), not
 * after the publication day.
 */
import type { EventKind, Landmark } from '../../src/schemas';
import type { Attribution } from './cast-context';
import { FUTURE } from './dates/patterns';
import type { EntityMention } from './entities/types';
import { isLooseFor, LOOSE, maskQuotes, type ArticleOccasion } from './events';
import { kindOf, speechOccasionOf } from './happenings';
import { datesOf, type AnchoredDate } from './landmarks';
import type { QuoteSpan } from './quotes';
import { articleOccasion, occasionsOf, type Occasion } from './said-occasions';
import { TWEET_SIGNATURE, type Block } from './segment';
import { splitSentences } from './text';

/** The occasion words were said on, as the text gives it: its kind, and the date phrase that names it. */
export interface SaidOccasion {
  kind: EventKind | 'tweet';
  /** 1-based paragraph of the date phrase, and the phrase itself: they find the article's event for the occasion. */
  paragraph: number;
  phrase: string;
}

export interface Said {
  date: string | null;
  /** The phrase that dates the words, and the rule: "“on Monday”, in the sentence that attributes the words". */
  evidence: string | null;
  occasion: SaidOccasion | null;
}

export interface SaidInput {
  blocks: readonly Block[];
  claims: ReadonlyArray<{ span: QuoteSpan; attribution: Attribution }>;
  mentions: readonly (readonly EntityMention[])[];
  published: string;
  landmarks: readonly Landmark[];
  /** The article's title: an article about one occasion names its kind there ("their last call before the invasion"). */
  title: string;
}

/** Nouns by which a paragraph refers back to an occasion already dated. */
const OCCASION_NOUN =
  /\bthe\s+(?:(?:last|latest|same|phone|telephone|previous|recent)\s+)*(?:call|conversation|talks|meeting|exchange|interview|press\s+conference|dialogue|discussion|visit|summit)\b/iu;
/** Words that put the other party in front of the speaker: "declared Putin before the French president", "told Macron". */
const FACING =
  /\b(?:before|in\s+front\s+of|alongside|beside|facing|addressing|told|asked|(?:said|declared|replied|quipped|added)\s+to)\s+$/iu;
/** A cue that says the words were tweeted. */
const TWEETED = /\btweet(?:ed|s|ing)?\b|\bon\s+(?:Twitter|X)\b/iu;
/** How many paragraphs back an occasion may still date the words. */
const REACH = 6;

const NONE: Said = { date: null, evidence: null, occasion: null };

/** "Earlier, the minister had set his red lines": words from before the occasion the passage is about. */
const BEFORE_THE_OCCASION =
  /^\W*(?:earlier|previously|before\s+that)\b|\bhad\s+(?:already\s+)?(?:said|told|warned|set|stated|declared|written|insisted|promised|announced|repeated)\b/iu;
/** "Putin considers the “independence” … “non-negotiable”": a standing view in the present, not words of an occasion. */
const STANDING_VIEW = /\b(?:considers|believes|thinks|regards|sees|views|deems|holds)\b/u;
/** "since February 24": the start of a period, which dates no words. */
const SINCE = /^(?:ever\s+)?since\b/iu;

/**
 * The date and occasion of each claim, and the article's one occasion when it has one (the
 * events take its date and kind too).
 */
export function datesSaid(input: SaidInput): { said: Said[]; occasion: ArticleOccasion | null } {
  const { blocks, claims, mentions, published, landmarks } = input;
  const masked = blocks.map((block, b) =>
    maskQuotes(
      block.text,
      claims.filter((c) => c.span.block === b && c.span.kind !== 'indirect').map((c) => c.span),
    ),
  );
  const usable = (date: AnchoredDate, sentence: string) =>
    date.precision !== 'year' &&
    !SINCE.test(date.phrase) &&
    !FUTURE.test(sentence) &&
    date.date.slice(0, 10) <= published;
  // The same sentence is asked for again by each of its quotations: read it once.
  const seen = new Map<string, AnchoredDate[]>();
  const datesIn = (b: number, start: number, end: number): AnchoredDate[] => {
    const key = `${b}:${start}:${end}`;
    const known = seen.get(key);
    if (known) return known;
    const sentence = masked[b]!.slice(start, end);
    const found = datesOf(sentence, published, landmarks, null).filter((d) => usable(d, sentence));
    seen.set(key, found);
    return found;
  };
  const sentencesOf = blocks.map((_, b) => splitSentences(masked[b]!));
  const occasions = occasionsOf(blocks, sentencesOf, mentions, datesIn);
  const { single, occasion } = articleOccasion(occasions.flat(), input.title);
  // A loose date within a week of the article's one precise occasion is that occasion.
  const settle = (date: AnchoredDate): AnchoredDate =>
    isLooseFor(date, occasion) ? single!.date : date;
  const isTweet = (b: number) =>
    blocks[b]!.role === 'tweet' ||
    (blocks[b]!.role === 'attribution' && TWEET_SIGNATURE.test(blocks[b]!.text));
  /** What a dated sentence says the occasion was: the tweet a signature dates, the article's one occasion, or the kind its words tell. */
  const occasionOf = (b: number, date: AnchoredDate, kind: EventKind): SaidOccasion => {
    if (isTweet(b)) return { kind: 'tweet', paragraph: b + 1, phrase: date.phrase };
    const theOccasion =
      occasion !== null &&
      date.date === occasion.date.date &&
      (kind === 'statement' || kind === 'other' || date === single!.date);
    if (theOccasion)
      return {
        kind: occasion.kind,
        paragraph: date === single!.date ? single!.block + 1 : b + 1,
        phrase: date.phrase,
      };
    return { kind, paragraph: b + 1, phrase: date.phrase };
  };
  const goesOn = (b: number, participants: ReadonlySet<string>) =>
    occasions[b]!.length === 0 &&
    ((mentions[b] ?? []).some((m) => participants.has(m.entity)) || OCCASION_NOUN.test(masked[b]!));
  const sentenceDate = (
    b: number,
    start: number,
    end: number,
  ): { date: AnchoredDate; occasion: SaidOccasion } | null => {
    const found = datesIn(b, start, end)[0];
    if (!found) return null;
    const date = settle(found);
    return {
      date,
      occasion: occasionOf(b, date, kindOf(masked[b]!.slice(start, end), found.start, found.end)),
    };
  };
  const fromOccasion = (o: Occasion): { date: AnchoredDate; occasion: SaidOccasion } => {
    const date = settle(o.date);
    return { date, occasion: occasionOf(o.block, date, o.kind) };
  };

  const passageSpeakers = new Map<Occasion, Set<string>>();
  const dateOf = ({ span, attribution }: SaidInput['claims'][number]): Said => {
    const cue = attribution.cueSentence;
    if (cue && attribution.cue) {
      const dated = sentenceDate(cue.block, cue.start, cue.end);
      if (dated)
        return {
          date: dated.date.date,
          evidence: `“${dated.date.phrase}”, in the sentence that attributes the words`,
          occasion: dated.occasion,
        };
    }
    const own = sentencesOf[span.block]!.find((s) => s.start <= span.start && span.start < s.end);
    if (own) {
      const dated = sentenceDate(span.block, own.start, own.end);
      if (dated)
        return {
          date: dated.date.date,
          evidence: `“${dated.date.phrase}”, in the quotation's sentence`,
          occasion: dated.occasion,
        };
    }
    const context = own ? masked[span.block]!.slice(own.start, own.end) : '';
    if (
      BEFORE_THE_OCCASION.test(context) ||
      (attribution.cue !== null && STANDING_VIEW.test(attribution.cue))
    )
      return NONE;
    const speaker = attribution.speaker;
    // "…,” Macron tweeted: the one tweet of the speaker the article shows, dated by its signature.
    if (speaker !== null && attribution.cue !== null && TWEETED.test(attribution.cue)) {
      const tweets = occasions.flat().filter((o) => isTweet(o.block) && o.named.has(speaker));
      if (tweets.length === 1) {
        const dated = fromOccasion(tweets[0]!);
        return {
          date: dated.date.date,
          evidence: `“${dated.date.phrase}” (paragraph ${tweets[0]!.block + 1}), the signature of the speaker’s one tweet the article shows`,
          occasion: dated.occasion,
        };
      }
    }
    const refersBack = OCCASION_NOUN.test(masked[span.block]!);
    const earlier = occasions[span.block]!.filter((o) => o.end <= span.start).at(-1);
    if (earlier) {
      if (!refersBack && (speaker === null || !earlier.named.has(speaker))) return NONE;
      const { date, occasion } = fromOccasion(earlier);
      return {
        date: date.date,
        evidence: `“${date.phrase}”, earlier in the paragraph, about the same occasion`,
        occasion,
      };
    }
    if (
      occasions[span.block]!.some(
        (o) => !LOOSE.test(o.date.phrase) || settle(o.date) !== single?.date,
      )
    )
      return NONE;
    for (let b = span.block - 1; b >= Math.max(0, span.block - REACH); b--) {
      const occasion = occasions[b]!.at(-1);
      if (!occasion) continue;
      const speakers = passageSpeakers.get(occasion) ?? new Set<string>();
      const participant =
        speaker !== null && (occasion.named.has(speaker) || speakers.has(speaker));
      const between = Array.from({ length: span.block - b - 1 }, (_, k) => b + 1 + k);
      if (!(participant || refersBack) || !between.every((p) => goesOn(p, occasion.participants)))
        break;
      if (speaker) passageSpeakers.set(occasion, speakers.add(speaker));
      const dated = fromOccasion(occasion);
      return {
        date: dated.date.date,
        evidence: `“${dated.date.phrase}” (paragraph ${b + 1}), the occasion the passage is about`,
        occasion: dated.occasion,
      };
    }
    if (single && speaker !== null && single.participants.has(speaker)) {
      const dated = fromOccasion(single);
      return {
        date: dated.date.date,
        evidence: `“${single.date.phrase}” (paragraph ${single.block + 1}), the one occasion the article dates`,
        occasion: dated.occasion,
      };
    }
    // "…,” declared Putin before the French president: words said in the presence of, or to, the other party of the last occasion dated before them.
    if (
      speaker !== null &&
      cue &&
      datesOf(masked[cue.block]!.slice(cue.start, cue.end), published, landmarks, null).length === 0
    ) {
      const sentence = blocks[cue.block]!.text;
      const facing = (mentions[cue.block] ?? []).filter(
        (m) =>
          m.start >= cue.start &&
          m.end <= cue.end &&
          m.entity !== speaker &&
          FACING.test(sentence.slice(Math.max(cue.start, m.start - 30), m.start)),
      );
      const last = occasions.slice(0, span.block).flat().at(-1);
      if (
        last &&
        last.date.precision === 'day' &&
        last.participants.has(speaker) &&
        facing.some((m) => last.participants.has(m.entity))
      ) {
        const dated = fromOccasion(last);
        return {
          date: dated.date.date,
          evidence: `“${dated.date.phrase}” (paragraph ${last.block + 1}), the last occasion dated before, which the words were said to or before another of its parties`,
          occasion: dated.occasion,
        };
      }
    }
    return NONE;
  };
  // The sentence of saying may name the occasion the words were said at ("said Putin, during a joint press conference").
  const said = claims.map((claim): Said => {
    const found = dateOf(claim);
    if (found.occasion === null || found.occasion.kind === 'tweet') return found;
    const where =
      claim.attribution.cueSentence ??
      sentencesOf[claim.span.block]!.map((s) => ({ block: claim.span.block, ...s })).find(
        (s) => s.start <= claim.span.start && claim.span.start < s.end,
      );
    const spoken = where
      ? speechOccasionOf(masked[where.block]!.slice(where.start, where.end))
      : null;
    return spoken ? { ...found, occasion: { ...found.occasion, kind: spoken } } : found;
  });
  return { said, occasion };
}
