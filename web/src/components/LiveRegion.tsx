/**
 * A visually hidden live region that screen readers announce politely when its text changes. It
 * lives at the end of <body> (a portal), outside every tab panel: a panel that is not shown is
 * hidden from assistive technology, and what happens in it (a run finishing, a chat line) must
 * still be heard. What it holds when it first appears is not announced; only changes are.
 */
import { useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

interface Props {
  children: ReactNode;
  /** `status`: one message replacing the last; `log`: lines added in order (a chat). */
  role?: "status" | "log";
  label?: string;
  testId?: string;
}

export function LiveRegion({ children, role = "status", label, testId }: Props) {
  return createPortal(
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is "status" or "log" (the prop), both of which take a name
    <div className="sr-only" role={role} aria-live="polite" aria-atomic={role === "status"} aria-label={label} data-testid={testId}>
      {children}
    </div>,
    document.body,
  );
}

/** `value` once it has differed from its value at mount; `initial` until then (what was already there is not news). */
export function useChanged<T>(value: T, initial: T): T {
  const [first] = useState(value);
  const [changed, setChanged] = useState(false);
  if (!changed && value !== first) setChanged(true);
  return changed || value !== first ? value : initial;
}
