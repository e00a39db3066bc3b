/**
 * The reader's display settings, remembered in this browser (localStorage `duet:settings`): the
 * editor's font size and a high-contrast theme. One small store shared by every component that
 * shows them (useSyncExternalStore), kept in step across tabs by the `storage` event.
 * High contrast is `<html data-contrast="more">` (app.css); index.html sets it before first paint
 * from the same key, and with nothing stored it follows the system's `prefers-contrast: more`.
 */
import { useSyncExternalStore } from "react";

export type Contrast = "normal" | "more";
export interface Settings { fontSize: number; contrast: Contrast }

export const STORAGE_KEY = "duet:settings";
export const FONT_SIZES = [12, 13, 14, 16, 18, 20, 24, 28] as const;
export const DEFAULT_FONT_SIZE = 14;

function systemContrast(): Contrast {
  try {
    return matchMedia("(prefers-contrast: more)").matches ? "more" : "normal";
  } catch {
    return "normal";
  }
}

/** Whatever is stored, made valid: unknown sizes and values fall back to the defaults. */
export function parseSettings(raw: string | null, fallbackContrast: Contrast = "normal"): Settings {
  let v: Partial<Record<keyof Settings, unknown>> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object") v = parsed;
  } catch {}
  const fontSize = FONT_SIZES.includes(v.fontSize as never) ? (v.fontSize as number) : DEFAULT_FONT_SIZE;
  const contrast = v.contrast === "more" || v.contrast === "normal" ? v.contrast : fallbackContrast;
  return { fontSize, contrast };
}

function read(): Settings {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {}
  return parseSettings(raw, systemContrast());
}

let current: Settings | null = null;
const listeners = new Set<() => void>();

function apply(s: Settings): void {
  if (typeof document === "undefined") return;
  if (s.contrast === "more") document.documentElement.dataset.contrast = "more";
  else delete document.documentElement.dataset.contrast;
}

export function getSettings(): Settings {
  return (current ??= read());
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...getSettings(), ...patch };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {}
  apply(current);
  listeners.forEach((l) => l());
}

function onStorage(e: StorageEvent): void {
  if (e.key !== STORAGE_KEY) return;
  current = read();
  apply(current);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/** The settings, re-rendering when they change here or in another tab. */
export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}
