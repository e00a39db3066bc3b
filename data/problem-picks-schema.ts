/**
 * Which problems each signed-in interviewer put on the table, and when last: the picker marks them
 * ("used 3 days ago") so an interviewer does not give the same candidate pool the same question.
 * The room's record knows who picked what, but per room and under the room's identities (a link's
 * interviewer has no account there); this is the account's own, one row a problem.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./account-schema";

export const problemPicks = sqliteTable(
  "problem_picks",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** No foreign key: a problem taken out of the library leaves its mark, which nobody is shown. */
    slug: text("slug").notNull(),
    pickedAt: integer("picked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.slug] }), index("problem_picks_user_at").on(t.userId, t.pickedAt)],
);
