/**
 * Nothing is lost between a seed and its article: every sentence of every real seed is
 * either in the rendered body, or recorded as removed (whole, or cut from the end of its
 * paragraph), or is the headline shown as the title. Texts are compared folded (no case,
 * accents, quote marks or spaces), and the recorded typography repairs are undone first,
 * so a sentence passes only through what the article itself declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { CLEANING_RULES } from '../../scripts/normalize/clean.ts';
import { splitParagraphs } from '../../scripts/normalize/paragraphs.ts';
import { fold, splitSentences } from '../../scripts/normalize/text.ts';
import { joinArticle } from '../../src/lib/article-parts.ts';
import {
  ArticleDataSchema,
  ArticleFrontmatterSchema,
  type Article,
} from '../../src/schemas/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const ARTICLES = join(ROOT, 'content', 'articles');
const DATA = join(ROOT, 'content', 'article-data');

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const articles = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const { data, content } = matter(readFileSync(join(ARTICLES, f), 'utf8'));
    const rest = ArticleDataSchema.parse(
      JSON.parse(readFileSync(join(DATA, f.replace(/\.mdx$/u, '.json')), 'utf8')),
    );
    return {
      file: f,
      frontmatter: joinArticle(ArticleFrontmatterSchema.parse(data), rest),
      body: content,
    };
  });

const parser = unified().use(remarkParse).use(remarkMdx);

/** The text of each `<Para>` of a body, as MDX reads it back (escapes resolved, tags gone). */
function bodyParagraphs(body: string): string[] {
  const tree = parser.parse(body);
  return tree.children.flatMap((node) =>
    node.type === 'paragraph'
      ? node.children
          .filter(
            (c): c is MdxJsxTextElement => c.type === 'mdxJsxTextElement' && c.name === 'Para',
          )
          .map((c) => toString(c))
      : [],
  );
}

const INLINE_RULES = new Set(CLEANING_RULES.filter((r) => r.inline).map((r) => r.name));

/** Sentences of `seed` found nowhere in its article's text or records. */
function lostSentences(seed: string, article: { frontmatter: Article; body: string }): string[] {
  const fm = article.frontmatter;
  // The body, folded, with each recorded repair undone (a repair may add marks and commas).
  let body = fold(bodyParagraphs(article.body).join('\n'));
  for (const r of fm.repairs) body = body.split(fold(r.after)).join(fold(r.before));
  const haystack = [
    body,
    ...fm.removals.map((r) => fold(r.text)),
    fold(fm.title),
    fold(fm.source_headline ?? ''),
    ...fm.repairs.map((r) => fold(r.before)),
  ].join('\u0000');

  const lost: string[] = [];
  for (const paragraph of splitParagraphs(readFileSync(join(SEEDS, seed), 'utf8'))) {
    // Pieces cut from the end of this paragraph, last cut first.
    const cuts = fm.removals
      .filter((r) => r.line === paragraph.line && INLINE_RULES.has(r.rule))
      .map((r) => fold(r.text));
    for (const sentence of splitSentences(paragraph.text)) {
      const candidates = [fold(sentence.text)];
      for (const cut of cuts) {
        const last = candidates.at(-1)!;
        if (cut && last.endsWith(cut)) candidates.push(last.slice(0, -cut.length));
      }
      if (!candidates.some((c) => c !== '' && haystack.includes(c)))
        lost.push(`line ${paragraph.line}: ${sentence.text}`);
    }
  }
  return lost;
}

describe('nothing is lost between a seed and its article', () => {
  it('every seed has exactly one article, and every article its seed', () => {
    expect(articles.map((a) => a.frontmatter.seed).sort()).toEqual(seeds);
  });

  it.each(seeds)('every sentence of %s is in the body, the removals or the title', (seed) => {
    const article = articles.find((a) => a.frontmatter.seed === seed);
    expect(article, `no article for ${seed}`).toBeDefined();
    const sentences = splitParagraphs(readFileSync(join(SEEDS, seed), 'utf8')).flatMap((p) =>
      splitSentences(p.text),
    );
    expect(sentences.length).toBeGreaterThan(10);
    expect(lostSentences(seed, article!)).toEqual([]);
  });

  it('the check notices a lost sentence', () => {
    const article = articles.find((a) => a.frontmatter.seed === seeds[0])!;
    const paragraphs = bodyParagraphs(article.body);
    // Drop one body paragraph that is not also recorded elsewhere: its sentences must be reported.
    const victim = paragraphs.findIndex((p) => p.length > 80);
    const body = article.body.replace(/<Para n="(\d+)"[^\n]*<\/Para>/g, (all, n: string) =>
      Number(n) === victim + 1 ? '<Para n="0">x</Para>' : all,
    );
    expect(body).not.toBe(article.body);
    expect(lostSentences(seeds[0]!, { ...article, body }).length).toBeGreaterThan(0);
  });
});
