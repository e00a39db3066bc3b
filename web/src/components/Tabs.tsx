/** Accessible tabs (roving arrow keys, aria-selected); panels stay mounted so state survives. */
import { useId, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface TabDef { id: string; label: ReactNode; badge?: number; panel: ReactNode }

export function Tabs({ tabs, active, onChange, label, className = "" }: { tabs: TabDef[]; active: string; onChange(id: string): void; label: string; className?: string }) {
  const { t: translate } = useTranslation(); // `t` is each tab below
  const base = useId();
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : null;
    if (next === null) return;
    const t = tabs[(next + tabs.length) % tabs.length];
    onChange(t.id);
    document.getElementById(`${base}-tab-${t.id}`)?.focus();
  };
  return (
    <div className={`tabs ${className}`}>
      <div className="tab-list" role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${base}-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === active}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            className="tab"
            onClick={() => onChange(t.id)}
          >
            {t.label}
            {t.badge ? <span className="tab-badge" aria-label={translate("tabs.new", { count: t.badge })}>{t.badge}</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} id={`${base}-panel-${t.id}`} role="tabpanel" aria-labelledby={`${base}-tab-${t.id}`} className="tab-panel" hidden={t.id !== active}>
          {t.panel}
        </div>
      ))}
    </div>
  );
}
