/**
 * Keystroke → remote render: two browser contexts in one room; one types into Monaco, the other
 * watches its editor's DOM. Each keystroke's time is taken in the typing page at keydown, and the
 * moment the character is rendered in the other page by a MutationObserver; both pages read the
 * same machine clock (performance.timeOrigin + performance.now()).
 */
import type { Page } from "playwright-core";

export async function keystrokeLatency(typer: Page, watcher: Page, keystrokes: number, gapMs: number): Promise<number[]> {
  // Plain strings: tsx would wrap named functions in a helper the page does not have.
  await watcher.evaluate(`(() => {
    const lines = document.querySelector(".monaco-editor .view-lines");
    const count = function () { return (lines.textContent || "").split("q").length - 1; };
    window.__recv = [];
    window.__base = count();
    if (window.__observing) return;
    window.__observing = true;
    new MutationObserver(function () {
      const now = performance.timeOrigin + performance.now();
      const n = count() - window.__base;
      while (window.__recv.length < n) window.__recv.push(now);
    }).observe(lines, { subtree: true, childList: true, characterData: true });
  })()`);
  await typer.evaluate(`(() => {
    window.__sent = [];
    if (window.__listening) return;
    window.__listening = true;
    window.addEventListener("keydown", function (e) { if (e.key === "q") window.__sent.push(performance.timeOrigin + performance.now()); }, true);
  })()`);
  await typer.locator(".monaco-editor .view-lines").click();
  for (let i = 0; i < keystrokes; i++) {
    await typer.keyboard.press("q");
    await new Promise((r) => setTimeout(r, gapMs));
  }
  const deadline = Date.now() + 10_000;
  while ((await watcher.evaluate<number>("window.__recv.length")) < keystrokes) {
    if (Date.now() > deadline) throw new Error("not every keystroke reached the other browser");
    await new Promise((r) => setTimeout(r, 50));
  }
  const sent = await typer.evaluate<number[]>("window.__sent");
  const recv = await watcher.evaluate<number[]>("window.__recv");
  return sent.map((t, i) => recv[i] - t);
}
