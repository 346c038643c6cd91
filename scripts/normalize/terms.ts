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
 * - a headline signed by its author or a title dated (“Gallery to close,” by Times’ Ann Weller;
 *   “Keep the border shut” (2011)), a subheading in capitals, and the debris of stray marks:
 *   a speech clause, a label or a signature alone between marks ("Smith said.", "Related:");
 * - a quotation of one or two words that no cue gives a speaker (a longer one without a
 *   speaker stays a statement whose speaker is unknown: measured on PolNeAR train, making
 *   terms of three- and four-word ones loses more quotations than it clears scare quotes).
 * Words a crowd chants, a quotation its speech clause follows ("“Fine,” I said") and a word
 * given as a judgement ("dismissed it as “absurd”") are statements, however short.
 */

const CITED =
  /\b(?:word|words|term|terms|expression|phrase|so-called|dubbed|titled|entitled|nicknamed|hashtag|slogan|motto|label|labeled|labelled|tagline|catchphrase|mantra|known as|a k a|aka|the name)\s*[,:]?\s*$/iu;
const WORKS =
  /\b(?:on|of|in|show|program|programme|book|books|film|movie|documentary|series|song|album|article|column|op-ed|editorial|headline|piece|essay|memoir|novel|play|musical|podcast|segment|broadcast|episode|magazine|newspaper|video|ad|advertisement|campaign|website|blog|app|game|poem|painting|report|study|bill|act|operation|program|initiative|plan|anthem|hit|hits|tune|single|track|sang|sing|sings|singing|perform|performed|performing|played|playing)\s*$/iu;

/** "chanting “Feel the Bern!”", "cries of “Lock her up!”": the words a crowd shouts. */
export const SHOUTED =
  /\b(?:(?:chants?|chanted|chanting|shouted|shouting|yelled|yelling|screamed|screaming|cried|crying)(?:\s+of)?|(?:cries|shouts|calls)\s+of)[\s,:]*$/iu;
/** “Okay,” I said: the speech clause right after the quotation. */
const CLAUSE_AFTER =
  /^[,!?]?\s*[”"]?\s*(?:I|he|she|we|they)\s+(?:said|asked|replied|answered|told|added|shouted|whispered)\b/u;
/** "dismissed the report as “absurd.”", "described the deal as a “breakthrough”", "defended his aide as a “decent man”": a verb of speech gives the words as someone's judgement. */
export const JUDGED =
  /\b(?:described|describes|describing|dismissed|dismisses|dismissing|labeled|labelled|branded|deemed|termed|characterized|characterised|portrayed|summed up|referred to|denounced|hailed|defended|defends|defending|derided|mocked|blasted|slammed|criticized|criticised|attacked|touted|praised)\b[^.!?“”"]{0,60}\bas(?:\s+(?:an?|the))?$/iu;

/**
 * What stray or misplaced marks leave between them: a speech clause ("“…,” Earnest said."),
 * a label ("Related:") or, with no opening mark and no cue, the name signing a quotation inside
 * its marks ("… for her here. S.C. Rep. Jim Clyburn.").
 */
function debris(quote: string, span: QuoteSpan, attribution: Attribution): boolean {
  const core = quote.trim();
  if (
    /^(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}|(?:[Hh]e|[Ss]he|[Tt]hey)\s+)(?:said|says|added|adds|continued|wrote)[.,]?$/u.test(
      core,
    ) ||
    /^\p{Lu}\p{Ll}+:$/u.test(core)
  )
    return true;
  return span.openMark === null && attribution.cue === null && wordCount(quote) <= 6;
}

/** “DIVISIVE, STUPID AND WRONG” Cameron will…: a quotation set in capitals that opens its paragraph is a subheading. */
function subheading(quote: string, head: string, tail: string): boolean {
  return (
    !/\p{Ll}/u.test(quote) &&
    wordCount(quote) >= 2 &&
    head.trim() === '' &&
    /^\s*(?:\p{Lu}|$)/u.test(tail)
  );
}

/** “Hamilton to play Chicago,” by Variety’s Gordon Cox; “No to Schengen” (2005): a headline signed by its author, a title or a poster dated. */
function signedOrDated(quote: string, tail: string): boolean {
  // The short tail first: most quotations are followed by no "by".
  const signed =
    /^[\s”"’]*by\s+(?:the\s+)?\p{Lu}/u.test(tail) && /^[‘'"]?\p{Lu}.*,\s*$/u.test(quote);
  return signed || /^[\s,.”"’]*\((?:[^()]*\s)?(?:1[89]|20)\d\d\)/u.test(tail);
}

/** "Meet the Press.", "The Art of the Deal": every word of four letters or more capitalised, one sentence at most. */
function titleCased(quote: string): boolean {
  const core = quote.trim().replace(/[.,!?;:]+$/u, '');
  if (/[.!?]\s/u.test(core)) return false;
  const words = core.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
  const significant = words.filter(
    (w) =>
      w.length > 3 &&
      !/^(?:with|from|into|over|upon|than|that|onto|like|near|after|about)$/u.test(w),
  );
  // "New Day", "The HP Way": short words only, then all of them capitalised, or "I am not shy" would be a title.
  const checked = significant.length > 0 ? significant : words;
  return (
    words.length > 0 &&
    words.length <= 8 &&
    /^\p{Lu}/u.test(words[0]!) &&
    checked.every((w) => /^\p{Lu}/u.test(w))
  );
}

export function isTerm(
  span: QuoteSpan,
  attribution: Attribution,
  blocks: readonly Block[],
): boolean {
  if (span.kind === 'indirect') return false;
  const block = blocks[span.block]!;
  if (block.role === 'blockquote' || block.role === 'tweet') return false;
  const text = block.text;
  const quote = text.slice(span.start, span.end);
  const before = text
    .slice(Math.max(0, (span.openMark ?? span.start) - 60), span.openMark ?? span.start)
    .replace(/[\s“”«»"–—-]+$/u, '');
  // Robert “Bobby” Scott, Del. Marcia “Cia” Price: a nickname inside a name.
  const closing = span.closeMark === null ? span.end : span.closeMark + 1;
  if (
    /^\p{Lu}[\p{L}.'’-]*$/u.test(quote.trim()) &&
    /(?:^|\s)\p{Lu}\p{Ll}+\s*$/u.test(text.slice(0, span.openMark ?? span.start)) &&
    /^\s*\p{Lu}\p{Ll}+/u.test(text.slice(closing))
  )
    return true;
  // “I’m not quite there yet”: words someone says of themselves are a statement, whatever introduces them.
  const spoken =
    wordCount(quote) >= 3 &&
    /(?<![\p{L}’'])(?:I|I[’']m|I[’']ve|I[’']ll|I[’']d|we|We|my|My|me|our|Our|us)(?![\p{L}’'])/u.test(
      quote,
    );
  if (SHOUTED.test(before) || CLAUSE_AFTER.test(text.slice(span.end, span.end + 30))) return false;
  if (
    CITED.test(before) &&
    !spoken &&
    !(attribution.speaker && /(?:^|\s)[Ii]n\s+\S+\s+(?:own\s+)?words[\s,:]*$/u.test(before))
  )
    return true;
  const tail = text.slice(closing, closing + 60);
  if (
    debris(quote, span, attribution) ||
    subheading(quote, text.slice(0, span.openMark ?? span.start), tail) ||
    signedOrDated(quote, tail)
  )
    return true;
  // "her memoir, “Tough Choices.”", "a show called “Brokers,”", "NBC’s “Today”", "an interview with “Fox News Sunday.”",
  // "the “Off Message” podcast": a title after a work, "called", a broadcaster, "with" or "on", or before a work.
  const lead = before.replace(/[\s,“”«»"–—-]+$/u, '');
  const workAfter =
    /^[\s,”"’]*(?:\p{Ll}+\s+)?(?:show|program|programme|podcast|series|book|film|movie|documentary|song|album|column|segment|broadcast|episode|magazine|newspaper|ad|advertisement|video|campaign|initiative|hashtag|slogan|motto|t-shirts?|shirts?|hats?|signs?|banners?|pageant|summit|rally|reception|musical|play|novel|memoir|syllabus|class|course|account|website|site|blog|page|app)\b/u.test(
      text.slice(closing, closing + 40),
    );
  const titled =
    workAfter ||
    WORKS.test(lead) ||
    /(?:^|\s)(?:called|with|on|for|during|to)$/u.test(lead) ||
    /(?:^|\s)\p{Lu}{2,}['’]s$/u.test(lead);
  if (
    titleCased(quote) &&
    (titled ||
      WORKS.test(before) ||
      attribution.speaker === null ||
      /(?:^|\s)(?:on|to|told|with|of|for|during|in|from)\s+(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:[\p{Lu}][\p{L}.&-]*['’]s?|\p{Ll}+['’]s)$/u.test(
        before,
      ) ||
      /(?:^|\s)told$/u.test(before))
  )
    return true;
  if (attribution.speaker !== null) return false;
  if (JUDGED.test(before)) return false;
  return wordCount(quote) <= 2;
}
