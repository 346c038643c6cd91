import { loadDossier } from '../../lib/load';
import { groupRows, jsonFile } from '../../lib/open-data';
import { pageOf } from '../../lib/pages';

export async function GET() {
  const { groups, views } = await loadDossier();
  const { index } = views.whoSaidWhat();
  return jsonFile(groupRows(groups, undefined, (id) => pageOf(index, id)));
}
