// Shared by the WebSocket tests in this folder (the runner loads a folder's support.js before
// each of its test files). The runtime's location is the conformance server, with the TLS, raw and
// proxy ports in its query.
'use strict';

const params = new URLSearchParams(location.search);
const WS = location.origin.replace(/^http/, 'ws'); // ws://127.0.0.1:<port>

// A short label for a message's data, for event logs.
function describe(data) {
  if (typeof data === 'string') return data.length > 40 ? `string(${data.length})` : data;
  if (data instanceof ArrayBuffer) return `ArrayBuffer(${data.byteLength})`;
  if (data instanceof Blob) return `Blob(${data.size}:${data.type})`;
  return `${typeof data}:${data}`;
}

// Records every event of ws (with readyState and the attributes that matter) until close.
// hooks.open/message/error/close(ws, event, log) run after the event is logged.
function lifecycle(ws, hooks = {}) {
  const log = [];
  return new Promise((resolve) => {
    ws.addEventListener('open', (e) => { log.push(`open:${ws.readyState}:${ws.protocol}`); if (hooks.open) hooks.open(ws, e, log); });
    ws.addEventListener('message', (e) => { log.push(`message:${ws.readyState}:${describe(e.data)}`); if (hooks.message) hooks.message(ws, e, log); });
    ws.addEventListener('error', (e) => { log.push(`error:${ws.readyState}`); if (hooks.error) hooks.error(ws, e, log); });
    ws.addEventListener('close', (e) => {
      log.push(`close:${ws.readyState}:${e.code}:${e.reason}:${e.wasClean}`);
      if (hooks.close) hooks.close(ws, e, log);
      resolve(log);
    });
  });
}
