/** Days with an abbreviated month ("Sept. 5"), read by chrono-node for `find-dates.ts`. */

// The English parsers alone: the package's index loads every language it has.
import { strict as chrono } from 'chrono-node/en';
import { human, mention, quoted, type Context, type Match } from './mention';

/** A month abbreviated with a full stop, then a number: what chrono-node is asked to read. */
export const ABBREVIATED_MONTH = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s?\d/u;

/** Days with an abbreviated month, as chrono-node reads them against the publication date. */
export function abbreviatedMonths(ctx: Context): Match[] {
  return chrono
    .parse(ctx.sentence, ctx.pub)
    .filter((r) => ABBREVIATED_MONTH.test(r.text) && r.start.isCertain('day'))
    .map((r) => {
      const d = r.start.date();
      const written = r.start.isCertain('year');
      const why = written
        ? 'date given in the text'
        : `in the year that puts it nearest the publication date (${human(ctx.pub)})`;
      const range = r.end ? '; a range, dated by its first day' : '';
      const reasoning = `${quoted(r.text)}${written ? ':' : ','} an abbreviated month read by chrono-node, ${why}, that is ${human(d)}${range}`;
      return {
        start: r.index,
        end: r.index + r.text.length,
        mentions: [
          mention(r.text, r.index, d, 'day', written ? 'absolute' : 'relative', reasoning),
        ],
      };
    });
}
