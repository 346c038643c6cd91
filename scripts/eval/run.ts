import { existsSync, readFileSync } from 'node:fs';
import type { Actor, SourceEntry } from '../../src/schemas';
import { EvalInputError } from './errors';
import { readPolnear, type AnnotatedArticle } from './polnear';
import { predict } from './predict';
import { scoreArticle, type ArticleScore, type Referents } from './score';

/**
 * Runs the normalizer over a PolNeAR split and scores every article. The articles enter
 * as an editor would add them: the text, and a sources entry made from the corpus's
 * metadata (publisher, date, author, title).
 */

export function sourceEntryOf(article: AnnotatedArticle): SourceEntry {
  return {
    file: `${article.name}.txt`,
    outlet: article.publisher,
    published: article.published,
    published_confidence: 'high',
    published_evidence: 'PolNeAR metadata.tsv',
    title: article.title || undefined,
    author: article.author ?? undefined,
    language: 'en',
    notes: [],
  };
}

export function scoreSplit(
  articles: readonly AnnotatedArticle[],
  gazetteer: readonly Actor[],
  referents: Referents,
): ArticleScore[] {
  return articles.map((article) =>
    scoreArticle(
      article,
      predict(article.text, sourceEntryOf(article), gazetteer).predictions,
      referents,
    ),
  );
}

/**
 * Reads a referents file: one row per pronoun Source, `<article>\t<relation>\t<referent>`,
 * with `#` comments. A missing file is an empty map (the rule of the nearest named Source
 * then stands in).
 */
export function readReferents(path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  readFileSync(path, 'utf8')
    .split(/\r?\n/u)
    .forEach((row, i) => {
      if (row.trim() === '' || row.startsWith('#')) return;
      const [article, relation, referent] = row.split('\t');
      if (!article || !relation || !referent)
        throw new EvalInputError(
          path,
          i + 1,
          'a row is not “article<TAB>relation<TAB>referent”',
          'Fix the row',
        );
      out.set(`${article}\t${relation}`, referent);
    });
  return out;
}

export { readPolnear };
