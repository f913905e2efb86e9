// Failures of every kind give a plain `error` Event, then `close` with code 1006 and wasClean false,
// and JS sees no details (the runtime prints the cause to stderr, which is not a reported error).
// https://websockets.spec.whatwg.org/#feedback-from-the-protocol ("fail the WebSocket connection")
'use strict';

const RAW = `ws://127.0.0.1:${params.get('raw')}`;

// Checks the details JS must see for a failure: a plain, trusted Event; close 1006 unclean, no reason.
function failureDetails(ws) {
  const details = [];
  ws.addEventListener('error', (e) => details.push(`${Object.getPrototypeOf(e) === Event.prototype}:${e.isTrusted}:${e.cancelable}:${'message' in e}`));
  ws.addEventListener('close', (e) => details.push(`${e.code}:${e.reason}:${e.wasClean}`));
  return details;
}

for (const path of ['/status?code=404', '/status?code=403', '/status?code=500', '/status?code=200', '/redirect']) {
  promise_test(async () => {
    const ws = new WebSocket(path);
    const details = failureDetails(ws);
    const log = await lifecycle(ws);
    assert_array_equals(log, ['error:3', 'close:3:1006::false']);
    assert_array_equals(details, ['true:true:false:false', '1006::false']);
  }, `handshake answered with ${path.slice(1)}: no open, error, close 1006`);
}

for (const path of ['/bad-accept', '/bogus-protocol', '/bogus-extension']) {
  promise_test(async () => {
    const log = await lifecycle(new WebSocket(`${RAW}${path}`));
    assert_array_equals(log, ['error:3', 'close:3:1006::false']);
  }, `raw peer ${path}: the handshake fails`);
}

for (const path of ['/invalid-utf8', '/reserved-opcode', '/reserved-bits']) {
  promise_test(async () => {
    // The peer writes its bad frame right behind the 101, or (/reserved-bits) in reply to a first message.
    const log = await lifecycle(new WebSocket(`${RAW}${path}`), { open: (ws) => ws.send('go') });
    assert_array_equals(log, ['open:1:', 'error:3', 'close:3:1006::false']);
  }, `raw peer ${path}: open, then the connection fails (error, close 1006)`);
}

promise_test(async () => {
  const log = await lifecycle(new WebSocket('/drop'));
  assert_array_equals(log, ['open:1:', 'error:3', 'close:3:1006::false']);
}, 'TCP dropped right after open: error, close 1006');

promise_test(async () => {
  const log = await lifecycle(new WebSocket('/drop-after-message'));
  assert_array_equals(log, ['open:1:', 'message:1:bye', 'error:3', 'close:3:1006::false']);
}, 'TCP dropped after a message: the message is delivered, then error, close 1006');

promise_test(async () => {
  // Port 2 is not a bad port and nothing listens there: the connection is refused.
  const ws = new WebSocket('ws://127.0.0.1:2/');
  const details = failureDetails(ws);
  const log = await lifecycle(ws);
  assert_array_equals(log, ['error:3', 'close:3:1006::false']);
  assert_array_equals(details, ['true:true:false:false', '1006::false']);
}, 'connection refused: error, close 1006');

promise_test(async () => {
  const ws = new WebSocket('ws://wsjs-test.invalid/');
  const log = await lifecycle(ws);
  assert_array_equals(log, ['error:3', 'close:3:1006::false']);
}, 'an unresolvable host name: error, close 1006');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('ws://127.0.0.1:2/');
  ws.onerror = () => { log.push(`error:${ws.readyState}`); ws.close(); ws.send('ignored'); log.push(`buffered:${ws.bufferedAmount}`); };
  await lifecycle(ws, { close(ws, e, l) { log.push(`close:${e.code}`); } });
  assert_array_equals(log, ['error:3', 'buffered:7', 'close:1006']);
}, 'close() and send() inside the error handler of a failed connection do nothing more');

promise_test(async () => {
  // A failure of one socket does not disturb another one to the same server.
  const bad = new WebSocket('/status?code=404');
  const good = new WebSocket('/echo');
  const [badLog, goodLog] = await Promise.all([
    lifecycle(bad),
    lifecycle(good, { open(ws) { ws.send('still fine'); }, message(ws) { ws.close(); } }),
  ]);
  assert_array_equals(badLog, ['error:3', 'close:3:1006::false']);
  assert_array_equals(goodLog, ['open:1:', 'message:1:still fine', 'close:3:1005::true']);
}, 'a failed socket does not affect another one');
