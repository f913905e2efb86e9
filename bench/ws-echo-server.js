'use strict';
// Cross-check echo server on the `ws` package (`./bench/run --server ws`). Unlike the Vert.x
// server it echoes whole messages (ws has no frame-level API). Compression off, 256 MiB limit.
// Usage: node ws-echo-server.js [hosts]; prints `ECHO_PORT <port>`.
const http = require('http');
const { WebSocketServer } = require('ws');

const hosts = Number(process.argv[2] || 1);
const MAX = 256 * 1024 * 1024;

function listen(host, port) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => { res.writeHead(426); res.end(); });
    const wss = new WebSocketServer({ server, perMessageDeflate: false, maxPayload: MAX });
    wss.on('connection', (ws) => {
      ws.on('error', () => {});
      ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
    });
    server.on('error', reject);
    server.listen({ host, port, backlog: 8192 }, () => resolve(server.address().port));
  });
}

(async () => {
  const port = await listen('127.0.0.1', 0);
  for (let h = 2; h <= hosts; h++) await listen('127.0.0.' + h, port);
  console.log('ECHO_PORT ' + port);
})();
