import type { Removal } from '../../src/schemas';
import type { SourceParagraph } from './paragraphs';
import { fold } from './text';

/**
 * A cleaning rule: scraping debris that is not part of the article. A rule either drops a
 * whole paragraph (`paragraph`) or cuts a piece out of one (`inline`); every cut is recorded
 * with the rule's name, so the site can show what was removed and why.
 */
export interface CleaningRule {
  name: string;
  /** Shown to readers next to each removal. */
  why: string;
  paragraph?: (text: string) => boolean;
  inline?: RegExp;
}

export const CLEANING_RULES: readonly CleaningRule[] = [
  {
    name: 'cookie-banner',
    why: 'a website cookie notice captured with the page',
    paragraph: (t) =>
      /\b(uses|use) cookies\b/i.test(t) && /\b(accept|opt-out|consent|privacy)\b/i.test(t),
  },
  {
    name: 'source-credit',
    why: 'a scraper’s credit line, not part of the article',
    paragraph: (t) => /^source(?: site)?\.?$/i.test(t.trim()),
  },
  {
    name: 'site-tag',
    why: 'a section tag of the outlet’s page template (e.g. "rf-1-europe")',
    paragraph: (t) => /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(t.trim()),
  },
  {
    name: 'live-teaser',
    why: 'a link to the outlet’s live coverage (">> Find the latest…")',
    paragraph: (t) => /^>>\s*/.test(t),
  },
  {
    name: 'related-link',
    why: 'a link to another article of the outlet ("Read also: …")',
    paragraph: (t) => /^(?:to )?(?:read|listen|see|watch)(?: to)? also\s*:/i.test(t.trim()),
  },
  {
    name: 'stray-period',
    why: 'a lone full stop left after a sentence that already ended',
    inline: /(?<=[.!?…][”"»]?)\s+\.(?=\s*$)/u,
  },
  {
    name: 'dangling-word',
    why: 'a one-word fragment after the last sentence, left over from a cut caption or link',
    inline: /(?<=[a-z]\.)\s+[A-Z][a-z]+\.$/u,
  },
];

export interface CleanResult {
  paragraphs: SourceParagraph[];
  removals: Removal[];
}

/**
 * Removes debris and a headline repeated as the second paragraph. Pure: takes the
 * paragraphs, returns the kept ones and a record of every removal.
 */
export function cleanParagraphs(
  paragraphs: readonly SourceParagraph[],
  rules = CLEANING_RULES,
): CleanResult {
  const kept: SourceParagraph[] = [];
  const removals: Removal[] = [];
  for (const paragraph of paragraphs) {
    const whole = rules.find((rule) => rule.paragraph?.(paragraph.text));
    if (whole) {
      removals.push({
        rule: whole.name,
        why: whole.why,
        text: paragraph.text,
        line: paragraph.line,
      });
      continue;
    }
    if (kept.length === 1 && isSameHeadline(kept[0]!.text, paragraph.text)) {
      removals.push({
        rule: 'duplicate-headline',
        why: 'the headline repeated without its punctuation',
        text: paragraph.text,
        line: paragraph.line,
      });
      continue;
    }
    let text = paragraph.text;
    for (const rule of rules) {
      if (!rule.inline) continue;
      const match = rule.inline.exec(text);
      if (!match) continue;
      removals.push({ rule: rule.name, why: rule.why, text: match[0], line: paragraph.line });
      text = text.slice(0, match.index) + text.slice(match.index + match[0].length);
    }
    kept.push({ text, line: paragraph.line });
  }
  return { paragraphs: kept, removals };
}

/** The headline again, differing only in punctuation, quote marks or case. */
function isSameHeadline(first: string, second: string): boolean {
  const strip = (t: string) => fold(t).replace(/[^\p{L}\p{N}]/gu, '');
  return first.length < 200 && strip(first) === strip(second);
}
