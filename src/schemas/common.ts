import { z } from 'astro/zod';

/** A lower-case, dash-separated identifier, safe in URLs and anchors. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'use lower-case letters, digits and single dashes, e.g. "le-drian"',
});

/** A calendar day written as ISO 8601 `YYYY-MM-DD`, checked to exist. */
export const IsoDaySchema = z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2022-03-07' });

/** How sure we are of a fact that the text does not state outright. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof ConfidenceSchema>;
