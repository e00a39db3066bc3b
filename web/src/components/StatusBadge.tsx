/** Connection status of the shared editor, in words as well as colour. */
import type { ConnStatus } from "../room/connection";

const TEXT: Record<ConnStatus, string> = {
  connecting: "Connecting…",
  saved: "Saved",
  reconnecting: "Reconnecting…",
  offline: "Offline — edits kept",
};

export function StatusBadge({ status }: { status: ConnStatus }) {
  return (
    <span className={`status-badge status-${status}`} role="status" data-testid="connection-status" data-status={status}>
      <span className="status-dot" aria-hidden="true" />
      {TEXT[status]}
    </span>
  );
}
