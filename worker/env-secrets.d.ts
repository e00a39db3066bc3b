// Secrets are not in wrangler.toml, so `wrangler types` cannot see them.
declare namespace Cloudflare {
  interface Env {
    /** HMAC key for room tokens; a marked dev default is used outside production. */
    TOKEN_SECRET?: string;
    /** Bearer secret shared with the runner service. */
    RUNNER_SECRET?: string;
  }
}
