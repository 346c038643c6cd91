import { loadDossier } from '../../lib/load';
import { claimRows } from '../../lib/open-data';

export async function GET() {
  const { articles, actors, outlets, groupOf, timeline } = await loadDossier();
  return new Response(`${JSON.stringify(claimRows(articles, actors, outlets, { groupOf, timeline }), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
