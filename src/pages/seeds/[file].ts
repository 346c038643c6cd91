import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getCollection } from 'astro:content';

/** Where the raw seed texts are read from; tests and benchmarks point it at their own copy. */
const seedsDir = resolve(process.env.DOSSIER_SEEDS ?? 'seeds');

/** The raw seed texts, published byte for byte beside the pages built from them. */
export async function getStaticPaths() {
  return (await getCollection('articles')).map((a) => ({ params: { file: a.data.seed } }));
}

export async function GET({ params }: { params: { file: string } }) {
  const bytes = await readFile(join(seedsDir, params.file));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
