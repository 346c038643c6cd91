import lexicon from 'wink-lexicon/src/lexicon.js';
import {
  entityOf,
  mentionsBetween,
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
  type BlockRange,
} from './cast-context';
import { cueAfter, cuesBefore, type Cue } from './cues';
import { SPEECH_VERBS } from './lexicon';
import { followedByVerb, isSubjectPosition, isVerbLike, resolvePronoun } from './pronouns';
import type { QuoteSpan } from './quotes';
import { TWEET_SIGNATURE } from './segment';
import { FRONTED, resolveSubject, type Subject } from './subjects';
import { JUDGED, SHOUTED } from './terms';
import { phraseFinder, splitSentences, wordCount } from './text';

/**
 * Decides who said each quotation, with ordered sieves (CoreNLP's and the Gender Gap
 * Tracker's design): precise rules first, later ones only for quotations still without a
 * speaker.
 *
 * 1. A block quote or tweet takes the attribution line under it.
 * 2. A quotation joined to the previous one of its sentence ("“…” and “…”") shares its speaker.
 * 3. The cue beside the quotation in its sentence, after it (", said X", ", X said") or
 *    before it ("X said:", "X said it was a “…”", "according to X"), nearest first; its
 *    subject is a name, a pronoun or a description (`subjects.ts`). A report of it
 *    (", according to CNN", ", reports USA Today") credits the reporter; a cue closing the
 *    sentence after other words (“…” about the decision, said X.) serves too.
 * 4. A quotation standing as its own sentence takes the latest speaker of its paragraph,
 *    else the cue of an earlier sentence there.
 * 5. A paragraph that opens with a quotation and has no cue continues the quotation of
 *    the paragraph before (a multi-paragraph quotation, "floating" quotes).
 * 6. A quotation of a word or two with no cue takes the subject of its clause, when that
 *    is "he", "she" or a name in a sentence with a word of saying (`scareQuote`); words a
 *    crowd chants or a judgement ("dismissed it as “absurd”") take the subject of the verb
 *    that gives them, whatever their length (`shoutedOrJudged`).
 *
 * What no sieve resolves keeps a null speaker, with the text's words in `speakerText`.
 */

export type { Attribution };

export function attributeQuotes(spans: readonly QuoteSpan[], ctx: ArticleContext): Attribution[] {
  const found = spans.map((span) => {
    const one = attributeOne(span, ctx);
    ctx.previous.push({ span, attribution: one });
    return one;
  });
  // “…” and “…,” Howard Dean proclaimed: a quotation joined to the next one of its sentence takes its speaker.
  for (let i = spans.length - 2; i >= 0; i--) {
    if (found[i]!.speaker || !found[i + 1]!.speaker || spans[i]!.block !== spans[i + 1]!.block)
      continue;
    const text = ctx.blocks[spans[i]!.block]!.text;
    const between = text.slice(
      spans[i]!.closeMark === null ? spans[i]!.end : spans[i]!.closeMark! + 1,
      spans[i + 1]!.openMark ?? spans[i + 1]!.start,
    );
    if (/^[\s,;–—-]*(?:and|or)?[\s“”«»"]*$/u.test(between))
      found[i] = { ...found[i + 1]!, confidence: 'medium' };
  }
  return found;
}

const NONE: Attribution = {
  speaker: null,
  speakerText: null,
  cue: null,
  confidence: 'low',
  cueSentence: null,
  mention: null,
};
const METALINGUISTIC =
  /\b(?:word|words|term|expression|phrase|so-called|titled|entitled|nicknamed|hashtag)\s*$/u;

function attributeOne(span: QuoteSpan, ctx: ArticleContext): Attribution {
  const block = ctx.blocks[span.block]!;
  if (block.role === 'blockquote' || block.role === 'tweet') return fromAttributionLine(span, ctx);
  const text = block.text;
  const open = span.openMark ?? span.start;
  const sentence = sentenceAround(text, open);
  const before = outsideQuotes(ctx, span.block, sentence.start, open);
  const afterOffset = span.closeMark === null ? span.end : span.closeMark + 1;
  // "in Forbes’ words, “…”", "in her words, “…”": the possessor of the words says them.
  const inWords = /(?:^|\s)[Ii]n\s+(\S+?['’]s?|his|her|their|its)\s+(?:own\s+)?words[\s,:]*$/u.exec(
    before,
  );
  if (inWords) {
    const owner = inWords[1]!;
    const at =
      sentence.start + inWords.index + inWords[0].indexOf(owner, inWords[0].search(/[Ii]n/u) + 2);
    const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[
      owner.toLowerCase() as 'his'
    ];
    const cueSentence = { block: span.block, start: sentence.start, end: sentence.end };
    const cue = text.slice(at - 3, at + owner.length + 6).trim();
    if (pronoun) {
      const found = resolvePronoun(pronoun, span.block, at, ctx, namedInside(ctx, span));
      if (found)
        return {
          speaker: found.entity.id,
          speakerText: owner,
          cue,
          confidence: 'medium',
          cueSentence,
          mention: { block: span.block, start: at, end: at + owner.length },
        };
    } else {
      const m = mentionsBetween(ctx, span.block, at, at + owner.length).find((x) => !x.modifier);
      const entity = m ? entityOf(ctx, m.entity) : undefined;
      if (m && entity)
        return {
          speaker: entity.id,
          speakerText: m.text,
          cue,
          confidence: 'medium',
          cueSentence,
          mention: { block: span.block, start: m.outerStart, end: m.end },
        };
    }
  }
  if (METALINGUISTIC.test(before.replace(/[\s“”«»"–—,-]+$/u, ''))) return NONE;
  const coordinated = previousInSentence(span, sentence.start, ctx);
  if (coordinated) return coordinated;
  const transcript = speakerLabel(span, ctx);
  if (transcript) return transcript;
  const startsSentence = before.trim() === '' || /[.!?…]$/u.test(before.trim());
  const quoted = text.slice(span.start, span.end).trim();
  // “…peace.” Trump replied: a quotation that ends its sentence with a full stop takes no cue after it.
  const closesSentence =
    (/\.$/u.test(quoted) &&
      span.closeMark !== null &&
      /^\s+\p{Lu}/u.test(text.slice(afterOffset))) ||
    /^\s*[.!?…]\s+\p{Lu}/u.test(text.slice(afterOffset));
  // …unless the sentence after is no more than its cue ("“…missing.” Trump said."), which no quotation follows.
  const next = closesSentence ? splitSentences(text.slice(afterOffset))[0] : undefined;
  const shortCue =
    next !== undefined &&
    /^[^:;“”"«»]+[.!]$/u.test(next.text) &&
    wordCount(next.text) <= 8 &&
    !/\b(?:that|if|whether)\b/u.test(next.text) &&
    !/^\s*[“"«]/u.test(text.slice(afterOffset + next.end));
  const after = () => (closesSentence && !shortCue ? null : cueAfterQuote(span, afterOffset, ctx));
  const inSentence = () => cueBeforeQuote(span, sentence.start, open, ctx);
  // “…,” the Florida senator said: a quotation ending its clause with a comma looks after it first,
  // unless a verb before it introduces it ("Putin told Macron that … “until the end,” said the official").
  const introduced =
    /\b(?:that|if|whether)\b/u.test(before) &&
    cuesBefore(outsideQuotes(ctx, span.block, 0, text.length), sentence.start, open).some((c) =>
      /\b(?:that|if|whether)\b/u.test(text.slice(c.verbAt, open)),
    );
  // “Why now?” Mills then writes back, “…”: after a question or an exclamation, a cue that leads into the next quotation
  // is that one's; a cue before the quotation in its sentence ("Clinton responds to Mills with, “…”") comes first.
  const leadsOn =
    /[?!]$/u.test(quoted) &&
    /^\s+\p{Lu}[^.!?;“”"«»]{0,80}?[,:]\s*[“"«]/u.test(text.slice(afterOffset));
  const attempts =
    startsSentence || (/[,?!]$/u.test(quoted) && !introduced && !leadsOn)
      ? [after, inSentence]
      : [inSentence, after];
  // A cue whose subject cannot be resolved keeps its words, but later sieves may still find the speaker.
  let unresolved: Attribution | null = null;
  for (const attempt of attempts) {
    const found = attempt();
    if (found?.speaker) return outerSource(span, afterOffset, found, ctx);
    unresolved ??= found;
  }
  const final = closesSentence
    ? null
    : sentenceFinalCue(
        span,
        afterOffset,
        sentenceAround(text, Math.max(open, afterOffset - 1)).end,
        ctx,
      );
  if (final?.speaker) return final;
  const predicate = quotedPredicate(span, sentence.start, open, ctx);
  if (predicate) return predicate;
  const signed = signature(span, afterOffset, ctx);
  if (signed) return signed;
  const sameSentence = sharedSentence(span, sentence.start, ctx);
  if (sameSentence) return sameSentence;
  const byColon = /:\s*$/u.test(before) ? colonIntro(span, sentence.start, open, ctx) : null;
  if (byColon) return byColon;
  const byPossessor = possessorCue(span, sentence.start, open, ctx);
  if (byPossessor) return byPossessor;
  const given = shoutedOrJudged(span, sentence.start, open, ctx);
  if (given) return given;
  // A word or two inside the writer's sentence ("dismissed the kerfuffle as “absurd.”") is no continuation of a quotation.
  const phrase =
    wordCount(text.slice(span.start, span.end)) >= 3 ||
    (span.kind !== 'fragment' && startsSentence);
  if (phrase) {
    const carried =
      carryInParagraph(span, sentence.start, ctx) ??
      (startsSentence ? carryFromParagraph(span, ctx) : null);
    if (carried) return carried;
  }
  const last = ctx.previous.at(-1)?.attribution;
  if (last?.speaker && /:\s*$/u.test(before))
    return { ...last, cue: null, confidence: 'medium', cueSentence: null };
  if (wordCount(text.slice(span.start, span.end)) >= 3 && !unresolved?.speakerText) {
    const context = fromContext(span, sentence.start, ctx);
    if (context) return context;
  }
  const scare =
    wordCount(text.slice(span.start, span.end)) < 3 && !unresolved?.speaker
      ? scareQuote(span, sentence, open, afterOffset, ctx)
      : null;
  if (scare) return scare;
  return unresolved ?? NONE;
}

/**
 * "“…,” Sanders said, according to CNN.", "said Kristen Day, …, reports USA Today.": a report of
 * what someone said is credited to the one who reports it (PolNeAR's convention for nested sources).
 */
function outerSource(
  span: QuoteSpan,
  afterOffset: number,
  found: Attribution,
  ctx: ArticleContext,
): Attribution {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const sentence = sentenceAround(text, Math.max(span.openMark ?? span.start, afterOffset - 1));
  const masked = outsideQuotes(ctx, b, 0, text.length);
  // “…?” O’Malley said, according to the Las Vegas Sun.: the cue may be the sentence after the quotation.
  const end =
    found.mention?.block === b && found.mention.start >= sentence.end
      ? sentenceAround(text, found.mention.start).end
      : sentence.end;
  const tail = masked.slice(Math.max(sentence.start, afterOffset), end);
  // "…, according to an Associated Press account", "according to a transcript of the show", "according to audio provided
  // by Wyoming Public Radio": a description of a report too;
  // the comma may be missing ("said in a statement according to The Blaze").
  const accordingTo =
    /(?:,\s*|\s)(?:according to|reports|reported)\s+((?:the\s+|The\s+|an?\s+)?\p{Lu}[^,.;:!?]{0,60}?|(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:account|transcript|report|recording|video|statement|interview|summary|readout|excerpts?|copy|release|pool\s+report)|excerpts|audio|footage|transcripts)(?:\s+(?:(?:released|provided|obtained|posted)\s+)?(?:of|by|from|in)\s+[^,.;:!?]{1,40}?)?)\s*[.!?]?\s*$/u.exec(
      tail,
    );
  // "…, saying the Ohio Republican was “doing the right thing,” CNN reported.", "… radio show, “Generations,” Right Wing
  // Watch first reported.": the reporter named before the verb.
  const outer =
    accordingTo ??
    /(?<=(?:,|\s{3})\s*)((?:the\s+|The\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})\s+(?:(?:first|\p{Ll}+ly)\s+)?(?:reported|reports)\s*[.!?]?\s*$/u.exec(
      tail,
    );
  if (!outer) return found;
  const start = Math.max(sentence.start, afterOffset) + outer.index + outer[0].indexOf(outer[1]!);
  const subject = resolveSubject(b, start, start + outer[1]!.length, ctx, namedInside(ctx, span));
  if (!subject || subject.who.speaker === found.speaker) return found;
  const cue = text
    .slice(Math.max(sentence.start, afterOffset) + outer.index, start + outer[1]!.length)
    .replace(/^[\s,]+/u, '');
  return {
    ...fromSubject(
      subject,
      text,
      found.cueSentence ?? { block: b, start: sentence.start, end: sentence.end },
    ),
    cue,
    confidence: 'medium',
  };
}

/**
 * "Many world leaders became more “conversant” about climate change, Ban said.": a cue that
 * closes the sentence after a comma, with words between it and the quotation, is the cue of
 * the quotations of that sentence that have none of their own.
 */
function sentenceFinalCue(
  span: QuoteSpan,
  afterOffset: number,
  sentenceEnd: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const tail = masked.slice(afterOffset, sentenceEnd);
  const commas = [...tail.matchAll(/,/gu)]
    .map((m) => afterOffset + m.index)
    .reverse()
    .slice(0, 4);
  for (const at of commas) {
    if (at === afterOffset || /^[\s,]*$/u.test(masked.slice(afterOffset, at))) continue;
    const cue = cueAfter(masked, at, sentenceEnd);
    if (!cue?.subject) continue;
    // ", said when Boyle asked him": an inverted subject is a capitalised name or a determined phrase.
    if (
      cue.subject.start > cue.verbAt &&
      !/^(?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)/u.test(
        masked.slice(cue.subject.start, cue.subject.end),
      )
    )
      continue;
    const restFrom =
      cue.subject.start < cue.verbAt ? cue.verbAt + cue.verb.length : cue.subject.end;
    const rest = masked.slice(restFrom, sentenceEnd);
    // What follows the cue is short ("on Monday"), or an apposition of an inverted subject ("said DeMoro, director of …, a union that …").
    const inverted = cue.subject.start > cue.verbAt && /^,[^;:]*$/u.test(rest);
    const short =
      /^(?:[^,;:]{0,50}|,[^,;:]{1,80},?[^,;:]{0,30})[.!?]?\s*$/u.test(rest) &&
      !/\b(?:that|if|whether|to|and|but)\b/u.test(rest.slice(0, 60).replace(/^,[^,]*,/u, ''));
    if (!inverted && !short) continue;
    if (cuesBefore(masked, afterOffset, at).some((c) => !c.participle)) return null;
    const cueSentence = { block: b, start: sentenceAround(text, at).start, end: sentenceEnd };
    const found = attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
    return found?.speaker ? { ...found, confidence: 'medium' } : null;
  }
  return null;
}

const sayingWords = phraseFinder(SPEECH_VERBS);

/**
 * "Trump summed up Clinton as “terrible”", "he was back to boasting about “winning”": a
 * quotation of one or two words that no cue gives a speaker is the word of the subject of
 * its clause, when that subject is "he" or "she", or a name (of someone the text shows as a
 * person, or an organisation) in a sentence with a word of saying. Not one that qualifies
 * the noun after it ("a “unity” lunch", "the “Three Amigos” summit"): that is a name for a
 * thing, a term.
 */
function scareQuote(
  span: QuoteSpan,
  sentence: { start: number; end: number },
  open: number,
  afterOffset: number,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const nextWord = /^[\s”"’]*([\p{Ll}-]+)/u.exec(text.slice(afterOffset, afterOffset + 30))?.[1];
  if (nextWord !== undefined && /^NN/u.test(lexicon[nextWord]?.[0] ?? '')) return null;
  const subject = clauseSubject(span.block, sentence.start, open, ctx, namedInside(ctx, span));
  // Not "it" or "they", which stand for a thing or a crowd as often as for a speaker.
  if (
    !subject ||
    subject.form === 'description' ||
    (subject.form === 'pronoun' && !/^(?:he|she)$/iu.test(subject.who.speakerText))
  )
    return null;
  // A name needs a word of saying in the sentence ("dismissed the kerfuffle as “absurd”", "called Trump “…”"): without
  // one, the writer's own scare quotes ("Sanders deployed staff to the “Super Tuesday” states") are as common.
  if (
    subject.form === 'name' &&
    sayingWords(outsideQuotes(ctx, span.block, sentence.start, open)).length === 0
  )
    return null;
  const entity = entityOf(ctx, subject.who.speaker);
  if (entity && entity.kind === 'person' && !entity.attested) return null;
  return {
    ...fromSubject(subject, text, { block: span.block, start: sentence.start, end: sentence.end }),
    confidence: 'low',
    note: 'no cue names the speaker: read from the subject of the clause',
  };
}

/**
 * "protesters marched, chanting “Dump Trump”", "they chanted “no justice, no peace”",
 * "Manafort dismissed the kerfuffle as “absurd.”": words a crowd shouts and a word given as
 * a judgement (`terms.ts` keeps both as statements) belong to the subject of the clause of
 * the verb that gives them, however short.
 */
function shoutedOrJudged(
  span: QuoteSpan,
  sentenceStart: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const before = outsideQuotes(ctx, b, sentenceStart, open).replace(/[\s“”«»"–—-]+$/u, '');
  const given = SHOUTED.exec(before) ?? JUDGED.exec(before);
  if (!given) return null;
  const verbAt = sentenceStart + given.index;
  const lead = before.slice(0, given.index);
  // Not the passive ("is described on Amazon as a “riveting book”"), nor chants someone meets ("was met with chants of “…”",
  // "took the stage to cries of “…”"): the subject there is what is judged or who hears.
  if (
    !/^\S+ing\b/u.test(given[0]) &&
    /(?:^|\s)(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(lead)
  )
    return null;
  if (
    /^(?:chants|chant|cries|shouts|calls)\b/iu.test(given[0].trim()) &&
    /(?:^|\s)(?:with|to|by|amid|over|of|despite)\s+(?:\S+\s+){0,2}$/u.test(lead)
  )
    return null;
  const subject = clauseSubject(b, sentenceStart, verbAt, ctx, namedInside(ctx, span));
  if (!subject) return null;
  const cue = text.slice(verbAt, sentenceStart + before.length).trim();
  return {
    ...fromSubject(subject, text, { block: b, start: sentenceStart, end: open }),
    cue,
    confidence: 'medium',
  };
}

/** Is the word a finite verb by its usual tag in the English lexicon ("called", "has", "would", not "calls" as a noun)? */
function finiteVerb(word: string): boolean {
  const tags = lexicon[word] ?? [];
  return /^(?:VBD|VBZ|MD)$/u.test(tags[0] ?? '') || (tags[0] === 'VBN' && tags.includes('VBD'));
}

/**
 * "the French president “called for the withdrawal…”", "Trump “has never apologized”": a
 * quotation that opens with a finite verb right after the subject of its clause is that
 * subject's own words, whether a name, a pronoun or a description.
 */
function quotedPredicate(
  span: QuoteSpan,
  sentenceStart: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const first = /^\s*(\p{Ll}[\p{Ll}’'-]*)/u.exec(text.slice(span.start, span.start + 40))?.[1];
  if (!first || !finiteVerb(first) || wordCount(text.slice(span.start, span.end)) < 3) return null;
  const before = outsideQuotes(ctx, b, sentenceStart, open);
  // The words since the clause began, as long as none is a verb: "During the exchange, the French president".
  const clause =
    /(?:^|[,;:]\s+|\s(?:and|but|while|as)\s+)((?:[\p{L}\p{N}.’'-]+\s+){0,7}?[\p{L}\p{N}.’'-]+)\s*$/u.exec(
      before,
    );
  if (!clause) return null;
  const words = clause[1]!.split(/\s+/u);
  if (words.some((w) => /^\p{Ll}/u.test(w) && (isVerbLike(w) || finiteVerb(w)))) return null;
  const start = sentenceStart + clause.index + clause[0].indexOf(clause[1]!);
  const subject = resolveSubject(b, start, start + clause[1]!.length, ctx, namedInside(ctx, span));
  if (!subject) return null;
  return {
    ...fromSubject(subject, text, { block: b, start: sentenceStart, end: open }),
    confidence: 'medium',
    note: 'no verb of saying: the quotation is the predicate of its subject',
  };
}

const SIGNATURE =
  /^["”»\s]*[-–—―]+\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,4})(?=[.,]|\s*$|\s*\n|\s*[“"«])/u;

/**
 * "“…” - Bernie Sanders.", "“…” -Michelle Marks, Philadelphia.", "“…” ― Sonya Herridge" before the
 * next signed quotation: a signature after the closing mark, or on the next line.
 */
function signature(span: QuoteSpan, afterOffset: number, ctx: ArticleContext): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const here = SIGNATURE.exec(text.slice(afterOffset, afterOffset + 80));
  const nextBlock = ctx.blocks[span.block + 1];
  const below =
    !here && /^["”»\s]*$/u.test(text.slice(afterOffset)) && nextBlock
      ? SIGNATURE.exec(nextBlock.text)
      : null;
  const found = here ?? below;
  if (!found) return null;
  const b = here ? span.block : span.block + 1;
  const from = here ? afterOffset : 0;
  const at = from + found[0].indexOf(found[1]!);
  const m = mentionsBetween(ctx, b, at, at + found[1]!.trimEnd().length).find((x) => !x.modifier);
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (!m || !entity) return null;
  return {
    speaker: entity.id,
    speakerText: m.text,
    cue: ctx.blocks[b]!.text.slice(from, at + found[1]!.length).trim(),
    confidence: 'medium',
    cueSentence: null,
    mention: { block: b, start: m.outerStart, end: m.end },
  };
}

/** "WALLACE: Let’s start…", "Clinton: “Our goal…”": a speaker's name and a colon, as in a transcript. */
function speakerLabel(span: QuoteSpan, ctx: ArticleContext): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const inside = /^([\p{Lu}][\p{Lu}'’.-]+(?:\s[\p{Lu}][\p{Lu}'’.-]+)?):\s/u.exec(
    text.slice(span.start, span.end),
  );
  const open = span.openMark ?? span.start;
  const before = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}'’.-]+\s?){1,3}):\s*$/u.exec(
    text.slice(Math.max(0, open - 40), open),
  );
  const at = inside
    ? span.start
    : before
      ? open - before[0].length + before[0].indexOf(before[1]!)
      : -1;
  const label = inside?.[1] ?? before?.[1]?.trim();
  if (at < 0 || !label) return null;
  const m = (ctx.cast.mentions[span.block] ?? []).find(
    (x) => x.start >= at && x.end <= at + label.length && !x.modifier,
  );
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (!m || !entity || entity.kind !== 'person') return null;
  return {
    speaker: entity.id,
    speakerText: m.text,
    cue: `${label}:`,
    confidence: 'medium',
    cueSentence: null,
    mention: { block: span.block, start: m.start, end: m.end },
  };
}

/**
 * The last resort for a quotation no cue attributes (GGT's "heuristic quotes"): the subject
 * of the quotation's own clause ("He also seeks “…”"), else the person the sentence before
 * it is about (its subject, if a person or organisation), else the speaker of the latest
 * quotation within this paragraph and the one before. Confidence low: the data says the
 * speaker was read from the context, not from a cue.
 */
function fromContext(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  // "He also seeks “a permanent injunction…”": the subject of the quotation's own clause, when a name or a pronoun;
  // not when a verb of saying follows in the sentence ("Clinton “drew well …” in 2008, said Paul Beck").
  const open = span.openMark ?? span.start;
  const afterQuote = outsideQuotes(
    ctx,
    b,
    span.closeMark === null ? span.end : span.closeMark + 1,
    sentenceAround(text, open).end,
  );
  const saidLater = sayingWords(afterQuote).length > 0;
  const own =
    open > sentenceStart && span.kind === 'direct' && !saidLater
      ? clauseSubject(b, sentenceStart, open, ctx, namedInside(ctx, span))
      : null;
  if (own && own.form !== 'description') {
    const entity = entityOf(ctx, own.who.speaker);
    if (entity && entity.kind !== 'group')
      return {
        ...fromSubject(own, text, { block: b, start: sentenceStart, end: open }),
        cue: null,
        confidence: 'low',
        note: 'no cue names the speaker: read from the subject of its sentence',
      };
  }
  // A speaker read from the context is not passed on: only one a cue named.
  const prev = ctx.previous.findLast((p) => p.attribution.speaker);
  if (
    prev &&
    prev.span.block >= b - 1 &&
    !prev.attribution.note?.startsWith('no cue names the speaker')
  )
    return {
      ...prev.attribution,
      cue: null,
      confidence: 'low',
      cueSentence: null,
      note: 'no cue names the speaker: taken to be the speaker of the quotation before',
    };
  // "Viguerie is upbeat about Cruz’s chances. “Not only can Ted Cruz win …”": a quotation standing as its own sentence,
  // after a sentence of its paragraph about someone, is theirs: the first person or organisation that sentence has as a subject.
  // The sentence before may close the paragraph before, when the quotation opens its own.
  if (span.kind !== 'direct' || outsideQuotes(ctx, b, sentenceStart, open).trim() !== '')
    return null;
  const inBlock = splitSentences(text.slice(0, sentenceStart)).at(-1);
  const previousBlock = ctx.blocks[b - 1];
  const at = inBlock ? b : sentenceStart === 0 && previousBlock?.role === 'paragraph' ? b - 1 : -1;
  const before = inBlock ?? (at >= 0 ? splitSentences(previousBlock!.text).at(-1) : undefined);
  if (!before) return null;
  const subject = aboutWhom(at, before, namedInside(ctx, span), ctx);
  return subject
    ? {
        ...fromSubject(subject, ctx.blocks[at]!.text, {
          block: at,
          start: before.start,
          end: before.end,
        }),
        cue: null,
        confidence: 'low',
        note: 'no cue names the speaker: read from the subject of the sentence before',
      }
    : null;
}

/** The first subject of a sentence, a name or "he" or "she" opening it, when a person or an organisation. */
function aboutWhom(
  b: number,
  sentence: { start: number; end: number },
  exclude: ReadonlySet<string>,
  ctx: ArticleContext,
): Subject | null {
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, sentence.start, sentence.end);
  const opening = /^\s*(He|She)(?=\s)/u.exec(masked);
  if (opening && followedByVerb(text, sentence.start + opening[0].length)) {
    const at = sentence.start + opening[0].length - opening[1]!.length;
    const found = resolvePronoun(opening[1]!, b, at, ctx, exclude);
    return found
      ? {
          who: {
            speaker: found.entity.id,
            speakerText: opening[1]!,
            confidence: 'low',
            mention: { block: b, start: at, end: at + opening[1]!.length },
          },
          form: 'pronoun',
        }
      : null;
  }
  const m = mentionsBetween(ctx, b, sentence.start, sentence.end).find(
    (x) => !x.modifier && !x.possessive && isSubjectPosition(text, x),
  );
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (
    !m ||
    !entity ||
    entity.kind === 'group' ||
    exclude.has(entity.id) ||
    (entity.kind === 'person' && !entity.attested)
  )
    return null;
  return {
    who: {
      speaker: entity.id,
      speakerText: m.text,
      confidence: 'low',
      mention: { block: b, start: m.outerStart, end: m.end },
    },
    form: 'name',
  };
}

/** "set his red lines: “No concessions…” and “a lasting withdrawal…”": the same speaker. */
function previousInSentence(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const prev = ctx.previous.at(-1);
  if (
    !prev?.attribution.speaker ||
    prev.span.block !== span.block ||
    prev.span.start < sentenceStart
  )
    return null;
  const text = ctx.blocks[span.block]!.text;
  const between = text.slice(
    prev.span.closeMark === null ? prev.span.end : prev.span.closeMark + 1,
    span.openMark ?? span.start,
  );
  if (!/^[\s,;–—-]*(?:and|or)?[\s“”«»"]*$/u.test(between)) return null;
  return { ...prev.attribution, cue: null, cueSentence: null };
}

/** "a blunt message to Trump:", "later that month on CNN:": a name a preposition governs is whom or where it was said. */
const TO_WHOM = /(?:^|\s)(?:to|with|at|on|in|against|toward|towards)\s+(?:[^\s,;:]+\s+){0,3}$/u;

/**
 * "Republican pollster Daron Shaw is not surprised: “…”", "A footnote in the report makes
 * that clear: “…”": a quotation a colon introduces, with no verb of saying, belongs to the
 * name that ends the clause before the colon, else to the clause's subject.
 */
function colonIntro(
  span: QuoteSpan,
  from: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const colon = text.lastIndexOf(':', open);
  if (colon < from) return null;
  const clauseStart = Math.max(from, text.lastIndexOf(';', colon) + 1);
  const mentions = mentionsBetween(ctx, b, clauseStart, colon).filter(
    (m) => !m.modifier && !m.possessive,
  );
  // "McConnell delivered a blunt message to Trump:": a name governed by a preposition is not who said it.
  const ending = mentions.find(
    (m) =>
      /^[\s,)]*$/u.test(text.slice(m.end, colon)) &&
      !/\b(?:quotes?|quoted|cites?|cited|reads?|reading)\s+(?:\S+\s+){0,4}$/u.test(
        text.slice(clauseStart, m.outerStart),
      ) &&
      !TO_WHOM.test(text.slice(clauseStart, m.outerStart)),
  );
  // "Here’s Clinton in December 1992:": the one a presentative introduces speaks.
  const here = /^\s*Here(?:['’]s|\s+is|\s+was)\s/u.test(text.slice(clauseStart, colon))
    ? mentions[0]
    : undefined;
  const subject = ending ?? mentions.find((m) => isSubjectPosition(text, m)) ?? here;
  const cueSentence = { block: b, start: from, end: colon + 1 };
  if (subject) {
    const entity = entityOf(ctx, subject.entity);
    if (entity)
      return {
        speaker: entity.id,
        speakerText: subject.text,
        cue: text.slice(clauseStart, colon + 1).trim(),
        confidence: 'medium',
        cueSentence,
        mention: { block: b, start: subject.outerStart, end: subject.end },
      };
  }
  // "The Clinton campaign, in a Q&A on the controversy, worded it carefully: “…”": a phrase set off by commas stands outside the count.
  const clause = outsideQuotes(ctx, b, clauseStart, colon).replace(/,[^,;]{1,80},/gu, (m) =>
    ' '.repeat(m.length),
  );
  const words = [...clause.matchAll(/[\p{L}’'.-]+/gu)].slice(0, 7);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w[0]) && isVerbLike(w[0]));
  if (verb <= 0) return null;
  const found = resolveSubject(
    b,
    clauseStart + words[0]!.index,
    clauseStart + words[verb - 1]!.index + words[verb - 1]![0].length,
    ctx,
    namedInside(ctx, span),
  );
  return found
    ? {
        ...fromSubject(found, text, cueSentence),
        cue: text.slice(clauseStart, colon + 1).trim(),
        confidence: 'low',
      }
    : null;
}

const SPEECH_NOUNS =
  'statement|remarks?|comments?|claims?|assertion|accusation|conclusion|warning|response|reply|promise|vow|pledge|catch ?phrase|slogan|line|words|description|argument|contention|insistence|prediction|admission|boast|threat|quip|message|tweet|speech|answer|criticism|charge|suggestion|call|complaint|demand|mantra|refrain|rallying cry|retort|verdict|assessment|characterization|dismissal|denial';
const POSSESSED = new RegExp(
  `(?:^|\\s)(\\S+?['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${SPEECH_NOUNS})\\b`,
  'gu',
);

/**
 * "Donald Trump’s accusation that Clinton is playing the “woman's card”", "her remark that
 * “…”": the possessor of a noun of saying is the speaker of the quotation it introduces.
 */
function possessorCue(
  span: QuoteSpan,
  from: number,
  open: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, from, open);
  const match = [...masked.matchAll(POSSESSED)].at(-1);
  if (
    !match ||
    cuesBefore(masked, match.index + match[0].length, masked.length).some((c) => !c.participle)
  )
    return null;
  const owner = match[1]!;
  const at = from + match.index + match[0].indexOf(owner);
  const cueSentence = { block: b, start: from, end: open };
  const cue = text.slice(at, from + match.index + match[0].length);
  if (/^(?:his|her|their|its)$/iu.test(owner)) {
    const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[
      owner.toLowerCase() as 'his' | 'her' | 'their' | 'its'
    ];
    const found = resolvePronoun(pronoun, b, at, ctx, namedInside(ctx, span));
    return found
      ? {
          speaker: found.entity.id,
          speakerText: owner,
          cue,
          confidence: 'low',
          cueSentence,
          mention: { block: b, start: at, end: at + owner.length },
        }
      : null;
  }
  // The owner is the last word of the name it ends ("Donald Trump’s accusation").
  const m = mentionsBetween(ctx, b, from, at + owner.length).find(
    (x) => x.possessive && x.end > at,
  );
  const entity = m ? entityOf(ctx, m.entity) : undefined;
  if (m && entity)
    return {
      speaker: entity.id,
      speakerText: m.text,
      cue: text.slice(m.outerStart, from + match.index + match[0].length),
      confidence: 'medium',
      cueSentence,
      mention: { block: b, start: m.outerStart, end: m.end },
    };
  // "The Florida senator’s answer was that “…”": a described possessor is the one it describes.
  const described = /(?:^|\s)((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+){0,3})$/u.exec(
    masked.slice(0, match.index + match[0].indexOf(owner)),
  );
  const head = described
    ? resolveSubject(
        b,
        from + described.index + described[0].length - described[1]!.length,
        at + owner.replace(/['’]s?$/u, '').length,
        ctx,
        namedInside(ctx, span),
      )
    : null;
  return head
    ? {
        ...fromSubject(head, text, cueSentence),
        cue: text.slice(from + described!.index, from + match.index + match[0].length).trim(),
        confidence: 'low',
      }
    : null;
}

/**
 * "Putin considers the “independence” of the republics “non-negotiable”": a quotation with
 * no cue of its own, after one of its sentence that has a speaker, with no verb of saying
 * between them, is the same speaker's.
 */
function sharedSentence(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const prev = ctx.previous.at(-1);
  if (
    !prev?.attribution.speaker ||
    prev.span.block !== span.block ||
    (prev.span.openMark ?? prev.span.start) < sentenceStart
  )
    return null;
  const from = prev.span.closeMark === null ? prev.span.end : prev.span.closeMark + 1;
  const between = outsideQuotes(ctx, span.block, from, span.openMark ?? span.start);
  if (cuesBefore(between, 0, between.length).length > 0 || /[;:]/u.test(between)) return null;
  return { ...prev.attribution, confidence: 'medium' };
}

/** The attribution line(s) below a block quote, or the signature below a tweet. */
function fromAttributionLine(span: QuoteSpan, ctx: ArticleContext): Attribution {
  const b = span.block + 1;
  const next = ctx.blocks[b];
  if (!next || next.role !== 'attribution') return NONE;
  const cueSentence = { block: b, start: 0, end: next.text.length };
  const tweet = TWEET_SIGNATURE.exec(next.text);
  if (tweet) {
    const m = mentionsBetween(ctx, b, 0, next.text.indexOf('(')).find((x) => !x.modifier);
    return m
      ? {
          speaker: m.entity,
          speakerText: m.text,
          cue: next.text,
          confidence: 'high',
          cueSentence,
          mention: { block: b, start: m.start, end: m.end },
        }
      : NONE;
  }
  // "said Benjamin Haddad, …", "he quipped", or the name alone ("Emmanuel Macron’s entourage").
  const cue = cueAfter(next.text, 0, next.text.length);
  const found = cue
    ? attributionOf(cue, b, namedInside(ctx, span), next.text, cueSentence, ctx)
    : null;
  if (found?.speaker) return { ...found, cue: next.text };
  const subject = resolveSubject(b, 0, next.text.length, ctx, namedInside(ctx, span));
  if (subject) return { ...fromSubject(subject, next.text, cueSentence), cue: next.text };
  return {
    ...NONE,
    speakerText: /^(?:said|says|added|adds)?\s*(\p{L}+)/u.exec(next.text)?.[1] ?? null,
    cue: next.text,
  };
}

function fromSubject(subject: Subject, _text: string, cueSentence: BlockRange): Attribution {
  const { who } = subject;
  return {
    speaker: who.speaker,
    speakerText: who.speakerText,
    cue: null,
    confidence: who.confidence,
    cueSentence,
    mention: who.mention,
  };
}

/** The cue after the closing mark: ", said X", ", X said", ", he added", ", according to X". */
function cueAfterQuote(span: QuoteSpan, offset: number, ctx: ArticleContext): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const sentence = sentenceAround(text, Math.min(offset, text.length - 1));
  // The next quotation ends the cue, unless it is a few words inside the phrase ("Bill Eastland, wearing “Ted Cruz” pins, said").
  const embedded = (s: QuoteSpan) =>
    wordCount(text.slice(s.start, s.end)) <= 3 &&
    /[\p{L}\p{N}]\s+$/u.test(
      text.slice(Math.max(0, (s.openMark ?? s.start) - 3), s.openMark ?? s.start),
    ) &&
    /[\p{L}\p{N}]$/u.test(text.slice(s.start, s.end)) &&
    /^\s+\p{Ll}/u.test(text.slice(s.closeMark === null ? s.end : s.closeMark + 1));
  const nextQuote = ctx.spans.find(
    (s) =>
      s.block === b && (s.openMark ?? s.start) >= offset && s.kind !== 'indirect' && !embedded(s),
  );
  const limit = Math.min(
    text.length,
    offset + 200,
    nextQuote ? (nextQuote.openMark ?? nextQuote.start) : Infinity,
  );
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const cue = cueAfter(masked, offset, limit);
  if (!cue) return null;
  const cueSentence = { block: b, start: sentence.start, end: sentence.end };
  // "Canova wrote …, “…,” and shared a link": a verb joined after the quotation shares the subject of the cue before it.
  if (cue.participle) {
    const open = span.openMark ?? span.start;
    const before = cueBeforeQuote(span, sentenceAround(text, open).start, open, ctx);
    if (before?.speaker) return before;
  }
  return attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
}

/** A reporting verb earlier in the sentence, nearest the quotation first, whose subject resolves. */
function cueBeforeQuote(
  span: QuoteSpan,
  sentenceStart: number,
  quoteStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const b = span.block;
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, 0, text.length);
  const sentence = sentenceAround(text, quoteStart);
  const cueSentence = { block: b, start: sentence.start, end: sentence.end };
  let unresolved: Attribution | null = null;
  const cues = cuesBefore(masked, sentenceStart, quoteStart);
  for (const [i, cue] of cues.entries()) {
    const found = attributionOf(cue, b, namedInside(ctx, span), text, cueSentence, ctx);
    if (found?.speaker) {
      // "Rep. Steve Israel said Clinton called on members to be “…”": a cue whose clause is what an earlier verb of saying
      // reports is nested in it; the quotation is credited to the outer source (PolNeAR's convention), read where the outer
      // cue names it even when both name one person ("The president told Inskeep that he believes he “…”").
      const inner = cue.subject;
      const outer =
        inner && inner.start < cue.verbAt
          ? cues
              .slice(i + 1)
              .find(
                (o) =>
                  !o.participle &&
                  o.subject !== null &&
                  ((o.subject.end <= o.verbAt &&
                    OUTER_VERBS.test(o.verb) &&
                    reports(o.verb, masked.slice(o.verbAt + o.verb.length, inner.start))) ||
                    (/^according to$/iu.test(o.verb) &&
                      o.subject.end <= inner.start &&
                      /^\s*,\s*$/u.test(masked.slice(o.subject.end, inner.start)))),
              )
          : undefined;
      const reported = outer
        ? attributionOf(outer, b, namedInside(ctx, span), text, cueSentence, ctx)
        : null;
      return reported?.speaker ? reported : found;
    }
    unresolved ??= found;
  }
  return unresolved;
}

const OUTER_VERBS =
  /^(?:said|says|told|tells|wrote|writes|reported|reports|added|noted|explained|recalled|claimed|testified)$/u;
/** What may stand between a verb of saying and the subject of the clause it reports: "said Monday that", "said that", "said he expected that". */
const REPORTED =
  /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+|\p{Ll}+ly\s+|that\s+|(?:he|she|they|it|we)\s+(?:expected|believed|thought|hoped|feared|predicted|expects|believes|thinks|hopes|fears|predicts)\s+(?:that\s+)?)*$/u;
/** "told NPR correspondent Steve Inskeep that": after "told", whom it was told to may come before the clause reported. */
const reports = (verb: string, between: string) =>
  REPORTED.test(between) ||
  (/^(?:told|tells)$/u.test(verb) && /^\s+[^,;:.!?“”"]{1,60}?\s+that\s+$/u.test(between));

function attributionOf(
  cue: Cue,
  b: number,
  named: ReadonlySet<string>,
  text: string,
  cueSentence: BlockRange,
  ctx: ArticleContext,
): Attribution | null {
  // Neither someone named in the quotation nor one the cue names after its subject ("he said of Trump").
  const after = cue.subject
    ? mentionsBetween(ctx, b, cue.subject.end, cue.cue.end).map((m) => m.entity)
    : [];
  const exclude = after.length ? new Set([...named, ...after]) : named;
  let subject: Subject | null = null;
  let cueStart = cue.cue.start;
  const cueText = () =>
    text
      .slice(cueStart, cue.cue.end)
      .replace(/[\s,:“”"«»]+$/u, '')
      .trim();
  if (cue.participle) {
    const finite = finiteCue(b, cueSentence.start, cue.verbAt, ctx);
    subject = finite?.subject
      ? resolveSubject(b, finite.subject.start, finite.subject.end, ctx, exclude)
      : null;
    // The cue shown is the verb of saying and the participle, when they stand close ("added the Minister, assuring that").
    if (subject && finite && cue.verbAt - finite.verbAt < 60)
      cueStart = Math.min(finite.cue.start, finite.verbAt, finite.subject?.start ?? Infinity);
    if (!subject) {
      subject = clauseSubject(b, cueSentence.start, cue.verbAt, ctx, exclude);
      // The cue shown runs from the subject the participle takes ("Emmanuel Macron said … adding").
      const at = subject?.who.mention;
      if (at && at.block === b && at.start < cue.verbAt && cue.verbAt - at.start < 200)
        cueStart = at.start;
    }
  } else if (cue.subject) {
    subject = resolveSubject(b, cue.subject.start, cue.subject.end, ctx, exclude);
    // "“…,” the dawn of the modern conservative movement, Bozell says": a name after the last comma outranks a description before it.
    const second =
      cue.fallback && (!subject || subject.form === 'description')
        ? resolveSubject(b, cue.fallback.start, cue.fallback.end, ctx, exclude)
        : null;
    if (second && (!subject || second.form === 'name')) subject = second;
    // The French impersonal "we slip at the Elysée": the place the words name speaks.
    if (!subject && /^we$/iu.test(text.slice(cue.subject.start, cue.subject.end).trim())) {
      const place = mentionsBetween(ctx, b, cue.verbAt, Math.min(text.length, cue.verbAt + 60))[0];
      if (place)
        return {
          speaker: place.entity,
          speakerText: text.slice(cue.subject.start, place.end),
          cue: text.slice(cue.cue.start, place.end),
          confidence: 'medium',
          cueSentence,
          mention: { block: b, start: place.start, end: place.end },
        };
    }
  }
  if (!subject)
    return cue.subject
      ? {
          ...NONE,
          speakerText: text.slice(cue.subject.start, cue.subject.end).trim() || null,
          cue: cueText(),
          cueSentence,
        }
      : null;
  const attribution = fromSubject(subject, text, cueSentence);
  return {
    ...attribution,
    cue: cueText(),
    confidence: subject.form === 'name' ? 'high' : attribution.confidence,
  };
}

/** "Spicer said, adding, “…”": the verb of saying a participle follows in its sentence, whose subject it takes. */
function finiteCue(b: number, from: number, to: number, ctx: ArticleContext): Cue | null {
  const text = ctx.blocks[b]!.text;
  if (!/,\s*(?:\p{Ll}+ly\s+)?$/u.test(text.slice(from, to))) return null;
  return (
    cuesBefore(outsideQuotes(ctx, b, 0, text.length), from, to).find(
      (c) => !c.participle && c.subject,
    ) ?? null
  );
}

/**
 * The subject of the clause a participle or a coordinated verb hangs on ("Trump returned
 * the compliment, telling Reuters", "when Sanders protesters interrupted her, shouting"):
 * in the last clause before the verb, its last name or pronoun in subject position, else
 * its first name, else the description it opens with.
 */
function clauseSubject(
  b: number,
  from: number,
  to: number,
  ctx: ArticleContext,
  exclude: ReadonlySet<string>,
): Subject | null {
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, from, to);
  // "a sign saying", "an ad declaring", "one of her ads asking": a participle right after what bears writing is its words.
  const bearer =
    /(?<![\p{L}’'])((?:an?|the|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:sign|banner|placard|poster|t-shirt|shirt|ad|advertisement|statement|letter|message|note|post|tweet|headline|billboard|flyer|sticker|button|cap|hat|email|memo|release|video|voiceover|voice over|voice-over|narrator)s?)(\s+(?:to|for)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)?\s*,?\s*$/u.exec(
      masked,
    );
  // "Trump issued a statement saying", "his campaign sent out a text message to supporters saying": the issuer speaks, not the paper.
  const issued =
    bearer &&
    /(?:^|\s)(?:issued|released|put\s+out|sent\s+out|sent|published|posted|unveiled|aired|ran|launched|distributed|circulated|emailed|tweeted|put\s+up|wrote|signed|delivered|read)\s*$/u.test(
      masked.slice(0, bearer.index),
    );
  if (issued) {
    const words = [...masked.slice(0, bearer.index).matchAll(/[\p{L}’'.-]+/gu)];
    const boundary = [
      ...masked
        .slice(0, bearer.index)
        .matchAll(
          /(?:^|\s)(?:when|while|after|as|because|before|since|if|although|though|whereas|where|and|but)\s|[;,]\s/gu,
        ),
    ].at(-1);
    const start = boundary ? boundary.index + boundary[0].length : 0;
    const verb = words.findLast(
      (w) =>
        w.index >= start &&
        /^(?:issued|released|put|sent|published|posted|unveiled|aired|ran|launched|distributed|circulated|emailed|tweeted|wrote|signed|delivered|read)$/u.test(
          w[0],
        ),
    );
    if (verb && verb.index > start) {
      const found = resolveSubject(b, from + start, from + verb.index, ctx, exclude);
      if (found) return found;
    }
  }
  // Whom the paper went to stands between it and the participle only after the verb that issued it ("in an email to
  // supporters, saying" is the writer's); "Republicans seized on the message, arguing": a participle set off by a comma
  // is its clause's subject's, not the words of the paper.
  if (bearer && !issued && bearer[2] === undefined && !/,\s*$/u.test(masked)) {
    const at = from + bearer.index;
    const described = resolveSubject(b, at, at + bearer[1]!.length, ctx, exclude);
    if (described) return described;
  }
  // "with Trump reportedly yelling", "the AFT calling her": a participle right after a name is that name's.
  const adjacent = mentionsBetween(ctx, b, from, to).findLast(
    (x) => !x.modifier && !x.possessive && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(x.end, to)),
  );
  const governed =
    adjacent &&
    /(?:^|\s)(?:on|in|at|to|by|for|about|into|through)\s+(?:\S+\s+){0,2}$/u.test(
      text.slice(Math.max(from, adjacent.outerStart - 30), adjacent.outerStart),
    );
  if (adjacent && !governed && /ing[,:]?$/u.test(text.slice(to, to + 20).split(/\s/u)[0] ?? '')) {
    const entity = entityOf(ctx, adjacent.entity);
    if (entity)
      return {
        who: {
          speaker: entity.id,
          speakerText: adjacent.text,
          confidence: 'medium',
          mention: { block: b, start: adjacent.outerStart, end: adjacent.end },
        },
        form: 'name',
      };
  }
  // "with many marchers and spectators chanting": the people "with" introduces before a participle are its subject; not
  // a phrase with a preposition of its own ("his talks with Putin in the Kremlin, adding"), which is no noun of people.
  const accompanied = /(?:^|[\s,])with\s+((?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+)\s*$/u.exec(masked);
  if (
    accompanied &&
    !/(?:^|\s)(?:in|on|at|of|to|for|from|by|about|over|after|before|during)(?:\s|$)/iu.test(
      accompanied[1]!,
    ) &&
    /ing[,:]?$/u.test(text.slice(to, to + 20).split(/\s/u)[0] ?? '')
  ) {
    const at = from + accompanied.index + accompanied[0].lastIndexOf(accompanied[1]!);
    const described = resolveSubject(b, at, at + accompanied[1]!.length, ctx, exclude);
    if (described) return described;
  }
  // A clause boundary outside parentheses; "as" opens a clause only before its subject ("as he said", not "known as Republican-leaning", "summed up Clinton as").
  const unbracketed = masked.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  // "after", "before", "since" and "until" open a clause only when a subject and its verb follow ("after Jones assured
  // Trump", not "Trump went after Bush, calling him").
  const opensClause = (m: RegExpMatchArray) => {
    if (!/^(?:\s)?(?:after|before|since|until)\s$/u.test(m[0])) return true;
    const words = /^[^,;:.!?]*/u
      .exec(unbracketed.slice(m.index! + m[0].length))![0]
      .split(/\s+/u)
      .filter(Boolean)
      .slice(0, 5);
    return words.some((w, i) => i > 0 && i < 5 && /^\p{Ll}/u.test(w) && isVerbLike(w));
  };
  const boundary = [
    ...unbracketed.matchAll(
      /(?:^|\s)(?:when|while|after|because|before|since|until|if|although|though|whereas|where|as(?=\s+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|those)\s))\s|;\s/gu,
    ),
  ]
    .filter(opensClause)
    .at(-1);
  const start = boundary ? from + boundary.index + boundary[0].length : from;
  const mentions = mentionsBetween(ctx, b, start, to).filter((x) => !x.modifier && !x.possessive);
  const pronouns = [
    ...outsideQuotes(ctx, b, start, to).matchAll(
      /(?<![\p{L}’'])(he|she|they|it|He|She|They|It)(?![\p{L}’'])/gu,
    ),
  ]
    .map((p) => ({ at: start + p.index, word: p[1]! }))
    .filter((p) => followedByVerb(text, p.at + p.word.length));
  const subjects = [
    ...mentions.filter((x) => isSubjectPosition(text, x)).map((x) => ({ at: x.start, mention: x })),
    ...pronouns.map((p) => ({ at: p.at, pronoun: p })),
  ].sort((x, y) => x.at - y.at);
  const last = subjects[0];
  // Without a subject, a name that opens the clause ("Hillary, smiling, …").
  const opener =
    mentions[0] &&
    /^[\s,]*(?:\S+\s+){0,2}$/u.test(outsideQuotes(ctx, b, start, mentions[0].outerStart))
      ? mentions[0]
      : undefined;
  const named = last && 'mention' in last ? last.mention : last ? undefined : opener;
  if (named) {
    const entity = entityOf(ctx, named.entity);
    if (entity)
      return {
        who: {
          speaker: entity.id,
          speakerText: named.text,
          confidence: 'high',
          mention: { block: b, start: named.outerStart, end: named.end },
        },
        form: 'name',
      };
  }
  if (last && 'pronoun' in last && last.pronoun) {
    const { at, word } = last.pronoun;
    const found = resolvePronoun(word, b, at, ctx, exclude);
    return found
      ? {
          who: {
            speaker: found.entity.id,
            speakerText: word,
            confidence: 'medium',
            mention: { block: b, start: at, end: at + word.length },
          },
          form: 'pronoun',
        }
      : null;
  }
  // The words that open the clause up to its verb ("The Florida senator sought…"), past a fronted adverbial ("In response
  // to Trump’s proposal, Clinton’s right-hand woman rallied supporters, saying").
  const clause = outsideQuotes(ctx, b, start, to);
  const fronted = FRONTED.exec(clause);
  const opening = fronted ? start + fronted[0].length : start;
  const words = [...clause.slice(opening - start).matchAll(/[\p{L}’'.-]+/gu)].slice(0, 7);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w[0]) && isVerbLike(w[0]));
  if (verb <= 0) return null;
  return resolveSubject(
    b,
    opening + words[0]!.index,
    opening + words[verb - 1]!.index + words[verb - 1]![0].length,
    ctx,
    exclude,
  );
}

/**
 * A quotation without a cue of its own, in a paragraph: the cue of the sentence just
 * before ("He said the dialogue would continue. “We must…”"), else the latest speaker of
 * the paragraph (“…,” he said. “…”), else a cue of an earlier sentence.
 */
function carryInParagraph(
  span: QuoteSpan,
  sentenceStart: number,
  ctx: ArticleContext,
): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  const earlier = [...splitSentences(text.slice(0, sentenceStart))].reverse();
  const fromSentence = (sentence: { start: number; end: number }) => {
    const found = cueBeforeQuote(span, sentence.start, sentence.end, ctx);
    return found?.speaker
      ? {
          ...found,
          confidence: found.confidence === 'high' ? ('medium' as const) : found.confidence,
        }
      : null;
  };
  const prev = ctx.previous.at(-1);
  // “…,” he said. “…”: the quotation of the sentence before keeps its reading of "he", when the
  // last cue of that sentence is its own (not "Vladimir Putin said…" after it).
  const previousSentence = earlier[0];
  if (
    prev?.attribution.speaker &&
    previousSentence &&
    prev.span.block === span.block &&
    prev.span.start >= previousSentence.start
  ) {
    // Not a cue of a clause of time or cause ("Hooton said after Rubio spoke.").
    const masked = outsideQuotes(ctx, span.block, 0, text.length);
    // Nor one of a relative clause ("said Gov. Phil Bryant, a former backer of Sen. Ted Cruz, who has since called on …").
    const lastCue = cuesBefore(masked, previousSentence.start, previousSentence.end).find(
      (c) =>
        !/(?:^|\s)(?:after|before|when|while|as|since|until|because|once)\s+$/u.test(
          masked.slice(previousSentence.start, c.subject?.start ?? c.verbAt),
        ) &&
        !/(?:^|[\s,])(?:who|which)\s+(?:\S+\s+){0,3}$/u.test(
          masked.slice(Math.max(previousSentence.start, c.verbAt - 30), c.verbAt),
        ),
    );
    const own =
      !lastCue ||
      lastCue.verbAt < prev.span.start ||
      (lastCue.subject !== null &&
        prev.attribution.mention !== null &&
        lastCue.subject.start < prev.attribution.mention.end &&
        prev.attribution.mention.start < lastCue.subject.end);
    if (own) return { ...prev.attribution, confidence: 'medium' };
  }
  const nearest = previousSentence ? fromSentence(previousSentence) : null;
  if (nearest) return nearest;
  if (prev && prev.span.block === span.block && prev.attribution.speaker)
    return { ...prev.attribution, confidence: 'medium' };
  for (const sentence of earlier.slice(1)) {
    const found = fromSentence(sentence);
    if (found) return found;
  }
  return null;
}

/**
 * A paragraph that opens with a quotation and names no speaker continues the one before:
 * the quotation of the previous paragraph, when that paragraph ended with it, or the
 * speaker its last sentence introduced ("Caddell continued:").
 */
function carryFromParagraph(span: QuoteSpan, ctx: ArticleContext): Attribution | null {
  const text = ctx.blocks[span.block]!.text;
  if ((span.openMark ?? span.start) > 1 || !/^[\s“"«]/u.test(text)) return null;
  const previous = ctx.blocks[span.block - 1];
  if (!previous || previous.role !== 'paragraph') return null;
  if (/:\s*$/u.test(previous.text)) {
    const last = splitSentences(previous.text).at(-1)!;
    const masked = outsideQuotes(ctx, span.block - 1, 0, previous.text.length);
    const cueSentence = { block: span.block - 1, start: last.start, end: last.end };
    for (const cue of cuesBefore(masked, last.start, last.end)) {
      const found = attributionOf(
        cue,
        span.block - 1,
        namedInside(ctx, span),
        previous.text,
        cueSentence,
        ctx,
      );
      if (found?.speaker) return { ...found, confidence: 'medium' };
    }
  }
  const prev = ctx.previous.at(-1);
  if (!prev || prev.span.block !== span.block - 1 || !prev.attribution.speaker) return null;
  return { ...prev.attribution, cue: null, confidence: 'medium', cueSentence: null };
}
