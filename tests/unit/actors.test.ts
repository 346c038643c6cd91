import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorIndex, extractSpeakers, findMentions, foldSameLength } from '../../scripts/normalize/actors.ts';
import { parseYamlList } from '../../scripts/normalize/inputs.ts';
import { ActorSchema, type Actor } from '../../src/schemas/index.ts';

/** The real gazetteer, as the pipeline reads it. */
const gazetteer = parseYamlList('seeds/actors.yaml', readFileSync(new URL('../../seeds/actors.yaml', import.meta.url), 'utf8'), ActorSchema).map((a) => a.value);
const index = buildActorIndex(gazetteer);
const mentions = (text: string) => findMentions(text, index).map((m) => [m.actor, m.text]);

describe('findMentions against the gazetteer (seeds/actors.yaml)', () => {
  it.each<[string, string, string[][]]>([
    ['the French transliteration “Vladimir Poutine” is Putin', 'a telephone call with Vladimir Poutine.', [['putin', 'Vladimir Poutine']]],
    ['the surname alone “Poutine” is Putin', 'Face à Poutine, il a dit', [['putin', 'Poutine']]],
    ['“Dmytro Kouleba” is Kuleba', 'thus declared Dmytro Kouleba, pointing the finger', [['kuleba', 'Dmytro Kouleba']]],
    ['the surname of an alias, “Kouleba”, is Kuleba', 'Kouleba said so.', [['kuleba', 'Kouleba']]],
    ['“Zelenskyy” is Zelensky', 'Ukrainian President Volodymyr Zelenskyy', [['zelensky', 'Volodymyr Zelenskyy']]],
    ['“the French president” is Macron', 'the French president on Monday denounced Moscow’s “cynicism”', [['macron', 'the French president']]],
    ['a title at the start of a sentence, “The French president”, is Macron', 'The French president was clear from the start.', [['macron', 'The French president']]],
    ['“the master of the Kremlin” is Putin', 'He is one of the privileged interlocutors of the master of the Kremlin.', [['putin', 'the master of the Kremlin']]],
    [
      'the longest alias wins: “Emmanuel Macron’s entourage” is the entourage, not Macron',
      'in the words of Emmanuel Macron’s entourage, all for historical purposes',
      [['macron-entourage', 'Emmanuel Macron’s entourage']],
    ],
    ['“the entourage of Emmanuel Macron” is the entourage', 'assures franceinfo the entourage of Emmanuel Macron.', [['macron-entourage', 'the entourage of Emmanuel Macron']]],
    ['“Elysée” with its accent is the entourage', 'we slip at the Elysée.', [['macron-entourage', 'the Elysée']]],
    ['“Elysee” without its accent is the entourage too', 'The Elysee, for example, was forced to deny it.', [['macron-entourage', 'The Elysee']]],
    ['“Élysée” with a capital accent is the entourage too', 'the Élysée said', [['macron-entourage', 'the Élysée']]],
    [
      'the longer “an official at the Elysee presidential palace” beats “the Elysee”',
      'an official at the Elysee presidential palace said the two leaders',
      [['elysee-official', 'an official at the Elysee presidential palace']],
    ],
    [
      'several actors in one sentence come in reading order',
      'Vladimir Putin categorically refusing to speak with Volodymyr Zelensky, Emmanuel Macron then serves as an intermediary.',
      [['putin', 'Vladimir Putin'], ['zelensky', 'Volodymyr Zelensky'], ['macron', 'Emmanuel Macron']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a one-word alias written in lower case (“putin”, “macron”)', 'the talks of putin and macron went on'],
    ['a name inside a longer word', 'the Putinian rhetoric and Macronism'],
    ['names that are not in the gazetteer', 'Soazig de La Moissonnière has also been staging the presidential action with Alice Rufo.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(mentions(text)).toEqual([]);
  });

  it('matches a surname only where the text capitalises it: “Bonne” is Emmanuel Bonne, “bonne” is French for good', () => {
    const bonne: Actor = { id: 'bonne', name: 'Emmanuel Bonne', role: 'diplomatic adviser', country: 'FR', kind: 'person', aliases: [], source: 'gazetteer' };
    const small = buildActorIndex([bonne]);
    expect(findMentions('une bonne idée, said Bonne', small).map((m) => [m.actor, m.text, m.start])).toEqual([['bonne', 'Bonne', 21]]);
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
    expect(findMentions(text, index).map((m) => m.actor)).toEqual(['macron-entourage', 'macron-entourage', 'putin']);
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

describe('extractSpeakers: people named beside a speech verb who are not in the gazetteer', () => {
  it('finds “said Silvia Colombo, an expert on EU foreign relations…” with the apposition as her role (seed 002)', () => {
    const text = '“Macron stands out among EU leaders,” said Silvia Colombo, an expert on EU foreign relations at the International Institute in Rome.';
    expect(extractSpeakers(text, index)).toEqual<Actor[]>([
      {
        id: 'silvia-colombo',
        name: 'Silvia Colombo',
        role: 'expert on EU foreign relations at the International Institute in Rome',
        country: '',
        kind: 'person',
        aliases: [],
        source: 'extracted',
      },
    ]);
  });

  it.each<[string, string, string, string]>([
    ['a “senior” apposition (seed 002, the orphan attribution)', 'said Benjamin Haddad, senior director for Europe at the Atlantic Council in Paris.', 'benjamin-haddad', 'senior director for Europe at the Atlantic Council in Paris'],
    ['a “former” apposition after an odd speech verb (seed 001)', '“We must let public opinion know”, analyzes Gaspard Gantzer, former communications adviser to François Hollande.', 'gaspard-gantzer', 'former communications adviser to François Hollande'],
    ['a name before the verb, without a role', 'Gaspard Gantzer said it was staged.', 'gaspard-gantzer', ''],
  ])('finds a speaker with %s', (_name, text, id, role) => {
    expect(extractSpeakers(text, index).map((a) => [a.id, a.role])).toEqual([[id, role]]);
  });

  it.each<[string, string]>([
    ['“said President Putin”: a title, and a known actor', '“Ask your citizens,” said President Putin.'],
    ['“declared President Putin”', '“We are concerned about European security,” declared President Putin before the French president.'],
    ['a gazetteer person named in full', '“The president is not naive,” said Jean-Yves Le Drian.'],
    ['“said Vladimir Putin”', 'Some of his ideas are possible, said Vladimir Putin, during a joint press conference.'],
    ['a capitalised phrase that is not a name', 'The French President said so. According to Western diplomats, nothing changed.'],
    ['a name without a speech verb beside it', 'They are Emmanuel Bonne, its diplomatic adviser, and Alice Rufo, strategy and defense expert.'],
  ])('ignores %s', (_name, text) => {
    expect(extractSpeakers(text, index)).toEqual([]);
  });

  it('gives each new person once, however often they are cited', () => {
    const text = 'said Benjamin Haddad, senior director. Later, said Benjamin Haddad again. Benjamin Haddad said more.';
    expect(extractSpeakers(text, index).map((a) => a.id)).toEqual(['benjamin-haddad']);
  });
});

describe('buildActorIndex', () => {
  it('lets an extracted person be found afterwards by surname (“Haddad said …”)', () => {
    const extracted = extractSpeakers('said Benjamin Haddad, senior director for Europe at the Atlantic Council.', index);
    const extended = buildActorIndex([...gazetteer, ...extracted]);
    expect(findMentions('Haddad said Macron also spoke to Putin.', extended).map((m) => [m.actor, m.text])).toEqual([
      ['benjamin-haddad', 'Haddad'],
      ['macron', 'Macron'],
      ['putin', 'Putin'],
    ]);
  });

  it('gives the first actor an alias when two share it', () => {
    const twin = (id: string): Actor => ({ id, name: 'Jean Dupont', role: '', country: '', kind: 'person', aliases: [], source: 'gazetteer' });
    expect(findMentions('Jean Dupont spoke.', buildActorIndex([twin('first'), twin('second')])).map((m) => m.actor)).toEqual(['first']);
  });

  it('finds nothing with an empty gazetteer', () => {
    expect(findMentions('Vladimir Putin', buildActorIndex([]))).toEqual([]);
  });
});
