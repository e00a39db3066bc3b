// The deploy's configuration checks: wrangler.toml read with a TOML parser, its [[containers]]
// entry checked on its own (wrangler would need Docker for it), and a production configuration
// that cannot work refused before anything remote is touched. Every check returns sentences, one
// per problem; an empty list means "deployable". Run under tsx or vitest (it reads contracts/).
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { parseEnv } from "node:util";
import { parse } from "smol-toml";
import { CONFIG_FAMILIES, CONFIG_VARS, productionProblem, TEST_ONLY_NAMES } from "../../contracts/config-vars";
import { cloudflareAccessConfig } from "../../worker/accounts/cloudflare-access-config";
import { signInProviders } from "../../worker/accounts/oidc-config";
import { DEV_AUTH_SECRET, DEV_TOKEN_SECRET } from "../../worker/auth/secret";
import { anonymousRefusal } from "../../worker/middleware/room-creation";
import { DEV_RECORD_SIGNING_KEY, parseVerifyKeys } from "../../worker/record/signing-key";

/** Predefined Cloudflare Containers instance types with at least one whole vCPU. */
export const WHOLE_VCPU_INSTANCE_TYPES = ["standard-2", "standard-3", "standard-4"];
/** What a secret's value stands for when it exists remotely: set, but write-only (its value cannot be read back). */
export const REMOTE = Symbol("set remotely");

const DEV_DEFAULTS = { TOKEN_SECRET: DEV_TOKEN_SECRET, TOKEN_SECRET_PREVIOUS: DEV_TOKEN_SECRET, AUTH_SECRET: DEV_AUTH_SECRET, RECORD_SIGNING_KEY: DEV_RECORD_SIGNING_KEY };

export function readWranglerConfig(path) {
  return parse(readFileSync(path, "utf8"));
}

/** Secrets from a file: JSON (`{"NAME": "value"}`) or .env lines, as `wrangler deploy --secrets-file` takes them. */
export function readSecretsFile(path) {
  const text = readFileSync(path, "utf8");
  return text.trimStart().startsWith("{") ? JSON.parse(text) : parseEnv(text);
}

const isDeclared = (kind, name) => CONFIG_VARS.some((c) => c.kind === kind && c.name === name) || (kind === "secret" && CONFIG_FAMILIES.some((f) => f.pattern.test(name)));

/** The declared secrets (and provider client secrets) found in an environment, e.g. process.env. */
export function secretsFromEnvironment(environment) {
  return Object.fromEntries(Object.entries(environment).filter(([name, value]) => isDeclared("secret", name) && value));
}

/** The config without [[containers]] (the dry run bundles this copy), its paths made absolute so it can live anywhere. */
export function withoutContainers(config, root) {
  const copy = structuredClone(config);
  delete copy.containers;
  const abs = (p) => (isAbsolute(p) ? p : resolve(root, p));
  copy.main = abs(copy.main);
  if (copy.assets?.directory) copy.assets.directory = abs(copy.assets.directory);
  for (const d of copy.d1_databases ?? []) if (d.migrations_dir) d.migrations_dir = abs(d.migrations_dir);
  return copy;
}

/** The [[containers]] entries checked the way the platform would take them. */
export function containerProblems(config, root) {
  const containers = config.containers ?? [];
  if (containers.length === 0) return [];
  const bound = new Set((config.durable_objects?.bindings ?? []).map((b) => b.class_name));
  const migrated = new Set((config.migrations ?? []).flatMap((m) => [...(m.new_sqlite_classes ?? []), ...(m.new_classes ?? [])]));
  return containers.flatMap((c) => {
    const name = `[[containers]] ${c.class_name ?? "(no class_name)"}`;
    const problems = [];
    if (!bound.has(c.class_name)) problems.push(`${name}: class_name matches no [[durable_objects.bindings]] class_name`);
    if (!migrated.has(c.class_name)) problems.push(`${name}: class_name is in no [[migrations]] new_sqlite_classes`);
    problems.push(...instanceTypeProblems(name, c.instance_type));
    if (!Number.isInteger(c.max_instances) || c.max_instances < 1) problems.push(`${name}: max_instances must be set to a whole number ≥ 1 (it caps the account's spend and the fallback point)`);
    const image = c.image ? resolve(root, c.image) : null;
    if (!image || !existsSync(image) || !statSync(image).isFile()) problems.push(`${name}: image ${c.image ?? "(none)"} is not a Dockerfile in this repository`);
    const context = resolve(root, c.image_build_context ?? ".");
    if (!existsSync(context) || !statSync(context).isDirectory()) problems.push(`${name}: image_build_context ${c.image_build_context} is not a directory`);
    return problems;
  });
}

function instanceTypeProblems(name, type) {
  const why = "the runner's CPU and wall limits assume at least one whole vCPU";
  if (typeof type === "string") {
    return WHOLE_VCPU_INSTANCE_TYPES.includes(type) ? [] : [`${name}: instance_type "${type}" has less than one whole vCPU (${why}): use ${WHOLE_VCPU_INSTANCE_TYPES.join(", ")} or a custom type with vcpu ≥ 1`];
  }
  if (type && typeof type === "object") {
    return Number.isInteger(type.vcpu) && type.vcpu >= 1 ? [] : [`${name}: custom instance_type vcpu ${type.vcpu} is not a whole number ≥ 1 (${why})`];
  }
  return [`${name}: instance_type is not set (the default has a fraction of a vCPU; ${why})`];
}

const LOOPBACK_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1?\]|\[::ffff:127(\.\d{1,3}){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]|0\.0\.0\.0)$/i;

/** Whether a runner URL names this machine, which a deployed Worker can never reach. */
export function isLoopbackUrl(url) {
  try {
    return LOOPBACK_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

const urlList = (s) => (s ?? "").split(",").map((u) => u.trim()).filter(Boolean);

/** Where production runs would go, or why nowhere. */
export function runnerProblems(vars, config) {
  const pool = urlList(vars.RUNNER_URLS);
  const loopback = (urls, what) => urls.filter(isLoopbackUrl).map((u) => `${what} ${u} is a loopback address: a deployed Worker cannot reach this machine (a Tunnel, Workers VPC or public HTTPS runner: deploy/README.md)`);
  if (vars.RUNNER_TRANSPORT === "container") {
    const container = (config.containers ?? []).find((c) => c.class_name === "RunnerContainer");
    const binding = (config.durable_objects?.bindings ?? []).find((b) => b.name === "RUNNER_CONTAINER");
    const problems = [];
    if (!container || !binding) problems.push('RUNNER_TRANSPORT is "container" but wrangler.toml has no [[containers]] RunnerContainer bound as RUNNER_CONTAINER: no runner');
    return [...problems, ...loopback(pool, "RUNNER_URLS (the containers' fallback):")];
  }
  if (vars.RUNNER_TRANSPORT === "urls") {
    const urls = pool.length ? pool : urlList(vars.RUNNER_URL);
    if (urls.length === 0) return ['RUNNER_TRANSPORT is "urls" but neither RUNNER_URLS nor RUNNER_URL is set: no runner'];
    return loopback(urls, pool.length ? "RUNNER_URLS:" : "RUNNER_URL:");
  }
  return []; // an unknown transport is the RUNNER_TRANSPORT check's to report
}

/**
 * Everything that makes a production configuration unworkable: each declared var's production
 * check, the runner, the secrets (missing, a development default, too short; REMOTE ones exist and
 * cannot be read), anonymous room creation, secrets or test-only names in [vars].
 */
export function productionProblems(config, { vars: overrides = {}, secrets = {} } = {}) {
  const vars = { ...stringValues(config.vars ?? {}), ...overrides };
  // Deploy sets exactly the declared list: nothing else goes up, by mistake or by typo.
  const problems = [
    ...Object.keys(overrides).filter((n) => !isDeclared("var", n)).map((n) => `--var ${n}: not a declared variable (contracts/config-vars.ts)`),
    ...Object.keys(secrets).filter((n) => !isDeclared("secret", n)).map((n) => `${n}: not a declared secret (contracts/config-vars.ts)`),
  ];
  for (const entry of CONFIG_VARS) {
    if (entry.kind === "var") {
      const problem = productionProblem(entry, vars[entry.name]);
      if (problem) problems.push(problem);
      continue;
    }
    if (entry.name in vars) problems.push(`${entry.name} is a secret but is in [vars] (plain text in wrangler.toml): remove it and set it as a secret`);
    const value = secrets[entry.name];
    if (value === REMOTE) continue;
    if (value && value === DEV_DEFAULTS[entry.name]) {
      problems.push(`${entry.name} is the development default (worker/auth/secret.ts, worker/record/signing-key.ts): refused in production`);
      continue;
    }
    const problem = productionProblem(entry, value);
    if (problem) problems.push(value === undefined && entry.required ? `${problem}: not supplied (set it in the environment or a --secrets-file for the dry run)` : problem);
  }
  for (const name of TEST_ONLY_NAMES) if (name in vars) problems.push(`${name} is for tests only: remove it from [vars]`);
  problems.push(...runnerProblems(vars, config));
  problems.push(...workerReaderProblems(vars, secrets));
  const host = hostOf(urlList(vars.PUBLIC_ORIGIN)[0]);
  if (!anonymousRefusal({ ...vars }, host ?? "duet.invalid")) {
    problems.push(`anonymous room creation is allowed with DUET_ENV="${vars.DUET_ENV}" and REQUIRE_SIGN_IN="${vars.REQUIRE_SIGN_IN ?? ""}" (worker/middleware/room-creation.ts): production must refuse it`);
  }
  return problems;
}

/**
 * The values the Worker parses itself, through its own readers (what it would answer 500 for):
 * the sign-in providers and their client secrets, Cloudflare Access, the record verify keys.
 */
function workerReaderProblems(vars, secrets) {
  const env = { ...vars, ...Object.fromEntries(Object.entries(secrets).map(([k, v]) => [k, v === REMOTE ? "(set remotely)" : v])) };
  const readers = [
    ["sign-in providers", () => signInProviders(env)],
    ["Cloudflare Access", () => cloudflareAccessConfig(env)],
    ["record keys", () => parseVerifyKeys(env.RECORD_VERIFY_KEYS)],
  ];
  return readers.flatMap(([what, read]) => {
    try {
      read();
      return [];
    } catch (e) {
      return [`${what}: ${e.message}`];
    }
  });
}

function hostOf(origin) {
  try {
    return new URL(origin).hostname;
  } catch {
    return null;
  }
}

function stringValues(vars) {
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
}
