/** The function a problem asks for, as the room's language writes it: `class Solution` and the declaration in it. */
import type { LanguageSignature } from "../../../contracts/problems";

export function SignatureCode({ signature }: { signature: LanguageSignature }) {
  const { container, declaration } = signature;
  return (
    <pre className="signature" translate="no" data-testid="signature">
      <code>{container ? `${container}\n    ${declaration}` : declaration}</code>
    </pre>
  );
}
