import { loadDossier } from '../../lib/load';
import { claimRows, claimsCsv } from '../../lib/open-data';

export async function GET() {
  const { articles, actors, outlets, groupOf, timeline } = await loadDossier();
  return new Response(claimsCsv(claimRows(articles, actors, outlets, { groupOf, timeline })), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
