'use strict';
// Prelude for runtimes without `location` (Node, Bun): hands the query string to the unmodified
// browser-style client as globalThis.BENCH_PARAMS. With --ws, the `ws` package stands in for
// the built-in WebSocket (Node's `ws` peer).
// Usage: node [--experimental-websocket] node-launch.js [--ws] 'test=B1&port=1234&...'
const args = process.argv.slice(2);
if (args[0] === '--ws') {
  globalThis.WebSocket = require('ws');
  args.shift();
}
globalThis.BENCH_PARAMS = args[0] || '';
require('../client.js');
