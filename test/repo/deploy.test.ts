/**
 * `npm run deploy` (README "Deploy"). Its dry run, for real (tsx, wrangler's offline bundle),
 * passes on the shipped wrangler.toml with valid secrets and a public origin; each configuration
 * that cannot work in production is refused with its own sentence (checked on the parsed config:
 * the bundle step runs once). The real deploy cannot run without an account: its flow runs with a
 * recording stand-in for the commands, and the test reads what it would have run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "smol-toml";
import { afterAll, describe, expect, it } from "vitest";
import { CONFIG_VARS } from "../../contracts/config-vars";
import { DEV_TOKEN_SECRET } from "../../worker/auth/secret";
import { DEV_RECORD_SIGNING_KEY } from "../../worker/record/signing-key";
// @ts-expect-error: plain ESM helpers of the deploy script
import { containerProblems, productionProblems, readWranglerConfig } from "../../scripts/lib/deploy-config.mjs";
// @ts-expect-error: plain ESM helpers of the deploy script
import { DeployRefused, deploy } from "../../scripts/lib/deploy-flow.mjs";
// @ts-expect-error: plain ESM helpers of the deploy script
import { PLACEHOLDER_DATABASE_ID } from "../../scripts/lib/deploy-steps.mjs";
import { ROOT } from "./tracked-files";

const SHIPPED = join(ROOT, "wrangler.toml");
const ORIGIN = { PUBLIC_ORIGIN: "https://duet.example.com" };
const random = () => randomBytes(32).toString("hex");
const SECRETS = {
  TOKEN_SECRET: random(),
  AUTH_SECRET: random(),
  RUNNER_SECRET: random(),
  HEALTH_TOKEN: random(),
  RECORD_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
};
const tmp = mkdtempSync(join(tmpdir(), "duet-deploy-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface ContainerEntry {
  class_name: string;
  image: string;
  instance_type?: string | { vcpu: number; memory_mib?: number };
  max_instances?: number;
}
/** The parts of wrangler.toml these cases change. */
interface Config {
  vars: Record<string, string>;
  containers?: ContainerEntry[];
  migrations: { tag: string; new_sqlite_classes?: string[] }[];
}
const shipped = (): Config => readWranglerConfig(SHIPPED);
const problemsOf = (config: Config, vars: Record<string, string> = ORIGIN, secrets: Record<string, string> = SECRETS): string[] => [
  ...containerProblems(config, ROOT),
  ...productionProblems(config, { vars, secrets }),
];
function runnerContainer(c: Config): ContainerEntry {
  const entry = c.containers?.find((x) => x.class_name === "RunnerContainer");
  if (!entry) throw new Error("the shipped wrangler.toml has no RunnerContainer [[containers]] entry");
  return entry;
}

function deployScript(args: string[]) {
  // Only what the test gives: no secret of the developer's shell.
  const unset = Object.fromEntries(CONFIG_VARS.filter((c) => c.kind === "secret").map((c) => [c.name, undefined]));
  const r = spawnSync("npx", ["tsx", "scripts/deploy.mjs", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...unset, CI: "true" } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("npm run deploy -- --dry-run", () => {
  it("passes on the shipped wrangler.toml with strong secrets and an https origin: checks, then wrangler's offline bundle", () => {
    const file = join(tmp, "secrets.json");
    writeFileSync(file, JSON.stringify(SECRETS));
    const r = deployScript(["--dry-run", "--secrets-file", file, "--var", `PUBLIC_ORIGIN=${ORIGIN.PUBLIC_ORIGIN}`]);
    expect(r.out).toContain("wrangler deploy --dry-run passed");
    expect(r.status, r.out).toBe(0);
  }, 120_000); // wrangler's bundle: ~10 s here, more on a loaded machine

  it("refuses a config that cannot work before bundling, saying why, with exit status 1", () => {
    const config = shipped();
    config.vars.DUET_ENV = "staging";
    const path = join(tmp, "staging.toml");
    writeFileSync(path, stringify(config));
    const r = deployScript(["--dry-run", "--config", path, "--var", `PUBLIC_ORIGIN=${ORIGIN.PUBLIC_ORIGIN}`]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('DUET_ENV: exactly "production"');
    expect(r.out).toMatch(/TOKEN_SECRET is not set .*not supplied/);
    expect(r.out).not.toContain("wrangler deploy --dry-run passed");
  });

  it("the shipped config itself has nothing to refuse", () => {
    expect(problemsOf(shipped())).toEqual([]);
  });

  it("refuses a [[containers]] entry the platform would not run as the runner needs", () => {
    const cases: [string, (c: Config) => void, RegExp][] = [
      ["another class", (c) => (runnerContainer(c).class_name = "Runner"), /matches no \[\[durable_objects.bindings\]\]/],
      ["no migration", (c) => (c.migrations = c.migrations.filter((m) => !m.new_sqlite_classes?.includes("RunnerContainer"))), /in no \[\[migrations\]\]/],
      ["half a vCPU", (c) => (runnerContainer(c).instance_type = "standard-1"), /"standard-1" has less than one whole vCPU/],
      ["a fraction, custom", (c) => (runnerContainer(c).instance_type = { vcpu: 0.5, memory_mib: 2048 }), /vcpu 0.5 is not a whole number/],
      ["no instance type", (c) => delete runnerContainer(c).instance_type, /instance_type is not set/],
      ["no max_instances", (c) => delete runnerContainer(c).max_instances, /max_instances must be set/],
      ["no Dockerfile", (c) => (runnerContainer(c).image = "./runner-service/Dockerfile.missing"), /is not a Dockerfile/],
    ];
    for (const [what, change, message] of cases) {
      const config = shipped();
      change(config);
      expect(problemsOf(config).join("\n"), what).toMatch(message);
    }
  });

  it("refuses a loopback or missing runner", () => {
    const urls = (vars: Record<string, string>) => problemsOf(shipped(), { ...ORIGIN, RUNNER_TRANSPORT: "urls", ...vars }).join("\n");
    expect(urls({ RUNNER_URL: "http://127.0.0.1:8790" })).toMatch(/RUNNER_URL: http:\/\/127.0.0.1:8790 is a loopback address/);
    expect(urls({ RUNNER_URLS: "https://runner-1.example.com,http://localhost:8791" })).toMatch(/RUNNER_URLS: http:\/\/localhost:8791 is a loopback/);
    expect(urls({ RUNNER_URLS: "http://[::1]:8790" })).toMatch(/\[::1\]:8790 is a loopback/);
    expect(urls({ RUNNER_URLS: "http://127.9.9.9" })).toMatch(/loopback/);
    expect(urls({ RUNNER_URLS: "", RUNNER_URL: "" })).toMatch(/neither RUNNER_URLS nor RUNNER_URL is set: no runner/);
    expect(urls({ RUNNER_URLS: "https://runner-1.example.com, https://runner-2.example.com" })).toBe("");
    const noContainer = shipped();
    delete noContainer.containers;
    expect(problemsOf(noContainer, { ...ORIGIN, RUNNER_TRANSPORT: "container" }).join("\n")).toMatch(/no \[\[containers\]\] RunnerContainer bound as RUNNER_CONTAINER: no runner/);
    expect(problemsOf(shipped(), { ...ORIGIN, RUNNER_TRANSPORT: "container", RUNNER_URLS: "http://127.0.0.1:8790" }).join("\n")).toMatch(/fallback.*loopback/);
    expect(problemsOf(shipped(), { ...ORIGIN, RUNNER_TRANSPORT: "pool" }).join("\n")).toMatch(/RUNNER_TRANSPORT: "container" or "urls"/);
  });

  it("refuses missing, default and short secrets, and a secret in [vars]", () => {
    const without = ({ TOKEN_SECRET, ...rest }: typeof SECRETS) => rest;
    expect(problemsOf(shipped(), ORIGIN, without(SECRETS)).join("\n")).toMatch(/TOKEN_SECRET is not set .*not supplied/);
    expect(problemsOf(shipped(), ORIGIN, { ...SECRETS, TOKEN_SECRET: DEV_TOKEN_SECRET }).join("\n")).toMatch(/TOKEN_SECRET is the development default/);
    expect(problemsOf(shipped(), ORIGIN, { ...SECRETS, TOKEN_SECRET_PREVIOUS: DEV_TOKEN_SECRET }).join("\n")).toMatch(/TOKEN_SECRET_PREVIOUS is the development default/);
    expect(problemsOf(shipped(), ORIGIN, { ...SECRETS, RECORD_SIGNING_KEY: DEV_RECORD_SIGNING_KEY }).join("\n")).toMatch(/RECORD_SIGNING_KEY is the development default/);
    expect(problemsOf(shipped(), ORIGIN, { ...SECRETS, AUTH_SECRET: "short-secret" }).join("\n")).toMatch(/AUTH_SECRET: at least 32 characters/);
    const leaked = shipped();
    leaked.vars.RUNNER_SECRET = random();
    expect(problemsOf(leaked).join("\n")).toMatch(/RUNNER_SECRET is a secret but is in \[vars\]/);
    const providers = JSON.stringify([{ id: "acme", name: "Acme SSO", issuer: "https://sso.acme.example", clientId: "duet" }]);
    expect(problemsOf(shipped(), { ...ORIGIN, OIDC_PROVIDERS: providers }).join("\n")).toMatch(/OIDC_ACME_CLIENT_SECRET/);
  });

  it("refuses anonymous room creation and any DUET_ENV but exactly production", () => {
    // The Worker's own rule (worker/middleware/room-creation.ts): the test environment lets anyone create rooms.
    const asTest = problemsOf(shipped(), { ...ORIGIN, DUET_ENV: "test" }).join("\n");
    expect(asTest).toMatch(/anonymous room creation is allowed with DUET_ENV="test"/);
    expect(asTest).toMatch(/DUET_ENV: exactly "production"/);
    expect(problemsOf(shipped(), { ...ORIGIN, DUET_ENV: "test", REQUIRE_SIGN_IN: "1" }).join("\n")).not.toMatch(/anonymous/);
    expect(problemsOf(shipped(), { ...ORIGIN, REQUIRE_SIGN_IN: "yes" }).join("\n")).toMatch(/REQUIRE_SIGN_IN: empty or "1"/);
    for (const env of ["development", "Production", "production ", "prod", ""]) expect(problemsOf(shipped(), { ...ORIGIN, DUET_ENV: env }).join("\n"), env).toMatch(/DUET_ENV/);
  });

  it("refuses what the Worker's own readers would refuse at run time", () => {
    expect(problemsOf(shipped(), { ...ORIGIN, CF_ACCESS_AUD: "aud-tag" }).join("\n")).toMatch(/Cloudflare Access: CF_ACCESS_TEAM_DOMAIN is not set but CF_ACCESS_AUD is/);
    expect(problemsOf(shipped(), { ...ORIGIN, CF_ACCESS_TEAM_DOMAIN: "https://acme.example.com", CF_ACCESS_AUD: "aud-tag" }).join("\n")).toMatch(/cloudflareaccess.com in production/);
    expect(problemsOf(shipped(), { ...ORIGIN, RECORD_VERIFY_KEYS: '["not-a-key"]' }).join("\n")).toMatch(/record keys: RECORD_VERIFY_KEYS entry 1 is not an Ed25519 public key/);
    expect(problemsOf(shipped(), { ...ORIGIN, OIDC_PROVIDERS: '[{"id":"Bad Id"}]' }).join("\n")).toMatch(/sign-in providers:/);
  });

  it("sets only declared names: an unknown --var or secret is refused", () => {
    expect(problemsOf(shipped(), { ...ORIGIN, PUBLIC_ORIGN: "https://typo.example" }).join("\n")).toMatch(/--var PUBLIC_ORIGN: not a declared variable/);
    expect(problemsOf(shipped(), ORIGIN, { ...SECRETS, TOKEN_SECRET_OLD: random() }).join("\n")).toMatch(/TOKEN_SECRET_OLD: not a declared secret/);
  });

  it("refuses a missing or non-https PUBLIC_ORIGIN", () => {
    expect(problemsOf(shipped(), {}).join("\n")).toMatch(/PUBLIC_ORIGIN is not set/);
    expect(problemsOf(shipped(), { PUBLIC_ORIGIN: "http://duet.example.com" }).join("\n")).toMatch(/PUBLIC_ORIGIN: comma-separated https:\/\/ origins/);
    expect(problemsOf(shipped(), { PUBLIC_ORIGIN: "https://duet.example.com,https://duet.example.org" })).toEqual([]);
  });
});

describe("npm run deploy (against a recording stand-in for wrangler)", () => {
  type Step = { command: string; args: string[] };
  function recorder(answers: (s: Step) => { status?: number; stdout?: string }) {
    const ran: { line: string; uploaded?: Record<string, string> }[] = [];
    const run = (s: Step) => {
      const at = s.args.indexOf("--secrets-file");
      ran.push({ line: [s.command, ...s.args].join(" "), uploaded: at > 0 ? JSON.parse(readFileSync(s.args[at + 1], "utf8")) : undefined });
      return { status: 0, stdout: "", stderr: "", ...answers(s) };
    };
    return { ran, run };
  }
  const fresh = () => {
    const path = join(tmp, `wrangler-${randomBytes(4).toString("hex")}.toml`);
    writeFileSync(path, readFileSync(SHIPPED, "utf8"));
    return path;
  };
  const NEW_ID = "0123abcd-4567-89ab-cdef-0123456789ab";

  it("first deploy: creates the D1 and writes its id, migrates it, builds the web app, deploys with every declared secret generated", () => {
    const configPath = fresh();
    const { ran, run } = recorder((s) =>
      s.args.includes("list") ? { status: 1, stdout: "", stderr: "This Worker does not exist on your account. [code: 10007]" } : s.args.includes("create") ? { stdout: `[[d1_databases]]\nbinding = "DB"\ndatabase_name = "duet"\ndatabase_id = "${NEW_ID}"\n` } : {},
    );
    const keptDir = mkdtempSync(join(tmpdir(), "duet-deploy-kept-"));
    deploy({ root: ROOT, configPath, vars: ORIGIN, secrets: {}, run, log: () => {}, keptDir });
    expect(ran.map((r) => r.line)).toEqual([
      `npx wrangler secret list --format json --config ${configPath}`,
      `npx wrangler d1 create duet --config ${configPath}`,
      `npx wrangler d1 migrations apply DB --remote --config ${configPath}`,
      "npx vite build --config web/vite.config.ts --logLevel warn",
      expect.stringMatching(new RegExp(`^npx wrangler deploy --config ${configPath} --secrets-file \\S+secrets.json --var PUBLIC_ORIGIN:https://duet.example.com$`)),
    ]);
    const written = readFileSync(configPath, "utf8");
    expect(written).toContain(`database_id = "${NEW_ID}"`);
    expect(written).not.toContain(PLACEHOLDER_DATABASE_ID);
    expect(written).toContain("# Set to the real database id at deploy"); // comments kept
    // Exactly the declared secrets required in production, each strong enough for the checks.
    const uploaded = ran.at(-1)?.uploaded ?? {};
    expect(Object.keys(uploaded).sort()).toEqual(CONFIG_VARS.filter((c) => c.kind === "secret" && c.required).map((c) => c.name).sort());
    expect(problemsOf(readWranglerConfig(configPath), ORIGIN, uploaded)).toEqual([]);
    expect(uploaded.RECORD_SIGNING_KEY).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    // The deep health check's token is the operator's to present: kept for them, readable by them only.
    const kept = join(keptDir, "health-token");
    expect(readFileSync(kept, "utf8").trim()).toBe(uploaded.HEALTH_TOKEN);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    rmSync(keptDir, { recursive: true, force: true });
  });

  it("next deploy: keeps the database and the secrets already set, uploads a rotated one that is supplied", () => {
    const configPath = fresh();
    writeFileSync(configPath, readFileSync(configPath, "utf8").replace(PLACEHOLDER_DATABASE_ID, NEW_ID));
    const remote = CONFIG_VARS.filter((c) => c.kind === "secret" && c.required).map((c) => ({ name: c.name, type: "secret_text" }));
    const { ran, run } = recorder((s) => (s.args.includes("list") ? { stdout: JSON.stringify(remote) } : {}));
    const rotation = { TOKEN_SECRET: random(), TOKEN_SECRET_PREVIOUS: random() };
    deploy({ root: ROOT, configPath, vars: ORIGIN, secrets: rotation, run, log: () => {} });
    expect(ran.some((r) => r.line.includes("d1 create"))).toBe(false);
    expect(ran.at(-1)?.uploaded).toEqual(rotation);
  });

  it("refuses before touching anything remote when a secret only the operator can give is missing, or the config cannot work", () => {
    const configPath = fresh();
    const { ran, run } = recorder((s) => (s.args.includes("list") ? { stdout: "[]" } : {}));
    const providers = JSON.stringify([{ id: "acme", name: "Acme SSO", issuer: "https://sso.acme.example", clientId: "duet" }]);
    expect(() => deploy({ root: ROOT, configPath, vars: { ...ORIGIN, OIDC_PROVIDERS: providers }, run, log: () => {} })).toThrow(/OIDC_ACME_CLIENT_SECRET is not set and cannot be generated/);
    expect(() => deploy({ root: ROOT, configPath, vars: { ...ORIGIN, RUNNER_TRANSPORT: "urls" }, run, log: () => {} })).toThrow(DeployRefused);
    expect(ran.map((r) => r.line).every((l) => l.includes("secret list"))).toBe(true);
  });

  it("the deploy script's own files parse (npm run deploy is `tsx scripts/deploy.mjs`)", () => {
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.deploy).toBe("tsx scripts/deploy.mjs");
    execFileSync("node", ["--check", join(ROOT, "scripts/deploy.mjs")]);
  });
});
