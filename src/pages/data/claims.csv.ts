import { getCollection } from 'astro:content';
import { claimRows, claimsCsv } from '../../lib/open-data';

export async function GET() {
  const rows = claimRows(await getCollection('articles'), await getCollection('actors'), await getCollection('outlets'));
  return new Response(claimsCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
