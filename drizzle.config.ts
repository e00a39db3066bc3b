import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes D1 SQL migrations from the schema. */
export default defineConfig({
  dialect: "sqlite",
  schema: "./data/schema.ts",
  out: "./migrations",
});
