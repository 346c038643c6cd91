import { loadDossier } from '../../lib/load';
import { pageOf } from '../../lib/pages';
import { claimRows, jsonFile } from '../../lib/open-data';

export async function GET() {
  const { articles, actors, outlets, groupOf, timeline, views } = await loadDossier();
  const eventPage = (id: string) => pageOf(views.timeline().index, id);
  return jsonFile(claimRows(articles, actors, outlets, { groupOf, timeline, eventPage }));
}
