import { z } from 'astro/zod';
import { IdSchema, IsoDaySchema } from './common';

/** What an actor is: one person, an organisation ("the Kremlin", "WikiLeaks"), or a group of people ("Democrats", "aides"). */
export const ActorKindSchema = z.enum(['person', 'organisation', 'group']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/**
 * A person, organisation or group that speaks or is mentioned in the articles. Gazetteer
 * entries come from `seeds/actors.yaml`; everyone else the normalizer finds in a text —
 * named people, organisations, and unnamed sources ("an adviser to the French
 * president") — is added with `source: extracted`.
 */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  /** Canonical display name, e.g. "Vladimir Putin"; for an unnamed source, its description. */
  name: z.string().min(1),
  /** Role in 2022, e.g. "President of Russia"; from the text for extracted actors. */
  role: z.string().default(''),
  /** ISO 3166-1 alpha-2 country code, or "" when unknown or international. */
  country: z
    .string()
    .regex(/^([A-Z]{2})?$/)
    .default(''),
  kind: ActorKindSchema.default('person'),
  /** Grammatical gender, when known: lets "he" and "she" find the right antecedent. */
  gender: z.enum(['female', 'male']).optional(),
  /** Other spellings of the name, always valid: transliterations, surnames ("Poutine", "Zelenskyy"). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Phrases that name the actor by office ("the French president", "the Kremlin
   * spokesman"); they apply only to articles published within `in_role`, when given.
   */
  titles: z.array(z.string().min(1)).default([]),
  /** When the titles name this actor: an article of 2016 calling someone "the French president" means François Hollande. */
  in_role: z.strictObject({ from: IsoDaySchema, to: IsoDaySchema.optional() }).optional(),
  /** `gazetteer` when curated, `extracted` when the normalizer found it in a text. */
  source: z.enum(['gazetteer', 'extracted']).default('gazetteer'),
  /** For an extracted actor: the ways the texts name it ("Hillary Clinton", "Clinton", "Mrs. Clinton", "the Democratic nominee"). */
  mentions: z.array(z.string().min(1)).default([]),
  /** An unnamed source, known only by a description: never merged with a named person. */
  anonymous: z.boolean().default(false),
});
export type Actor = z.infer<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;
