import type { Repair } from '../../src/schemas';
import type { SourceParagraph } from './paragraphs';

/**
 * Replaces the characters a web page cannot carry: the control characters other than tab and
 * line breaks (C0, DEL and the C1 controls U+0080–U+009F) and the Unicode noncharacters. HTML
 * reads each as a parse error (a browser drops NUL without a trace), and YAML readers take some
 * C1 controls for line breaks. A C0 control or DEL becomes its visible symbol from the Control
 * Pictures block (␀ for NUL); the others, which have none, become � (U+FFFD). Runs before
 * cleaning, so that no removal quotes the raw character either, and records each replacement
 * as a repair whose `before` names the character by its Unicode code point label
 * (`<control-0000>`, `<noncharacter-FFFF>`): a record shown on the page cannot hold it either.
 */

/** Tab and line breaks are layout, left to the paragraph and spacing steps. */
const UNCARRIABLE = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/u;
const UNCARRIABLE_ALL = new RegExp(UNCARRIABLE.source, 'gu');

interface Rule {
  name: string;
  why: string;
  /** What the reading text shows instead. */
  symbol: (codePoint: number) => string;
  /** The Unicode code point label, for the repair record. */
  label: (codePoint: number) => string;
}

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');

const CONTROL: Rule = {
  name: 'control-character',
  why: 'an invisible control character, which a web page cannot show, replaced by its visible symbol (␀ for NUL, ␡ for DEL, � for a C1 control) so that nothing is hidden',
  symbol: (cp) =>
    cp < 0x20 ? String.fromCodePoint(0x2400 + cp) : cp === 0x7f ? '\u2421' : '\uFFFD',
  label: (cp) => `<control-${hex(cp)}>`,
};

const NONCHARACTER: Rule = {
  name: 'noncharacter',
  why: 'a Unicode noncharacter, which is not text and which a web page cannot carry, replaced by �',
  symbol: () => '\uFFFD',
  label: (cp) => `<noncharacter-${hex(cp)}>`,
};

const ruleOf = (codePoint: number): Rule => (codePoint <= 0x9f ? CONTROL : NONCHARACTER);

/** Code points of context kept on each side of a replaced character in its repair record. */
const CONTEXT = 12;

export interface ControlsResult {
  paragraphs: SourceParagraph[];
  repairs: Repair[];
}

export function replaceControlCharacters(paragraphs: readonly SourceParagraph[]): ControlsResult {
  const repairs: Repair[] = [];
  const replaced = paragraphs.map((paragraph) => {
    if (!UNCARRIABLE.test(paragraph.text)) return paragraph;
    // By code point, so that the context never holds half a surrogate pair.
    const chars = [...paragraph.text];
    const render = (from: number, to: number, as: 'symbol' | 'label') =>
      chars
        .slice(Math.max(0, from), to)
        .map((ch) =>
          UNCARRIABLE.test(ch) ? ruleOf(ch.codePointAt(0)!)[as](ch.codePointAt(0)!) : ch,
        )
        .join('');
    chars.forEach((ch, i) => {
      if (!UNCARRIABLE.test(ch)) return;
      const { name, why } = ruleOf(ch.codePointAt(0)!);
      const [from, to] = [i - CONTEXT, i + 1 + CONTEXT];
      repairs.push({
        rule: name,
        why,
        before: render(from, to, 'label'),
        after: render(from, to, 'symbol'),
        line: paragraph.line,
      });
    });
    return {
      text: paragraph.text.replace(UNCARRIABLE_ALL, (ch) =>
        ruleOf(ch.codePointAt(0)!).symbol(ch.codePointAt(0)!),
      ),
      line: paragraph.line,
    };
  });
  return { paragraphs: replaced, repairs };
}
