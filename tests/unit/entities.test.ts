import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../scripts/normalize/actors.ts';
import { buildCast } from '../../scripts/normalize/entities/build-cast.ts';
import { ActorSchema } from '../../src/schemas/index.ts';

const GAZETTEER = [
  ActorSchema.parse({
    id: 'macron',
    name: 'Emmanuel Macron',
    gender: 'male',
    aliases: ['President Macron'],
    titles: ['the French president'],
    in_role: { from: '2017-05-14' },
  }),
  ActorSchema.parse({
    id: 'macron-entourage',
    name: 'Emmanuel Macron’s entourage',
    kind: 'group',
    aliases: ['the Elysée'],
  }),
];

/** The cast of a text of paragraphs: each mention as `text → entity id`, and the entities. */
function cast(paragraphs: string[], day = '2022-03-07') {
  const c = buildCast(paragraphs, buildActorIndex(GAZETTEER, day), () => false);
  return {
    mentions: c.mentions.flat().map((m) => `${m.text} → ${m.entity}`),
    entities: c.entities,
  };
}

describe('buildCast: the people, organisations and groups of one article', () => {
  it.each<[string, string[], string[]]>([
    [
      'a surname joins the full name that shares it',
      ['Hillary Clinton spoke.', 'Clinton said more.'],
      ['Hillary Clinton → hillary-clinton', 'Clinton → hillary-clinton'],
    ],
    [
      'a surname used before the full name joins it too',
      ['Clinton said it.', 'Hillary Clinton agreed.'],
      ['Clinton → hillary-clinton', 'Hillary Clinton → hillary-clinton'],
    ],
    [
      'an honorific picks between two people of one surname',
      ['Hillary Clinton and Bill Clinton came.', 'Mrs. Clinton spoke, then Mr. Clinton.'],
      [
        'Hillary Clinton → hillary-clinton',
        'Bill Clinton → bill-clinton',
        'Clinton → hillary-clinton',
        'Clinton → bill-clinton',
      ],
    ],
    [
      'a middle initial is the same person',
      ['Donald J. Trump won.', 'Donald Trump spoke.'],
      ['Donald J. Trump → donald-trump', 'Donald Trump → donald-trump'],
    ],
    [
      'a name the gazetteer knows takes its id',
      ['French President Emmanuel Macron spoke.'],
      ['Emmanuel Macron → macron'],
    ],
    [
      'a gazetteer name that holds a name is the other actor',
      ['Emmanuel Macron’s entourage said so.'],
      ['Emmanuel Macron’s entourage → macron-entourage'],
    ],
    [
      'a gazetteer title names its actor in its term',
      ['the French president said'],
      ['the French president → macron'],
    ],
    [
      'a name the text only places things in is a place',
      ['The rally was in Tulsa.', 'The meeting in Tulsa ended.'],
      [],
    ],
    [
      'a line in title case names nobody',
      ['Rubio Thinks Joe Biden Was A Really Effective Senator', 'Rubio said so.'],
      ['Rubio → rubio'],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(cast(paragraphs).mentions).toEqual(expected);
  });

  it('does not give a 2016 article’s “the French president” to Macron (his title starts in 2017)', () => {
    expect(cast(['the French president said'], '2016-09-12').mentions).toEqual([]);
  });

  it.each<[string, string[], string, 'male' | 'female' | null]>([
    ['from the first name', ['Margarita Simonyan wrote.'], 'margarita-simonyan', 'female'],
    ['from an honorific', ['Mr. Caddell spoke.'], 'caddell', 'male'],
    [
      'from the pronouns that follow the person',
      ['Jeh Johnson spoke. He said the system held.'],
      'jeh-johnson',
      'male',
    ],
    ['unknown when nothing says', ['Zorbl Quux spoke.'], 'zorbl-quux', null],
    ['unknown from a first name given to women and men', ['Jan Brewer spoke.'], 'jan-brewer', null],
    [
      'from the pronouns that follow, for a first name given to women and men',
      ['Jan Brewer spoke. She said the system held.'],
      'jan-brewer',
      'female',
    ],
    [
      'from a noun of gender before the name, over its first name',
      ['“They are wrong,” said 9/11 widow Terry Strada.'],
      'terry-strada',
      'female',
    ],
    [
      'from a noun of gender in an apposition',
      ['Kim Lasker, the mother of two students, spoke.'],
      'kim-lasker',
      'female',
    ],
    [
      'not from a noun that only follows a preposition in the apposition',
      ['Kim Lasker, a friend of the man, spoke.'],
      'kim-lasker',
      null,
    ],
    [
      'not from “spokesman”, which news style gives to women too',
      ['Trump spokesman Hope Hicks said so.'],
      'hope-hicks',
      'female',
    ],
  ])('learns a gender %s', (_name, paragraphs, id, gender) => {
    expect(cast(paragraphs).entities.get(id)?.gender ?? null).toBe(gender);
  });

  it('gives a surname that two people share to the one the article introduced first, when nothing else tells them apart', () => {
    const { mentions } = cast([
      'Betsy Ebeling, a friend since sixth grade, came.',
      'In Tom’s shoes, Ebeling and her husband, Tom Ebeling, knocked on doors.',
    ]);
    expect(mentions).toContain('Ebeling → betsy-ebeling');
  });

  it.each<[string, string, string, string]>([
    [
      'a title',
      'Secretary of Homeland Security Jeh Johnson spoke.',
      'jeh-johnson',
      'Secretary of Homeland Security',
    ],
    [
      'an apposition after the name',
      'Margarita Simonyan, the editor in chief of RT, wrote.',
      'margarita-simonyan',
      'editor in chief of RT',
    ],
    [
      'a lower-case title before the name',
      'Clinton campaign spokesman Brian Fallon said.',
      'brian-fallon',
      'Clinton campaign spokesman',
    ],
  ])('takes a role from %s', (_name, text, id, role) => {
    expect(cast([text]).entities.get(id)?.roles).toContain(role);
  });

  it.each<[string, string, string]>([
    ['“a firm named X”', 'They hired a firm named Harlan Brooks last year.', 'harlan-brooks'],
    [
      'an apposition that calls it one (“X, a data company”)',
      'Harlan Brooks, a data company based in Ohio, won the contract.',
      'harlan-brooks',
    ],
  ])('takes a name the text calls an organisation for one: %s', (_name, text, id) => {
    expect(cast([text]).entities.get(id)?.kind).toBe('organisation');
  });

  it('marks a name used as a modifier, which is never a speaker: “Clinton campaign spokesman …”', () => {
    const c = buildCast(
      ['Clinton campaign spokesman Brian Fallon said.'],
      buildActorIndex(GAZETTEER),
      () => false,
    );
    expect(c.mentions[0]!.map((m) => [m.text, m.modifier])).toEqual([
      ['Clinton', true],
      ['Brian Fallon', false],
    ]);
  });

  it('tells a person from an organisation and a group', () => {
    const { entities } = cast([
      'Hillary Clinton, the Democratic National Committee and Democrats talked together.',
    ]);
    expect([...entities.values()].map((e) => [e.id, e.kind])).toEqual([
      ['hillary-clinton', 'person'],
      ['democratic-national-committee', 'organisation'],
      ['democrats', 'group'],
    ]);
  });
});
