// The deploy's steps as command lines (argv arrays, never shell strings) and the few pure helpers
// around them, so a test can read exactly what `npm run deploy` would run against an account.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { CONFIG_VARS } from "../../contracts/config-vars";
import { clientSecretName } from "../../worker/accounts/oidc-config";

/** wrangler.toml's database_id before the first deploy. */
export const PLACEHOLDER_DATABASE_ID = "00000000-0000-0000-0000-000000000000";

const wrangler = (...args) => ({ command: "npx", args: ["wrangler", ...args] });

/** The D1 database to create, when wrangler.toml still has the placeholder id; else null. */
export function d1CreateCommand(config, configPath) {
  const db = (config.d1_databases ?? []).find((d) => d.binding === "DB");
  if (!db || db.database_id !== PLACEHOLDER_DATABASE_ID) return null;
  return wrangler("d1", "create", db.database_name, "--config", configPath);
}

/** The new database's id in `wrangler d1 create`'s answer (its TOML or JSON snippet). */
export function createdDatabaseId(output) {
  const m = /database_id"?\s*[=:]\s*"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/i.exec(output);
  if (!m) throw new Error(`could not find the new database's id in wrangler's answer:\n${output}`);
  return m[1];
}

/** wrangler.toml's text with the placeholder id replaced (comments and layout kept). */
export function withDatabaseId(tomlText, id) {
  const line = new RegExp(`^(database_id\\s*=\\s*)"${PLACEHOLDER_DATABASE_ID}"`, "m");
  if (!line.test(tomlText)) throw new Error(`wrangler.toml has no database_id = "${PLACEHOLDER_DATABASE_ID}" to replace`);
  return tomlText.replace(line, `$1"${id}"`);
}

export const migrationsCommand = (configPath) => wrangler("d1", "migrations", "apply", "DB", "--remote", "--config", configPath);

export const secretListCommand = (configPath) => wrangler("secret", "list", "--format", "json", "--config", configPath);

/** The names in `wrangler secret list --format json`; a Worker not deployed yet has none. */
export function listedSecretNames(result) {
  if (result.status !== 0) {
    if (/10007|does not exist|not found/i.test(`${result.stdout}${result.stderr}`)) return [];
    throw new Error(`wrangler secret list failed:\n${result.stderr || result.stdout}`);
  }
  const json = result.stdout.slice(result.stdout.indexOf("["));
  return JSON.parse(json).map((s) => s.name);
}

export const webBuildCommand = () => ({ command: "npx", args: ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], env: { NODE_ENV: "production" } });

const varFlags = (vars) => Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]);

/** The real deploy: the Worker, its assets, the container image, and the secrets still missing. */
export function deployCommand({ configPath, secretsFile, vars = {} }) {
  return wrangler("deploy", "--config", configPath, ...(secretsFile ? ["--secrets-file", secretsFile] : []), ...varFlags(vars));
}

/** The offline bundle and validation of the Worker (on the copy without [[containers]]). */
export function dryRunCommand({ configPath, outdir, vars = {} }) {
  // Offline means offline: no usage metrics either.
  return { ...wrangler("deploy", "--dry-run", "--config", configPath, "--outdir", outdir, ...varFlags(vars)), env: { WRANGLER_SEND_METRICS: "false" } };
}

/**
 * Every secret the configuration needs: the declared ones required in production, and a client
 * secret per sign-in provider in OIDC_PROVIDERS. TOKEN_SECRET_PREVIOUS is set by hand, only during
 * a rotation (README "Deploy").
 */
export function neededSecrets(vars) {
  const declared = CONFIG_VARS.filter((c) => c.kind === "secret" && c.required).map((c) => ({ name: c.name, source: c.source }));
  let providers = [];
  try {
    providers = vars.OIDC_PROVIDERS?.trim() ? JSON.parse(vars.OIDC_PROVIDERS) : [];
  } catch {
    providers = []; // an unreadable list is the configuration check's to report
  }
  return [...declared, ...providers.map((p) => ({ name: clientSecretName(String(p.id)), source: "given" }))];
}

/**
 * What deploy uploads: every supplied secret (that is how a secret is rotated), and a value for
 * each needed one neither set remotely nor supplied — generated where it can be; `mustGive` names
 * the ones only the operator can give (an identity provider's client secret).
 */
export function secretsToUpload(needed, { remote = [], supplied = {} }) {
  const values = { ...supplied };
  const mustGive = [];
  for (const { name, source } of needed) {
    if (values[name] || remote.includes(name)) continue;
    if (source === "random") values[name] = randomBytes(32).toString("hex");
    else if (source === "ed25519") values[name] = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    else mustGive.push(name);
  }
  return { values, mustGive };
}
