import { loadDossier } from '../../lib/load';
import { jsonFile } from '../../lib/open-data';
import { urls } from '../../lib/urls';

export async function GET() {
  return jsonFile(
    (await loadDossier()).outlets.map((o) => ({ ...o.data, url: urls.outlet(o.id) })),
  );
}
