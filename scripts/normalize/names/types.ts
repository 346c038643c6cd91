/** What the name finder (`find-names.ts`) gives: a name mention and its kind; and the word tokens it reads. */

export type NameKind = 'person' | 'organisation' | 'place' | 'group';

export interface NameMention {
  /** The name itself: no title, no possessive ’s. */
  start: number;
  end: number;
  text: string;
  /** Where the mention starts with its title ("Sen. Elizabeth Warren" starts at "Sen."). */
  outerStart: number;
  title: string | null;
  /** A gender an honorific gives ("Mrs. Clinton"). */
  honorific: 'male' | 'female' | null;
  possessive: boolean;
  kind: NameKind;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}
