/**
 * Copies text: the clipboard API, or (denied, or an insecure origin) selecting `fallback` and the
 * old copy command. Resolves whether the text is believed copied.
 */
export async function copyText(text: string, fallback?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.select();
    return document.execCommand?.("copy") ?? false;
  }
}
