import type { QuoteContext } from '../lib/quote-anchor';
import { matchedRange, trimPunctuation } from './highlight';

/**
 * Text fragments (`#q-<id>:~:text=…`) for the search page's quotation results: the
 * browser highlights the reader's words on the article page, which itself stays free of
 * JavaScript. Used by the search island only. Pure.
 */

/** A text-directive term: percent-encoded, with `-`, `,` and `&` escaped as the syntax requires. */
function term(text: string): string {
  return encodeURIComponent(text.replace(/\s+/gu, ' ').trim()).replace(/-/gu, '%2D');
}

function firstWords(text: string, n: number): string {
  return text.trim().split(/\s+/u).slice(0, n).join(' ');
}
function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/u).slice(-n).join(' ');
}

/**
 * The text fragment (`:~:text=…`, to append to a `#q-<id>` link) that makes the browser
 * highlight the reader's words inside the quotation and scroll to them: the longest run of
 * matching words, or the whole quotation when none match. A few words of the paragraph
 * before and after it, up to a speaker tag (scripts/search/html-text.ts), pin it to this one place of the
 * page. Browsers without text fragments ignore it and go to the `#q-<id>` anchor.
 */
export function textFragment(
  quote: string,
  context: Partial<QuoteContext>,
  marked: readonly string[],
  query: readonly string[],
): string {
  const range = matchedRange(quote, marked, query) ?? trimPunctuation(quote, [0, quote.length]);
  const match = quote.slice(range[0], range[1]);
  const preceding = `${context.before ?? ''}${quote.slice(0, range[0])}`;
  const following = `${quote.slice(range[1])}${context.after ?? ''}`;
  const words = match.trim().split(/\s+/u);
  const body =
    words.length > 8 ? `${term(firstWords(match, 4))},${term(lastWords(match, 4))}` : term(match);
  const prefix = preceding.trim() ? `${term(lastWords(preceding, 3))}-,` : '';
  const suffix = following.trim() ? `,-${term(firstWords(following, 3))}` : '';
  return `:~:text=${prefix}${body}${suffix}`;
}
