/**
 * An SQL result set as a table (an SQL problem's failed test: the expected result and the
 * candidate's, side by side). NULL is shown apart from the text 'NULL'; the first difference the
 * judge found (a row, a column) is marked. A result set is positional (columns and rows may repeat
 * one another), so cells are keyed by their place.
 */
import { useTranslation } from "react-i18next";
import type { SqlResultSet, SqlValue } from "../../../contracts/problems";

const cell = (v: SqlValue) => (v === null ? <i className="sql-null">NULL</i> : String(v));
const keyed = <T,>(items: T[]) => items.map((item, i) => ({ item, key: `${i}` }));

function EmptyResult({ testId }: { testId: string }) {
  const { t } = useTranslation();
  return <p className="sql-empty" data-testid={testId}>{t("tests.noRows")}</p>;
}

export function ResultSetTable({ rs, testId, mark }: { rs: SqlResultSet | null; testId: string; mark?: { row?: number; column?: number } }) {
  if (!rs) return <pre data-testid={testId} />;
  if (rs.rows.length === 0) return <EmptyResult testId={testId} />;
  return (
    <table className="sql-result" data-testid={testId}>
      <thead>
        <tr>{keyed(rs.columns).map(({ item, key }, j) => <th key={key} className={mark?.column === j && mark.row === undefined ? "sql-diff" : undefined}>{item}</th>)}</tr>
      </thead>
      <tbody>
        {keyed(rs.rows).map(({ item: r, key }, i) => (
          <tr key={key} className={mark?.row === i ? "sql-diff-row" : undefined}>
            {keyed(r).map(({ item: v, key: k }, j) => <td key={k} className={mark?.row === i && mark.column === j ? "sql-diff" : undefined}>{cell(v)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
