/**
 * An SQL result set as a table (an SQL problem's failed test: the expected result and the
 * candidate's, side by side). NULL is shown apart from the text 'NULL'; the first difference the
 * judge found (a row, a column) is marked.
 */
import type { SqlResultSet, SqlValue } from "../../../contracts/problems";

const cell = (v: SqlValue) => (v === null ? <i className="sql-null">NULL</i> : String(v));

export function ResultSetTable({ rs, testId, mark }: { rs: SqlResultSet | null; testId: string; mark?: { row?: number; column?: number } }) {
  if (!rs) return <pre data-testid={testId} />;
  if (rs.rows.length === 0) return <p className="sql-empty" data-testid={testId}>(0 rows)</p>;
  return (
    <table className="sql-result" data-testid={testId}>
      <thead>
        <tr>{rs.columns.map((c, j) => <th key={j} className={mark?.column === j && mark.row === undefined ? "sql-diff" : undefined}>{c}</th>)}</tr>
      </thead>
      <tbody>
        {rs.rows.map((r, i) => (
          <tr key={i} className={mark?.row === i ? "sql-diff-row" : undefined}>
            {r.map((v, j) => <td key={j} className={mark?.row === i && mark.column === j ? "sql-diff" : undefined}>{cell(v)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
