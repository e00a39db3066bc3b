/**
 * Where an organisation's webhooks may go. Production: https to a public host — never localhost,
 * a loopback, private, link-local or otherwise special IP literal, a `.local`/`.internal`/
 * `.localhost`/`.home.arpa` name or a one-label name, and never with credentials in the URL (the
 * signature authenticates a delivery; a password in a URL ends up in logs). Development and tests
 * may also use loopback, over http or https, so a local receiver works; nothing else private.
 *
 * Host names are judged as written: Workers' fetch reaches the public internet only, so a public
 * name that resolves to a private address reaches nothing private; redirects are not followed.
 */

const NON_PUBLIC_SUFFIXES = [".local", ".internal", ".localhost", ".home.arpa"];

/** Why the URL is refused, or null when webhooks may be sent to it. */
export function webhookUrlRefusal(raw: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "url is not an absolute URL";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "url must be https";
  if (url.username || url.password) return "url must not carry credentials: deliveries are authenticated by their signature";
  const host = url.hostname.toLowerCase().replace(/\.$/, ""); // "localhost." is localhost
  if (isLoopback(host)) return production ? "url must be a public host: loopback is for development and tests only" : null;
  if (url.protocol !== "https:") return "url must be https (plain http only to loopback, in development and tests)";
  if (isNonPublic(host)) return `url must be a public host, not ${host}`;
  return null;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isNonPublic(host: string): boolean {
  if (host.startsWith("[")) return isSpecialIpv6(host.slice(1, -1));
  const v4 = ipv4(host);
  if (v4) return isSpecialIpv4(v4);
  return !host.includes(".") || NON_PUBLIC_SUFFIXES.some((s) => host.endsWith(s));
}

/** The URL parser already turned 0x7f.1, 2130706433 and the like into dotted decimal. */
function ipv4(host: string): number[] | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  return m ? m.slice(1).map(Number) : null;
}

/** Not a public unicast address: this network, private, shared (CGNAT), link-local, benchmarking, IETF, multicast, reserved. */
function isSpecialIpv4([a, b]: number[]): boolean {
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254)
    || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19))
    || a >= 224;
}

/** Unspecified, loopback, IPv4-mapped or -compatible (first group 0), NAT64, unique-local, link-local, multicast. */
function isSpecialIpv6(addr: string): boolean {
  const groups = addr.split(":");
  const first = Number.parseInt(groups[0] || "0", 16);
  return first === 0 || (groups[0] === "64" && groups[1] === "ff9b") || (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80
    || (first & 0xff00) === 0xff00;
}
