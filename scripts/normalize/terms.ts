import type { Attribution } from './cast-context';
import type { QuoteSpan } from './quotes';
import type { Block } from './segment';
import { wordCount } from './text';

/**
 * Tells terms from statements. Quotation marks also set off words that nobody is said to
 * have said: a scare-quoted word, the title of a book, film or programme, a slogan or a
 * word cited as a word ("the familiar word “tu”"). Such a quotation is kind `term`:
 * searchable, never counted as a statement. A term is one of:
 * - words cited as words ("the word “tu”", "so-called “…”", "dubbed “…”", "titled “…”");
 * - a title: capitalised words after "on", "of", "in" or a name for a work ("on “Fox News
 *   Sunday”", "the book “The First Person”");
 * - a nickname inside a name (Robert “Bobby” Scott);
 * - a quotation of one or two words that no cue gives a speaker (a longer one without a
 *   speaker stays a statement whose speaker is unknown: measured on PolNeAR train, making
 *   terms of three- and four-word ones loses more quotations than it clears scare quotes).
 */

const CITED = /\b(?:word|words|term|terms|expression|phrase|so-called|dubbed|titled|entitled|nicknamed|hashtag|slogan|motto|label|labeled|labelled|tagline|catchphrase|mantra|known as|a k a|aka|the name)\s*[,:]?\s*$/iu;
const WORKS = /\b(?:on|of|in|show|program|programme|book|books|film|movie|documentary|series|song|album|article|column|op-ed|editorial|headline|piece|essay|memoir|novel|play|musical|podcast|segment|broadcast|episode|magazine|newspaper|video|ad|advertisement|campaign|website|blog|app|game|poem|painting|report|study|bill|act|operation|program|initiative|plan)\s*$/iu;

/** "Meet the Press.", "The Art of the Deal": every word of four letters or more capitalised, one sentence at most. */
function titleCased(quote: string): boolean {
  const core = quote.trim().replace(/[.,!?;:]+$/u, '');
  if (/[.!?]\s/u.test(core)) return false;
  const words = core.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  const significant = words.filter((w) => w.length > 3 && !/^(?:with|from|into|over|upon|than|that|onto|like|near|after|about)$/u.test(w));
  return words.length > 0 && words.length <= 8 && /^\p{Lu}/u.test(words[0]!) && significant.every((w) => /^\p{Lu}/u.test(w));
}

export function isTerm(span: QuoteSpan, attribution: Attribution, blocks: readonly Block[]): boolean {
  if (span.kind === 'indirect') return false;
  const block = blocks[span.block]!;
  if (block.role === 'blockquote' || block.role === 'tweet') return false;
  const text = block.text;
  const quote = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, (span.openMark ?? span.start) - 60), span.openMark ?? span.start).replace(/[\s“”«»"–—-]+$/u, '');
  // Robert “Bobby” Scott, Del. Marcia “Cia” Price: a nickname inside a name.
  const closing = span.closeMark === null ? span.end : span.closeMark + 1;
  if (/^\p{Lu}[\p{L}.'’-]*$/u.test(quote.trim()) && /(?:^|\s)\p{Lu}\p{Ll}+\s*$/u.test(text.slice(0, span.openMark ?? span.start)) && /^\s*\p{Lu}\p{Ll}+/u.test(text.slice(closing))) return true;
  // “I’m not quite there yet”: words someone says of themselves are a statement, whatever introduces them.
  const spoken = wordCount(quote) >= 3 && /(?<![\p{L}’'])(?:I|I[’']m|I[’']ve|I[’']ll|I[’']d|we|We|my|My|me|our|Our|us)(?![\p{L}’'])/u.test(quote);
  if (CITED.test(before) && !spoken && !(attribution.speaker && /(?:^|\s)[Ii]n\s+\S+\s+(?:own\s+)?words[\s,:]*$/u.test(before))) return true;
  // "her memoir, “Tough Choices.”", "a show called “Brokers,”", "NBC’s “Today”", "an interview with “Fox News Sunday.”",
  // "the “Off Message” podcast": a title after a work, "called", a broadcaster, "with" or "on", or before a work.
  const lead = before.replace(/[\s,“”«»"–—-]+$/u, '');
  const workAfter = /^[\s,”"’]*(?:\p{Ll}+\s+)?(?:show|program|programme|podcast|series|book|film|movie|documentary|song|album|column|segment|broadcast|episode|magazine|newspaper|ad|advertisement|video|campaign|initiative|hashtag|slogan|motto|t-shirts?|shirts?|hats?|signs?|banners?|pageant|summit|rally|reception|musical|play|novel|memoir|syllabus|class|course|account|website|site|blog|page|app)\b/u.test(text.slice(closing, closing + 40));
  const titled = workAfter || WORKS.test(lead) || /(?:^|\s)(?:called|with|on|for|during|to)$/u.test(lead) || /(?:^|\s)\p{Lu}{2,}['’]s$/u.test(lead);
  if (titleCased(quote) && (titled || WORKS.test(before) || attribution.speaker === null || /(?:^|\s)(?:on|to|told|with|of|for|during|in|from)\s+(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:[\p{Lu}][\p{L}.&-]*['’]s?|\p{Ll}+['’]s)$/u.test(before) || /(?:^|\s)told$/u.test(before))) return true;
  if (attribution.speaker !== null) return false;
  return wordCount(quote) <= 2;
}
