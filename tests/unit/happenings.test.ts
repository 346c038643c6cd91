import { describe, expect, it } from 'vitest';
import {
  destinationOf,
  headlineOf,
  isNoHappening,
  kindOf,
  speechOccasionOf,
} from '../../scripts/normalize/happenings.ts';
import type { EventKind } from '../../src/schemas/index.ts';

/** The kind of the happening a sentence reports at its date phrase. */
const kindAt = (sentence: string, phrase: string) => {
  const start = sentence.indexOf(phrase);
  return kindOf(sentence, start, start + phrase.length);
};

describe('happenings: what a dated sentence reports', () => {
  it.each<[string, string, EventKind]>([
    [
      'Emmanuel Macron and Vladimir Putin spoke by telephone on Sunday, for the first time since May.',
      'on Sunday',
      'call',
    ],
    [
      'At a joint press conference on Monday, Putin said the talks had been useful.',
      'on Monday',
      'press-conference',
    ],
    [
      'Israeli Prime Minister Naftali Bennett met Putin on a surprise visit to Moscow on Saturday and spoke with him again by phone on Sunday.',
      'on Sunday',
      'call',
    ],
    ['Macron first hosted Putin at Versailles in 2017.', 'in 2017', 'meeting'],
    [
      'Emmanuel Macron will go to Kiev on Tuesday to see his Ukrainian counterpart.',
      'on Tuesday',
      'visit',
    ],
    [
      'The two men have spoken four times since Russian forces attacked Ukraine on February 24.',
      'on February 24',
      'military-action',
    ],
    ['In his book, published in 2000, Putin describes his childhood.', 'in 2000', 'publication'],
    [
      'Instead of mercy, the French president on Monday denounced Moscow’s cynicism.',
      'on Monday',
      'statement',
    ],
    [
      'Four days before the Russian invasion, Putin confirmed his support.',
      'Four days before the Russian invasion',
      'statement',
    ],
    ['Nothing much was there in 1997.', 'in 1997', 'other'],
    [
      'Bennett became a mediator, meeting Putin on a surprise visit to Moscow on Saturday and speaking with him by phone on Sunday.',
      'on Saturday',
      'visit',
    ],
    [
      'In Kiev, the minister received his German counterpart Annalena Baerbock on Monday for a support visit.',
      'on Monday',
      'meeting',
    ],
    [
      'Since being elected president in 2017, Macron has courted world leaders.',
      'in 2017',
      'election',
    ],
    [
      'Had it been shown in 2014, it would have avoided the annexation of Crimea.',
      'in 2014',
      'military-action',
    ],
    [
      'The militias declared civil war against the Ukrainian state in 2014.',
      'in 2014',
      'military-action',
    ],
    [
      'Things could return to the moment in 1997 – the year of the agreement between NATO and Russia.',
      'in 1997',
      'agreement',
    ],
  ])('%s → %s', (sentence, phrase, kind) => {
    expect(kindAt(sentence, phrase)).toBe(kind);
  });

  it.each<[EventKind, string[], string]>([
    ['call', ['Macron', 'Putin'], 'Macron and Putin speak by phone'],
    ['call', ['Putin'], 'Putin makes a phone call'],
    ['meeting', ['Scholz', 'Biden'], 'Scholz meets Biden'],
    ['press-conference', ['Putin', 'Macron'], 'Putin and Macron hold a press conference'],
    ['visit', ['Macron', 'Zelensky'], 'Macron visits Zelensky'],
    ['statement', ['Le Drian'], 'Le Drian speaks out'],
    ['statement', ['Le Drian', 'Putin'], 'Le Drian on Putin'],
    ['election', ['Macron'], 'Macron is elected'],
    ['agreement', [], 'An agreement'],
    ['publication', ['Putin'], 'Publication: Putin'],
    ['military-action', [], 'Military action'],
    ['meeting', ['A', 'B', 'C', 'D'], 'A meets B and C'],
  ])('headline of a %s with %j', (kind, names, headline) => {
    expect(headlineOf(kind, names)).toBe(headline);
  });

  it.each<[string[], string, string]>([
    [['Macron', 'Zelensky'], 'Kiev', 'Macron visits Kiev'],
    [[], 'Paris', 'A visit to Paris'],
  ])('headline of a visit by %j to %s', (names, place, headline) => {
    expect(headlineOf('visit', names, place)).toBe(headline);
  });

  it.each<[string, string | null]>([
    ['Emmanuel Macron will go to Kiev on Tuesday to see his counterpart', 'Kiev'],
    ['before visiting Ukraine on Tuesday morning and Berlin that same afternoon', 'Ukraine'],
    ['meeting Putin on a surprise visit to Moscow on Saturday', 'Moscow'],
    ['Blinken heads to Paris on Tuesday to hear from Macron', 'Paris'],
    ['he will travel Monday to the capital', null],
    ['a visit of great importance', null],
  ])('the destination of “%s” is %s', (clause, place) => {
    expect(destinationOf(clause)).toBe(place);
  });

  it.each<[string, EventKind | null]>([
    [
      'said Vladimir Putin, during a joint press conference, while judging it premature',
      'press-conference',
    ],
    ['Macron said in an interview on LCI TV that', 'interview'],
    ['Putin told Macron during the phone call that', 'call'],
    ['he said by phone from Kyiv', 'call'],
    ['Scholz said after the talks in Washington', 'meeting'],
    ['Macron called for a ceasefire, he said', null],
    ['Macron said', null],
  ])('the occasion “%s” names is %s', (sentence, kind) => {
    expect(speechOccasionOf(sentence)).toBe(kind);
  });

  it('keeps every headline within 80 characters', () => {
    expect(
      headlineOf('call', [
        'An extraordinarily long organisation name of the kind committees have',
        'Another',
      ]),
    ).toHaveLength(80);
  });

  it.each<[string, string, boolean]>([
    ['Putin could stay in power until 2036.', 'until 2036', true],
    ['Sylvie Bermann, ambassador to Russia from 2017 to 2019, says so.', 'from 2017', true],
    ['Sylvie Bermann, ambassador to Russia from 2017 to 2019, says so.', 'to 2019', true],
    ['Macron first hosted Putin at Versailles in 2017.', 'in 2017', false],
    ['The war has gone on since 2014.', 'since 2014', false],
  ])('%s: “%s” is no happening: %s', (sentence, phrase, expected) => {
    const start = sentence.indexOf(phrase);
    expect(isNoHappening(phrase, sentence, start, start + phrase.length)).toBe(expected);
  });
});
