import { loadDossier } from '../../lib/load';
import { timelineRows } from '../../lib/open-data';
import { pageOf } from '../../lib/pages';

export async function GET() {
  const { timeline, views } = await loadDossier();
  const { index } = views.timeline();
  return new Response(
    `${JSON.stringify(
      timelineRows(timeline, undefined, (id) => pageOf(index, id)),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
}
