import { describe, expect, it } from 'vitest';
import { describes, headNoun } from '../../scripts/normalize/descriptions/describes.ts';

/** The descriptions a speaker can have ("a source close to the campaign", "officials"), and the phrases that name nobody. */

const words = (phrase: string) => phrase.split(/\s+/u);

describe('headNoun', () => {
  it.each<[string, string]>([
    ['a spokesman for the campaign', 'spokesman'],
    ['the base chief known as Bob', 'chief'],
    ['one Republican involved in the planning', 'republican'],
    ['a person close to the Clintons', 'person'],
    ['the senator', 'senator'],
  ])('“%s” → %s', (phrase, head) => {
    expect(headNoun(words(phrase))).toBe(head);
  });
});

describe('describes', () => {
  it.each<[string, { head: string; plural: boolean } | null]>([
    ['a source', { head: 'source', plural: false }],
    ['officials', { head: 'official', plural: true }],
    ['the billionaire', { head: 'billionaire', plural: false }],
    ['those surveyed', { head: 'surveyed', plural: false }],
    ['Another', { head: 'another', plural: false }],
    // A verb, an adverb or a function word heads no description of anyone.
    ['the only top-tier contender here', null],
    ['the were', null],
    ['the same', null],
    // Without a determiner only a known plural or a role after a name.
    ['Clinton spokesman', { head: 'spokesman', plural: false }],
    ['billionaire', null],
  ])('“%s”', (phrase, expected) => {
    expect(describes(words(phrase))).toEqual(expected);
  });
});
