import { loadDossier } from '../../lib/load';
import { pageOf } from '../../lib/pages';
import { claimRows } from '../../lib/open-data';

export async function GET() {
  const { articles, actors, outlets, groupOf, timeline, views } = await loadDossier();
  const eventPage = (id: string) => pageOf(views.timeline().index, id);
  return new Response(
    `${JSON.stringify(claimRows(articles, actors, outlets, { groupOf, timeline, eventPage }), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
}
