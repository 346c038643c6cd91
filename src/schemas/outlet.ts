import { z } from 'astro/zod';
import { IdSchema } from './common';

/** A news organisation that published at least one article of the dossier. */
export const OutletSchema = z.object({
  /** Stable id, referenced by `outlet` in `seeds/sources.yaml`. */
  id: IdSchema,
  /** Display name, e.g. "Associated Press". */
  name: z.string().min(1),
  /** What kind of outlet it is. */
  kind: z.enum(['news-agency', 'newspaper', 'broadcaster', 'online', 'magazine']),
  /** ISO 3166-1 alpha-2 code of the country it is based in. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'use a two-letter country code, e.g. FR' }),
  /** Main language of its publications (BCP 47). */
  language: z.string().min(2),
  /** Its home page, when known. */
  homepage: z.url().optional(),
});
export type Outlet = z.infer<typeof OutletSchema>;
