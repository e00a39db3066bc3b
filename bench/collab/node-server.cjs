// The baseline: y-websocket@2's stock Node server (bin/server.cjs), unchanged apart from the port
// coming from argv and a "ready" line. Docs live in memory (no YPERSISTENCE), as in the stock default.
const http = require("node:http");
const WebSocket = require("ws");
const { setupWSConnection } = require("y-websocket/bin/utils");

const port = Number(process.argv[2]);
const wss = new WebSocket.Server({ noServer: true });
wss.on("connection", setupWSConnection);

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "Content-Type": "text/plain" });
  res.end("okay");
});
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});
server.listen(port, "127.0.0.1", () => console.log(`ready ${port}`));
