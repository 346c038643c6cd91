import {
  namedInside,
  outsideQuotes,
  sentenceAround,
  type ArticleContext,
  type Attribution,
} from '../cast-context';
import type { QuoteSpan } from '../quotes';
import { resolveSubject } from '../subjects';
import { fromSubject } from './result';

/**
 * A report of what someone said (", according to CNN", ", reports USA Today") credits the
 * reporter. Applied by `../attribution.ts` to what the cue beside the quotation found.
 */

/**
 * "“…,” Sanders said, according to CNN.", "said Kristen Day, …, reports USA Today.": a report of
 * what someone said is credited to the one who reports it (PolNeAR's convention for nested sources).
 */
export function outerSource(
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
