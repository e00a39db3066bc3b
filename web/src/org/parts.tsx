/** Small pieces the team page's sections share: a set of checkboxes, a table's column headings. */
import type { ReactNode } from "react";

/** A fieldset of checkboxes; ticking or unticking one keeps the choices in the order of `all`. */
export function Choices<T extends string>({ legend, all, chosen, onChange, label }: {
  legend: string; all: readonly T[]; chosen: readonly T[]; onChange(next: T[]): void; label(item: T): ReactNode;
}) {
  return (
    <fieldset className="org-checks">
      <legend>{legend}</legend>
      {all.map((item) => (
        <label key={item} className="check">
          <input type="checkbox" checked={chosen.includes(item)}
            onChange={(e) => onChange(all.filter((x) => (x === item ? e.target.checked : chosen.includes(x))))} />
          {label(item)}
        </label>
      ))}
    </fieldset>
  );
}

export function ColumnHeads({ names }: { names: string[] }) {
  return <thead><tr>{names.map((n) => <th scope="col" key={n}>{n}</th>)}</tr></thead>;
}
