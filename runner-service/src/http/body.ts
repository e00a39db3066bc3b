/** Read a request body as text, refusing (413) past `limit` without buffering the excess. */
import type { IncomingMessage } from "node:http";
import { RunnerError } from "../core/service.js";

export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) {
    req.resume(); // drain so the 413 reaches the client
    return Promise.reject(new RunnerError("payload_too_large", `body is ${declared} bytes; the limit is ${limit}`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        reject(new RunnerError("payload_too_large", `body is over ${limit} bytes`));
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
