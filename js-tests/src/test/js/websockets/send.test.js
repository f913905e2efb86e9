// WebSocket.send(): InvalidStateError while CONNECTING, text/binary/Blob round trips through /echo,
// USVString conversion, bufferedAmount bookkeeping, and discarding in CLOSING/CLOSED.
// https://websockets.spec.whatwg.org/#dom-websocket-send
'use strict';

// Opens /echo with binaryType "arraybuffer", sends each item once open, collects the echoes as
// strings or byte arrays, then closes. Resolves with [log, echoes].
function echoAll(items, onOpen) {
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  const echoes = [];
  const done = lifecycle(ws, {
    open(ws, e, log) {
      for (const item of items) ws.send(item);
      if (onOpen) onOpen(ws, log);
    },
    message(ws, e) {
      echoes.push(typeof e.data === 'string' ? e.data : Array.from(new Uint8Array(e.data)));
      if (echoes.length === items.length) ws.close();
    },
  });
  return done.then((log) => [log, echoes]);
}

test(() => {
  const ws = new WebSocket('/echo');
  const e = assert_throws_dom('InvalidStateError', () => ws.send('x'));
  assert_equals(e.message, "Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.");
  assert_throws_dom('InvalidStateError', () => ws.send(new ArrayBuffer(4)));
  assert_throws_dom('InvalidStateError', () => ws.send(new Uint8Array(4)));
  assert_throws_dom('InvalidStateError', () => ws.send(new Blob(['abc'])));
  assert_equals(ws.bufferedAmount, 0, 'a send that throws does not count');
  const t = assert_throws_js(TypeError, () => ws.send());
  assert_equals(t.message, "Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present.");
  ws.close();
}, 'send() while CONNECTING throws InvalidStateError; send() without an argument throws TypeError');

promise_test(async () => {
  const [log, echoes] = await echoAll(['hello', '', 'h\u00e9llo \u4e16\u754c \u{1F600}', 'x'.repeat(70000)]);
  assert_array_equals(log, ['open:1:', 'message:1:hello', 'message:1:', 'message:1:h\u00e9llo \u4e16\u754c \u{1F600}', 'message:1:string(70000)', 'close:3:1005::true']);
  assert_equals(echoes[3], 'x'.repeat(70000));
}, 'text messages round-trip, including empty, non-ASCII and 64 KiB+ strings');

promise_test(async () => {
  const [, echoes] = await echoAll(['a\uD800b', '\uDC00', '\uD83D', 'ok\uDE00\uD83D']);
  assert_array_equals(echoes, ['a\uFFFDb', '\uFFFD', '\uFFFD', 'ok\uFFFD\uFFFD']);
}, 'lone surrogates are sent as U+FFFD (USVString)');

promise_test(async () => {
  const [, echoes] = await echoAll([42, null, undefined, true, { toString() { return 'custom'; } }, [1, 2]]);
  assert_array_equals(echoes, ['42', 'null', 'undefined', 'true', 'custom', '1,2']);
}, 'any other value is converted to a string');

promise_test(async () => {
  const buffer = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).buffer;
  const [, echoes] = await echoAll([
    buffer,
    new Uint8Array(buffer, 2, 3),
    new DataView(buffer, 7),
    new Uint16Array([0x0201, 0x0403]),
    new Int8Array(0),
    new ArrayBuffer(0),
    new Float64Array([1]).subarray(1),
  ]);
  assert_deep_equals(echoes, [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 3, 4], [7, 8, 9], [1, 2, 3, 4], [], [], []]);
}, 'ArrayBuffer and views: only the bytes a view covers are sent');

promise_test(async () => {
  // Web IDL tests internal slots, not prototypes: a buffer whose prototype changed is still a
  // buffer, a view's bytes are those of its slots whatever its own properties say, and an object
  // that only inherits from ArrayBuffer.prototype is converted to a string.
  const buffer = new Uint8Array([5, 6]).buffer;
  Object.setPrototypeOf(buffer, null);
  const view = new Uint8Array([7, 8, 9]);
  Object.setPrototypeOf(view, Object.prototype);
  const shadowed = new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1);
  Object.defineProperty(shadowed, 'byteLength', { value: 1 });
  const fake = Object.create(ArrayBuffer.prototype, { toString: { value: () => 'fake' } });
  const [, echoes] = await echoAll([buffer, view, shadowed, fake]);
  assert_deep_equals(echoes, [[5, 6], [7, 8, 9], [2, 3, 4], 'fake']);
}, 'ArrayBuffer and views are recognised and read by their internal slots, not their properties');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const log = await lifecycle(ws, {
    open(ws, e, log) {
      const shared = new SharedArrayBuffer(4);
      for (const [value, what] of [[shared, 'ArrayBuffer'], [new Uint8Array(shared), 'ArrayBufferView'], [new DataView(shared), 'ArrayBufferView']]) {
        const t = assert_throws_js(TypeError, () => ws.send(value));
        assert_equals(t.message, `Failed to execute 'send' on 'WebSocket': The provided ${what} value must not be shared.`);
      }
      log.push('bufferedAmount:' + ws.bufferedAmount);
      ws.close();
    },
  });
  assert_array_equals(log, ['open:1:', 'bufferedAmount:0', 'close:3:1005::true']);
}, 'a SharedArrayBuffer or a view on one is rejected with a TypeError, and nothing is sent');

promise_test(async () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  const echoes = [];
  await lifecycle(ws, {
    open(ws) {
      ws.send(bytes);
      bytes[0] = 99; // the message holds the bytes as they were when send() was called
      ws.send(bytes.buffer);
    },
    message(ws, e) {
      echoes.push(Array.from(new Uint8Array(e.data)));
      if (echoes.length === 2) ws.close();
    },
  });
  assert_deep_equals(echoes, [[1, 2, 3], [99, 2, 3]]);
}, 'send() takes a copy of the bytes: later writes to the buffer do not change the message');

promise_test(async () => {
  // 144 messages from one buffer, refilled before each send: 256 KiB ones (24 MiB in all) between
  // small ones, to a peer that reads nothing until /resume says so: later writes wait in Vert.x's queue.
  const count = 144;
  const size = (i) => (i % 3 === 2 ? 1000 + i : 256 * 1024);
  const buffer = new Uint8Array(256 * 1024);
  const id = String(Math.random());
  const ws = new WebSocket('/paused-echo?id=' + id);
  ws.binaryType = 'arraybuffer';
  const results = [];
  let resumed = '';
  await lifecycle(ws, {
    open(ws) {
      for (let i = 0; i < count; i++) {
        buffer.fill(i);
        ws.send(buffer.subarray(0, size(i)));
      }
      const resume = new WebSocket('/resume?id=' + id);
      resume.onmessage = (e) => {
        resumed = e.data;
        resume.close();
      };
    },
    message(ws, e) {
      const i = results.length;
      const b = new Uint8Array(e.data);
      let ok = b.length === size(i);
      for (let j = 0; ok && j < b.length; j += 61) ok = b[j] === i;
      results.push(ok && b[b.length - 1] === i);
      if (results.length === count) ws.close();
    },
  });
  assert_equals(resumed, 'resumed');
  assert_deep_equals(results, new Array(count).fill(true));
}, 'binary messages sent back to back from one reused buffer each keep their own bytes, also while writes wait');

promise_test(async () => {
  const [, echoes] = await echoAll([new Blob(['blob']), 'text', new Blob([new Uint8Array([1, 2])]), 'after', new Blob(['xyz']).slice(1)]);
  assert_deep_equals(echoes, [[98, 108, 111, 98], 'text', [1, 2], 'after', [121, 122]]);
}, 'a Blob followed by a string keeps its order');

promise_test(async () => {
  const amounts = [];
  const ws = new WebSocket('/echo');
  await lifecycle(ws, {
    open(ws) {
      amounts.push(ws.bufferedAmount);
      ws.send('abc'); amounts.push(ws.bufferedAmount); // 3
      ws.send('\u00e9'); amounts.push(ws.bufferedAmount); // 2 bytes
      ws.send('\u20ac'); amounts.push(ws.bufferedAmount); // 3 bytes
      ws.send('\u{1F600}'); amounts.push(ws.bufferedAmount); // 4 bytes
      ws.send('\uD800'); amounts.push(ws.bufferedAmount); // U+FFFD: 3 bytes
      ws.send(new ArrayBuffer(10)); amounts.push(ws.bufferedAmount);
      ws.send(new Uint32Array(new ArrayBuffer(64), 4, 2)); amounts.push(ws.bufferedAmount); // 8 bytes
      ws.send(new Blob(['12345'])); amounts.push(ws.bufferedAmount);
      ws.send(''); amounts.push(ws.bufferedAmount);
      queueMicrotask(() => amounts.push(`microtask:${ws.bufferedAmount}`));
    },
    message(ws, e, log) {
      if (log.filter((l) => l.startsWith('message')).length === 9) {
        amounts.push(`last-echo:${ws.bufferedAmount}`);
        ws.close();
      }
    },
  });
  assert_array_equals(amounts, [0, 3, 5, 8, 12, 15, 25, 33, 38, 38, 'microtask:38', 'last-echo:0']);
}, 'bufferedAmount grows synchronously by UTF-8/byte lengths, and decreases only in later tasks');

promise_test(async () => {
  // Any later task sees the decrease, not only the socket's own message task: here timers, polling
  // (at most 1000 times) until the write has completed. The echo may come before or after them.
  const ws = new WebSocket('/echo');
  let sent = -1, inTimer = -1, inMessage = -1, polls = 0, timerDone = false;
  const log = await lifecycle(ws, {
    open(ws) {
      ws.send('abcd');
      sent = ws.bufferedAmount;
      const poll = () => {
        inTimer = ws.bufferedAmount;
        if (inTimer === 4 && ++polls < 1000) return setTimeout(poll, 0);
        timerDone = true;
        if (inMessage !== -1) ws.close();
      };
      setTimeout(poll, 0);
    },
    message(ws) {
      inMessage = ws.bufferedAmount;
      if (timerDone) ws.close();
    },
  });
  assert_array_equals(log, ['open:1:', 'message:1:abcd', 'close:3:1005::true']);
  assert_array_equals([sent, inTimer, inMessage], [4, 0, 0]);
}, 'bufferedAmount decreases in any later task once the data is written, timers included');

promise_test(async () => {
  // /burst writes 40 messages in one TCP write: one read, each message its own task, and each
  // handler replies with 1 KiB. Vert.x holds back what is written during a read until the read has
  // been delivered; wsjs sends the frames once 32 KiB wait, so the peer can answer the first replies
  // while the rest are made. The tasks after that see those replies written (bufferedAmount drops)
  // although the read is still being delivered.
  const ws = new WebSocket('/burst?count=40');
  const amounts = [];
  const log = await lifecycle(ws, {
    message(ws, e) {
      amounts.push(ws.bufferedAmount);
      ws.send(new Uint8Array(1024));
      if (e.data === '39') ws.close(); // the echoes of the replies come after: not delivered
    },
  });
  const kib = (length) => Array.from({ length }, (_, i) => i * 1024);
  assert_array_equals(log, ['open:1:', ...Array.from({ length: 40 }, (_, i) => `message:1:${i}`), 'close:3:1005::true']);
  assert_array_equals(amounts, [...kib(32), ...kib(8)]);
}, 'replies to a burst leave once 32 KiB wait, before the whole read is delivered');

promise_test(async () => {
  const amounts = [];
  const ws = new WebSocket('/echo');
  const log = await lifecycle(ws, {
    open(ws) {
      ws.send('x');
      ws.close();
      amounts.push(`${ws.readyState}:${ws.bufferedAmount}`);
      ws.send('discarded'); // CLOSING: no exception, not sent, still counted
      amounts.push(`${ws.readyState}:${ws.bufferedAmount}`);
      ws.send(new Uint8Array(5));
      amounts.push(`${ws.readyState}:${ws.bufferedAmount}`);
    },
    close(ws) {
      const before = ws.bufferedAmount;
      ws.send('after close');
      ws.send(new Blob(['1234']));
      amounts.push(`closed:${ws.readyState}:${ws.bufferedAmount - before}`);
    },
  });
  assert_array_equals(log, ['open:1:', 'close:3:1005::true'], 'the echo of "x" arrives after close() and is not delivered');
  assert_array_equals(amounts, ['2:1', '2:10', '2:15', 'closed:3:15']);
}, 'send() in CLOSING and CLOSED discards the data but still grows bufferedAmount');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  let received = 0;
  const count = 1000;
  await lifecycle(ws, {
    open(ws) { for (let i = 0; i < count; i++) ws.send(`m${i}`); },
    message(ws, e) {
      assert_equals(e.data, `m${received}`);
      received++;
      if (received === count) ws.close();
    },
  });
  assert_equals(received, count);
  assert_equals(ws.bufferedAmount, 0);
}, 'a thousand messages sent in one task are echoed in order');
