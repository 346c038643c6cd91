/** The cast of an article (`build-cast.ts`): its entities, their mentions, the dossier's directory of surnames, and the draft an entity grows from. */

export type EntityKind = 'person' | 'organisation' | 'group';

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  gender: 'male' | 'female' | null;
  /** Roles from titles and appositions, as the text writes them ("editor in chief of RT", "Clinton campaign spokesman"). */
  roles: string[];
  /** True when the gazetteer knows it. */
  known: boolean;
  /** The distinct ways the text names it. */
  names: string[];
  /** A description standing for an unnamed source ("a source", "an adviser to the French president"). */
  anonymous: boolean;
  /**
   * Something marks it as a person: a first name, an honorific, a known gender, a title or
   * a verb of its own somewhere. A lone capitalised word with none of these ("Benghazi",
   * "Getty") is no antecedent for "he" or "she".
   */
  attested: boolean;
}

export interface EntityMention {
  entity: string;
  block: number;
  /** The name itself. */
  start: number;
  end: number;
  /** With its title. */
  outerStart: number;
  text: string;
  possessive: boolean;
  /** A name used as a modifier ("Clinton campaign spokesman Brian Fallon"): never a speaker. */
  modifier: boolean;
}

/** People other articles of the dossier name in full, by surname: what a surname alone refers to when its article gives no full name. */
export type Directory = ReadonlyMap<string, { id: string; name: string }>;

export interface Cast {
  entities: Map<string, Entity>;
  /** Mentions of each block, in reading order, none overlapping. */
  mentions: EntityMention[][];
}

export interface Draft {
  key: string;
  /** The id another article of the dossier gives this person, for a surname alone. */
  dossierId?: string;
  /** The gender was guessed from the first name, which the text's pronouns may overrule. */
  fromFirstName?: boolean;
  name: string;
  kind: EntityKind;
  gender: 'male' | 'female' | null;
  roles: Set<string>;
  known: string | null;
  names: Set<string>;
  first: string | null;
  last: string;
  count: number;
}
