import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';

/** The raw seed texts, published byte for byte beside the pages built from them. */
export async function getStaticPaths() {
  return (await getCollection('articles')).map((a) => ({ params: { file: a.data.seed } }));
}

export async function GET({ params }: { params: { file: string } }) {
  const bytes = await readFile(new URL(`../../../seeds/${params.file}`, import.meta.url));
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
