import { z } from 'astro/zod';
import { ConfidenceSchema, IdSchema, IsoDaySchema } from './common';

/** A date at the precision the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write YYYY, YYYY-MM or YYYY-MM-DD' });
export const PrecisionSchema = z.enum(['day', 'month', 'year']);

/** How a claim reports speech. */
export const ClaimKindSchema = z.enum([
  /** Words quoted as spoken or written, in quote marks or set off as a block. */
  'direct',
  /** A scare-quoted word or short phrase inside the writer's own sentence. */
  'fragment',
  /** Reported speech without quote marks ("Putin said he had no intention…"). */
  'indirect',
  /** Quoted words nobody is said to have said: a scare quote, a title, a word cited as a word ("tu"). Searchable, never a statement. */
  'term',
]);

/** What kind of happening an event is. */
export const EventKindSchema = z.enum([
  'call',
  'meeting',
  'press-conference',
  'interview',
  'visit',
  'statement',
  'military-action',
  'election',
  'agreement',
  'publication',
  'other',
]);
export type EventKind = z.infer<typeof EventKindSchema>;

/** One statement found in an article, traceable to its paragraph. */
export const ClaimSchema = z.object({
  /** Stable id, also the anchor `#q-<id>` on the article page. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Actor id of the speaker; null when the text names nobody. */
  speaker: IdSchema.nullable(),
  /** The words of the text that designate the speaker ("he quipped", "the Minister of Defense"). */
  speaker_text: z.string().nullable(),
  /** Verbatim: exactly the characters shown to the reader. */
  quote: z.string().min(1),
  kind: ClaimKindSchema,
  /** When it was said, if the text says; null otherwise. */
  said: PartialDateSchema.nullable(),
  /** The words that date it ("on March 6"), or null. */
  said_evidence: z.string().nullable(),
  /** The occasion it was said on, when the text dates one: its kind (a tweet, or an event's kind) and the article's event for it, if any. */
  occasion: z
    .strictObject({
      kind: z.enum([...EventKindSchema.options, 'tweet']),
      event: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .nullable(),
    })
    .nullable(),
  /** 1-based number of the paragraph of the body it stands in (anchor `#p-<n>`). */
  paragraph: z.number().int().positive(),
  /** The attribution cue in the text ("said Vladimir Putin", "he quipped"), or null. */
  cue: z.string().nullable(),
  /** `auto`: found by the extractor; `reviewed`: set or confirmed in `seeds/annotations.yaml`. */
  attribution: z.enum(['auto', 'reviewed']),
  /** The extractor's own confidence in the speaker. */
  confidence: ConfidenceSchema,
  /** Why a reviewer changed it, or what the extractor was unsure about. */
  note: z.string().nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** A dated happening mentioned in an article. */

export const EventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  date: PartialDateSchema,
  precision: PrecisionSchema,
  /** The words of the text that give the date ("on Sunday", "eight years ago"). */
  phrase: z.string().min(1),
  /**
   * `absolute` when the text names the date, `relative` when resolved against the publication date,
   * `anchored` when reckoned from another event ("four days before the invasion", "two years later").
   */
  resolution: z.enum(['absolute', 'relative', 'anchored']),
  /** What an anchored date was reckoned from: a landmark's id (`seeds/landmarks.yaml`) or an earlier event's id; null otherwise. */
  anchored_on: z.string().nullable(),
  /** How the date was reached, for readers: "“on Sunday”, in an article published Monday 7 March 2022 → Sunday 6 March 2022". */
  reasoning: z.string(),
  kind: EventKindSchema,
  /** Who did what, made from the kind and who takes part: "Macron and Putin speak by phone". */
  headline: z.string().min(1).max(80),
  /** The sentence that mentions it. */
  sentence: z.string().min(1),
  paragraph: z.number().int().positive(),
  /** Actor ids named in that sentence. */
  actors: z.array(IdSchema),
});
export type Event = z.infer<typeof EventSchema>;

/** Something the cleaner took out of the source text, and why. */
export const RemovalSchema = z.object({
  /** Name of the cleaning rule that matched. */
  rule: z.string().min(1),
  /** The rule's reason, for readers. */
  why: z.string().min(1),
  /** The exact text removed. */
  text: z.string(),
  /** 1-based line of the seed file where it stood. */
  line: z.number().int().positive(),
});
export type Removal = z.infer<typeof RemovalSchema>;

/** A typographic repair made to the source text (glued words, lost spaces), recorded so none is silent. */
export const RepairSchema = z.object({
  rule: z.string().min(1),
  why: z.string().min(1),
  before: z.string(),
  after: z.string(),
  line: z.number().int().positive(),
});
export type Repair = z.infer<typeof RepairSchema>;

/** Something a reader should know about a paragraph that the extractor could not resolve. */
export const NoticeSchema = z.object({
  paragraph: z.number().int().positive(),
  kind: z.enum([
    'orphan-attribution',
    'unbalanced-quote-mark',
    'unresolved-speaker',
    'guessed-speaker',
  ]),
  message: z.string().min(1),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** An article: what the normalizer makes of a seed, and what the pages read (`src/lib/load.ts` joins its two files back into it). */
export const ArticleSchema = z.object({
  title: z.string().min(1),
  /** The headline as it stands in the seed text, when it differs from `title`. */
  source_headline: z.string().nullable(),
  original_title: z.string().nullable(),
  outlet: IdSchema,
  published: IsoDaySchema,
  published_confidence: ConfidenceSchema,
  published_evidence: z.string().min(1),
  author: z.string().nullable(),
  author_confidence: ConfidenceSchema.nullable(),
  language: z.string(),
  original_language: z.string().nullable(),
  url: z.url().nullable(),
  notes: z.array(z.string()),
  /** File name of the raw text in `seeds/`. */
  seed: z.string().min(1),
  /** SHA-256 of the seed file, to tell when the content is stale. */
  seed_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Number of paragraphs in the body. */
  paragraphs: z.number().int().nonnegative(),
  /** Actor ids mentioned anywhere in the body, most mentioned first. */
  actors: z.array(IdSchema),
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
  removals: z.array(RemovalSchema),
  repairs: z.array(RepairSchema),
  notices: z.array(NoticeSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/**
 * The content layout: each article is written as two files. `content/articles/<slug>.mdx`
 * holds the body and, in its frontmatter, what the pages list and link (title, outlet,
 * dates, actors, claims without their evidence); `content/article-data/<slug>.json` holds
 * the rest (the claims' cues and dating evidence, events, removals, repairs, notices,
 * provenance). `src/lib/article-parts.ts` splits an article in two and joins it back.
 */
export const CLAIM_DETAIL_FIELDS = ['cue', 'said_evidence'] as const;
export const FRONTMATTER_FIELDS = [
  'title',
  'outlet',
  'published',
  'published_confidence',
  'actors',
  'claims',
] as const;

const omitDetails = Object.fromEntries(CLAIM_DETAIL_FIELDS.map((f) => [f, true] as const)) as {
  [K in (typeof CLAIM_DETAIL_FIELDS)[number]]: true;
};
const pickFrontmatter = Object.fromEntries(FRONTMATTER_FIELDS.map((f) => [f, true] as const)) as {
  [K in (typeof FRONTMATTER_FIELDS)[number]]: true;
};

/** A claim as the MDX frontmatter carries it: what pages show. */
export const ClaimFrontmatterSchema = ClaimSchema.omit(omitDetails);
export type ClaimFrontmatter = z.infer<typeof ClaimFrontmatterSchema>;

/** The rest of a claim, in the article's data file, in the order of the frontmatter's claims. */
export const ClaimDetailSchema = ClaimSchema.pick({ id: true, ...omitDetails });
export type ClaimDetail = z.infer<typeof ClaimDetailSchema>;

/** Frontmatter of a generated `content/articles/<slug>.mdx`. */
export const ArticleFrontmatterSchema = ArticleSchema.pick(pickFrontmatter).extend({
  claims: z.array(ClaimFrontmatterSchema),
});
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;

/** A generated `content/article-data/<slug>.json`: everything else of the article. */
export const ArticleDataSchema = ArticleSchema.omit(pickFrontmatter).extend({
  claims: z.array(ClaimDetailSchema),
});
export type ArticleData = z.infer<typeof ArticleDataSchema>;
