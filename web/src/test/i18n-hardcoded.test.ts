/**
 * No new hard-coded user-facing text: every TSX and TS file under web/src (tests aside) is parsed
 * (TypeScript's own parser) and these must come from t(): JSX text with a letter in it; string
 * literals (and template literals with words outside their ${}) given to text props (aria-label,
 * title, placeholder, label, hint, …), set as such properties of an object (an editor's
 * `ariaLabel`, `"aria-label"` in contentAttributes) or placed as JSX children; string literals
 * passed to the setters that show text (setError, showToast, …). Code and brand names that are
 * the same in every language go in the allowlist below, each with its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), ".."); // a string: happy-dom replaces URL

/** Props whose value people read or hear. */
const TEXT_PROPS = new Set([
  "aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "title", "placeholder", "alt",
  "label", "hint", "submitHint", "readOnlyReason", "cannotRestore", "emptyText", "message", "text", "tooltip", "description",
  "ariaLabel", "ariaDescription",
]);
/** Calls whose string argument is shown. */
const TEXT_SINKS = new Set(["setError", "showToast", "setToast", "toast", "onError", "alert", "confirm", "setNotice", "setStatusText"]);

/** `file: text` pairs that are the same in every language. */
const ALLOWED: Record<string, string> = {
  "components/TopBar.tsx: Duet": "the brand",
  "cases/ResultSetTable.tsx: NULL": "SQL's NULL, a keyword in every language",
};

const hasWord = (s: string) => /\p{L}/u.test(s);

interface Finding { file: string; line: number; text: string; why: string }

function scan(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (!hasWord(clean) || ALLOWED[`${file}: ${clean}`]) return;
    out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: clean, why });
  };
  /** The literal words of an expression: strings, templates' fixed parts, both arms of ?: and ||/??. */
  const literals = (e: ts.Expression | undefined, why: string): void => {
    if (!e) return;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text, why);
    else if (ts.isTemplateExpression(e)) report(e, [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" "), why);
    else if (ts.isParenthesizedExpression(e)) literals(e.expression, why);
    else if (ts.isConditionalExpression(e)) (literals(e.whenTrue, why), literals(e.whenFalse, why));
    else if (ts.isBinaryExpression(e) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(e.operatorToken.kind)) literals(e.right, why);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, "JSX text");
    else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init, init.text, `${node.name.getText(sf)}=`);
      else if (init && ts.isJsxExpression(init)) literals(init.expression, `${node.name.getText(sf)}=`);
    } else if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      literals(node.expression, "JSX child");
    } else if (ts.isPropertyAssignment(node) && TEXT_PROPS.has(node.name.getText(sf).replace(/^["']|["']$/g, ""))) {
      literals(node.initializer, `${node.name.getText(sf)}:`);
    } else if (ts.isCallExpression(node)) {
      const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : "";
      if (TEXT_SINKS.has(callee)) node.arguments.forEach((a) => literals(a, `${callee}()`));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe("hard-coded text", () => {
  it("every component's words come from the locale files", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
      .map((f) => f.replaceAll("\\", "/"))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/\.d\.ts$/.test(f) && !f.startsWith("test/"));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => scan(f, readFileSync(join(SRC, f), "utf8")));
    expect(found.map((x) => `${x.file}:${x.line} ${x.why} ${JSON.stringify(x.text)}`)).toEqual([]);
  });

  it("the scan finds what it is for (and lets t() through)", () => {
    const source = `
      export function X({ n }: { n: number }) {
        setError("Something broke");
        return (
          <div title="Hover text" className="not-text" aria-label={n ? "Many" : t("ok")}>
            Hello there
            {n > 1 ? "items" : t("item")}
            <input placeholder={\`Type \${n} words\`} data-testid="not-text" />
            <Editor options={{ ariaLabel: "Code", tabSize: 4, "aria-label": t("fine") }} />
            {t("fine", { name: "Ada" })} {"·"} 42
          </div>
        );
      }`;
    expect(scan("x.tsx", source).map((f) => [f.why, f.text])).toEqual([
      ["setError()", "Something broke"],
      ["title=", "Hover text"],
      ["aria-label=", "Many"],
      ["JSX text", "Hello there"],
      ["JSX child", "items"],
      ["placeholder=", "Type words"],
      ["ariaLabel:", "Code"],
    ]);
  });
});
