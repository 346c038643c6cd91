import { SPEECH_VERBS } from '../lexicon/speech-verbs';
import { phraseFinder } from '../text';

/**
 * Finds the verbs of saying in a text: whether a sentence says that someone spoke. Used by
 * `scare-quote.ts` and `from-context.ts`.
 */

export const sayingWords = phraseFinder(SPEECH_VERBS);
