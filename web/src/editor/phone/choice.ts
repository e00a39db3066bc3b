/**
 * Which editor this device gets. Monaco does not support touch: a device whose primary pointer is
 * coarse (a phone, a tablet) gets the touch editor (PhonePane), anything with a mouse or trackpad gets
 * Monaco, however narrow its window (Monaco works there, and a window being resized should not swap
 * editors under the person). Either can be chosen by hand; the choice is remembered on this device.
 * Imports no editor: it decides which lazy chunk loads.
 */
import { useCallback, useState } from "react";
import { useMediaQuery } from "../../room/useMediaQuery";

export type EditorKind = "touch" | "desktop";

export const TOUCH_PRIMARY = "(pointer: coarse)";
export const EDITOR_CHOICE_KEY = "duet:editor";

export function storedChoice(): EditorKind | null {
  try {
    const v = localStorage.getItem(EDITOR_CHOICE_KEY);
    return v === "touch" || v === "desktop" ? v : null;
  } catch {
    return null; // storage blocked: go by the device
  }
}

export function editorKind(chosen: EditorKind | null, touchPrimary: boolean): EditorKind {
  return chosen ?? (touchPrimary ? "touch" : "desktop");
}

/** The editor for this device, and a setter for the person's own choice. */
export function useEditorKind(): [EditorKind, (kind: EditorKind) => void] {
  const touchPrimary = useMediaQuery(TOUCH_PRIMARY);
  const [chosen, setChosen] = useState(storedChoice);
  const choose = useCallback((kind: EditorKind) => {
    setChosen(kind);
    try {
      localStorage.setItem(EDITOR_CHOICE_KEY, kind);
    } catch {
      // not remembered; still switched
    }
  }, []);
  return [editorKind(chosen, touchPrimary), choose];
}
