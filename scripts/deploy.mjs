// npm run deploy [-- --dry-run] [--secrets-file FILE] [--var NAME=value …] [--config wrangler.toml]
//
// Deploys Duet to Cloudflare (README "Deploy"): checks the production configuration, creates or
// migrates the remote D1, builds the web app and runs `wrangler deploy` with the runner container,
// uploading the secrets that are missing (generated where they can be). `--dry-run` does the checks
// and bundles the Worker offline, touching no account. Secrets come from the environment (the
// declared names in contracts/config-vars.ts) and from --secrets-file (JSON or .env lines).
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readSecretsFile, secretsFromEnvironment } from "./lib/deploy-config.mjs";
import { DeployRefused, deploy, dryRun } from "./lib/deploy-flow.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

function parseVars(list) {
  return Object.fromEntries(
    list.map((pair) => {
      const at = pair.indexOf("=");
      if (at < 1) throw new DeployRefused([`--var ${pair}: expected NAME=value`]);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

try {
  const { values: flags } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      "secrets-file": { type: "string" },
      var: { type: "string", multiple: true, default: [] },
      config: { type: "string", default: "wrangler.toml" },
    },
  });
  const secrets = { ...secretsFromEnvironment(process.env), ...(flags["secrets-file"] ? readSecretsFile(flags["secrets-file"]) : {}) };
  const options = { root, configPath: resolve(root, flags.config), vars: parseVars(flags.var), secrets };
  if (flags["dry-run"]) {
    dryRun(options);
    console.log("deploy --dry-run: passed");
  } else {
    const { uploaded } = deploy(options);
    console.log(`deploy: done${uploaded.length ? ` (secrets uploaded: ${uploaded.join(", ")})` : ""}`);
  }
} catch (e) {
  console.error(e instanceof DeployRefused ? `deploy: ${e.message}` : `deploy: ${e.message ?? e}`);
  process.exit(1);
}
