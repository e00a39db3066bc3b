/** Connection status of the shared editor, in words as well as colour. */
import { useTranslation } from "react-i18next";
import type { ConnStatus } from "../room/connection";

export function StatusBadge({ status }: { status: ConnStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} role="status" data-testid="connection-status" data-status={status}>
      <span className="status-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
