import type { ActorRow, ArticleInput, ClaimInput } from '../../src/lib/search-records';

/** The actors, articles and claims the search unit tests share: a few of the dossier's own, shortened. */
export const putin: ActorRow = {
  id: 'putin',
  name: 'Vladimir Putin',
  role: 'President of Russia',
  aliases: ['Vladimir Poutine', 'Poutine'],
};
export const kuleba: ActorRow = {
  id: 'kuleba',
  name: 'Dmytro Kuleba',
  role: 'Minister of Foreign Affairs of Ukraine',
  aliases: ['Dmytro Kouleba', 'Kouleba'],
};
export const macron: ActorRow = {
  id: 'macron',
  name: 'Emmanuel Macron',
  role: 'President of France',
  aliases: ['the French president'],
};

export const snub: ArticleInput = {
  slug: 'snub',
  title: 'Putin’s snub of Macron',
  outlet: 'abc-es',
  published: '2022-06-25',
  author: null,
  actors: ['putin', 'macron'],
};
export const rfi: ArticleInput = {
  slug: 'facing',
  title: 'Facing Putin',
  outlet: 'rfi',
  published: '2022-02-07',
  author: 'Jane Doe',
  actors: ['macron', 'kuleba'],
};
export const outlets = [
  { id: 'abc-es', name: 'ABC' },
  { id: 'rfi', name: 'RFI' },
  { id: 'ap', name: 'Associated Press' },
];

export const untilTheEnd: ClaimInput = {
  id: '8ef4a3c14c',
  article: 'snub',
  outlet: { id: 'abc-es', name: 'ABC' },
  speaker: { id: 'putin', name: 'Vladimir Putin' },
  speaker_text: 'he',
  quote: 'until the end',
  kind: 'fragment',
  said: '2022-02-20',
};
export const ditch: ClaimInput = {
  id: '5f110e31b6',
  article: 'facing',
  outlet: { id: 'rfi', name: 'RFI' },
  speaker: { id: 'kuleba', name: 'Dmytro Kuleba' },
  speaker_text: 'Dmytro Kuleba',
  quote: 'dig a ditch between his country and its Western allies',
  kind: 'direct',
  said: null,
};
export const nobody: ClaimInput = {
  ...ditch,
  id: '16351afa3f',
  speaker: null,
  speaker_text: 'a diplomat in Kyiv',
  quote: 'avoid war',
  kind: 'fragment',
};
