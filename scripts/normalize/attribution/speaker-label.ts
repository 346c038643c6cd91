import { entityOf, type ArticleContext, type Attribution } from '../cast-context';
import type { QuoteSpan } from '../quotes';

/**
 * A speaker's label, as in a transcript ("WALLACE: …", "Clinton: “…”"). Used by
 * `../attribution.ts`.
 */

/** "WALLACE: Let’s start…", "Clinton: “Our goal…”": a speaker's name and a colon, as in a transcript. */
export function speakerLabel(span: QuoteSpan, ctx: ArticleContext): Attribution | null {
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
