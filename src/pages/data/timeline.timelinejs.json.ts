import { INVASION, SITE_TITLE } from '../../consts';
import { loadDossier } from '../../lib/load';
import { jsonFile, timelineJs } from '../../lib/open-data';

export async function GET() {
  const { timeline, outletById } = await loadDossier();
  const body = timelineJs(
    timeline,
    SITE_TITLE,
    (id) => outletById.get(id)?.data.name ?? id,
    INVASION.date,
  );
  return jsonFile(body);
}
