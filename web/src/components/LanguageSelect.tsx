/**
 * The room's language, from the runner's manifest; unavailable toolchains are listed but disabled,
 * and the run-only languages (no problem's tests) in a group of their own.
 * A candidate the interviewer made read-only cannot switch it (the room refuses them too), and is
 * told why (`lockedReason`) rather than left with a control that does nothing. (No room-state
 * import here: the landing page's bundle reaches this module through TopBar's logo.)
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ApiLanguage } from "../../../contracts/api";
import { shortName } from "../../../contracts/language-names";
import type { LanguageId } from "../../../contracts/languages";

interface Props {
  languages: ApiLanguage[];
  value: LanguageId;
  disabled?: boolean;
  /** Why this participant may not switch it (a read-only candidate), said beside the disabled select. */
  lockedReason?: string | null;
  onChange(id: LanguageId): void;
}

/** The judged languages first, then those that run programs only (no problem's tests); one group when all are judged. */
function languageGroups<L extends Pick<ApiLanguage, "judged">>(languages: L[], t: TFunction): { label: string; languages: L[] }[] {
  return [
    { label: t("languageSelect.judged"), languages: languages.filter((l) => l.judged !== false) },
    { label: t("languageSelect.programsOnly"), languages: languages.filter((l) => l.judged === false) },
  ].filter((g) => g.languages.length > 0);
}

/** "Python · 3.11": the runner's name for the language (never translated) and its version. */
function optionName(l: ApiLanguage): string {
  return `${shortName(l.displayName)} ${l.version ? `· ${l.version.split(" ")[0]}` : ""}`.trimEnd();
}

/**
 * A language menu's options: grouped by `languageGroups` (flat when there is one group), an
 * unavailable toolchain disabled, each named by `name`.
 */
export function LanguageOptions<L extends Pick<ApiLanguage, "id" | "judged" | "available">>({ languages, name }: { languages: L[]; name(l: L): string }) {
  const { t } = useTranslation();
  const option = (l: L) => <option key={l.id} value={l.id} disabled={l.available === false}>{name(l)}</option>;
  const groups = languageGroups(languages, t);
  if (groups.length === 1) return <>{groups[0].languages.map(option)}</>;
  return <>{groups.map((g) => <optgroup key={g.label} label={g.label}>{g.languages.map(option)}</optgroup>)}</>;
}

export function LanguageSelect({ languages, value, disabled, lockedReason, onChange }: Props) {
  const { t } = useTranslation();
  // The options are the listed languages, so the chosen value is one of their ids.
  const choose = (value: string) => {
    const chosen = languages.find((l) => l.id === value);
    if (chosen) onChange(chosen.id);
  };
  const name = (l: ApiLanguage) => (l.available === false ? t("languageSelect.unavailable", { name: optionName(l) }) : optionName(l));
  return (
    <label className="lang-select" title={lockedReason ?? undefined}>
      <select
        value={value}
        disabled={disabled || !!lockedReason}
        onChange={(e) => choose(e.target.value)}
        aria-label={t("common.language")}
        aria-describedby={lockedReason ? "language-locked" : undefined}
        data-testid="language-select"
      >
        <LanguageOptions languages={languages} name={name} />
      </select>
      {lockedReason && <span id="language-locked" className="sr-only" data-testid="language-locked">{lockedReason}</span>}
    </label>
  );
}

