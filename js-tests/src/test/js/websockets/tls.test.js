// wss: against the conformance server's TLS port (a certificate generated at test time, trusted by
// the test runtime), and https: URLs mapped to wss:.
'use strict';

const WSS = `wss://127.0.0.1:${params.get('wss')}`;

promise_test(async () => {
  const ws = new WebSocket(`${WSS}/echo`);
  assert_equals(ws.url, `${WSS}/echo`);
  let origin;
  const log = await lifecycle(ws, {
    open(ws) { ws.send('secure'); ws.send(new Uint8Array([1, 2])); },
    message(ws, e, log) { origin = e.origin; if (log.length === 3) ws.close(4000, 'tls bye'); },
  });
  assert_array_equals(log, ['open:1:', 'message:1:secure', 'message:1:Blob(2:)', 'close:3:4000:tls bye:true']);
  assert_equals(origin, WSS, 'MessageEvent.origin is the wss: origin');
}, 'wss: echo round trip with a clean close');

promise_test(async () => {
  const url = `https://127.0.0.1:${params.get('wss')}/echo`;
  const ws = new WebSocket(url);
  assert_equals(ws.url, `${WSS}/echo`);
  const log = await lifecycle(ws, { open(ws) { ws.close(); } });
  assert_array_equals(log, ['open:1:', 'close:3:1005::true']);
}, 'an https: URL connects with TLS as wss:');

promise_test(async () => {
  // Plain ws: to the TLS port: the server speaks TLS, the handshake cannot succeed.
  const ws = new WebSocket(`ws://127.0.0.1:${params.get('wss')}/echo`);
  const log = await lifecycle(ws);
  assert_array_equals(log, ['error:3', 'close:3:1006::false']);
}, 'ws: to a TLS port fails');

promise_test(async () => {
  // TLS to the plain port fails too.
  const ws = new WebSocket(`wss://${location.host}/echo`);
  const log = await lifecycle(ws);
  assert_array_equals(log, ['error:3', 'close:3:1006::false']);
}, 'wss: to a plain port fails');
