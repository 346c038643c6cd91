/** Site-wide constants. */
export const SITE_TITLE = 'The Macron–Putin dossier';
export const SITE_DESCRIPTION =
  'Five news articles of 2022 on Emmanuel Macron’s diplomacy with Vladimir Putin: every quotation traced to its paragraph and speaker, every date with its evidence.';
export const SITE_LANG = 'en';

/** The landmark of the chronology: the Russian invasion of Ukraine. */
export const INVASION = { date: '2022-02-24', label: 'Russian invasion of Ukraine' };
