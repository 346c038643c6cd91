import { loadDossier } from '../../lib/load';
import { articleRows, jsonFile } from '../../lib/open-data';

export async function GET() {
  return jsonFile(articleRows((await loadDossier()).articles));
}
