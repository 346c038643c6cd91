/**
 * The search box's and the search island's strings, apart from `ui` so that the island
 * (src/client/) imports them alone and the browser does not download every page's strings.
 */
export const searchBox = {
  label: 'Search quotes and articles',
  button: 'Search',
  placeholder: 'e.g. until the end, or Kuleba',
  filters: 'Narrow and sort',
  chosen: (n: number) => (n ? ` (${n} chosen)` : ''),
  didYouMean: 'Did you mean',
  or: 'or',
  mostQuoted: (shown: number, all: number) =>
    `The ${shown} most quoted of ${all.toLocaleString('en')} speakers; every speaker's page links to their statements.`,
  mostArticles: (shown: number, all: number) =>
    `The ${shown} with the most articles of ${all.toLocaleString('en')} outlets; every outlet's page lists its articles.`,
};

/** The name of each kind of claim, in a label, a badge (capitalised) or a glossary. */
export const claimKinds = {
  direct: 'direct quotation',
  fragment: 'quoted fragment',
  indirect: 'reported speech',
  term: 'term',
};

/** The search island's results (src/client/), in the browser only. */
export const searchResults = {
  /** A result's badge: an article's or actor's, and a quotation's by its kind of claim. */
  kinds: { article: 'Article', actor: 'Person or group' },
  said: 'said ',
  published: 'published ',
  noSpeaker: 'speaker not identified',
  unnamedSpeaker: (words: string) => `speaker not identified (“${words}”)`,
  source: 'In ',
  statements: (n: number) => (n ? `${n} ${n === 1 ? 'statement' : 'statements'}` : 'no statement'),
  alsoWritten: 'Also written: ',
  more: (shown: number, known: number | null) =>
    known === null
      ? `Show more results (${shown} shown)`
      : `Show more results (${shown} of ${known} shown)`,
  forQuery: (q: string) => `for “${q}”`,
  withFilters: (filters: string) => `with ${filters}`,
  none: (what: string) =>
    `No results ${what}. Check the spelling, try another spelling of a name, or remove a filter.`,
  moreThan: (shown: number, what: string, pages: number) =>
    `More than ${shown} results ${what}, in ${pages} articles and pages.`,
  count: (n: number, what: string) => `${n} ${n === 1 ? 'result' : 'results'} ${what}.`,
  failed: 'Search could not load. Browse the articles, or Who said what, instead.',
};

/** Every interface string of the site, in one place. */
export const ui = {
  skipLink: 'Skip to content',
  /** A file's size: `formatByteSize` in src/lib/byte-size.ts. */
  units: {
    bytes: (n: number) => `${n} ${n === 1 ? 'byte' : 'bytes'}`,
    kilobytes: 'KB',
    megabytes: 'MB',
  },
  cite: {
    summary: 'Cite',
    /** Completes the summary for assistive technologies: which quotations it cites. */
    which: (paragraph: number, count: number) =>
      count === 1
        ? ` the quotation of paragraph ${paragraph}`
        : ` the ${count} quotations of paragraph ${paragraph}`,
    link: 'Link to this quotation',
    /** The title of a quotation's speaker tag (Quote.astro), which links to the speaker's statements. */
    speakerTag: (name: string) => `${name}: all statements`,
    also: (outlets: string) => `Also reported by ${outlets}: compare`,
    paragraph: (n: number) => `Paragraph ${n}`,
    /** The line a printout carries: the site, the page's address, and the day this version of the page was built. */
    printed: (site: string, address: string, day: string) =>
      `${site} · ${address} · version of ${day}`,
  },
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
  searchBox,
  searchResults,
  /** The search page (pages/search.astro), around its form. */
  searchPage: {
    description: (claims: number, articles: number) =>
      `Search the ${claims} quotations, ${articles} articles and the actors of the Macron–Putin dossier.`,
    heading: 'Search quotations and articles',
    noScript: 'Search runs in your browser and needs JavaScript',
    noScriptWhy: ', which seems to be off: the index is searched on your device, not on a server.',
  },
  /** The search page's form (SearchForm.astro): its query box and the label, "any" choice and options of each filter. */
  searchForm: {
    query: 'Words or phrase',
    hint: 'Results appear as you type. Names match in their other spellings: Poutine, Kouleba, Kiev.',
    kind: {
      label: 'Kind',
      any: 'Everything',
      quote: 'Quotations',
      article: 'Articles',
      actor: 'People and groups',
    },
    speaker: { label: 'Speaker', any: 'Anyone' },
    outlet: { label: 'Outlet', any: 'Any outlet' },
    year: { label: 'Year', any: 'Any year' },
    sort: {
      label: 'Order',
      any: 'Best match first',
      newest: 'Newest first',
      oldest: 'Oldest first',
    },
  },
  confidence: {
    high: '',
    medium: 'inferred',
    low: 'approximate',
  },
  kinds: claimKinds,
  actor: {
    kinds: { person: 'person', organisation: 'organisation', group: 'group' },
    anonymous: 'an unnamed source, known only by this description',
    extracted: 'found in the text, not in the gazetteer',
    namedAs: 'Named in the texts as',
  },
  speakerConfidence: {
    high: '',
    medium: 'speaker inferred',
    low: 'speaker guessed from the context',
  },
  attribution: {
    auto: 'attributed automatically',
    reviewed: 'attribution reviewed',
  },
  article: {
    /** The page's description: its outlet, publication day and how many statements it has. */
    description: (outlet: string, day: string, statements: number) =>
      `${outlet}, ${day}: ${statements} statements traced to their paragraphs.`,
    /** Before the first characters of the seed's SHA-256, after the download link. */
    sha256: 'SHA-256',
    by: 'By',
    unsigned: 'Unsigned',
    published: 'Published',
    translation: (from: string) =>
      `Machine translation into English of an original in ${from}. Quotations are those of the translation.`,
    original: 'Original headline',
    whyThisDate: 'Why this date',
    originalLanguage: 'Original language',
    whoSpeaks: 'Who speaks in this article',
    statements: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
    unattributed: 'Not attributed',
    /** Said once per article, rather than beside every quotation. */
    reach: (outlet: string, sole: number, direct: number) =>
      sole === direct
        ? `${direct === 1 ? 'Its one direct quotation is' : `All ${direct} of its direct quotations are`} only in ${outlet}.`
        : `${sole} of its ${direct} direct quotations are only in ${outlet}; ${direct - sole === 1 ? 'the other one is' : `the other ${direct - sole} are`} also reported by other outlets, which the “Cite” after a paragraph links to.`,
    notices: 'Where a speaker or a quotation mark is uncertain',
    provenance: 'About this text',
    /** The provenance link that saves the seed's exact bytes, with the file's name and size. */
    downloadSeed: 'Download the raw text this page was built from',
    changed: 'What was changed in the source text',
    removed: 'Removed',
    repaired: 'Repaired',
    nothingRemoved: 'Nothing was removed.',
    columns: {
      line: 'Line',
      rule: 'Rule',
      why: 'Why',
      removed: 'Text removed',
      before: 'Before',
      after: 'After',
    },
    related: 'Related articles',
    source: 'Original',
    notes: 'Notes on this source',
    events: 'Dates mentioned',
  },
  timeline: {
    howDated: 'How this date was found',
    published: 'Publication dates',
    publishes: 'publishes',
    background: 'Background: earlier and later years',
    moreArticles: 'articles report these events',
    /** The SVG overview (TimelineOverview.astro). */
    overview: {
      title: (year: string) => `Overview of ${year}`,
      description: (from: string, to: string) =>
        `Events mentioned in the articles listed on this page (circles, upper lane) and the publication dates of the articles that report them (squares, lower lane), ${from} to ${to}; stretches of more than three weeks with nothing are cut out of the axis. The same content follows as lists.`,
      cut: (days: number) => `${days} days with nothing cut out`,
      events: 'Events',
      published: 'Published',
    },
    saidOn: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'} said on this occasion`,
  },
  views: {
    byOccasion: 'Statements by occasion',
    otherIn: 'Other statements in',
    unattributed: 'Not attributed',
    statements: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
    reportedBy: 'reported by',
    folded: (n: number) => `${n} more`,
    showAll: 'Show them',
    alsoIn: 'also in',
    onlyIn: 'only in',
    mentions: 'mentions it in',
    quotesNoOne: 'Quotes no one on this occasion.',
    sameStatement: 'The same statement, as each outlet reports it',
    differences: 'Highlighted: words the other version does not have.',
    timelineOf: (name: string) => `Timeline of the events the articles name ${name} in`,
    outletTimeline: (name: string) => `Timeline of the events ${name} reports`,
    speakers: 'Who speaks',
    articles: 'Articles in the dossier',
    occasions: 'Occasions',
  },
  /** The page of who said what (src/pages/who-said-what/) and its sections. */
  whoSaidWhat: {
    intro:
      'Every speaker against every outlet: how many statements each outlet attributes to each speaker. An empty cell is information too: that outlet did not quote that person. Below, what was said on each occasion, outlet by outlet: full quotations first, fragments and scare-quoted terms folded under their count; where several outlets report an occasion, their coverage side by side, what only each reports, and their wordings of the same statement compared.',
    /** The intro's last sentences, around its links to the indexes and the methodology. */
    each: 'Each',
    actorPage: 'actor’s page',
    and: 'and',
    outletPage: 'outlet’s page',
    hasTheRest: 'has the rest. See',
    grouping: 'how statements are grouped',
    matrix: {
      title: 'Speakers and outlets',
      caption: 'Number of statements by speaker (rows) and outlet (columns)',
      capped: (speakers: number, outlets: number) =>
        `: the ${speakers} speakers and ${outlets} outlets quoted most`,
      speaker: 'Speaker',
      total: 'Total',
      cell: (n: number, speaker: string, outlet: string) => `${n} by ${speaker} in ${outlet}`,
      none: 'none',
      /** What the capped grid leaves out, for `caps.more`. */
      speakers: 'speakers',
      outlets: 'outlets',
    },
    recurring: {
      title: 'Recurring phrases',
      intro:
        'The same words from the same speaker on different occasions: separate statements, not one reported twice.',
      first: (shown: number, all: number) => `The first ${shown} of ${all}.`,
      undated: 'undated',
      /** The occurrences a capped phrase leaves out, for `caps.more`. */
      times: 'times',
      speakerPage: (name: string) => `${name}’s page`,
    },
  },
  pagination: {
    /** The navigation's accessible name: which list it pages through. */
    label: (what: string) => `Pages of ${what}`,
    previous: 'Previous',
    next: 'Next',
    page: (n: number) => `Page ${n}`,
    /** Said beside the heading, for a reader who arrives on a later page. */
    of: (n: number, total: number) => `page ${n} of ${total}`,
    gap: 'pages left out',
    /** The second bar's name: the same pages, after the list. */
    end: ', after the list',
    continued: '(continued)',
    continuesNext: 'Continued on the next page.',
  },
  caps: {
    /** After a capped list, before the link to where the rest is. */
    more: (n: number, what: string) => `${n} more ${what}`,
    reports: (n: number) => (n === 1 ? 'article reports it' : 'articles report it'),
    sourcesIn: 'all in',
    saidOn: 'all of them on',
    alsoReported: (n: number) => `and ${n} more ${n === 1 ? 'report' : 'reports'}`,
    outlets: (n: number) => `and ${n} more`,
    allArticles: (n: number) => `All ${n} articles`,
    allActors: 'All actors',
    allOutlets: 'All outlets',
  },
  footer:
    'Built from five news articles of 2022. Quotations are verbatim from the texts as published or translated; see the methodology for how speakers and dates were found.',
} as const;

const LANGUAGES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  uk: 'Ukrainian',
  de: 'German',
};

/** The English name of a language code, or the code itself. */
export function languageName(code: string): string {
  return LANGUAGES[code] ?? code;
}
