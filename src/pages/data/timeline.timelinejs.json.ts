import { INVASION, SITE_TITLE } from '../../consts';
import { loadDossier } from '../../lib/load';
import { timelineJs } from '../../lib/open-data';

export async function GET() {
  const { timeline, outletById } = await loadDossier();
  const body = timelineJs(
    timeline,
    SITE_TITLE,
    (id) => outletById.get(id)?.data.name ?? id,
    INVASION.date,
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
