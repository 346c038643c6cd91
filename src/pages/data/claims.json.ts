import { getCollection } from 'astro:content';
import { claimRows } from '../../lib/open-data';

export async function GET() {
  const rows = claimRows(await getCollection('articles'), await getCollection('actors'), await getCollection('outlets'));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
