import { describe, expect, it } from 'vitest';
import { headlineOf, isNoHappening, kindOf } from '../../scripts/normalize/happenings.ts';
import type { EventKind } from '../../src/schemas/index.ts';

/** The kind of the happening a sentence reports at its date phrase. */
const kindAt = (sentence: string, phrase: string) => {
  const start = sentence.indexOf(phrase);
  return kindOf(sentence, start, start + phrase.length);
};

describe('happenings: what a dated sentence reports', () => {
  it.each<[string, string, EventKind]>([
    ['Emmanuel Macron and Vladimir Putin spoke by telephone on Sunday, for the first time since May.', 'on Sunday', 'call'],
    ['At a joint press conference on Monday, Putin said the talks had been useful.', 'on Monday', 'press-conference'],
    ['Israeli Prime Minister Naftali Bennett met Putin on a surprise visit to Moscow on Saturday and spoke with him again by phone on Sunday.', 'on Sunday', 'call'],
    ['Macron first hosted Putin at Versailles in 2017.', 'in 2017', 'meeting'],
    ['Emmanuel Macron will go to Kiev on Tuesday to see his Ukrainian counterpart.', 'on Tuesday', 'visit'],
    ['The two men have spoken four times since Russian forces attacked Ukraine on February 24.', 'on February 24', 'military-action'],
    ['In his book, published in 2000, Putin describes his childhood.', 'in 2000', 'publication'],
    ['Instead of mercy, the French president on Monday denounced Moscow’s cynicism.', 'on Monday', 'statement'],
    ['Four days before the Russian invasion, Putin confirmed his support.', 'Four days before the Russian invasion', 'statement'],
    ['Nothing much was there in 1997.', 'in 1997', 'other'],
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
    ['military-action', [], 'Military action'],
    ['meeting', ['A', 'B', 'C', 'D'], 'A meets B and C'],
  ])('headline of a %s with %j', (kind, names, headline) => {
    expect(headlineOf(kind, names)).toBe(headline);
  });

  it('keeps every headline within 80 characters', () => {
    expect(headlineOf('call', ['An extraordinarily long organisation name of the kind committees have', 'Another'])).toHaveLength(80);
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
