import { loadDossier } from '../../lib/load';
import { articleRows } from '../../lib/open-data';

export async function GET() {
  const rows = articleRows((await loadDossier()).articles);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
