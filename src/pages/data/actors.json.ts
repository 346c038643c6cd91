import { loadDossier } from '../../lib/load';
import { jsonFile } from '../../lib/open-data';
import { urls } from '../../lib/urls';

export async function GET() {
  return jsonFile((await loadDossier()).actors.map((a) => ({ ...a.data, url: urls.actor(a.id) })));
}
