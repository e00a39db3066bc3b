/** The room's language, from the runner's manifest; unavailable toolchains are listed but disabled. */
import { useTranslation } from "react-i18next";
import type { LanguageInfo } from "../../../contracts/languages";

interface Props {
  languages: LanguageInfo[];
  value: string;
  disabled?: boolean;
  onChange(id: string): void;
}

/** "Python · 3.11": the runner's name for the language (never translated) and its version. */
function optionName(l: LanguageInfo): string {
  return `${l.displayName.replace(/ \(.*\)$/, "")} ${l.version ? `· ${l.version.split(" ")[0]}` : ""}`.trimEnd();
}

export function LanguageSelect({ languages, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="lang-select">
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-label={t("common.language")} data-testid="language-select">
        {languages.map((l) => (
          <option key={l.id} value={l.id} disabled={l.available === false}>
            {l.available === false ? t("languageSelect.unavailable", { name: optionName(l) }) : optionName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
