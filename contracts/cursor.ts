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

/**
 * Awareness field only the Room writes (it strips any a client sends): PRESENCE_RECONNECTING on the
 * state of a participant whose connection went silent, shown greyed until they are back or gone.
 */
export const PRESENCE_FIELD = "presence";
export const PRESENCE_RECONNECTING = "reconnecting";

// Each schema is built inside one pure call, so a web bundle that takes only the constants and
// cursorPosition() builds none of them (zod checks for eval when an object schema is built, which
// the page's CSP reports).
export const RelativePositionSchema = /* @__PURE__ */ positionSchema();
export const CursorSchema = /* @__PURE__ */ cursorSchema(RelativePositionSchema);

function positionSchema() {
  const id = z.strictObject({ client: z.number().int().nonnegative(), clock: z.number().int().nonnegative() });
  return z.strictObject({ type: id.nullable(), tname: z.string().nullable(), item: id.nullable(), assoc: z.number().int() });
}

function cursorSchema(position: ReturnType<typeof positionSchema>) {
  return z.strictObject({ anchor: position, head: position });
}

export type RelativePositionJson = z.infer<typeof RelativePositionSchema>;
export type Cursor = z.infer<typeof CursorSchema>;

/** A Yjs RelativePosition (or its JSON) in the full shape above. */
export function cursorPosition(p: { type?: { client: number; clock: number } | null; tname?: string | null; item?: { client: number; clock: number } | null; assoc?: number }): RelativePositionJson {
  const id = (v: { client: number; clock: number } | null | undefined) => (v ? { client: v.client, clock: v.clock } : null);
  return { type: id(p.type), tname: p.tname ?? null, item: id(p.item), assoc: p.assoc ?? 0 };
}
