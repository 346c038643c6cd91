/**
 * Builders of plain objects shaped like the dossier's collection entries (`{ id, data }`),
 * for the unit tests of src/lib and the generated dossiers of `npm run bench:views`: every
 * field the schemas require, with neutral defaults, and only what a test is about spelled out
 * in the test. It lives in scripts/ so that bench code imports no test file.
 */
import type { ActorEntry, ArticleEntry, OutletEntry } from '../src/lib/dossier.ts';
import { ActorSchema, type Claim, type Event } from '../src/schemas/index.ts';

export function claim(over: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    speaker: null,
    speaker_text: null,
    quote: 'words',
    kind: 'direct',
    said: null,
    said_evidence: null,
    occasion: null,
    paragraph: 1,
    cue: null,
    attribution: 'auto',
    confidence: 'high',
    note: null,
    ...over,
  };
}

let events = 0;

export function event(over: Partial<Event> & Pick<Event, 'date'>): Event {
  const precision =
    over.precision ?? (over.date.length === 4 ? 'year' : over.date.length === 7 ? 'month' : 'day');
  return {
    id: `${over.date}-${++events}`,
    precision,
    phrase: over.date,
    resolution: 'absolute',
    anchored_on: null,
    reasoning: `“${over.date}”: given in the text`,
    kind: 'other',
    headline: 'An event',
    sentence: `Something happened on ${over.date}.`,
    paragraph: 1,
    actors: [],
    ...over,
  };
}

type ArticleData = ArticleEntry['data'];

export function article(
  id: string,
  over: Partial<Omit<ArticleData, 'outlet'>> & { outlet?: string } = {},
): ArticleEntry {
  const { outlet = 'rfi', ...rest } = over;
  return {
    id,
    data: {
      title: `Title of ${id}`,
      source_headline: null,
      original_title: null,
      published: '2022-03-07',
      published_confidence: 'high',
      published_evidence: 'Printed in the text.',
      author: null,
      author_confidence: null,
      language: 'en',
      original_language: null,
      url: null,
      notes: [],
      seed: `${id}.txt`,
      seed_sha256: '0'.repeat(64),
      paragraphs: 10,
      actors: [],
      claims: [],
      events: [],
      removals: [],
      repairs: [],
      notices: [],
      ...rest,
      outlet: { id: outlet },
    },
  };
}

export function actor(id: string, name: string, kind: 'person' | 'group' = 'person'): ActorEntry {
  return { id, data: ActorSchema.parse({ id, name, kind }) };
}

export function outlet(id: string, name: string): OutletEntry {
  return { id, data: { id, name, kind: 'newspaper', country: 'FR', language: 'en' } };
}
