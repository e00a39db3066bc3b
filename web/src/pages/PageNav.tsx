/** The top bar of the landing and account pages: the brand, the signed-in account, language, theme, settings. */
import type { ReactNode } from "react";
import { AccountNav } from "../account/AccountNav";
import type { Me } from "../account/useMe";
import { SettingsButton } from "../components/SettingsDialog";
import { ThemeToggle, useTheme } from "../components/ThemeToggle";
import { LocaleSwitcher } from "../i18n/LocaleSwitcher";

export function PageNav({ brand, me, navigate, onSignedOut }: { brand: ReactNode; me: Me | undefined; navigate(path: string): void; onSignedOut(): Promise<void> }) {
  const [theme, setTheme] = useTheme();
  return (
    <nav className="landing-nav">
      {brand}
      <span className="nav-tools">
        {me?.user && <AccountNav user={me.user} navigate={navigate} onSignedOut={onSignedOut} />}
        <LocaleSwitcher /><ThemeToggle theme={theme} setTheme={setTheme} /><SettingsButton />
      </span>
    </nav>
  );
}
