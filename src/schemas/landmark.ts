import { z } from 'astro/zod';
import { IdSchema, IsoDaySchema } from './common';

/**
 * A well-known event in `seeds/landmarks.yaml` that articles date other events from
 * ("four days before the Russian invasion", "on the eve of the invasion"). Its date is a
 * fact of record, not of one article, so it carries its own evidence.
 */
export const LandmarkSchema = z.strictObject({
  id: IdSchema,
  /** How readers see it named: "the Russian invasion of Ukraine". */
  label: z.string().min(1),
  date: IsoDaySchema,
  /** Where the date comes from. */
  evidence: z.string().min(1),
  /** The ways articles name it, matched as whole words and without case ("the invasion"). */
  aliases: z.array(z.string().min(3)).min(1),
});
export type Landmark = z.infer<typeof LandmarkSchema>;
