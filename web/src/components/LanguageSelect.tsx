/** The room's language, from the runner's manifest; unavailable toolchains are listed but disabled. */
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";

interface Props {
  languages: ApiLanguage[];
  value: LanguageId;
  disabled?: boolean;
  onChange(id: LanguageId): void;
}

/** "Python · 3.11": the runner's name for the language (never translated) and its version. */
function optionName(l: ApiLanguage): string {
  return `${l.displayName.replace(/ \(.*\)$/, "")} ${l.version ? `· ${l.version.split(" ")[0]}` : ""}`.trimEnd();
}

export function LanguageSelect({ languages, value, disabled, onChange }: Props) {
  const { t } = useTranslation();
  // The options are the listed languages, so the chosen value is one of their ids.
  const choose = (value: string) => {
    const chosen = languages.find((l) => l.id === value);
    if (chosen) onChange(chosen.id);
  };
  return (
    <label className="lang-select">
      <select value={value} disabled={disabled} onChange={(e) => choose(e.target.value)} aria-label={t("common.language")} data-testid="language-select">
        {languages.map((l) => (
          <option key={l.id} value={l.id} disabled={l.available === false}>
            {l.available === false ? t("languageSelect.unavailable", { name: optionName(l) }) : optionName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
