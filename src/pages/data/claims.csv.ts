import { loadDossier } from '../../lib/load';
import { pageOf } from '../../lib/pages';
import { claimRows, claimsCsv } from '../../lib/open-data';

export async function GET() {
  const { articles, actors, outlets, groupOf, timeline, views } = await loadDossier();
  const eventPage = (id: string) => pageOf(views.timeline().index, id);
  return new Response(
    claimsCsv(claimRows(articles, actors, outlets, { groupOf, timeline, eventPage })),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
}
