/** Every interface string of the site, in one place. */
export const ui = {
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    home: 'Home',
    articles: 'Articles',
    timeline: 'Timeline',
    whoSaidWhat: 'Who said what',
    actors: 'Actors',
    outlets: 'Outlets',
    search: 'Search',
    about: 'About',
  },
  searchBox: { label: 'Search quotes and articles', button: 'Search' },
  confidence: {
    high: '',
    medium: 'inferred',
    low: 'approximate',
  },
  kinds: {
    direct: 'direct quotation',
    fragment: 'quoted fragment',
    indirect: 'reported speech',
    term: 'term',
  },
  actor: {
    kinds: { person: 'person', organisation: 'organisation', group: 'group' },
    anonymous: 'an unnamed source, known only by this description',
    extracted: 'found in the text, not in the gazetteer',
    namedAs: 'Named in the texts as',
  },
  speakerConfidence: { high: '', medium: 'speaker inferred', low: 'speaker guessed from the context' },
  attribution: {
    auto: 'attributed automatically',
    reviewed: 'attribution reviewed',
  },
  article: {
    by: 'By',
    unsigned: 'Unsigned',
    published: 'Published',
    translation: (from: string) => `Machine translation into English of an original in ${from}. Quotations are those of the translation.`,
    original: 'Original headline',
    whoSpeaks: 'Who speaks in this article',
    statements: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
    unattributed: 'Not attributed',
    notices: 'Where the extractor was unsure',
    provenance: 'Provenance',
    rawSeed: 'The raw text this page was built from',
    removed: 'What the cleaner removed',
    repaired: 'What the cleaner repaired',
    nothingRemoved: 'Nothing was removed.',
    related: 'Related articles',
    source: 'Original',
    notes: 'Notes on this source',
    events: 'Dates mentioned',
  },
  timeline: {
    howDated: 'How this date was found',
    saidOn: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'} said on this occasion`,
  },
  footer: 'Built from five news articles of 2022. Quotations are verbatim from the texts as published or translated; see the methodology for how speakers and dates were found.',
} as const;

const LANGUAGES: Record<string, string> = { en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', uk: 'Ukrainian', de: 'German' };

/** The English name of a language code, or the code itself. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}
