/**
 * One Y.UndoManager per code buffer (Y.Text), for the life of its doc. The Monaco binding is
 * recreated on every language switch and code-doc reset, so the manager cannot belong to it: each
 * binding adds itself to `trackedOrigins` while it lives (its transactions carry it as origin) and
 * removes itself when destroyed. Only this participant's own edits are tracked, so undo never
 * touches anyone else's text, and Yjs keeps each step's position through remote edits.
 * The manager destroys itself with its doc (Yjs listens for the doc's `destroy`).
 */
import * as Y from "yjs";

/**
 * A pause this long always ends a step. Monaco has no timeout at all; steps end at word
 * boundaries and caret moves (undo-steps.ts), so this is only a backstop for long slow typing.
 */
export const CAPTURE_TIMEOUT_MS = 5000;

const managers = new WeakMap<Y.Text, Y.UndoManager>();

export function undoManagerFor(text: Y.Text): Y.UndoManager {
  let um = managers.get(text);
  if (!um) {
    um = new Y.UndoManager(text, { trackedOrigins: new Set(), captureTimeout: CAPTURE_TIMEOUT_MS });
    managers.set(text, um);
  }
  return um;
}
