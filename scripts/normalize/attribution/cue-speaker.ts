import {
  mentionsBetween,
  outsideQuotes,
  type ArticleContext,
  type Attribution,
  type BlockRange,
} from '../cast-context';
import { cuesBefore } from '../cues/before';
import { type Cue } from '../cues/cue';
import { resolveSubject, type Subject } from '../subjects';
import { clauseSubject } from './clause-subject';
import { fromSubject, NONE } from './result';

/**
 * Who a cue names: its subject resolved to someone of the cast, or, for a participle
 * ("…, adding"), the subject of the verb of saying or of the clause it hangs on. Used by
 * every sieve that reads a cue (`cue-before.ts`, `cue-after.ts`, `sentence-final.ts`,
 * `carry.ts`, `attribution-line.ts`).
 */

export function attributionOf(
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
