import {
  ArticleSchema,
  ClaimSchema,
  CLAIM_DETAIL_FIELDS,
  FRONTMATTER_FIELDS,
  type Article,
  type ArticleData,
  type ArticleFrontmatter,
  type Claim,
  type ClaimDetail,
  type ClaimFrontmatter,
} from '../schemas';

/**
 * An article is written as two files (see `ArticleFrontmatterSchema` and `ArticleDataSchema`):
 * `splitArticle` cuts it in two for the normalizer, `joinArticle` puts it back together for
 * the pages, with the fields in the schema's order, so that `joinArticle(splitArticle(a))`
 * is `a`, key order included. Both are pure; the outlet is passed through whatever its type
 * (a string in the normalizer, an Astro reference in the site).
 */

const FRONTMATTER = new Set<string>(FRONTMATTER_FIELDS);
const DETAILS = new Set<string>(CLAIM_DETAIL_FIELDS);
const ARTICLE_KEYS = Object.keys(ArticleSchema.shape) as Array<keyof Article>;
const CLAIM_KEYS = Object.keys(ClaimSchema.shape) as Array<keyof Claim>;

type WithOutlet<T, O> = Omit<T, 'outlet'> & { outlet: O };

export function splitArticle<O = string>(
  article: WithOutlet<Article, O>,
): { frontmatter: WithOutlet<ArticleFrontmatter, O>; data: ArticleData } {
  const frontmatter: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) {
    if (key === 'claims') continue;
    (FRONTMATTER.has(key) ? frontmatter : data)[key] = article[key];
  }
  frontmatter.claims = article.claims.map((claim) => pick(claim, (k) => !DETAILS.has(k)));
  data.claims = article.claims.map((claim) => pick(claim, (k) => k === 'id' || DETAILS.has(k)));
  return {
    frontmatter: frontmatter as WithOutlet<ArticleFrontmatter, O>,
    data: data as ArticleData,
  };
}

export function joinArticle<O>(
  frontmatter: WithOutlet<ArticleFrontmatter, O>,
  data: ArticleData,
): WithOutlet<Article, O> {
  const claims = frontmatter.claims.map((claim, i) => joinClaim(claim, data.claims[i]));
  const parts = { ...data, ...frontmatter, claims } as Record<string, unknown>;
  const article: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) article[key] = parts[key];
  return article as WithOutlet<Article, O>;
}

function joinClaim(claim: ClaimFrontmatter, detail: ClaimDetail | undefined): Claim {
  // The data file lists the claims in the frontmatter's order; a mismatch is a stale or hand-edited content/.
  if (!detail || detail.id !== claim.id)
    throw new Error(
      `claim ${claim.id}: the article's data file does not hold its details in the same order (got ${detail?.id ?? 'nothing'}); run \`npm run normalize\``,
    );
  const parts: Record<string, unknown> = { ...claim, ...detail };
  const joined: Record<string, unknown> = {};
  for (const key of CLAIM_KEYS) joined[key] = parts[key];
  return joined as Claim;
}

function pick(claim: Claim, keep: (key: string) => boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CLAIM_KEYS) if (keep(key)) out[key] = claim[key];
  return out;
}
