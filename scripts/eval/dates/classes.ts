/**
 * The classes of date expression, for counting what one side alone finds and scoring the
 * judged sample by class. For scripts/eval/dates/report.ts and sample.ts.
 */
/** The kind of expression a phrase is, for counting what one side alone finds. The first that matches is its class. */
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const CLASSES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'time of day (“9:05 p.m.”, “midnight”)',
    /\d\s*(?:[ap]\.?m\b|o['’]clock)|\b(?:noon|midnight|midday)\b|\d:\d\d/iu,
  ],
  [
    'part of a day (“Tuesday night”, “last night”, “morning”)',
    /\b(?:morning|afternoon|evening|night)\b/iu,
  ],
  ['“now”', /^(?:right\s+)?now$/iu],
  ['today, tonight, tomorrow, yesterday', /\b(?:today|tonight|tomorrow|yesterday)\b/iu],
  [
    'counted from another event (“two days after”, “four years later”)',
    /\b(?:before|after|later|earlier|prior)\b/iu,
  ],
  [
    'a week or weekend (“last week”, “this weekend”)',
    /^(?:(?:last|this|next|past|the)\s+)?week(?:end)?$/iu,
  ],
  ['“N units ago”', /\bago\b/iu],
  [
    'a stretch of time (“for eight years”, “the next few months”)',
    /\b(?:seconds?|minutes?|hours?|days|weeks?|months|years|decades?)\b|\b(?:for|in|within|past|next|last|coming|few|several)\b.*\b(?:day|month|year)\b/iu,
  ],
  [
    'abbreviated month (“Sept. 11”, “Feb. 1”)',
    /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\./iu,
  ],
  ['abbreviated weekday (“Sat”, “Sun.”)', /^(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?$/iu],
  ['numeric date (“9/11”)', /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/u],
  ['weekday (“Thursday”, “on Sunday”)', /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/iu],
  [
    'month and day (“February 24”)',
    new RegExp(`(?:${MONTH_NAMES})\\s+\\d|\\d\\s+(?:${MONTH_NAMES})`, 'iu'),
  ],
  [
    'month without a day (“November”, “march”, “may”)',
    new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'iu'),
  ],
  ['year (“in 2008”)', /\b(?:19|20)\d\d\b/u],
  ['a number taken for a date (“at 20”)', /\d/u],
];
export const classOf = (phrase: string): string =>
  CLASSES.find(([, re]) => re.test(phrase.replace(/[,.;:]+$/u, '')))?.[0] ?? 'other';
