import { describe, expect, it } from 'vitest';
import { findNames } from '../../scripts/normalize/names/find-names.ts';

/** Each name found, as `text[kind]`, with its title after a bar. */
const names = (text: string, common: string[] = []) =>
  findNames(text, new Set(common)).map(
    (m) =>
      `${m.text}[${m.kind}${m.title ? ` | ${m.title}` : ''}${m.possessive ? ' ’s' : ''}${m.honorific ? ` ${m.honorific}` : ''}]`,
  );

describe('findNames: proper names found without a list of people', () => {
  it.each<[string, string, string[]]>([
    [
      'a surname alone',
      '“I don’t know how it works digitally,” Clinton said.',
      ['Clinton[person]'],
    ],
    [
      'a title set aside from the name',
      'Secretary of Homeland Security Jeh Johnson said so.',
      ['Jeh Johnson[person | Secretary of Homeland Security]'],
    ],
    [
      'a title ending at its last title word',
      'White House Press Secretary Josh Earnest spoke.',
      ['Josh Earnest[person | White House Press Secretary]'],
    ],
    [
      'an honorific that gives a gender',
      'Mrs. Clinton met Mr. Obama.',
      ['Clinton[person | Mrs. female]', 'Obama[person | Mr. male]'],
    ],
    [
      'an organisation keeps its words',
      'The Democratic National Committee and The New York Post said so.',
      ['Democratic National Committee[organisation]', 'New York Post[organisation]'],
    ],
    [
      'a document as an organisation (“the Beige Book said”)',
      'the Beige Book said growth was modest.',
      ['Beige Book[organisation]'],
    ],
    [
      'an acronym as an organisation',
      'The FBI and RT denied it.',
      ['FBI[organisation]', 'RT[organisation]'],
    ],
    [
      'a possessive, marked and cut off',
      'Hillary Clinton’s team avoided the hospital.',
      ['Hillary Clinton[person ’s]'],
    ],
    [
      'a place, single or multi-word',
      'She spoke in Ohio and New York on Monday.',
      ['Ohio[place]', 'New York[place]'],
    ],
    ['a place by its head (“Trump Tower”)', 'They met at Trump Tower.', ['Trump Tower[place]']],
    [
      '“and” between two people splits them',
      'Josh Earnest and Supreme Court Justice Ruth Bader Ginsburg spoke.',
      ['Josh Earnest[person]', 'Ruth Bader Ginsburg[person | Supreme Court Justice]'],
    ],
    [
      '“and” inside an organisation does not',
      'the Department of Health and Human Services said',
      ['Department of Health and Human Services[organisation]'],
    ],
    [
      'a word that opens sentences is no part of a name (“As Ryan”)',
      'As Ryan said, it failed. When Flynn was asked, he smiled.',
      ['Ryan[person]', 'Flynn[person]'],
    ],
    [
      'a garbled opener (“Top Republican Party”)',
      'Top Republican Party officials met.',
      ['Republican Party[organisation]'],
    ],
    [
      'a capitalised common word opening a sentence (“Officials said”)',
      'Officials said it was over.',
      [],
    ],
    ['a party tag is no name', 'Rep. Gwen Moore (D-Wis.) said it.', ['Gwen Moore[person | Rep.]']],
    [
      'a name inside a compound adjective is no mention',
      'a Trump-style retort and an Obama-era rule',
      [],
    ],
    ['a title alone names nobody', 'the Minister of Defense said', []],
    [
      'groups and nationalities',
      'Democrats and African-Americans agreed.',
      ['Democrats[group]', 'African-Americans[group]'],
    ],
    ['a sentence-opening participle is no name', 'Enraged, she left.', []],
    ['months and weekdays are no names', 'On Monday in September the vote came.', []],
    [
      'a title with its field before a first name (“Undersecretary for Rural Affairs Anne Moss”)',
      'The memo reached Undersecretary for Rural Affairs Anne Moss and Deputy Director for Planning Carl Benton.',
      [
        'Anne Moss[person | Undersecretary for Rural Affairs]',
        'Carl Benton[person | Deputy Director for Planning]',
      ],
    ],
    [
      '“and” in the field an organisation’s head names joins it',
      'Analysts at the Center for Civic and Legal Studies disagreed.',
      ['Center for Civic and Legal Studies[organisation]'],
    ],
    ['a place and a party describe someone, no name', 'Later the Ohio Republican voted no.', []],
  ])('%s', (_name, text, expected) => {
    expect(names(text, ['officials'])).toEqual(expected);
  });

  it('gives offsets that point at the name in the text, titles excluded', () => {
    const text = 'Former President Bill Clinton’s remarks, said Sen. Elizabeth Warren.';
    for (const m of findNames(text)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(text.slice(m.outerStart, m.start).trim()).toBe(m.title ?? '');
    }
  });
});
