import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorIndex, findMentions, foldSameLength } from '../../scripts/normalize/actors.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import { ActorSchema, type Actor } from '../../src/schemas/index.ts';

/** The real gazetteer, as the pipeline reads it. */
const gazetteer = parseYamlList(
  'seeds/actors.yaml',
  readFileSync(new URL('../../seeds/actors.yaml', import.meta.url), 'utf8'),
  ActorSchema,
).map((a) => a.value);
const index = buildActorIndex(gazetteer);
const mentions = (text: string) => findMentions(text, index).map((m) => [m.actor, m.text]);

describe('findMentions against the gazetteer (seeds/actors.yaml)', () => {
  it.each<[string, string, string[][]]>([
    [
      'the French transliteration “Vladimir Poutine” is Putin',
      'a telephone call with Vladimir Poutine.',
      [['putin', 'Vladimir Poutine']],
    ],
    ['the surname alone “Poutine” is Putin', 'Face à Poutine, il a dit', [['putin', 'Poutine']]],
    [
      '“Dmytro Kouleba” is Kuleba',
      'thus declared Dmytro Kouleba, pointing the finger',
      [['kuleba', 'Dmytro Kouleba']],
    ],
    ['the surname of an alias, “Kouleba”, is Kuleba', 'Kouleba said so.', [['kuleba', 'Kouleba']]],
    [
      '“Zelenskyy” is Zelensky',
      'Ukrainian President Volodymyr Zelenskyy',
      [['zelensky', 'Volodymyr Zelenskyy']],
    ],
    [
      '“the French president” is Macron',
      'the French president on Monday denounced Moscow’s “cynicism”',
      [['macron', 'the French president']],
    ],
    [
      'a title at the start of a sentence, “The French president”, is Macron',
      'The French president was clear from the start.',
      [['macron', 'The French president']],
    ],
    [
      '“the master of the Kremlin” is Putin',
      'He is one of the privileged interlocutors of the master of the Kremlin.',
      [['putin', 'the master of the Kremlin']],
    ],
    [
      'the longest alias wins: “Emmanuel Macron’s entourage” is the entourage, not Macron',
      'in the words of Emmanuel Macron’s entourage, all for historical purposes',
      [['macron-entourage', 'Emmanuel Macron’s entourage']],
    ],
    [
      '“the entourage of Emmanuel Macron” is the entourage',
      'assures franceinfo the entourage of Emmanuel Macron.',
      [['macron-entourage', 'the entourage of Emmanuel Macron']],
    ],
    [
      '“Elysée” with its accent is the entourage',
      'we slip at the Elysée.',
      [['macron-entourage', 'the Elysée']],
    ],
    [
      '“Elysee” without its accent is the entourage too',
      'The Elysee, for example, was forced to deny it.',
      [['macron-entourage', 'The Elysee']],
    ],
    [
      '“Élysée” with a capital accent is the entourage too',
      'the Élysée said',
      [['macron-entourage', 'the Élysée']],
    ],
    [
      'the longer “an official at the Elysee presidential palace” beats “the Elysee”',
      'an official at the Elysee presidential palace said the two leaders',
      [['elysee-official', 'an official at the Elysee presidential palace']],
    ],
    [
      'several actors in one sentence come in reading order',
      'Vladimir Putin categorically refusing to speak with Volodymyr Zelensky, Emmanuel Macron then serves as an intermediary.',
      [
        ['putin', 'Vladimir Putin'],
        ['zelensky', 'Volodymyr Zelensky'],
        ['macron', 'Emmanuel Macron'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'a one-word alias written in lower case (“putin”, “macron”)',
      'the talks of putin and macron went on',
    ],
    ['a name inside a longer word', 'the Putinian rhetoric and Macronism'],
    [
      'names that are not in the gazetteer',
      'Soazig de La Moissonnière has also been staging the presidential action with Alice Rufo.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('matches a surname only where the text capitalises it: “Bonne” is Emmanuel Bonne, “bonne” is French for good', () => {
    const bonne: Actor = ActorSchema.parse({
      id: 'bonne',
      name: 'Emmanuel Bonne',
      role: 'diplomatic adviser',
      country: 'FR',
    });
    const small = buildActorIndex([bonne]);
    expect(
      findMentions('une bonne idée, said Bonne', small).map((m) => [m.actor, m.text, m.start]),
    ).toEqual([['bonne', 'Bonne', 21]]);
  });

  it('matches a multi-word alias whatever its case', () => {
    expect(mentions('THE RUSSIAN PRESIDENT and the russian president')).toEqual([
      ['putin', 'THE RUSSIAN PRESIDENT'],
      ['putin', 'the russian president'],
    ]);
  });

  it('gives the offsets of each mention in the original text, accents and curly apostrophes included', () => {
    const text = 'At the Élysée, Emmanuel Macron’s entourage met Putin.';
    for (const m of findMentions(text, index)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findMentions(text, index).map((m) => m.actor)).toEqual([
      'macron-entourage',
      'macron-entourage',
      'putin',
    ]);
  });
});

describe('foldSameLength', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['Macron’s', "macron's"],
    ['VÉDRINE', 'vedrine'],
    ['François', 'francois'],
  ])('folds %s to %s without changing the length', (text, folded) => {
    expect(foldSameLength(text)).toBe(folded);
    expect(foldSameLength(text)).toHaveLength(text.length);
  });
});

describe('buildActorIndex', () => {
  it('takes a surname from a name and a name-like alias, never from a title (“US Secretary of State” gives no “State”)', () => {
    const blinken = ActorSchema.parse({
      id: 'blinken',
      name: 'Antony Blinken',
      aliases: ['Anthony Blinken'],
      titles: ['US Secretary of State'],
    });
    const small = buildActorIndex([blinken]);
    expect(
      findMentions('Blinken met Secretary of State John Kerry.', small).map((m) => m.text),
    ).toEqual(['Blinken']);
  });

  it.each<[string, string, string[]]>([
    ['within its in_role dates, a title names the actor', '2022-03-07', ['macron']],
    ['in an article of 2016, “the French president” is not Macron', '2016-09-12', []],
  ])('%s', (_name, day, expected) => {
    expect(
      findMentions('the French president said so', buildActorIndex(gazetteer, day)).map(
        (m) => m.actor,
      ),
    ).toEqual(expected);
  });

  it('gives the first actor an alias when two share it', () => {
    const twin = (id: string): Actor => ActorSchema.parse({ id, name: 'Jean Dupont' });
    expect(
      findMentions('Jean Dupont spoke.', buildActorIndex([twin('first'), twin('second')])).map(
        (m) => m.actor,
      ),
    ).toEqual(['first']);
  });

  it('finds nothing with an empty gazetteer', () => {
    expect(findMentions('Vladimir Putin', buildActorIndex([]))).toEqual([]);
  });
});
