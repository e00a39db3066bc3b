/** The interview record: its timeline, the code at any moment, integrity signals, who may read it, deleting it. */
import { Hono } from "hono";
import type { AppEnv } from "../app-env";

export const recordRoutes = new Hono<AppEnv>();
