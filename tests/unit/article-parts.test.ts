import { describe, expect, it } from 'vitest';
import { joinArticle, splitArticle } from '../../src/lib/article-parts.ts';
import {
  ArticleDataSchema,
  ArticleFrontmatterSchema,
  ArticleSchema,
  ClaimSchema,
  type Article,
} from '../../src/schemas/index.ts';
import { article, claim, event } from '../../scripts/fixture-entries.ts';

/** A full article (outlet as an id, as the normalizer writes it). */
function full(over: Parameters<typeof article>[1] = {}): Article {
  const { data } = article('a', over);
  return ArticleSchema.parse({ ...data, outlet: data.outlet.id });
}

const cases: ReadonlyArray<{ name: string; article: Article }> = [
  { name: 'an article with nothing in it', article: full() },
  {
    name: 'claims with cues and dating evidence, events, removals, repairs, notices',
    article: full({
      author: 'A. Writer',
      url: 'https://example.org/a',
      notes: ['a note'],
      actors: ['macron', 'putin'],
      claims: [
        claim({
          id: 'q1',
          speaker: 'macron',
          cue: 'said Macron',
          said: '2022-02-07',
          said_evidence: 'on Monday',
          occasion: { kind: 'call', event: 'e1' },
        }),
        claim({ id: 'q2', kind: 'term', cue: null, note: 'reviewed' }),
      ],
      events: [event({ date: '2022-02-07' })],
      removals: [{ rule: 'cookie', why: 'debris', text: 'Accept cookies', line: 3 }],
      repairs: [{ rule: 'glued', why: 'lost space', before: 'ab', after: 'a b', line: 4 }],
      notices: [{ paragraph: 2, kind: 'unresolved-speaker', message: 'who is “he”?' }],
    }),
  },
];

describe.each(cases)('splitting and joining $name', ({ article: a }) => {
  const { frontmatter, data } = splitArticle(a);

  it('gives a front matter and a data file that their schemas accept', () => {
    expect(ArticleFrontmatterSchema.parse(frontmatter)).toEqual(frontmatter);
    expect(ArticleDataSchema.parse(data)).toEqual(data);
  });

  it('keeps in the front matter only title, outlet, dates, actors and claims without their evidence', () => {
    expect(Object.keys(frontmatter).sort()).toEqual([
      'actors',
      'claims',
      'outlet',
      'published',
      'published_confidence',
      'title',
    ]);
    for (const c of frontmatter.claims) expect(c).not.toHaveProperty('cue');
    for (const c of frontmatter.claims) expect(c).not.toHaveProperty('said_evidence');
    expect(data.claims.map((c) => Object.keys(c))).toEqual(
      a.claims.map(() => ['id', 'said_evidence', 'cue']),
    );
  });

  it('joins back into the same article, with every key in the schema’s order', () => {
    const joined = joinArticle(frontmatter, data);
    expect(JSON.stringify(joined)).toBe(JSON.stringify(a));
    expect(Object.keys(joined)).toEqual(Object.keys(ArticleSchema.shape));
    for (const c of joined.claims) expect(Object.keys(c)).toEqual(Object.keys(ClaimSchema.shape));
  });

  it('passes any outlet value through (an Astro reference in the site)', () => {
    const reference = { collection: 'outlets', id: a.outlet };
    const { frontmatter: withReference } = splitArticle({ ...a, outlet: reference });
    expect(joinArticle(withReference, data).outlet).toBe(reference);
  });
});

describe('joining a stale data file', () => {
  const a = cases[1]!.article;
  const { frontmatter, data } = splitArticle(a);
  it.each([
    { name: 'claims in another order', data: { ...data, claims: [...data.claims].reverse() } },
    { name: 'a claim missing', data: { ...data, claims: data.claims.slice(0, 1) } },
  ])('fails on $name, naming the claim and what to run', ({ data: stale }) => {
    expect(() => joinArticle(frontmatter, stale)).toThrow(/claim q\d: .*npm run normalize/u);
  });
});
