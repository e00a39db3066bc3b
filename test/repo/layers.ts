/**
 * Which part may import which (DESIGN.md): `worker → durable-objects → data/contracts`,
 * `runner-service → contracts`, `web → contracts`. A rule names the importing files and the
 * files they may not reach; a listed exception is the one door through a wall.
 */
import type { ImportEdge } from "./import-graph";

export interface LayerRule {
  why: string;
  from: (file: string) => boolean;
  forbidden: (target: string) => boolean;
  /** Edges allowed through anyway. */
  except?: (edge: ImportEdge) => boolean;
}

const under = (...dirs: string[]) => (file: string) => dirs.some((d) => file.startsWith(`${d}/`));

/** The classes the Worker exports so workerd can find them: the Worker's only way into durable-objects/. */
const DURABLE_OBJECT_CLASSES = new Set(["durable-objects/room/room.ts", "durable-objects/rate-limiter.ts", "durable-objects/org/org-events.ts", "durable-objects/runner-container/runner-container.ts", "durable-objects/problem-checks/problem-checks.ts"]);

export const LAYER_RULES: LayerRule[] = [
  {
    why: "a Durable Object never reaches up into the Worker (the Worker calls it, not the other way round)",
    from: under("durable-objects"),
    forbidden: under("worker"),
  },
  {
    why: "the Worker sees durable-objects/ only through the class exports in worker/index.ts; hand-off types live in contracts/",
    from: under("worker"),
    forbidden: under("durable-objects"),
    except: (e) => e.from === "worker/index.ts" && DURABLE_OBJECT_CLASSES.has(e.to),
  },
  {
    why: "data/, contracts/ and judge/ sit at the bottom: they import no part above them",
    from: under("data", "contracts", "judge"),
    forbidden: under("worker", "durable-objects", "runner-service", "web"),
  },
  {
    why: "contracts/ are plain schemas and types: they do not depend on D1 queries or the judge",
    from: under("contracts"),
    forbidden: under("data", "judge"),
  },
  {
    why: "the runner service depends on contracts/ only (and the judge's pure helpers), never on the edge",
    from: under("runner-service"),
    forbidden: under("worker", "durable-objects", "data", "web"),
  },
  {
    why: "the web app depends on contracts/ only",
    from: under("web"),
    forbidden: under("worker", "durable-objects", "data", "runner-service", "judge"),
  },
];

export function violations(edges: ImportEdge[], rules: LayerRule[] = LAYER_RULES): string[] {
  return edges.flatMap((e) =>
    rules.filter((r) => r.from(e.from) && r.forbidden(e.to) && !r.except?.(e)).map((r) => `${e.from} → ${e.to} ("${e.specifier}"): ${r.why}`),
  );
}
