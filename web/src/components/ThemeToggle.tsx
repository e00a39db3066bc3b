/** Light/dark, remembered; the first paint reads it in index.html. */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

export type Theme = "light" | "dark";

export function useTheme(): [Theme, (t: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(() => (document.documentElement.dataset.theme === "dark" ? "dark" : "light"));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem("duet:theme", theme);
    } catch {}
  }, [theme]);
  return [theme, setTheme];
}

export function ThemeToggle({ theme, setTheme }: { theme: Theme; setTheme(t: Theme): void }) {
  const { t } = useTranslation();
  const next = theme === "dark" ? "light" : "dark";
  const label = next === "dark" ? t("theme.toDark") : t("theme.toLight");
  return (
    <button type="button" className="icon-btn" aria-label={label} title={label} onClick={() => setTheme(next)}>
      {theme === "dark" ? (
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><circle cx="10" cy="10" r="4" fill="currentColor" /><g stroke="currentColor" strokeWidth="1.6" strokeLinecap="round"><path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6L16 16M4 16l1.4-1.4M14.6 5.4L16 4" /></g></svg>
      ) : (
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9z" fill="currentColor" /></svg>
      )}
    </button>
  );
}
