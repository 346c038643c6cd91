import type { Repair } from '../../src/schemas';
import type { SourceParagraph } from './paragraphs';

/**
 * Repairs what machine translation and scraping did to spacing and quote marks, without
 * changing a word: a closing mark glued to the next word ("law”we press"), an opening mark
 * glued to the previous sentence ("Bermann.“Not"), and a speech verb glued to the last word
 * of a quote whose closing mark was lost ("challengeadmits Sylvie Bermann"). Each repair is
 * recorded with its rule so the provenance section can list it. Spacing (no-break spaces,
 * runs of spaces) is normalised silently: it carries no content.
 */

const GLUED_VERBS = [
  'admits',
  'adds',
  'says',
  'notes',
  'explains',
  'insists',
  'recalls',
  'assures',
  'continues',
  'concludes',
  'confides',
  'warns',
  'analyzes',
  'asserts',
  'acknowledges',
];

interface RepairRule {
  name: string;
  why: string;
  pattern: RegExp;
  /** A cheap test that rules the pattern out before it runs. */
  when?: (text: string) => boolean;
  /** The replacement for one match; returning the match unchanged declines it. */
  replace: (match: RegExpExecArray, text: string) => string;
}

const REPAIR_RULES: readonly RepairRule[] = [
  {
    name: 'glued-speech-verb',
    why: 'a quote’s closing mark was lost and its last word glued to the speech verb; the marks are restored around the attribution',
    when: (text) => GLUED_VERBS.some((verb) => text.includes(`${verb} `)),
    pattern: new RegExp(
      `(\\p{Ll}{4,})(${GLUED_VERBS.join('|')}) ((?:\\p{Lu}[\\p{L}’'-]+ ?){1,3}),\\s*`,
      'gu',
    ),
    replace: (m, text) =>
      isInsideQuote(text, m.index) ? `${m[1]}”, ${m[2]} ${m[3]!.trim()}, “` : m[0],
  },
  {
    name: 'glued-closing-mark',
    why: 'a closing quote mark was glued to the next word',
    when: (text) => text.includes('”'),
    pattern: /(?<=[\p{L}\p{N},.!?…])”(?=\p{L})/gu,
    replace: () => '” ',
  },
  {
    name: 'glued-opening-mark',
    why: 'an opening quote mark was glued to the end of the previous sentence',
    when: (text) => text.includes('“'),
    pattern: /(?<=\p{L}[.!?…])“(?=\p{Lu})/gu,
    replace: () => ' “',
  },
];

/** Applies one rule to every match, returning the new text and what each match became. */
function applyRule(
  rule: RepairRule,
  text: string,
): { text: string; edits: Array<{ before: string; after: string }> } {
  const edits: Array<{ before: string; after: string }> = [];
  if (rule.when && !rule.when(text)) return { text, edits };
  let out = '';
  let last = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const exec = match;
    const replacement = rule.replace(exec, text);
    if (replacement === match[0]) continue;
    const context = (from: number, to: number) => text.slice(Math.max(0, from), to);
    const lead = context(match.index - 12, match.index);
    const tail = context(match.index + match[0].length, match.index + match[0].length + 12);
    edits.push({ before: lead + match[0] + tail, after: lead + replacement + tail });
    out += text.slice(last, match.index) + replacement;
    last = match.index + match[0].length;
  }
  return { text: out + text.slice(last), edits };
}

/** True when an odd number of curly opening marks precede `offset` without a closing one. */
function isInsideQuote(text: string, offset: number): boolean {
  let open = false;
  for (const ch of text.slice(0, offset)) {
    if (ch === '“' || ch === '«') open = true;
    else if (ch === '”' || ch === '»') open = false;
  }
  return open;
}

export interface TypographyResult {
  paragraphs: SourceParagraph[];
  repairs: Repair[];
}

export function repairTypography(paragraphs: readonly SourceParagraph[]): TypographyResult {
  const repairs: Repair[] = [];
  const repaired = paragraphs.map((paragraph) => {
    let text = normalizeSpacing(paragraph.text);
    for (const rule of REPAIR_RULES) {
      const result = applyRule(rule, text);
      for (const edit of result.edits)
        repairs.push({ rule: rule.name, why: rule.why, ...edit, line: paragraph.line });
      text = result.text;
    }
    return { text, line: paragraph.line };
  });
  return { paragraphs: repaired, repairs };
}

/** No-break and other spaces become plain spaces; runs collapse; ends are trimmed. */
export function normalizeSpacing(text: string): string {
  return text
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
