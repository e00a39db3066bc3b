/**
 * Accessible tabs (WAI-ARIA APG: roving arrow keys, Home/End, aria-selected); panels stay mounted so
 * state survives. A panel is a Tab stop of its own (it scrolls) unless its content is focusable.
 */
import { useId, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface TabDef {
  id: string;
  label: ReactNode;
  badge?: number;
  panel: ReactNode;
  /** false when the panel's content takes the focus itself (a focusable output, a textarea). */
  focusable?: boolean;
}

export function Tabs({ tabs, active, onChange, label, className = "" }: { tabs: TabDef[]; active: string; onChange(id: string): void; label: string; className?: string }) {
  const { t: translate } = useTranslation(); // `t` is each tab below
  const base = useId();
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const keys: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
    const next = Object.hasOwn(keys, e.key) ? keys[e.key] : null;
    if (next === null) return;
    e.preventDefault();
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
            {t.badge ? <><span className="tab-badge" aria-hidden="true">{t.badge}</span><span className="sr-only">, {translate("tabs.new", { count: t.badge })}</span></> : null}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div key={t.id} id={`${base}-panel-${t.id}`} role="tabpanel" aria-labelledby={`${base}-tab-${t.id}`} tabIndex={t.focusable === false ? undefined : 0} className="tab-panel" hidden={t.id !== active}>
          {t.panel}
        </div>
      ))}
    </div>
  );
}
