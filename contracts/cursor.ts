/**
 * The caret in awareness: one field, `selection`, that every editor Duet ships publishes and reads
 * (Monaco through web/src/editor/binding.ts; a phone editor must use the same field). It is what
 * y-monaco publishes, so stock Monaco clients interoperate: `{anchor, head}`, each a Yjs relative
 * position in its JSON form with every field present (y-monaco reads a missing `item` as set and
 * throws, so nulls are written out, never left out). The head is where the caret blinks.
 */
import { z } from "zod";

export const CURSOR_FIELD = "selection";

/**
 * Awareness field a client sets once to the time it joined (its own clock, ms): the order of
 * arrival that caret colours are assigned by, the same on every screen.
 */
export const ARRIVAL_FIELD = "joinedAt";

const IdSchema = /* @__PURE__ */ z.strictObject({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });

export const RelativePositionSchema = /* @__PURE__ */ z.strictObject({
  type: IdSchema.nullable(),
  tname: z.string().nullable(),
  item: IdSchema.nullable(),
  assoc: z.number().int(),
});

export const CursorSchema = /* @__PURE__ */ z.strictObject({ anchor: RelativePositionSchema, head: RelativePositionSchema });

export type RelativePositionJson = z.infer<typeof RelativePositionSchema>;
export type Cursor = z.infer<typeof CursorSchema>;

/** A Yjs RelativePosition (or its JSON) in the full shape above. */
export function cursorPosition(p: { type?: { client: number; clock: number } | null; tname?: string | null; item?: { client: number; clock: number } | null; assoc?: number }): RelativePositionJson {
  const id = (v: { client: number; clock: number } | null | undefined) => (v ? { client: v.client, clock: v.clock } : null);
  return { type: id(p.type), tname: p.tname ?? null, item: id(p.item), assoc: p.assoc ?? 0 };
}
