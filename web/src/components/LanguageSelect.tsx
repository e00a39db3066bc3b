/** The room's language, from the runner's manifest; unavailable toolchains are listed but disabled. */
import type { LanguageInfo } from "../../../contracts/languages";

interface Props {
  languages: LanguageInfo[];
  value: string;
  disabled?: boolean;
  onChange(id: string): void;
}

export function LanguageSelect({ languages, value, disabled, onChange }: Props) {
  return (
    <label className="lang-select">
      <span className="sr-only">Language</span>
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-label="Language" data-testid="language-select">
        {languages.map((l) => (
          <option key={l.id} value={l.id} disabled={l.available === false}>
            {l.displayName.replace(/ \(.*\)$/, "")} {l.version ? `· ${l.version.split(" ")[0]}` : ""}{l.available === false ? " (unavailable)" : ""}
          </option>
        ))}
      </select>
    </label>
  );
}
