// Subprotocol negotiation: the server's selection becomes `protocol` before open; a selection that
// was not offered, or none when one was offered, fails the connection.
// https://websockets.spec.whatwg.org/#concept-websocket-establish
'use strict';

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
