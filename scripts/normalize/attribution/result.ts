import type { Attribution, BlockRange } from '../cast-context';
import type { Subject } from '../subjects';

/**
 * The two attributions every sieve may build on: none (no speaker, no cue) and the one a
 * resolved subject gives. Used by the sieves of this folder and by `../attribution.ts`.
 */

export const NONE: Attribution = {
  speaker: null,
  speakerText: null,
  cue: null,
  confidence: 'low',
  cueSentence: null,
  mention: null,
};

export function fromSubject(subject: Subject, _text: string, cueSentence: BlockRange): Attribution {
  const { who } = subject;
  return {
    speaker: who.speaker,
    speakerText: who.speakerText,
    cue: null,
    confidence: who.confidence,
    cueSentence,
    mention: who.mention,
  };
}
