// WebSocket attributes through a connection's life: url, readyState, bufferedAmount, extensions,
// protocol, binaryType. https://websockets.spec.whatwg.org/#the-websocket-interface
'use strict';

// A snapshot of every attribute.
function attributes(ws) {
  return `${ws.readyState}|${ws.bufferedAmount}|${ws.protocol}|${ws.binaryType}|${ws.url}`;
}

promise_test(async () => {
  const ws = new WebSocket('/protocol?select=chat', ['chat']);
  const snapshots = [attributes(ws)];
  assert_equals(ws.extensions, '', 'extensions while CONNECTING');
  const log = await lifecycle(ws, {
    open(ws) {
      snapshots.push(attributes(ws));
      ws.send('hi');
      snapshots.push(attributes(ws));
      ws.close();
      snapshots.push(attributes(ws));
    },
    close(ws) { snapshots.push(attributes(ws)); },
  });
  const url = `${WS}/protocol?select=chat`;
  assert_array_equals(log, ['open:1:chat', 'close:3:1005::true']);
  assert_equals(snapshots[0], `0|0||blob|${url}`);
  assert_equals(snapshots[1], `1|0|chat|blob|${url}`);
  assert_equals(snapshots[2], `1|2|chat|blob|${url}`);
  assert_equals(snapshots[3], `2|2|chat|blob|${url}`);
  assert_regexp_match(snapshots[4], new RegExp(`^3\\|[02]\\|chat\\|blob\\|${url.replace(/[?.]/g, '\\$&')}$`), 'protocol is kept after close');
}, 'attributes through CONNECTING, OPEN, CLOSING and CLOSED');

test(() => {
  const ws = new WebSocket('/echo');
  assert_equals(ws.binaryType, 'blob');
  for (const invalid of ['Blob', 'ArrayBuffer', 'arrayBuffer', '', ' blob', 'blob ', 'nodebuffer', 'fragments', null, undefined, 0, {}]) {
    ws.binaryType = invalid;
    assert_equals(ws.binaryType, 'blob', `after setting ${String(invalid)}`);
  }
  ws.binaryType = 'arraybuffer';
  assert_equals(ws.binaryType, 'arraybuffer');
  ws.binaryType = 'Blob';
  assert_equals(ws.binaryType, 'arraybuffer', 'an invalid value is ignored, not a reset to "blob"');
  ws.binaryType = { toString: () => 'blob' };
  assert_equals(ws.binaryType, 'blob', 'converted to a string first');
  assert_throws_js(TypeError, () => { ws.binaryType = Symbol('x'); });
  ws.close();
}, 'binaryType is "blob" by default; invalid assignments are ignored');

test(() => {
  const ws = new WebSocket('/echo');
  for (const name of ['url', 'readyState', 'bufferedAmount', 'extensions', 'protocol']) {
    const before = ws[name];
    assert_throws_js(TypeError, () => { ws[name] = 'changed'; }, `${name} is readonly (strict mode assignment throws)`);
    assert_equals(ws[name], before, name);
  }
  for (const name of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) {
    assert_throws_js(TypeError, () => { ws[name] = 9; }, name);
    assert_throws_js(TypeError, () => { WebSocket[name] = 9; }, name);
  }
  assert_array_equals([ws.CONNECTING, ws.OPEN, ws.CLOSING, ws.CLOSED], [0, 1, 2, 3]);
  ws.close();
}, 'attributes and constants are readonly');

promise_test(async () => {
  // After a failed connection the attributes keep their CONNECTING values but readyState.
  const ws = new WebSocket('/status?code=404', ['chat']);
  ws.binaryType = 'arraybuffer';
  const log = await lifecycle(ws);
  assert_array_equals(log, ['error:3', 'close:3:1006::false']);
  assert_equals(attributes(ws), `3|0||arraybuffer|${WS}/status?code=404`);
  assert_equals(ws.extensions, '');
}, 'attributes after a failed handshake');
