import { SPEECH_VERBS } from './speech-verbs';

/**
 * How far a verb can be a cue: the literal verbs machine translation leaves in the French
 * seeds ("shade", "slice": nuance, tranche), read only right after a quote; verbs that report
 * speech only sometimes; the words that may follow a closing mark as its cue; verbs whose
 * following name is their object. Used by `../cues.ts`, `../quotes.ts` and `../segment.ts`.
 */

/**
 * Literal translations of French reporting verbs in the seeds ("shade" for nuance, "slice"
 * for tranche, "book" for livre, "we slip" for glisse-t-on, "press" for presse). Common
 * English words otherwise, so they are cues only right after a closing mark.
 */
export const TRANSLATED_CUES: readonly string[] = [
  'shade',
  'slice',
  'book',
  'slip',
  'press',
  'explain',
];

/**
 * Verbs that report speech only sometimes ("Clinton supports “appropriate pay raises”",
 * but "his listeners supported his candidacy"): a cue only right before the quotation.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'support',
  'supports',
  'supported',
  'oppose',
  'opposes',
  'opposed',
  'share',
  'shares',
  'shared',
  'hope',
  'hopes',
  'hoped',
  'consider',
  'considers',
  'considered',
  'believe',
  'believes',
  'believed',
  'talk',
  'talks',
  'talked',
  'talking',
  'remember',
  'remembers',
  'remembered',
  'release',
  'releases',
  'released',
  'issue',
  'issued',
  'offer',
  'offered',
  'estimate',
  'estimates',
  'estimated',
  'judge',
  'judges',
  'judged',
  'analyze',
  'analyzes',
  'analyzed',
  'question',
  'questioned',
  'cite',
  'cites',
  'cited',
  'citing',
  'refer',
  'refers',
  'referred',
  'referring',
  'blame',
  'blames',
  'blamed',
  'blaming',
  'mention',
  'mentions',
  'mentioned',
  'mentioning',
  'go on',
  'goes on',
  'went on',
  'going on',
  'welcome',
  'welcomes',
  'welcomed',
  'praise',
  'praises',
  'praised',
  'attack',
  'attacks',
  'attacked',
  'list',
  'lists',
  'listed',
]);

/** Every word that may stand right after a closing quote mark as its cue ("…”, said X", "…”she adds", "…”we press"). */
export const CUES_AFTER_QUOTE: readonly string[] = [...SPEECH_VERBS, ...TRANSLATED_CUES];

/** Verbs whose following name is their object ("told Putin"), never an inverted subject ("said Putin"). */
export const TAKES_OBJECT: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'tell',
  'telling',
  'accused',
  'accuses',
  'accusing',
  'described',
  'describes',
  'describing',
  'promising',
  'called',
  'calls',
  'calling',
  'dubbed',
  'labeled',
  'labelled',
  'branded',
  'praised',
  'blasted',
  'slammed',
  'criticized',
  'criticised',
  'mocked',
  'welcomed',
  'denounced',
  'denounces',
  'decried',
  'threatened',
  'thanked',
]);
