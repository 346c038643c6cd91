import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../scripts/normalize/normalize-article.ts';
import { ActorSchema, type Actor, type Claim, type SourceEntry } from '../../src/schemas/index.ts';

/**
 * Attribution is tested through the whole pipeline (normalizeArticle), on short texts made
 * from the seeds, with a small gazetteer: what matters is the claim a reader gets.
 */

const person = (
  id: string,
  name: string,
  role: string,
  gender: 'male' | 'female',
  aliases: string[] = [],
): Actor => ActorSchema.parse({ id, name, role, gender, aliases });

const GAZETTEER: Actor[] = [
  person('macron', 'Emmanuel Macron', 'President of France', 'male', [
    'President Macron',
    'the French president',
  ]),
  person('putin', 'Vladimir Putin', 'President of Russia', 'male', [
    'President Putin',
    'the Russian president',
  ]),
  person(
    'bermann',
    'Sylvie Bermann',
    'French Ambassador to Russia (2017–2019), diplomat',
    'female',
  ),
  person('haddad', 'Benjamin Haddad', 'Senior director for Europe at the Atlantic Council', 'male'),
  person(
    'le-drian',
    'Jean-Yves Le Drian',
    'Minister for Europe and Foreign Affairs of France',
    'male',
    ['Le Drian'],
  ),
  ActorSchema.parse({
    id: 'macron-entourage',
    name: 'Emmanuel Macron’s entourage',
    role: 'Advisers around the French president',
    country: 'FR',
    kind: 'group',
    aliases: ['the entourage of Emmanuel Macron', 'the Elysée', 'the Elysee'],
  }),
];

const SOURCE: SourceEntry = {
  file: 'attribution.txt',
  outlet: 'test',
  published: '2022-03-07',
  published_confidence: 'high',
  published_evidence: 'test',
  language: 'en',
  notes: [],
};

const normalize = (text: string, actors: readonly Actor[] = GAZETTEER) =>
  normalizeArticle({ text, source: SOURCE, actors, annotations: [] });

/** The claim whose quoted words begin with `words`. */
function claim(text: string, words: string): Claim {
  const found = normalize(text).frontmatter.claims.filter((c) => c.quote.startsWith(words));
  expect(found, `one claim starting “${words}”`).toHaveLength(1);
  return found[0]!;
}

describe('attribution: the cue after the quotation', () => {
  it.each<[string, string, string, string | null, string | null]>([
    [
      'attributes a quote whose speaker follows it: “…,” said X',
      '“Not talking to Vladimir Putin does not allow to find diplomatic solutions,” said Emmanuel Macron.',
      'Not talking',
      'macron',
      'said Emmanuel Macron',
    ],
    [
      'attributes a quote followed by a surname and the verb: “…,” Haddad said (seed 002)',
      'Benjamin Haddad spoke in Paris. “There is absolutely no illusion at the Elysee that Putin will keep his word about anything he promises,” Haddad said, or that Putin will change his mind about the invasion.',
      'There is absolutely',
      'haddad',
      'Haddad said',
    ],
    [
      'resolves “she adds” to the nearest earlier female subject, skipping a nearer male one (seed 001)',
      'Sylvie Bermann was stationed in Moscow. Vladimir Putin cut himself off from the world. “It would be even worse and more dangerous if no one was able to talk to Vladimir Putin”she adds, recalling that other leaders interact with him.',
      'It would be even worse',
      'bermann',
      'she adds',
    ],
    [
      'gives “we press again” to the previous speaker: the French impersonal “we” (seed 001)',
      '“Not talking to Vladimir Putin does not allow to find diplomatic solutions“, assures franceinfo the entourage of Emmanuel Macron. “We need to have contact with him to send him the message of a ceasefire and respect for humanitarian law”we press again.',
      'We need to have contact',
      'macron-entourage',
      'we press again',
    ],
    [
      'reads “we slip at the Elysée” as the Elysée speaking (seed 001)',
      'These calls also allow the head of state to take the pulse of the Russian president. “It allows us to see in what state of mind he is. The last conversations show that he is very determined”, we slip at the Elysée.',
      'It allows us to see',
      'macron-entourage',
      'we slip at the Elysée',
    ],
    [
      'attributes the odd speech verb “shade” as any other: “…”, shade Sylvie Bermann (seed 001)',
      '“Yes, it seems meager, however success in diplomacy is not judged over a day but over the long term”, shade Sylvie Bermann, French Ambassador to Russia from 2017 to 2019.',
      'Yes, it seems meager',
      'bermann',
      'shade Sylvie Bermann',
    ],
  ])('%s', (_name, text, words, speaker, cue) => {
    const found = claim(text, words);
    expect([found.speaker, found.cue]).toEqual([speaker, cue]);
  });

  it('resolves “notes the diplomat” to the latest speaker whose role says diplomat, not the latest speaker (seed 001)', () => {
    const text =
      '“I can’t tell you there was a relationship of trust”, said Sylvie Bermann. “We will keep talking to him,” said Emmanuel Macron. ' +
      '“He cut himself off from the world for two years, he is completely isolated and very poorly informed”notes the diplomat.';
    const found = claim(text, 'He cut himself off');
    expect([found.speaker, found.speaker_text, found.cue]).toEqual([
      'bermann',
      'the diplomat',
      'notes the diplomat',
    ]);
  });

  it('attributes a “he quipped.” line under an unmarked quotation to the subject of the nearest sentence before it (seed 003)', () => {
    const text =
      'Putin certainly has NATO in his sights.\n\nIn this balance of power, President Macron tries to maintain the position of mediator.\n\n' +
      'President Zelensky leads a country on whose border are massed 125,000 Russian soldiers – I am sure it’s a cause for nervousness,\n\nhe quipped.';
    const found = claim(text, 'President Zelensky leads');
    expect([found.speaker, found.speaker_text, found.cue, found.confidence]).toEqual([
      'macron',
      'he',
      'he quipped.',
      'medium',
    ]);
  });

  it('attributes an unmarked quotation to the “said Vladimir Putin at the end of the discussions.” line under it (seed 003)', () => {
    const text =
      'The talks were long.\n\nPresident Macron has been talking to me for nearly six hours – almost torturing me!\n\nsaid Vladimir Putin at the end of the discussions.';
    const found = claim(text, 'President Macron has been');
    expect([found.speaker, found.kind, found.paragraph]).toEqual(['putin', 'direct', 2]);
  });
});

describe('attribution: the cue before the quotation', () => {
  it('attributes to the subject of “X said … that “…”” (seed 002)', () => {
    const text =
      'Macron said in an interview on LCI TV that saying that “we will protect people by bringing them to Russia” is “hypocrisy”.';
    expect(claim(text, 'we will protect').speaker).toBe('macron');
    expect(claim(text, 'hypocrisy').speaker).toBe('macron');
  });

  it('attributes “according to Emmanuel Macron’s entourage, … : “…”” to the entourage (seed 001)', () => {
    const text =
      'In fact, according to Emmanuel Macron’s entourage, the Putinian rhetoric is quite similar to that which the Russian president delivers in public: ' +
      '“He justifies himself on the reasons for this war, Ukraine would be made up of Nazis.”';
    const found = claim(text, 'He justifies himself');
    expect([found.speaker, found.speaker_text]).toEqual([
      'macron-entourage',
      'Emmanuel Macron’s entourage',
    ]);
  });

  it('attributes “in the words of Emmanuel Macron’s entourage” placed after the quote', () => {
    const text =
      'The challenge of these telephone exchanges is also to “breaking the Russian narrative”in the words of Emmanuel Macron’s entourage, all for historical purposes.';
    expect(claim(text, 'breaking the Russian').speaker).toBe('macron-entourage');
  });
});

describe('attribution: no speaker', () => {
  it('makes a word quoted as a word a term, with no speaker: the French word “tu” (seed 002)', () => {
    const text =
      'An official at the palace said the two leaders address each other with the familiar French word “you” – “tu” – rather than the official word “vos”.';
    const claims = normalize(text).frontmatter.claims;
    expect(claims.map((c) => [c.quote, c.kind, c.speaker])).toEqual([
      ['you', 'term', null],
      ['tu', 'term', null],
      ['vos', 'term', null],
    ]);
  });

  it('gives a quotation without any cue no speaker, and says so in a notice', () => {
    const text =
      'The meeting ended late.\n\n“We will talk again and again about everything that matters to us.” Nothing else was said.';
    const article = normalize(text);
    const found = claim(text, 'We will talk again');
    expect([found.speaker, found.speaker_text, found.cue, found.confidence]).toEqual([
      null,
      null,
      null,
      'low',
    ]);
    expect(article.frontmatter.notices).toEqual([
      {
        paragraph: 2,
        kind: 'unresolved-speaker',
        message:
          'No speaker could be found for “We will talk again and again about everything that matters t”.',
      },
    ]);
  });

  it('makes an unnamed source of a description nothing before it fits: “added the Minister”', () => {
    const text = '“Germany will play its part to the full,” added the Minister.';
    const article = normalize(text);
    const found = claim(text, 'Germany will play');
    expect([found.speaker_text, found.cue]).toEqual(['the Minister', 'added the Minister']);
    const source = article.extracted.find((a) => a.id === found.speaker);
    expect([source?.name, source?.anonymous, source?.kind]).toEqual([
      'the Minister',
      true,
      'person',
    ]);
  });

  it('keeps the words of a cue it cannot resolve, and names them in the notice', () => {
    const text = '“Germany will play its part to the full,” he added.';
    const article = normalize(text);
    const found = claim(text, 'Germany will play');
    expect([found.speaker, found.speaker_text, found.cue]).toEqual([null, 'he', 'he added']);
    expect(article.frontmatter.notices.map((n) => n.kind)).toEqual(['unresolved-speaker']);
    expect(article.frontmatter.notices[0]!.message).toContain('“he”');
  });
});

describe('attribution: people the gazetteer does not know', () => {
  const text =
    '“Macron stands out among EU leaders with his desire to be in the spotlight,” said Silvia Colombo, an expert on EU foreign relations at the International Institute in Rome.';

  it('attributes “said Silvia Colombo” to a new actor silvia-colombo', () => {
    const found = claim(text, 'Macron stands out');
    expect([found.speaker, found.speaker_text, found.confidence]).toEqual([
      'silvia-colombo',
      'Silvia Colombo',
      'high',
    ]);
  });

  it('returns the new actor, with her role, among the extracted actors and lists her in the article’s actors', () => {
    const article = normalize(text);
    expect(article.extracted.map((a) => [a.id, a.name, a.role, a.source])).toEqual([
      [
        'silvia-colombo',
        'Silvia Colombo',
        'expert on EU foreign relations at the International Institute in Rome',
        'extracted',
      ],
    ]);
    expect(article.frontmatter.actors).toContain('silvia-colombo');
  });

  it('attributes “Haddad said” to the person the orphan “said Benjamin Haddad, …” line introduced (seed 002)', () => {
    const withoutHaddad = GAZETTEER.filter((a) => a.id !== 'haddad');
    const orphan =
      'Macron’s determination provides Western allies with insight.\n\nsaid Benjamin Haddad, senior director for Europe at the Atlantic Council in Paris.\n\n' +
      '“There is absolutely no illusion at the Elysee that Putin will keep his word,” Haddad said.';
    const found = normalize(orphan, withoutHaddad).frontmatter.claims.find((c) =>
      c.quote.startsWith('There is absolutely'),
    );
    expect(found?.speaker).toBe('benjamin-haddad');
  });
});

describe('attribution: when the words were said', () => {
  it('dates a claim from the cue’s sentence: “he reminded Emmanuel Macron on March 6” (seed 001)', () => {
    const text =
      'For now, the Russian president is determined to achieve his goals, be it “by negotiation or by war”, he reminded Emmanuel Macron on March 6.';
    const found = claim(text, 'by negotiation');
    expect([found.speaker, found.said, found.said_evidence]).toEqual([
      'putin',
      '2022-03-06',
      '“on March 6”, in the sentence that attributes the words',
    ]);
  });

  it('dates a claim from a relative day in the cue: “said Emmanuel Macron on Sunday”, published Monday 7 March 2022', () => {
    const found = claim(
      '“We must keep talking to him, whatever happens,” said Emmanuel Macron on Sunday.',
      'We must keep talking',
    );
    expect([found.said, found.said_evidence]).toEqual([
      '2022-03-06',
      '“on Sunday”, in the sentence that attributes the words',
    ]);
  });

  it('does not date a claim from a year alone: “Ambassador to Russia from 2017 to 2019” (seed 001)', () => {
    const text =
      '“Yes, it seems meager, however success in diplomacy is not judged over a day”, shade Sylvie Bermann, French Ambassador to Russia from 2017 to 2019.';
    const article = normalize(text);
    const found = claim(text, 'Yes, it seems meager');
    expect([found.said, found.said_evidence]).toEqual([null, null]);
    // Nor are the two ends of a term in office events: a posting is no happening.
    expect(article.frontmatter.events.map((e) => e.date)).toEqual([]);
  });

  it('does not date a claim from a date inside the quotation itself', () => {
    const found = claim(
      '“We spoke on February 24 and we will speak again,” said Emmanuel Macron.',
      'We spoke on',
    );
    expect([found.speaker, found.said]).toEqual(['macron', null]);
  });
});
