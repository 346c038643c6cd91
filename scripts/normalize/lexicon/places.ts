/**
 * Places, in one word or several: not people, speakers only by metonymy. Used by
 * `../names.ts`, `../entities.ts` and `../cues.ts`.
 */

/**
 * Places: countries, US states and large cities. A place is not a person; it speaks only
 * by metonymy, as the subject of a verb of saying ("Moscow said"), and is then read as the
 * organisation it stands for.
 */
export const PLACES: ReadonlySet<string> = new Set(
  (
    'Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium ' +
    'Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus ' +
    'Czechia Denmark Ecuador Egypt England Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece ' +
    'Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan ' +
    'Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Macedonia ' +
    'Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua ' +
    'Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania ' +
    'Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria ' +
    'Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela ' +
    'Vietnam Wales Yemen Zambia Zimbabwe America Africa Asia Crimea Donbas Donbass Chechnya Gaza Kurdistan ' +
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana ' +
    'Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana ' +
    'Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming ' +
    'Washington Moscow Kyiv Kiev Paris London Berlin Rome Madrid Brussels Beijing Tokyo Tehran Damascus Baghdad ' +
    'Jerusalem Ankara Istanbul Warsaw Vienna Geneva Minsk Lugansk Luhansk Donetsk Kharkiv Odessa Mariupol Lviv ' +
    'Zaporizhzhia Chernobyl Versailles Nice Munich Strasbourg Lyon Marseille Chicago Boston Philadelphia Houston ' +
    'Dallas Atlanta Miami Denver Phoenix Seattle Detroit Cleveland Pittsburgh Baltimore Charlotte Orlando Tampa ' +
    'Manhattan Brooklyn Queens Bronx Harlem Hollywood Iowa Ottawa Toronto Montreal Sydney Melbourne Cairo Riyadh ' +
    'Dubai Delhi Mumbai Havana Caracas Kabul Islamabad Seoul Pyongyang Hanoi Manila Jakarta Bangkok Hofstra'
  ).split(' '),
);

/** Multi-word places, matched whole. */
export const PLACE_PHRASES: readonly string[] = [
  'New York',
  'New Jersey',
  'New Hampshire',
  'New Mexico',
  'North Carolina',
  'South Carolina',
  'North Dakota',
  'South Dakota',
  'West Virginia',
  'Rhode Island',
  'Los Angeles',
  'San Francisco',
  'San Diego',
  'Las Vegas',
  'New Orleans',
  'Salt Lake City',
  'Kansas City',
  'St. Louis',
  'United States',
  'United Kingdom',
  'Soviet Union',
  'European Union',
  'Middle East',
  'Saudi Arabia',
  'South Africa',
  'North Korea',
  'South Korea',
  'New Zealand',
  'Hong Kong',
  'Sri Lanka',
  'Puerto Rico',
  'Ground Zero',
  'Capitol Hill',
  'Wall Street',
  'Silicon Valley',
  'Washington D.C.',
  'Washington, D.C.',
  'District of Columbia',
];
