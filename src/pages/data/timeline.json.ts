import { loadDossier } from '../../lib/load';
import { timelineRows } from '../../lib/open-data';

export async function GET() {
  const { timeline } = await loadDossier();
  return new Response(`${JSON.stringify(timelineRows(timeline), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
