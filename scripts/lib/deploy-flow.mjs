// `npm run deploy` and its dry run as two flows over the steps in deploy-steps.mjs. Every command
// goes through `run(step, { capture })`, so a test can hand in its own and read what would run.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "smol-toml";
import { containerProblems, productionProblems, readWranglerConfig, REMOTE, withoutContainers } from "./deploy-config.mjs";
import {
  createdDatabaseId,
  d1CreateCommand,
  deployCommand,
  dryRunCommand,
  listedSecretNames,
  migrationsCommand,
  neededSecrets,
  secretListCommand,
  secretsToUpload,
  webBuildCommand,
  withDatabaseId,
} from "./deploy-steps.mjs";

/** Runs one step: captured (its output is read) or with the terminal (wrangler may ask to log in). */
export function runStep(root) {
  return (step, { capture = false } = {}) => {
    const r = spawnSync(step.command, step.args, { cwd: root, encoding: "utf8", env: { ...process.env, ...step.env }, stdio: capture ? "pipe" : "inherit" });
    return { status: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  };
}

export class DeployRefused extends Error {
  constructor(problems) {
    super(`refused:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

function must(result, what) {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status})${result.stderr ? `:\n${result.stderr}` : ""}`);
  return result;
}

function withPrivateFile(name, text, use) {
  const dir = mkdtempSync(join(tmpdir(), "duet-deploy-"));
  try {
    const path = join(dir, name);
    writeFileSync(path, text, { mode: 0o600 });
    return use(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Offline: refuses a configuration that cannot work in production, then bundles and validates the
 * Worker with wrangler on a copy of the config without [[containers]] (which would need Docker).
 */
export function dryRun({ root, configPath, vars = {}, secrets = {}, run = runStep(root), log = console.log }) {
  const config = readWranglerConfig(configPath);
  const problems = [...containerProblems(config, root), ...productionProblems(config, { vars, secrets })];
  if (problems.length) throw new DeployRefused(problems);
  log(`configuration: ${Object.keys(config.vars ?? {}).length} vars and the [[containers]] entry pass the production checks`);
  if (!existsSync(join(root, config.assets?.directory ?? "web/dist", "index.html"))) must(run(webBuildCommand()), "building the web app");
  return withPrivateFile("wrangler.toml", stringify(withoutContainers(config, root)), (copy, dir) => {
    const outdir = join(dir, "out");
    const bundled = run(dryRunCommand({ configPath: copy, outdir, vars }), { capture: true });
    if (bundled.status !== 0) throw new DeployRefused([`wrangler deploy --dry-run: ${(bundled.stderr || bundled.stdout).trim()}`]);
    log("bundle: wrangler deploy --dry-run passed (the Worker and its bindings, [[containers]] set aside)");
    return { bundled };
  });
}

/**
 * The secrets an operator must present later (the deep health check's token) are kept in a 0600
 * file when deploy generated them: Cloudflare never shows a secret again, and a token printed to
 * the console would end up in CI logs. The other generated secrets are only the Worker's to know.
 */
const KEPT_FOR_OPERATOR = ["HEALTH_TOKEN"];
function keepForOperator(values, supplied, dir, log) {
  for (const name of KEPT_FOR_OPERATOR) {
    if (!values[name] || supplied[name]) continue;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, name.toLowerCase().replaceAll("_", "-"));
    writeFileSync(path, `${values[name]}\n`, { mode: 0o600 });
    chmodSync(path, 0o600); // the mode above only applies when the file is created
    log(`${name}: generated; kept for you in ${path} (0600, git-ignored) — Cloudflare never shows a secret again`);
  }
}

/**
 * The real deploy: checks first (nothing remote changes on a refused configuration), then the D1
 * database (created if wrangler.toml has the placeholder id), its migrations, the web app, and
 * `wrangler deploy` with the container and the secrets still missing.
 */
export function deploy({ root, configPath, vars = {}, secrets = {}, run = runStep(root), log = console.log, keptDir = join(root, ".deploy") }) {
  const config = readWranglerConfig(configPath);
  const allVars = { ...Object.fromEntries(Object.entries(config.vars ?? {}).map(([k, v]) => [k, String(v)])), ...vars };
  const remote = listedSecretNames(run(secretListCommand(configPath), { capture: true }));
  const { values, mustGive } = secretsToUpload(neededSecrets(allVars), { remote, supplied: secrets });
  const knownSecrets = { ...Object.fromEntries(remote.map((n) => [n, REMOTE])), ...values };
  const problems = [
    ...mustGive.map((n) => `${n} is not set and cannot be generated: give it in the environment or a --secrets-file`),
    ...containerProblems(config, root),
    ...productionProblems(config, { vars, secrets: knownSecrets }),
  ];
  if (problems.length) throw new DeployRefused(problems);

  const create = d1CreateCommand(config, configPath);
  if (create) {
    const id = createdDatabaseId(must(run(create, { capture: true }), "wrangler d1 create").stdout);
    writeFileSync(configPath, withDatabaseId(readFileSync(configPath, "utf8"), id));
    log(`D1: created database ${id} (written to ${configPath})`);
  }
  must(run(migrationsCommand(configPath)), "applying the D1 migrations");
  must(run(webBuildCommand()), "building the web app");
  if (remote.includes("TOKEN_SECRET_PREVIOUS") && !values.TOKEN_SECRET_PREVIOUS) {
    log("note: TOKEN_SECRET_PREVIOUS is set, so a token secret rotation is under way; once the old links have expired: npx wrangler secret delete TOKEN_SECRET_PREVIOUS");
  }
  const names = Object.keys(values);
  log(names.length ? `secrets: uploading ${names.join(", ")} with the deployment` : "secrets: all set already");
  const deployWith = (secretsFile) => must(run(deployCommand({ configPath, secretsFile, vars })), "wrangler deploy");
  if (names.length) withPrivateFile("secrets.json", JSON.stringify(values), deployWith);
  else deployWith(undefined);
  keepForOperator(values, secrets, keptDir, log);
  return { uploaded: names };
}
