/**
 * Interviewers' scorecards (issue 14): a rubric of criteria rated 1–4 with evidence, an overall
 * recommendation, notes, and citations of moments of the record. Sealed: a card belongs to its
 * author's stable identity (their account, or their durable room session), an interviewer reads the
 * others' only once theirs is submitted, and nobody but its author ever reads a draft.
 */
import { z } from "zod";
import { cleanLine, cleanMultiline, codePoints, hasVisibleChar } from "./text";

// ── the rubric ──────────────────────────────────────────────────────────────────────────────────

export const MAX_CRITERIA = 20;
export const MAX_CRITERION_TITLE = 80;
export const MAX_CRITERION_DESCRIPTION = 500;

/** Free text a person typed: cleaned like chat (lines kept), possibly empty, at most `max` code points. */
const freeText = (what: string, max: number) =>
  z.string().transform(cleanMultiline).refine((s) => codePoints(s) <= max, `${what} must be at most ${max} characters`);

export const CriterionSchema = z.strictObject({
  /** Stable across edits of the title: ratings name their criterion by it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "a criterion id: lower-case letters, digits, - and _, at most 40"),
  title: z.string().transform(cleanLine)
    .refine(hasVisibleChar, "a criterion needs a title")
    .refine((s) => codePoints(s) <= MAX_CRITERION_TITLE, `a criterion title must be at most ${MAX_CRITERION_TITLE} characters`),
  description: freeText("a criterion description", MAX_CRITERION_DESCRIPTION).optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const RubricSchema = z.array(CriterionSchema).min(1).max(MAX_CRITERIA)
  .refine((r) => new Set(r.map((c) => c.id)).size === r.length, "each criterion id at most once");
export type Rubric = z.infer<typeof RubricSchema>;

/** The rubric of an organisation that set none, and of rooms without an organisation. */
export const DEFAULT_RUBRIC: Rubric = [
  { id: "problem-solving", title: "Problem solving", description: "Understands the problem, explores approaches, reasons about trade-offs." },
  { id: "coding", title: "Coding", description: "Writes correct, readable code; uses the language well." },
  { id: "communication", title: "Communication", description: "Explains their thinking, asks good questions, takes hints." },
  { id: "testing", title: "Testing", description: "Checks their work: edge cases, examples, debugging." },
];

/** `PUT /api/rooms/:roomId/rubric`: the room's own rubric, until the first scorecard is submitted. */
export const SetRubricSchema = z.strictObject({ rubric: RubricSchema });
export const RubricResponseSchema = z.strictObject({ rubric: RubricSchema });

// ── a scorecard ─────────────────────────────────────────────────────────────────────────────────

export const RATINGS = [1, 2, 3, 4] as const;
export const RECOMMENDATIONS = ["strong_no", "no", "yes", "strong_yes"] as const;
export const RecommendationSchema = z.enum(RECOMMENDATIONS);
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const MAX_EVIDENCE = 2000;
export const MAX_NOTES = 10_000;
export const MAX_CITATIONS = 50;
export const MAX_CITATION_LABEL = 500;
/** A PUT body's cap: every field at its longest, with room for multi-byte text. */
export const SCORECARD_BODY_MAX_BYTES = 256 * 1024;

export const RatingSchema = z.strictObject({
  criterionId: CriterionSchema.shape.id,
  /** 1 (weak) … 4 (strong); null: not rated. */
  rating: z.number().int().min(1).max(4).nullable(),
  evidence: freeText("evidence", MAX_EVIDENCE),
});
export type Rating = z.infer<typeof RatingSchema>;

/** A moment of the record the notes point at: `t` on the record's clock (ms since the epoch). */
export const CitationSchema = z.strictObject({
  t: z.number().int().nonnegative(),
  label: freeText("a citation", MAX_CITATION_LABEL),
});
export type Citation = z.infer<typeof CitationSchema>;

/** `PUT /api/rooms/:roomId/scorecard`: the author's whole card; `submit: true` seals it for good. */
export const SaveScorecardSchema = z.strictObject({
  ratings: z.array(RatingSchema).max(MAX_CRITERIA)
    .refine((r) => new Set(r.map((x) => x.criterionId)).size === r.length, "each criterion rated at most once")
    .default([]),
  recommendation: RecommendationSchema.nullable().default(null),
  notes: freeText("notes", MAX_NOTES).default(""),
  citations: z.array(CitationSchema).max(MAX_CITATIONS).default([]),
  submit: z.boolean().default(false),
});
export type SaveScorecard = z.input<typeof SaveScorecardSchema>;

export const ScorecardSchema = z.strictObject({
  /** Names the card in webhooks and exports. */
  id: z.string(),
  /** The author's stable identity: their account, or their room session. */
  userId: z.string(),
  name: z.string(),
  ratings: z.array(RatingSchema),
  recommendation: RecommendationSchema.nullable(),
  notes: z.string(),
  citations: z.array(CitationSchema),
  /** null: a draft, which only its author ever reads. */
  submittedAt: z.number().nullable(),
  updatedAt: z.number(),
  /** Nothing rated, recommended, written or cited: shown to others as a blank card, not hidden. */
  blank: z.boolean(),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

/** `GET` (and `PUT`) `/api/rooms/:roomId/scorecard`. */
export const ScorecardResponseSchema = z.strictObject({
  rubric: RubricSchema,
  /** The caller's own card (null: none yet, or a reviewer, who scores nothing). */
  mine: ScorecardSchema.nullable(),
  /** Others' submitted cards: for an interviewer only once theirs is submitted; never drafts. */
  others: z.array(ScorecardSchema),
  /** True while the caller must submit before reading the others. */
  sealed: z.boolean(),
  /** How many others have submitted (shown while sealed too). */
  submittedCount: z.number().int().nonnegative(),
  /** Whether the caller may write a card (interviewers) and edit the rubric (interviewers, before any submission). */
  canWrite: z.boolean(),
  rubricLocked: z.boolean(),
});
export type ScorecardResponse = z.infer<typeof ScorecardResponseSchema>;

/** Whether a card says nothing at all. */
export function isBlank(c: { ratings: Rating[]; recommendation: Recommendation | null; notes: string; citations: Citation[] }): boolean {
  return c.recommendation === null && c.notes === "" && c.citations.length === 0 && c.ratings.every((r) => r.rating === null && r.evidence === "");
}
