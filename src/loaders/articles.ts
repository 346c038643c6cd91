import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseArticleBody } from './article-body';

/**
 * The articles collection: every `*.mdx` file of `base`, its frontmatter as the entry's data
 * and its body read back as paragraphs (`paragraphs`, article-body.ts), for the article page
 * to render. Unlike `glob()`, which makes each MDX file a module to compile, bundle and run,
 * this reads the generated files as data, so the build's cost does not grow with MDX
 * compilation and no article text is ever evaluated.
 */
export function mdxArticles(base: string): Loader {
  return {
    name: 'dossier-mdx-articles',
    load: async (context) => {
      const { store, config } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, base);
      const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
      const entries = await Promise.all(
        files.map(async (f) => {
          const filePath = relative(root, join(dir, f));
          const { data, body } = splitFrontmatter(await readFile(join(dir, f), 'utf8'), filePath);
          const id = f.slice(0, -'.mdx'.length);
          const paragraphs = parseArticleBody(body, filePath);
          return {
            id,
            filePath,
            data: await context.parseData({ id, data: { ...data, paragraphs }, filePath }),
          };
        }),
      );
      store.clear();
      for (const entry of entries) store.set(entry);
    },
  };
}

/**
 * A generated MDX file's frontmatter and body. The normalizer writes the frontmatter as
 * comment lines and one line of JSON (which is also YAML) between `---` lines.
 */
export function splitFrontmatter(
  text: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  const end = text.indexOf('\n---\n', 3);
  if (!text.startsWith('---\n') || end < 0)
    throw new Error(
      `${file}:1: no frontmatter between \`---\` lines; content/ is generated, run \`npm run normalize\``,
    );
  const lines = text.slice(4, end).split('\n');
  const json = lines.findIndex((l) => !l.startsWith('#'));
  try {
    const data: unknown = JSON.parse(lines.slice(json).join('\n'));
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new Error('not an object');
    return { data: data as Record<string, unknown>, body: text.slice(end + 5) };
  } catch (error) {
    throw new Error(
      `${file}:${json + 2}: the frontmatter is not the normalizer's one line of JSON (${(error as Error).message}); content/ is generated, run \`npm run normalize\``,
      { cause: error },
    );
  }
}
