// Subprotocol negotiation: the server's selection becomes `protocol` before open; a selection that
// was not offered, or none when one was offered, fails the connection.
// https://websockets.spec.whatwg.org/#concept-websocket-establish
'use strict';

const params = new URLSearchParams(location.search);
const WS = location.origin.replace(/^http/, 'ws'); // ws://127.0.0.1:<port>

// A short description of message data for logs.
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

for (const [protocols, path, expected] of [
  [['chat', 'superchat'], '/protocol?select=chat', ['open:1:chat', 'close:3:1005::true']],
  [['superchat', 'chat'], '/protocol?select=chat', ['open:1:chat', 'close:3:1005::true']],
  ['chat', '/protocol?select=chat', ['open:1:chat', 'close:3:1005::true']],
  [{ protocols: ['v2.mqtt', 'chat'] }, '/protocol?select=chat', ['open:1:chat', 'close:3:1005::true']],
  [[], '/protocol', ['open:1:', 'close:3:1005::true']],
  [['chat'], '/protocol', ['error:3', 'close:3:1006::false']],
  [[], '/protocol?select=chat', ['error:3', 'close:3:1006::false']],
  [['superchat'], '/protocol?select=chat', ['error:3', 'close:3:1006::false']],
]) {
  promise_test(async () => {
    const ws = new WebSocket(path, protocols);
    const log = await lifecycle(ws, { open(ws) { ws.close(); } });
    assert_array_equals(log, expected);
  }, `offered ${JSON.stringify(protocols)}, server ${path.slice(1)}`);
}

promise_test(async () => {
  const ws = new WebSocket('/protocol?select=chat', ['chat']);
  const seen = [];
  ws.addEventListener('open', () => seen.push(`listener:${ws.protocol}`));
  queueMicrotask(() => seen.push(`microtask:${ws.protocol}`));
  await lifecycle(ws, { open(ws) { ws.close(); }, close(ws) { seen.push(`close:${ws.protocol}`); } });
  assert_array_equals(seen, ['microtask:', 'listener:chat', 'close:chat']);
}, 'protocol is set just before open and kept after close');
