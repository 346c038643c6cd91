import { InputError } from './errors';
import { lineOfField } from './inputs';
import type { ClaimDraft, LocatedAnnotation } from './drafts';
import type { Block } from './segment';

/**
 * Applies the reviewed corrections of `seeds/annotations.yaml`. A correction finds its
 * words in the cleaned text (they must occur exactly once); the claim over those words
 * takes the correction's speaker, kind, date and note and is marked reviewed, its bounds
 * set to the corrected words; where there was no claim, one is added. A correction whose
 * words are not in the text stops the run: it no longer fixes anything.
 */
export function applyAnnotations(
  drafts: readonly ClaimDraft[],
  blocks: readonly Block[],
  annotations: readonly LocatedAnnotation[],
  /** Every actor id the article may use: the gazetteer's and those its text names. */
  known: ReadonlySet<string>,
): ClaimDraft[] {
  const out = [...drafts];
  for (const located of annotations) {
    const { annotation } = located;
    const where = locate(blocks, annotation.quote);
    if (where.length !== 1) {
      throw new InputError(
        'seeds/annotations.yaml',
        lineOfField(located, 'quote'),
        'quote',
        where.length === 0
          ? `the words “${annotation.quote}” are not in the cleaned text of ${annotation.file}`
          : `the words “${annotation.quote}” occur ${where.length} times in ${annotation.file}`,
        where.length === 0
          ? 'Copy the words exactly as the article page shows them (quote marks excluded), or delete the correction if the text changed'
          : 'Quote more words, so that they occur once',
      );
    }
    if (annotation.speaker && !known.has(annotation.speaker)) {
      throw new InputError(
        'seeds/annotations.yaml',
        lineOfField(located, 'speaker'),
        'speaker',
        `no actor has the id “${annotation.speaker}”`,
        'Use an id from seeds/actors.yaml, or add the person there',
      );
    }
    const { block, start, end } = where[0]!;
    const hit = out.findIndex(
      (d) =>
        d.span.block === block &&
        d.span.start < end &&
        start < d.span.end &&
        d.span.kind !== 'indirect',
    );
    const base: ClaimDraft =
      hit >= 0
        ? out[hit]!
        : {
            span: {
              block,
              start,
              end,
              openMark: null,
              closeMark: null,
              kind: annotation.kind ?? 'direct',
              inferred: null,
            },
            attribution: {
              speaker: null,
              speakerText: null,
              cue: null,
              confidence: 'high',
              cueSentence: null,
              mention: null,
            },
            reviewed: null,
          };
    const collides = out.some(
      (d, i) => i !== hit && d.span.block === block && d.span.start < end && start < d.span.end,
    );
    const fixed: ClaimDraft = {
      span: { ...base.span, start, end, kind: annotation.kind ?? base.span.kind, inferred: null },
      attribution: {
        ...base.attribution,
        speaker: annotation.speaker === undefined ? base.attribution.speaker : annotation.speaker,
        confidence: 'high',
      },
      reviewed: {
        note: annotation.note,
        ...(annotation.said !== undefined ? { said: annotation.said } : {}),
      },
    };
    const kept = collides
      ? out.filter(
          (d, i) =>
            i === hit || !(d.span.block === block && d.span.start < end && start < d.span.end),
        )
      : out;
    const at = kept.indexOf(base);
    if (at >= 0) kept[at] = fixed;
    else kept.push(fixed);
    out.splice(0, out.length, ...kept);
  }
  return out;
}

function locate(
  blocks: readonly Block[],
  words: string,
): Array<{ block: number; start: number; end: number }> {
  const found: Array<{ block: number; start: number; end: number }> = [];
  blocks.forEach((b, block) => {
    for (let at = b.text.indexOf(words); at >= 0; at = b.text.indexOf(words, at + 1))
      found.push({ block, start: at, end: at + words.length });
  });
  return found;
}
