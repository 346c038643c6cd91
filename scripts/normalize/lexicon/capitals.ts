/**
 * Capitalised words that name no one: the words that open sentences, months and weekdays;
 * and the abbreviations whose full stop ends neither a sentence nor a name. Used by
 * `../names.ts`, `../entities.ts` and `../cues.ts`.
 */

/** Capitalised words that open sentences without naming anyone ("But", "When", "Top"). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'The A An As But And Or Nor So Yet When While If In On At For With Without After Before Since Until Unlike Like ' +
    'This That These Those It Its He His She Her They Their Them We Our Us I My Me You Your There Here What Who Whom ' +
    'Whose Why How Where Which Meanwhile However Still Then Now Also Even Just Only Some Many Most All Both Each Every ' +
    'No Not None One Two Three Four Five Six Seven Eight Nine Ten Asked According Among During Despite Although ' +
    'Though Because Later Earlier Last Next Once Instead Indeed Perhaps Maybe Yes Thus Hence Yesterday Today Tonight ' +
    'Tomorrow Sources Speaking Asked Told Reporting Writing Top Inside Outside Across Behind Beyond Under Over Through ' +
    'From To By Of Off Up Down Out Into Onto Upon About Above Below Around Against Along Amid Toward Towards Via ' +
    'Whether Whatever Whoever Wherever Whenever Another Other Such Several Few Much More Less Least Any Either ' +
    'Neither Whereas Overall Already Again Ever Never Always Often Sometimes Recently Finally Further Furthermore ' +
    'Moreover Nevertheless Nonetheless Otherwise Regardless Similarly Likewise Specifically Actually Clearly Certainly ' +
    'Apparently Obviously Ultimately Initially Currently Previously Originally Fortunately Unfortunately Interestingly ' +
    'Importantly Surprisingly Notably Separately Elsewhere Together Alone Well Oh Please Thank Thanks Let Dear ' +
    'Watch Read See Click Follow Sign Share Subscribe Get Add Join Related Photo Video Image Credit Editor Note Update ' +
    'Said Says Added Stated Continued Wrote Asked Told Noted Explained Replied Responded Quipped Declared ' +
    'Breaking Exclusive Analysis Opinion Commentary Full Text Abstract Hours Days Weeks Months Years Minutes ' +
    'Moments Decades Seconds Nights Mornings Afterward Afterwards Ahead'
  ).split(' '),
);

/** Months and weekdays: capitalised, never a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'January February March April May June July August September October November December Jan. Feb. Mar. Apr. ' +
    'Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas ' +
    'Easter Thanksgiving Halloween Ramadan Hanukkah'
  ).split(' '),
);

/** Abbreviations whose full stop neither ends a sentence nor a name ("Gov. Kasich", "Sept. 16"). */
export const ABBREVIATION =
  'Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Ret|Del|Mt|Ft|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|U\\.S|U\\.N|D\\.C|\\p{Lu}';
