/** Problem statements are markdown: rendered with marked, then sanitised (no scripts, no handlers). */
import DOMPurify from "dompurify";
import { marked } from "marked";

export function renderMarkdown(md: string): string {
  const html = marked.parse(md, { async: false, gfm: true, breaks: false }) as string;
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
