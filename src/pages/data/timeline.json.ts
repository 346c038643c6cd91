import { loadDossier } from '../../lib/load';
import { jsonFile, timelineRows } from '../../lib/open-data';
import { pageOf } from '../../lib/pages';

export async function GET() {
  const { timeline, views } = await loadDossier();
  const { index } = views.timeline();
  return jsonFile(timelineRows(timeline, undefined, (id) => pageOf(index, id)));
}
