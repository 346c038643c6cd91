import { z } from 'astro/zod';
import { IdSchema } from './common';

/**
 * A person or group that speaks or is mentioned in the articles. Gazetteer entries come
 * from `seeds/actors.yaml`; people the extractor finds named in the text but absent from
 * the gazetteer are added with `source: extracted`.
 */
export const ActorSchema = z.object({
  id: IdSchema,
  /** Canonical display name, e.g. "Vladimir Putin". */
  name: z.string().min(1),
  /** Role in 2022, e.g. "President of Russia"; from the text for extracted people. */
  role: z.string().default(''),
  /** ISO 3166-1 alpha-2 country code, or "" when unknown or international. */
  country: z.string().regex(/^([A-Z]{2})?$/).default(''),
  kind: z.enum(['person', 'group']).default('person'),
  /** Grammatical gender, when known: lets "he" and "she" find the right antecedent. */
  gender: z.enum(['female', 'male']).optional(),
  /** Other spellings the text may use: transliterations, surnames, titles. */
  aliases: z.array(z.string().min(1)).default([]),
  /** `gazetteer` when curated, `extracted` when the normalizer found the name in a text. */
  source: z.enum(['gazetteer', 'extracted']).default('gazetteer'),
});
export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;
