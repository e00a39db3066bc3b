/** Exporting a room's record (JSON with a signed hash chain, or one self-contained HTML file) and the key set that verifies it. */
import { Hono } from "hono";
import type { AppEnv } from "../app-env";

export const recordExport = new Hono<AppEnv>();
