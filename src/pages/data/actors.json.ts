import { loadDossier } from '../../lib/load';
import { urls } from '../../lib/urls';

export async function GET() {
  const rows = (await loadDossier()).actors.map((a) => ({ ...a.data, url: urls.actor(a.id) }));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
