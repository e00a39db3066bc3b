/**
 * A destructive action behind a confirmation: the button opens a dialog that says what will
 * happen; only its confirm button acts. A refusal (the last admin, a used link) is shown in the dialog.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Modal } from "../components/Modal";
import { errorMessage } from "../i18n/errors";

export function ConfirmButton({ label, title, text, confirmLabel, action, describedBy, disabled, testId }: {
  label: string; title: string; text: string; confirmLabel: string; action(): Promise<unknown>;
  describedBy?: string; disabled?: boolean; testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="btn btn-small btn-danger-ghost" aria-describedby={describedBy} disabled={disabled} onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </button>
      {open && (
        <Modal title={title} onClose={() => setOpen(false)} footer={
          <>
            <button type="button" className="btn" onClick={() => setOpen(false)}>{t("common.cancel")}</button>
            <button type="button" className="btn btn-danger" onClick={confirm} disabled={busy} data-testid="confirm">{confirmLabel}</button>
          </>
        }>
          <p>{text}</p>
          {error && <p className="form-error" role="alert">{error}</p>}
        </Modal>
      )}
    </>
  );
}
