/**
 * A loopback TCP proxy in front of the product that can be told to stop forwarding, both ways,
 * while keeping every connection open: what a dead Wi-Fi link or a stuck middlebox looks like to
 * a browser (no close, no error, just silence). New connections made while it is stalled are
 * accepted and swallowed the same way.
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface StallProxy {
  /** The proxy's origin (http://127.0.0.1:<port>): a page loaded from it talks to the product through it. */
  origin: string;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function stallProxy(target: string): Promise<StallProxy> {
  const { hostname, port } = new URL(target);
  let stalled = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: hostname, port: Number(port) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {}); // a reset on one side closes the other below
    }
    client.on("data", (chunk) => void (stalled || upstream.write(chunk)));
    upstream.on("data", (chunk) => void (stalled || client.write(chunk)));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the proxy has no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stall: () => void (stalled = true),
    resume: () => void (stalled = false),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
