import { loadDossier } from '../../lib/load';
import { groupRows } from '../../lib/open-data';
import { pageOf } from '../../lib/pages';

export async function GET() {
  const { groups, views } = await loadDossier();
  const { index } = views.whoSaidWhat();
  return new Response(
    `${JSON.stringify(
      groupRows(groups, undefined, (id) => pageOf(index, id)),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
}
