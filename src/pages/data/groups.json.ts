import { loadDossier } from '../../lib/load';
import { groupRows } from '../../lib/open-data';

export async function GET() {
  const { groups } = await loadDossier();
  return new Response(`${JSON.stringify(groupRows(groups), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
