import { getGender } from 'gender-detection-from-name';
import lexicon from 'wink-lexicon/src/lexicon.js';
import { CALENDAR_WORDS, SENTENCE_OPENERS } from './lexicon/capitals';
import { KNOWN_ORGANISATIONS, ORGANISATION_HEADS } from './lexicon/organisations';
import { PLACE_PHRASES, PLACES } from './lexicon/places';
import { HONORIFICS, TITLE_WORDS } from './lexicon/titles';

/**
 * Finds proper names in a paragraph without a list of people: runs of capitalised words
 * ("Hillary Rodham Clinton", "Secretary of Homeland Security Jeh Johnson", "The New York
 * Post"), each split into the title before it and the name itself, and told apart as a
 * person, an organisation or a place. A run that opens a sentence loses its opening word
 * when that word opens sentences in general ("When Flynn…", "Top Republican Party…").
 */

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

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations and initials that keep their full stop. */
const KEEPS_STOP =
  /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Adm|Col|Maj|Sgt|Capt|Cmdr|Prof|Rev|Ret|Jr|Sr|St|Mt|Ft|Corp|Co|Inc|Ltd|Del|Mme|U\.S|U\.N|U\.K|D\.C|E\.U|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'the',
  'de',
  'du',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'del',
  'on',
]);
/** Connectors that may stand inside a person's name ("Charles de Gaulle", "Osama bin Laden"). */
const NAME_PARTICLES = new Set([
  'de',
  'du',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'del',
]);
const PLACE_HEADS = new Set([
  'Tower',
  'Hotel',
  'Hall',
  'Building',
  'Square',
  'Park',
  'Airport',
  'Station',
  'Bridge',
  'Avenue',
  'Street',
  'Road',
  'Boulevard',
  'Plaza',
  'Arena',
  'Stadium',
  'Memorial',
  'Museum',
  'Library',
  'Church',
  'Cathedral',
  'Mosque',
  'Temple',
  'Hospital',
  'Prison',
  'Base',
  'Island',
  'Islands',
  'River',
  'Lake',
  'Mountain',
  'Mountains',
  'County',
  'City',
  'Valley',
  'Beach',
  'Bay',
  'Coast',
  'Desert',
  'Sea',
  'Ocean',
  'Canal',
  'District',
  'Province',
  'Region',
  'Peninsula',
  'Gulf',
  'Strait',
  'Mall',
  'Garden',
  'Gardens',
  'Casino',
  'Resort',
  'Club',
  'Grille',
  'Restaurant',
]);
const GROUP_WORDS =
  /^(?:Democrats|Republicans|Conservatives|Liberals|Progressives|Libertarians|Independents|Muslims|Christians|Jews|Catholics|Protestants|Evangelicals|Latinos|Latinas|Hispanics|Republican|Democratic|Saudis?|Greeks?|Orthodox|Catholic|Muslim|Jewish|Christian|Arabs?|Kurds?|Kurdish|Sunnis?|Shiites?|Asians?|Latino|Latina|Hispanic|Black|White|Native|Evangelical|Millennials|Boomers|West|East|Left|Right|Allies|\p{Lu}\p{Ll}+(?:ans|ians|ese|ish)|(?:\p{Lu}\p{Ll}+-)+Americans?|(?:\p{Lu}\p{Ll}+\s)?Americans?)$/u;
const placePhrases = new Set(PLACE_PHRASES);
const COMPOUND =
  /-(?:style|era|led|backed|based|like|esque|type|friendly|linked|appointed|funded|aligned|leaning|controlled|owned|affiliated|related|sponsored|supported|inspired|themed|centric|minded|ish|made|born|bashing|loving|hating|endorsed|approved|run|held|owned|ruled|free|only|wide|level|year|day|style|proof|ready|speak|world|nation|country)$/u;

/** A capitalised verb or adverb inside a run of capitals (a headline run into the text), never a part of a name. */
function headlineWord(word: string): boolean {
  const tag = lexicon[word.toLowerCase()]?.[0];
  return (
    tag !== undefined &&
    (tag.startsWith('VB') || tag.startsWith('RB')) &&
    getGender(word) === 'unknown'
  );
}

/** Is the word, in lower case, mostly something other than a noun in English (an adjective, an adverb, a verb…)? */
function notANoun(word: string): boolean {
  const tag = lexicon[word.toLowerCase()]?.[0];
  return tag !== undefined && !tag.startsWith('NN');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|&/gu;
// esbuild, which runs the TypeScript, turns a regular expression literal with \p{…} into a `new RegExp(…)`
// built each time the expression runs: such patterns used in hot functions are module constants.
const INITIALS = /\p{L}\.\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
const CAPITALS = /^\p{Lu}{2,4}s?$/u;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A full stop ends the sentence unless the word is an abbreviation or an initial.
    while (word.endsWith('.') && !KEEPS_STOP.test(word) && !INITIALS.test(word))
      word = word.slice(0, -1);
    const last = word.at(-1);
    if (last === '-' || last === '’' || last === "'")
      word = word.replace(/[-’']+$/u, (tail) =>
        /^['’]$/u.test(tail) && /s$/u.test(word.slice(0, -1)) ? tail : '',
      );
    // "Trump-style", "Obama-era": a name inside a compound adjective is no mention ("Ki-moon" is a name).
    if (word && (!word.includes('-') || !COMPOUND.test(word)))
      tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

const capitalised = (w: string) => CAPITAL.test(w);
/** "FBI", "NATO", "U.N.": four capitals at most; a longer word in capitals is a name in a transcript ("PENCE:"). */
const isAcronym = (w: string) => CAPITALS.test(w) || DOTTED_CAPITALS.test(w);

/** Offsets where a sentence begins: after . ! ? : or a line start, past any opening mark or bracket. */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>();
  const re = /(?:^|[.!?…:;]["”’)\]]*\s+|[—–-]\s+|\(|["“‘«])["“‘'(«\s]*/gu;
  for (const m of text.matchAll(re)) starts.add(m.index + m[0].length);
  return starts;
}

/**
 * The names of a paragraph. `commonWords` are the words the article also writes in lower
 * case: a capitalised one that opens a sentence alone ("Officials said…") is that word.
 */
export function findNames(
  text: string,
  commonWords: ReadonlySet<string> = new Set(),
): NameMention[] {
  const tokens = tokenize(text);
  const starts = sentenceStarts(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = run.at(-1)!;
      const tok = tokens[j]!;
      if (text.slice(prev.end, tok.start) !== ' ' || /['’]s?$/u.test(prev.text)) break;
      // "Rubio Thinks Joe Biden Was A Really Effective Senator": a capitalised verb or adverb ends a name.
      if (capitalised(tok.text) && !headlineWord(tok.text)) {
        run.push(tok);
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (
        CONNECTORS.has(tok.text) &&
        next &&
        capitalised(next.text) &&
        text.slice(tok.end, next.start) === ' '
      ) {
        run.push(tok, next);
        j += 2;
        continue;
      }
      break;
    }
    i = j;
    mentions.push(...readRun(text, run, starts, commonWords));
  }
  return mentions;
}

function readRun(
  text: string,
  tokens: Token[],
  starts: ReadonlySet<number>,
  commonWords: ReadonlySet<string>,
): NameMention[] {
  let run = tokens;
  // "Rubio Thinks Joe Biden Was A Really Effective Senator": a headline in title case inside a paragraph.
  // A verb or an adverb the article writes in lower case splits the run.
  if (run.length >= 3) {
    const cut = run.findIndex(
      (t, k) =>
        k > 0 &&
        k < run.length - 1 &&
        commonWords.has(t.text.toLowerCase()) &&
        /^(?:VB|RB|MD)/u.test(lexicon[t.text.toLowerCase()]?.[0] ?? '') &&
        !TITLE_WORDS.has(t.text) &&
        !ORGANISATION_HEADS.has(t.text),
    );
    if (cut > 0)
      return [
        ...readRun(text, run.slice(0, cut), starts, commonWords),
        ...readRun(text, run.slice(cut + 1), starts, commonWords),
      ];
  }
  // "Oscar-winner Sarandon", "Pulitzer-winning Cohen": a compound with a lower-case tail describes the name after it.
  while (
    run.length > 0 &&
    (/^(?:The|A|An)$/u.test(run[0]!.text) ||
      isOpener(text, tokens, run[0]!, starts, commonWords) ||
      CONNECTORS.has(run[0]!.text) ||
      (run.length > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(run[0]!.text)))
  )
    run = run.slice(1);
  while (run.length > 0 && CONNECTORS.has(run.at(-1)!.text)) run = run.slice(0, -1);
  if (run.length === 0) return [];
  // "Trump and Clinton": a connector between names that are not one organisation splits them.
  const words = run.map((t) => t.text);
  const organisation =
    words.some((w) => ORGANISATION_HEADS.has(w.replace(/['’]s?$/u, ''))) ||
    KNOWN_ORGANISATIONS.has(words.join(' ').replace(/['’]s?$/u, ''));
  {
    const cut = run.findIndex((t, k) => k > 0 && joins(run, organisation, t, k));
    if (cut > 0)
      return [
        ...readRun(text, run.slice(0, cut), starts, commonWords),
        ...readRun(text, run.slice(cut + 1), starts, commonWords),
      ];
  }
  return [mentionOf(text, run)].filter((m): m is NameMention => m !== null);
}

// The tests of `readRun` live at module level: six closures made on every call (each also named by esbuild) cost more than the tests.

/** An opening word that opens sentences anyway, or an article, is not part of a name. */
function isOpener(
  text: string,
  tokens: readonly Token[],
  t: Token,
  starts: ReadonlySet<number>,
  commonWords: ReadonlySet<string>,
): boolean {
  return (
    starts.has(t.start) &&
    (SENTENCE_OPENERS.has(t.text) ||
      commonWords.has(t.text.toLowerCase()) ||
      derivedWord(text, tokens, t) ||
      leadingWord(tokens, t))
  );
}

/**
 * A sentence-opening word alone that is a participle, an adjective, an adverb or a preposition ("Enraged, …",
 * "Harsh", "Except"), by its form or by the English lexicon's usual tag; or a plural noun ("Eyebrows raised, he asked").
 */
function derivedWord(text: string, tokens: readonly Token[], t: Token): boolean {
  return (
    tokens.length === 1 &&
    getGender(t.text) === 'unknown' &&
    (/^\p{Lu}\p{Ll}{3,}(?:ing|ly|ful|ous|less|ive)$/u.test(t.text) ||
      (/^\p{Lu}\p{Ll}{3,}ed$/u.test(t.text) &&
        (lexicon[t.text.toLowerCase()] !== undefined || text[t.end] === ',')) ||
      notANoun(t.text) ||
      (lexicon[t.text.toLowerCase()]?.[0] === 'NNS' && !GROUP_WORDS.test(t.text)))
  );
}

/**
 * "Debating Clinton …", "Liberal Oscar-winner Sarandon …", "Except the Republican …": a sentence-opening word that is a
 * verb form, an adverb, an adjective or a preposition in English, and no first name, is not part of the name after it.
 */
function leadingWord(tokens: readonly Token[], t: Token): boolean {
  return (
    tokens.length > 1 &&
    t === tokens[0] &&
    getGender(t.text) === 'unknown' &&
    !TITLE_WORDS.has(t.text) &&
    !ORGANISATION_HEADS.has(t.text) &&
    !GROUP_WORDS.test(t.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    /^(?:VB|RB|IN|JJ)/u.test(lexicon[t.text.toLowerCase()]?.[0] ?? '')
  );
}

/**
 * Does the connector `t`, the `k`-th word of the run, join two names? "Josh Earnest and Supreme Court Justice Ruth Bader
 * Ginsburg" is two; "Department of Health and Human Services" is one. "Under Secretary for Management Patrick Kennedy":
 * a title's "for" names its field, not a second name.
 */
function joins(run: readonly Token[], organisation: boolean, t: Token, k: number): boolean {
  return t.text === 'and' || t.text === '&'
    ? /^(?:The|A|An)$/u.test(run[k + 1]?.text ?? '') ||
        (!TITLE_WORDS.has(run[k - 1]!.text) && !inField(run, k))
    : !organisation &&
        ((t.text === 'for' && !TITLE_WORDS.has(run[k - 1]!.text)) ||
          t.text === 'on' ||
          (t.text === 'of' && fullName(run, k)));
}

/** "Sen. Bernie Sanders of Vermont": a person's full name before "of" is the name, what follows is where they are from. */
function fullName(run: readonly Token[], k: number): boolean {
  return (
    run.slice(0, k).filter((w) => !TITLE_WORDS.has(w.text) && !CONNECTORS.has(w.text)).length >= 2
  );
}

/**
 * "Center for Strategic and International Studies", "Office of Management and Budget": an "and" in the field an
 * organisation's head names ("Center for …") joins its words, unless a title or a first name follows it.
 */
function inField(run: readonly Token[], k: number): boolean {
  return (
    run
      .slice(1, k)
      .some((w, i) => /^(?:of|for)$/u.test(w.text) && ORGANISATION_HEADS.has(run[i]!.text)) &&
    splitTitle(run.slice(k + 1).map((w) => w.text)) === 0 &&
    run.slice(k + 1).every((w) => getGender(w.text) === 'unknown')
  );
}

function mentionOf(text: string, run: Token[]): NameMention | null {
  const last = run.at(-1)!;
  const possessive = /['’]s?$/u.test(last.text);
  const lastText = last.text.replace(/['’]s?$/u, '');
  const words = [...run.slice(0, -1).map((t) => t.text), lastText];
  const outerStart = run[0]!.start;
  const end = last.start + lastText.length;
  const titled = splitTitle(words);
  const nameWords = words.slice(titled);
  const title = titled > 0 ? words.slice(0, titled).join(' ') : null;
  const honorific =
    titled > 0
      ? (words
          .slice(0, titled)
          .map((w) => HONORIFICS.get(w))
          .find((g) => g) ?? null)
      : null;
  // A title alone ("the Minister of Defense") names nobody: it is a description.
  if (
    nameWords.every((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w)) &&
    !nameWords.some((w) => ORGANISATION_HEADS.has(w))
  )
    return null;
  const start = run[titled]!.start;
  const name = text.slice(start, end);
  const kind = kindOf(nameWords);
  if (kind === null) return null;
  return { start, end, text: name, outerStart, title, honorific, possessive, kind };
}

/**
 * How many words of the run are its title: the title words at its head ("Former
 * President Bill Clinton"), or everything up to the last title word before the name
 * ("White House Press Secretary Josh Earnest", "Supreme Court Justice Ruth Bader
 * Ginsburg"). An organisation's name keeps its words ("Democratic National Committee").
 */
function splitTitle(words: readonly string[]): number {
  if (words.length < 2) return 0;
  let head = 0;
  while (
    head < words.length - 1 &&
    (TITLE_WORDS.has(words[head]!) || (head > 0 && CONNECTORS.has(words[head]!)))
  )
    head++;
  while (head > 0 && CONNECTORS.has(words[head - 1]!)) head--;
  // "Director of National Intelligence James Clapper", "Undersecretary for Political Affairs Wendy Sherman":
  // a title and its field before a first name and a surname; the name starts at the first name.
  const field = words.findIndex(
    (w, k) => k > 0 && /^(?:of|for)$/u.test(w) && TITLE_WORDS.has(words[k - 1]!),
  );
  if (field > 0) {
    const first = words.findLastIndex(
      (w, k) =>
        k > field + 1 &&
        k < words.length - 1 &&
        getGender(w) !== 'unknown' &&
        !TITLE_WORDS.has(w) &&
        !ORGANISATION_HEADS.has(w),
    );
    if (first > 0) return first;
  }
  // An organisation keeps its words: one that ends with its head ("Democratic National Committee"), or
  // whose head only titles follow ("Department of Health and Human Services", "Department of State").
  const orgAt = words.findLastIndex((w) => ORGANISATION_HEADS.has(w));
  if (
    orgAt >= 0 &&
    words
      .slice(orgAt + 1)
      .every((w) => TITLE_WORDS.has(w) || CONNECTORS.has(w) || ORGANISATION_HEADS.has(w))
  )
    return 0;
  const rest = words.slice(head);
  if (
    rest.some((w) => ORGANISATION_HEADS.has(w)) &&
    !rest.slice(0, -1).some((w) => TITLE_WORDS.has(w) && !ORGANISATION_HEADS.has(w))
  )
    return 0;
  // The last title or organisation word with a name after it ends the title.
  let cut = head;
  for (let k = head; k < words.length - 1; k++) {
    if (
      (TITLE_WORDS.has(words[k]!) || ORGANISATION_HEADS.has(words[k]!)) &&
      !NAME_PARTICLES.has(words[k + 1]!)
    )
      cut = k + 1;
  }
  return cut;
}

function kindOf(words: readonly string[]): NameKind | null {
  if (words.length === 0) return null;
  const joined = words.join(' ');
  if (CALENDAR_WORDS.has(words[0]!) && words.length <= 2) return null;
  if (KNOWN_ORGANISATIONS.has(joined)) return 'organisation';
  if (placePhrases.has(joined) || (words.length === 1 && PLACES.has(joined))) return 'place';
  if (words.some((w) => ORGANISATION_HEADS.has(w))) return 'organisation';
  if (PLACE_HEADS.has(words.at(-1)!)) return 'place';
  if (words.length === 1) {
    const w = words[0]!;
    if (/^[DRI]-\p{Lu}/u.test(w)) return null;
    if (GROUP_WORDS.test(w)) return 'group';
    // "I'm", "He's", "That's": a pronoun with its verb.
    if (
      /^(?:I|It|He|She|We|They|You|That|There|What|Who|Here|Let|Where|How)['’](?:m|s|re|ve|ll|d)$/u.test(
        w,
      )
    )
      return null;
    if (SENTENCE_OPENERS.has(w) || TITLE_WORDS.has(w) || /^\p{N}/u.test(w)) return null;
    if (isAcronym(w)) return 'organisation';
  }
  if (words.every((w) => TITLE_WORDS.has(w))) return null;
  // "the Wisconsin Republican", "the New York Democrat": a place and a party or a title describe someone; they are no name.
  const where = words.slice(0, -1).join(' ');
  if (TITLE_WORDS.has(words.at(-1)!) && (PLACES.has(where) || placePhrases.has(where))) return null;
  return 'person';
}
