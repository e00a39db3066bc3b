/**
 * Just enough of a browser for a redirect-based sign-in: a cookie jar per origin, redirects
 * followed by hand (so a test can stop at one and tamper with it), and HTML forms submitted with
 * their hidden fields. Cookies are kept by name per origin; paths and expiry beyond deletion are
 * not modelled, which the flows tested here do not need.
 */
export interface Page {
  url: string;
  status: number;
  html: string;
}

export class TestBrowser {
  readonly #jar = new Map<string, Map<string, string>>();

  cookiesFor(url: string): string {
    return [...(this.#jar.get(new URL(url).origin) ?? new Map())].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** One request, no redirect followed; cookies sent and stored like a browser's. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookiesFor(url);
    if (cookie) headers.set("Cookie", cookie);
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    const jar = this.#jar.get(new URL(url).origin) ?? new Map<string, string>();
    this.#jar.set(new URL(url).origin, jar);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]) < Date.now()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /**
   * Requests `url` and follows redirects with GET until a page answers, or until the next URL is
   * one `stopBefore` picks (returned unrequested, as `status` 0).
   */
  async navigate(url: string, init: RequestInit = {}, stopBefore: (next: URL) => boolean = () => false): Promise<Page> {
    let res = await this.request(url, init);
    for (let hops = 0; res.status >= 300 && res.status < 400; hops++) {
      if (hops > 20) throw new Error(`too many redirects from ${url}`);
      const next = new URL(res.headers.get("location") ?? "", url);
      if (stopBefore(next)) return { url: next.href, status: 0, html: "" };
      url = next.href;
      res = await this.request(url);
    }
    return { url, status: res.status, html: await res.text() };
  }

  /** Submits the page's (first) form with its hidden fields and `fields`, then navigates on. */
  submit(page: Page, fields: Record<string, string>, stopBefore?: (next: URL) => boolean): Promise<Page> {
    const form = /<form\b[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(page.html);
    if (!form) throw new Error(`no form at ${page.url} (status ${page.status}):\n${page.html.slice(0, 2000)}`);
    const body = new URLSearchParams();
    for (const input of form[2].matchAll(/<input\b[^>]*>/gi)) {
      const name = /\bname="([^"]*)"/.exec(input[0])?.[1];
      const value = /\bvalue="([^"]*)"/.exec(input[0])?.[1];
      if (name && value !== undefined && /type="hidden"/i.test(input[0])) body.set(name, unescapeHtml(value));
    }
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    const action = new URL(unescapeHtml(form[1]), page.url).href;
    return this.navigate(action, { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } }, stopBefore);
  }
}

function unescapeHtml(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
