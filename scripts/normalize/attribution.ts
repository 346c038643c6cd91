import type { Actor } from '../../src/schemas';
import type { ActorIndex, Mention } from './actors';
import { findMentions } from './actors';
import type { QuoteSpan } from './quotes';
import type { Block } from './segment';
import { TWEET_SIGNATURE } from './segment';
import { splitSentences, wordCount } from './text';
import { SPEECH_VERBS } from './typography';

/**
 * Decides who said each quotation. The cue is read where a reader would look for it: the
 * attribution line under a block quote, a tweet's signature, the words right after the
 * closing mark (", said Vladimir Putin", "Haddad said", "she adds", "notes the diplomat"),
 * or a speech verb earlier in the sentence ("Macron said in an interview that…"). The
 * speaker named there may be a name or alias, a pronoun (resolved to the subject of the
 * nearest sentence before it, outside quotations, matching gender where known), the "we"
 * of French impersonal speech (the previous speaker), or a description such as "the
 * diplomat" (the latest speaker whose role fits). What cannot be resolved stays null, with
 * the words of the text kept in `speakerText`.
 */

export interface Attribution {
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  confidence: 'high' | 'medium' | 'low';
  /** Offset in the block's text of the cue's sentence, for dating the claim. */
  cueSentence: { block: number; start: number; end: number } | null;
}

interface Context {
  blocks: readonly Block[];
  spans: readonly QuoteSpan[];
  index: ActorIndex;
  mentions: ReadonlyArray<readonly Mention[]>;
  /** Speakers resolved so far, in reading order. */
  previous: Attribution[];
}

const VERBS = SPEECH_VERBS.join('|');
const VERB_FIRST = new RegExp(`^\\s*[,.]?\\s*(?:(?:thus|then|also|again)\\s+)?(${VERBS}|according to|in the words of)\\b\\s*([^,.;:!?()]{0,80})`, 'u');
const SUBJECT_FIRST = new RegExp(`^\\s*[,.]?\\s*((?:he|she|they|we|it)|(?:the\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2})\\s+(?:\\p{Ll}+\\s+)?(${VERBS})\\b\\s*([^,.;:!?()]{0,80})`, 'u');
const VERB_ANYWHERE = new RegExp(`\\b(?:${VERBS}|according to|in the words of)\\b`, 'gu');
/** Verbs whose following name is their object ("told Putin"), not an inverted subject ("said Putin"). */
const TAKES_OBJECT = /^(?:told|tells|reminded|reminds|accused|asking|describing|described|promising)$/u;
const PRONOUN = /^(?:he|she|they|we|it)$/iu;
const DESCRIPTION = /\bthe ((?:\p{Ll}+ )?\p{L}+(?: of \p{Lu}\p{Ll}+)?)\b/u;
const METALINGUISTIC = /\b(?:word|words|term|expression|name)\s*$/u;

export function attributeQuotes(
  blocks: readonly Block[],
  spans: readonly QuoteSpan[],
  index: ActorIndex,
): Attribution[] {
  const ctx: Context = { blocks, spans, index, mentions: blocks.map((b) => findMentions(b.text, index)), previous: [] };
  return spans.map((span) => {
    const found = attributeOne(span, ctx);
    ctx.previous.push(found);
    return found;
  });
}

function attributeOne(span: QuoteSpan, ctx: Context): Attribution {
  const block = ctx.blocks[span.block]!;
  if (block.role === 'blockquote' || block.role === 'tweet') return fromAttributionLine(span, ctx);
  const text = block.text;
  const sentence = sentenceAround(text, span.openMark ?? span.start);
  const before = outsideQuotes(span.block, sentence.start, span.openMark ?? span.start, ctx);
  const afterOffset = span.closeMark === null ? span.end : span.closeMark + 1;
  const startsSentence = before.trim() === '' || /[.!?…]$/u.test(before.trim());
  if (span.kind === 'fragment' && METALINGUISTIC.test(before.replace(/[\s“”«»"–—,-]+$/u, ''))) return unresolved(null, null);
  const coordinated = previousInSentence(span, sentence.start, ctx);
  if (coordinated) return coordinated;
  const after = () => cueAfter(span.block, afterOffset, ctx);
  const inSentence = () => cueBefore(span.block, sentence.start, span.openMark ?? span.start, ctx);
  const phrase = span.kind !== 'fragment' || wordCount(text.slice(span.start, span.end)) >= 3;
  const earlier = () => (phrase ? cueInEarlierSentences(span.block, sentence.start, ctx) : null);
  const attempts = startsSentence ? [after, inSentence, earlier] : [inSentence, after, earlier];
  for (const attempt of attempts) {
    const found = attempt();
    if (found) return found;
  }
  if (span.kind === 'fragment') return unresolved(null, null);
  const last = ctx.previous.at(-1);
  if (last?.speaker && /:\s*$/u.test(before)) return { ...last, cue: null, confidence: 'medium', cueSentence: null };
  return unresolved(null, null);
}

/**
 * A quotation joined to the one before it by "and", "or", a comma or a dash, in the same
 * sentence ("set his red lines: “No concessions…” and “a lasting withdrawal…”"), has the
 * same speaker.
 */
function previousInSentence(span: QuoteSpan, sentenceStart: number, ctx: Context): Attribution | null {
  const i = ctx.spans.indexOf(span);
  const prev = i > 0 ? ctx.spans[i - 1] : undefined;
  const last = ctx.previous.at(-1);
  if (!prev || !last || prev.block !== span.block || prev.start < sentenceStart) return null;
  const text = ctx.blocks[span.block]!.text;
  const between = text.slice(prev.closeMark === null ? prev.end : prev.closeMark + 1, span.openMark ?? span.start);
  if (!/^[\s,;–—-]*(?:and|or)?[\s“”«»"]*$/u.test(between)) return null;
  return { ...last, cue: null, cueSentence: null };
}

function unresolved(speakerText: string | null, cue: string | null): Attribution {
  return { speaker: null, speakerText, cue, confidence: 'low', cueSentence: null };
}

/** The attribution line(s) below a block quote, or the signature below a tweet. */
function fromAttributionLine(span: QuoteSpan, ctx: Context): Attribution {
  const next = ctx.blocks[span.block + 1];
  if (!next || next.role !== 'attribution') return unresolved(null, null);
  const cueSentence = { block: span.block + 1, start: 0, end: next.text.length };
  const tweet = TWEET_SIGNATURE.exec(next.text);
  const named = tweet ? findMentions(tweet[1]!, ctx.index)[0] : ctx.mentions[span.block + 1]![0];
  if (named) return { speaker: named.actor, speakerText: named.text, cue: next.text, confidence: 'high', cueSentence };
  const subject = /^(?:said|says|added|adds)?\s*(\p{L}+)/u.exec(next.text)?.[1] ?? '';
  const who = resolveNounPhrase(subject, span.block, 0, ctx);
  return who ? { ...who, cue: next.text, cueSentence } : unresolved(subject || null, next.text);
}

/** ", said Vladimir Putin", "Haddad said", "she adds", "notes the diplomat" after the quote. */
function cueAfter(blockIndex: number, offset: number, ctx: Context): Attribution | null {
  const text = ctx.blocks[blockIndex]!.text;
  const rest = text.slice(offset, offset + 140);
  const sentence = sentenceAround(text, offset);
  const cueSentence = { block: blockIndex, start: sentence.start, end: sentence.end };
  const verbFirst = VERB_FIRST.exec(rest);
  const subjectFirst = verbFirst ? null : SUBJECT_FIRST.exec(rest);
  const match = verbFirst ?? subjectFirst;
  if (!match) return null;
  const cue = match[0].replace(/^[\s,.]+/u, '').trim();
  const phrase = verbFirst ? match[2]! : match[1]!;
  const phraseStart = offset + match.index + match[0].indexOf(phrase);
  if (subjectFirst && /^we$/iu.test(phrase)) {
    const place = findMentions(match[3] ?? '', ctx.index)[0];
    if (place) return { speaker: place.actor, speakerText: `${phrase} ${match[2]} ${match[3]}`.trim(), cue, confidence: 'medium', cueSentence };
  }
  const named = mentionIn(blockIndex, phraseStart, phraseStart + phrase.length, ctx, 'first');
  if (named) return { speaker: named.actor, speakerText: named.text, cue, confidence: 'high', cueSentence };
  const who = resolveNounPhrase(phrase.trim(), blockIndex, phraseStart, ctx);
  return who ? { ...who, cue, cueSentence } : { ...unresolved(phrase.trim() || null, cue), cueSentence };
}

/** A speech verb earlier in the same sentence, with the subject in the words before it. */
function cueBefore(blockIndex: number, sentenceStart: number, quoteStart: number, ctx: Context): Attribution | null {
  const text = ctx.blocks[blockIndex]!.text;
  const window = outsideQuotes(blockIndex, sentenceStart, quoteStart, ctx);
  const verbs = [...window.matchAll(VERB_ANYWHERE)].reverse();
  const sentence = sentenceAround(text, quoteStart);
  const cueSentence = { block: blockIndex, start: sentence.start, end: sentence.end };
  for (const verb of verbs) {
    const verbAt = sentenceStart + verb.index;
    const cue = text.slice(verbAt, quoteStart).trim();
    if (/^(?:according to|in the words of)$/u.test(verb[0])) {
      const named = mentionIn(blockIndex, verbAt, quoteStart, ctx, 'first');
      if (named) return { speaker: named.actor, speakerText: named.text, cue, confidence: 'high', cueSentence };
      continue;
    }
    // A participle ("…, saying that") takes the clause's subject; a finite verb the nearest name before it.
    const participle = /ing$/u.test(verb[0]);
    const subjectFrom = participle ? sentenceStart : wordsBack(text, verbAt, 8, sentenceStart);
    const named = mentionIn(blockIndex, subjectFrom, verbAt, ctx, participle ? 'first' : 'last');
    if (named) return { speaker: named.actor, speakerText: named.text, cue, confidence: 'high', cueSentence };
    const description = /\bthe (\p{Ll}+)\s+(?:\p{Ll}+\s+)?$/iu.exec(text.slice(subjectFrom, verbAt));
    if (description && !participle) {
      // A subject is there ("The official said…"): resolved or not, it is the speaker, not a name after the verb.
      const phrase = text.slice(subjectFrom + description.index, subjectFrom + description.index + 4 + description[1]!.length);
      const who = resolveNounPhrase(`the ${description[1]}`, blockIndex, verbAt, ctx);
      return who ? { ...who, speakerText: phrase, cue, cueSentence } : { ...unresolved(phrase, cue), cueSentence };
    }
    const words = text.slice(subjectFrom, verbAt).trim().split(/[\s,]+/u);
    const pronoun = words.reverse().find((w) => PRONOUN.test(w));
    if (pronoun) {
      const who = resolveNounPhrase(pronoun, blockIndex, verbAt, ctx);
      if (who) return { ...who, cue, cueSentence };
    }
    // No subject before the verb: an inverted one after it ("…”, thus declared Dmytro Kouleba").
    const verbEnd = verbAt + verb[0].length;
    const object = mentionIn(blockIndex, verbEnd, quoteStart, ctx, 'first');
    if (object && !TAKES_OBJECT.test(verb[0]) && /^[\s,]*(?:the\s+)?$/u.test(text.slice(verbEnd, object.start))) {
      return { speaker: object.actor, speakerText: object.text, cue, confidence: 'high', cueSentence };
    }
  }
  const firstVerb = verbs.at(-1);
  if (!firstVerb) return null;
  const subject = mentionIn(blockIndex, sentenceStart, sentenceStart + firstVerb.index, ctx, 'first');
  return subject
    ? { speaker: subject.actor, speakerText: subject.text, cue: text.slice(sentenceStart, quoteStart).trim(), confidence: 'medium', cueSentence }
    : null;
}

/** For a quotation standing as its own sentence: the last cue in the paragraph before it. */
function cueInEarlierSentences(blockIndex: number, sentenceStart: number, ctx: Context): Attribution | null {
  const text = ctx.blocks[blockIndex]!.text;
  const earlier = [...splitSentences(text.slice(0, sentenceStart))].reverse();
  for (const sentence of earlier) {
    const found = cueBefore(blockIndex, sentence.start, sentence.end, ctx);
    if (found) return { ...found, confidence: found.confidence === 'high' ? 'medium' : found.confidence };
  }
  return null;
}

/** A pronoun, "we", or a description ("the diplomat") standing for a speaker. */
function resolveNounPhrase(phrase: string, blockIndex: number, offset: number, ctx: Context): Omit<Attribution, 'cue' | 'cueSentence'> | null {
  const word = phrase.toLowerCase();
  if (word === 'he' || word === 'she') {
    const actor = antecedent(blockIndex, offset, word === 'he' ? 'male' : 'female', ctx);
    return actor ? { speaker: actor.id, speakerText: phrase, confidence: 'medium' } : null;
  }
  if (word === 'we' || word === 'they') {
    const last = ctx.previous.at(-1);
    return last?.speaker ? { speaker: last.speaker, speakerText: phrase, confidence: 'medium' } : null;
  }
  const description = DESCRIPTION.exec(phrase)?.[1];
  if (!description) return null;
  const noun = description.toLowerCase();
  const same = [...ctx.previous].reverse().find((p) => p.speakerText?.toLowerCase().includes(noun));
  if (same) return { speaker: same.speaker, speakerText: phrase, confidence: 'medium' };
  const fits = [...ctx.previous].reverse().find((p) => p.speaker && ctx.index.actors.get(p.speaker)?.role.toLowerCase().includes(noun));
  if (fits?.speaker) return { speaker: fits.speaker, speakerText: phrase, confidence: 'medium' };
  const named = latestMention(blockIndex, offset, ctx, (a) => a.role.toLowerCase().includes(noun));
  return named ? { speaker: named.id, speakerText: phrase, confidence: 'medium' } : null;
}

/** The actor of the nearest mention before `offset` (outside quotations, up to three blocks back) that passes `test`. */
function latestMention(blockIndex: number, offset: number, ctx: Context, test: (actor: Actor) => boolean): Actor | null {
  for (let b = blockIndex; b >= Math.max(0, blockIndex - 3); b--) {
    const limit = b === blockIndex ? offset : Infinity;
    const candidates = ctx.mentions[b]!.filter((m) => m.end <= limit && !insideQuote(b, m.start, ctx)).reverse();
    for (const m of candidates) {
      const actor = ctx.index.actors.get(m.actor);
      if (actor && test(actor)) return actor;
    }
  }
  return null;
}

/** The subject of the nearest sentence before `offset` (outside quotations) that names a person of that gender. */
function antecedent(blockIndex: number, offset: number, gender: 'male' | 'female', ctx: Context): Actor | null {
  for (let b = blockIndex; b >= Math.max(0, blockIndex - 3); b--) {
    const text = ctx.blocks[b]!.text;
    const limit = b === blockIndex ? offset : text.length;
    const sentences = [...splitSentences(text.slice(0, limit))].reverse();
    for (const sentence of sentences) {
      const candidates = ctx.mentions[b]!.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !insideQuote(b, m.start, ctx));
      const person = candidates
        .map((m) => ctx.index.actors.get(m.actor))
        .find((a): a is Actor => a !== undefined && a.kind === 'person' && (a.gender === undefined || a.gender === gender));
      if (person) return person;
    }
  }
  return null;
}

function mentionIn(blockIndex: number, from: number, to: number, ctx: Context, which: 'first' | 'last'): Mention | undefined {
  const found = ctx.mentions[blockIndex]!.filter((m) => m.start >= from && m.end <= to && !insideQuote(blockIndex, m.start, ctx));
  return which === 'first' ? found[0] : found.at(-1);
}

function insideQuote(blockIndex: number, offset: number, ctx: Context): boolean {
  return ctx.spans.some((s) => s.block === blockIndex && s.kind !== 'indirect' && offset >= s.start && offset < s.end);
}

/** The text between two offsets with quoted words blanked out (same length). */
function outsideQuotes(blockIndex: number, from: number, to: number, ctx: Context): string {
  let out = '';
  const text = ctx.blocks[blockIndex]!.text;
  for (let i = from; i < to; i++) out += insideQuote(blockIndex, i, ctx) ? ' ' : text[i];
  return out;
}

function sentenceAround(text: string, offset: number): { start: number; end: number } {
  const sentences = splitSentences(text);
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.findLast((s) => s.start <= offset) ?? { start: 0, end: text.length };
}

/** Offset `count` words before `offset`, not before `floor`. */
function wordsBack(text: string, offset: number, count: number, floor: number): number {
  let at = offset;
  let words = 0;
  while (at > floor && words < count) {
    at--;
    if (/\s/u.test(text[at]!) && !/\s/u.test(text[at + 1] ?? ' ')) words++;
  }
  return at;
}
