// WebSocket.close(code, reason): argument checks, close() while CONNECTING (fail the connection),
// the closing handshake with /echo (which echoes the client's code and reason), repeated and nested
// close(), and server-initiated closes. https://websockets.spec.whatwg.org/#dom-websocket-close
'use strict';

test(() => {
  const ws = new WebSocket('/echo');
  for (const code of [0, 999, 1001, 1002, 1005, 1006, 1015, 2999, 5000, 65535, -1, NaN, 65536 + 1000, Infinity]) {
    const e = assert_throws_dom('InvalidAccessError', () => ws.close(code), String(code));
    assert_regexp_match(e.message, /^Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999\. \d+ is neither\.$/);
  }
  const e = assert_throws_dom('InvalidAccessError', () => ws.close(1001));
  assert_equals(e.message, "Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999. 1001 is neither.");
  assert_equals(ws.readyState, WebSocket.CONNECTING, 'a close() that throws changes nothing');
  ws.close();
}, 'close(code) with a code other than 1000 or 3000-4999 throws InvalidAccessError ([Clamp] unsigned short)');

test(() => {
  const ws = new WebSocket('/echo');
  const e = assert_throws_dom('SyntaxError', () => ws.close(1000, 'x'.repeat(124)));
  assert_equals(e.message, "Failed to execute 'close' on 'WebSocket': The message must not be greater than 123 bytes.");
  assert_throws_dom('SyntaxError', () => ws.close(1000, '\u00e9'.repeat(62)), '124 UTF-8 bytes');
  assert_throws_dom('SyntaxError', () => ws.close(1000, '\u20ac'.repeat(41) + 'x'), '124 UTF-8 bytes');
  assert_throws_dom('SyntaxError', () => ws.close(1000, '\uD800'.repeat(42)), 'lone surrogates count as U+FFFD (3 bytes)');
  assert_throws_dom('InvalidAccessError', () => ws.close(1001, 'x'.repeat(200)), 'the code is checked first');
  assert_equals(ws.readyState, WebSocket.CONNECTING);
  ws.close(1000, '\u00e9'.repeat(61) + 'x'); // 123 bytes: accepted
  assert_equals(ws.readyState, WebSocket.CLOSING);
}, 'a reason longer than 123 UTF-8 bytes throws SyntaxError');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('/echo');
  ws.onopen = () => log.push('open');
  ws.onerror = (e) => log.push(`error:${ws.readyState}:${e.constructor.name}`);
  await new Promise((resolve) => {
    ws.onclose = (e) => { log.push(`close:${ws.readyState}:${e.code}:${e.reason}:${e.wasClean}`); resolve(); };
    ws.close(1000, 'not sent');
    log.push(`after-close:${ws.readyState}`);
    queueMicrotask(() => log.push(`microtask:${ws.readyState}`));
  });
  assert_array_equals(log, ['after-close:2', 'microtask:2', 'error:3:Event', 'close:3:1006::false']);
}, 'close() while CONNECTING: CLOSING at once, then error and close 1006 in later tasks');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('/slow-handshake'); // never answers: only close() ends it
  ws.onopen = () => log.push('open');
  ws.onerror = () => log.push(`error:${ws.readyState}`);
  await new Promise((resolve) => {
    ws.onclose = (e) => { log.push(`close:${e.code}:${e.wasClean}`); resolve(); };
    queueMicrotask(() => { ws.close(); log.push(`closed-in-microtask:${ws.readyState}`); });
  });
  assert_array_equals(log, ['closed-in-microtask:2', 'error:3', 'close:1006:false']);
}, 'close() during a handshake the server never answers fails the connection');

for (const [args, expected] of [
  [[], 'close:3:1005::true'],
  [[1000], 'close:3:1000::true'],
  [[3000], 'close:3:3000::true'],
  [[4999, 'bye \u00e9'], 'close:3:4999:bye \u00e9:true'],
  [[1000.4], 'close:3:1000::true'],
  [[3000.5], 'close:3:3000::true'],
  [['4000', 42], 'close:3:4000:42:true'],
  [[undefined, 'reason only'], 'close:3:1000:reason only:true'],
  [[1000, 'lone \uD800'], 'close:3:1000:lone \uFFFD:true'],
  [[1000, '\u00e9'.repeat(61) + 'x'], `close:3:1000:${'\u00e9'.repeat(61)}x:true`],
]) {
  promise_test(async () => {
    const ws = new WebSocket('/echo');
    const log = await lifecycle(ws, {
      open(ws, e, log) { ws.close(...args); log.push(`after-close:${ws.readyState}`); },
    });
    assert_array_equals(log, ['open:1:', 'after-close:2', expected]);
  }, `close(${args.map((a) => JSON.stringify(a)).join(', ')}) after open: the server echoes the code and reason`);
}

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const log = await lifecycle(ws, {
    open(ws, e, log) {
      ws.close(3001, 'first');
      ws.close(3002, 'second');
      ws.close();
      log.push(`after:${ws.readyState}`);
      assert_throws_dom('InvalidAccessError', () => ws.close(2000), 'arguments are still checked in CLOSING');
    },
    close(ws, e, log) {
      ws.close(); // nested, in CLOSED: nothing happens
      ws.close(1000);
      log.push(`nested:${ws.readyState}`);
      assert_throws_dom('SyntaxError', () => ws.close(1000, 'x'.repeat(124)), 'arguments are still checked in CLOSED');
    },
  });
  let later = 0;
  ws.addEventListener('close', () => later++);
  ws.close();
  assert_array_equals(log, ['open:1:', 'after:2', 'close:3:3001:first:true', 'nested:3']);
  assert_equals(later, 0, 'no second close event');
}, 'repeated and nested close() give exactly one close event (the first code wins)');

promise_test(async () => {
  const log = await lifecycle(new WebSocket('/close?code=4000&reason=bye'));
  assert_array_equals(log, ['open:1:', 'close:3:4000:bye:true']);
}, 'server closes with a code and reason');

promise_test(async () => {
  const log = await lifecycle(new WebSocket('/close'));
  assert_array_equals(log, ['open:1:', 'close:3:1005::true']);
}, 'server closes with an empty Close frame: code 1005');

promise_test(async () => {
  // The raw peer sends an empty Close frame and then ends the TCP connection.
  const log = await lifecycle(new WebSocket(`ws://127.0.0.1:${params.get('raw')}/close-1005`));
  assert_array_equals(log, ['open:1:', 'close:3:1005::true']);
}, 'raw peer: an empty Close frame, then TCP end: a clean close with 1005');

promise_test(async () => {
  const ws = new WebSocket('/close?code=4001&reason=server');
  // The client also calls close() once open: the server's Close frame may already be on its way.
  const log = await lifecycle(ws, { open(ws) { ws.close(3000, 'client'); } });
  assert_equals(log.length, 2);
  assert_equals(log[0], 'open:1:');
  assert_in_array(log[1], ['close:3:4001:server:true', 'close:3:3000:client:true']);
}, 'simultaneous close from both sides closes cleanly once');
