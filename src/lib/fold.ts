/**
 * Accent folding, one definition for the site and the normalizer: a text without its
 * combining marks. The search's words (`words.ts`, in the index and the browser), the
 * comparison of quotations (`similarity.ts`), the timeline's anchors
 * (`timeline.ts`), the normalizer's text comparisons and names (`scripts/normalize/`) and
 * the evaluation's speaker names (`scripts/eval/speakers.ts`) all fold with it.
 */

const MARKS = /\p{M}/gu;

/**
 * The text in compatibility decomposition (NFKD), its combining marks dropped: "Élysée" →
 * "Elysee", "ﬁ" → "fi".
 */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}

/** Lower case and without accents: how two spellings of a word or a name are compared. */
export function foldAccents(text: string): string {
  return stripAccents(text).toLowerCase();
}
