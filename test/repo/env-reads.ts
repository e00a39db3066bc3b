/**
 * Which environment names the Worker's code reads, found in its syntax: `env.X`, `c.env.X`,
 * `this.env.X`, `env["X"]`, `const { X } = env`, and through an alias (`const vars = env as …`).
 * A file that indexes the environment with a computed name (`env[name]`) reads the upper-case
 * names it spells as strings (a table of names, like durable-objects/room/limits.ts), and
 * `OIDC_${…}_CLIENT_SECRET`-like templates stand for the family they spell.
 */
import ts from "typescript";

export interface EnvReads {
  /** Name → the files that read it. */
  names: Map<string, Set<string>>;
  /** Template literals naming a family of names, e.g. "OIDC_*_CLIENT_SECRET", with their files. */
  templates: Map<string, Set<string>>;
}

const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/** How a table spells a variable's name: upper-case words joined by underscores. */
const TABLE_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

function isEnvLike(e: ts.Expression, aliases: Set<string>): boolean {
  const x = unwrap(e);
  if (ts.isIdentifier(x)) return x.text === "env" || aliases.has(x.text);
  return ts.isPropertyAccessExpression(x) && (x.name.text === "env" || x.name.text === "#env");
}

function add(map: Map<string, Set<string>>, key: string, file: string): void {
  let files = map.get(key);
  if (!files) map.set(key, (files = new Set()));
  files.add(file);
}

/** Every name read in one file's source (added to `into`). */
export function collectEnvReads(file: string, source: string, into: EnvReads): void {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const aliases = new Set<string>();
  const visitAliases = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isEnvLike(n.initializer, aliases)) aliases.add(n.name.text);
    ts.forEachChild(n, visitAliases);
  };
  visitAliases(sf);

  let computed = false;
  const literals: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && isEnvLike(n.expression, aliases) && ENV_NAME.test(n.name.text)) add(into.names, n.name.text, file);
    if (ts.isElementAccessExpression(n) && isEnvLike(n.expression, aliases)) {
      const arg = unwrap(n.argumentExpression);
      if (ts.isStringLiteralLike(arg)) add(into.names, arg.text, file);
      else computed = true;
    }
    if (ts.isVariableDeclaration(n) && ts.isObjectBindingPattern(n.name) && n.initializer && isEnvLike(n.initializer, aliases)) {
      for (const el of n.name.elements) {
        const key = el.propertyName ?? el.name;
        if (ts.isIdentifier(key) || ts.isStringLiteral(key)) add(into.names, key.text, file);
      }
    }
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) literals.push(n.text);
    if (ts.isTemplateExpression(n)) {
      const spelled = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join("*");
      if (/^[A-Z][A-Z0-9_]*\*[A-Z0-9_*]*$/.test(spelled)) add(into.templates, spelled, file);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (computed) for (const text of literals) if (TABLE_NAME.test(text)) add(into.names, text, file);
}

/** The members of `Cloudflare.Env` in a `wrangler types`-style declaration file. */
export function declaredEnvMembers(source: string): string[] {
  const sf = ts.createSourceFile("env.d.ts", source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isInterfaceDeclaration(n) && n.name.text === "Env" && ts.isModuleBlock(n.parent) && ts.isModuleDeclaration(n.parent.parent) && n.parent.parent.name.getText() === "Cloudflare") {
      for (const m of n.members) if (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) found.push(m.name.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}
