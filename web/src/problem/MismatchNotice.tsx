/**
 * Why a judged run could not call the candidate's code: the function is missing or renamed, takes
 * another number of parameters, or its class is missing — in words, with the signature the problem
 * expects in the run's language (from the judge's verdict), instead of errors from inside the harness.
 */
import { useTranslation } from "react-i18next";
import type { SignatureMismatch } from "../../../contracts/problems";
import { SignatureCode } from "./SignatureCode";

export function MismatchNotice({ mismatch }: { mismatch: SignatureMismatch }) {
  const { t } = useTranslation();
  return (
    <div className="signature-mismatch" role="note" data-testid="signature-mismatch">
      <p><strong>{t(`problemFlow.mismatch.${mismatch.kind}`)}</strong></p>
      <p>{t("problemFlow.mustDefine")}</p>
      <SignatureCode signature={mismatch.expected} />
      {mismatch.found && <p>{t("problemFlow.found")} <code translate="no">{mismatch.found}</code></p>}
    </div>
  );
}
