import { loadArticles } from '../../lib/load';
import { byPublication } from '../../lib/dossier';
import { articleRows } from '../../lib/open-data';

export async function GET() {
  const rows = articleRows(byPublication(await loadArticles()));
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
