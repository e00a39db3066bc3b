/** Interviewers' scorecards: each fills their own, sealed until they submit it. */
import { Hono } from "hono";
import type { AppEnv } from "../app-env";

export const scorecards = new Hono<AppEnv>();
