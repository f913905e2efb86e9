// Large messages: a 16 MiB round trip (binary and text), a 16 MiB message from the server, and
// bufferedAmount for large sends. Browsers accept messages of hundreds of MiB; our default is 128 MiB.
'use strict';

const MiB = 1024 * 1024;

// A pattern with a prime period, so a lost, repeated or reordered chunk shows; built with set()
// (fast even before the JIT compiles this code) and checked at a prime stride plus both ends.
const PERIOD = 65521;
const unit = new Uint8Array(PERIOD);
for (let i = 0; i < PERIOD; i++) unit[i] = (i * 31 + (i >>> 8)) & 0xff;
function pattern(size) {
  const bytes = new Uint8Array(size);
  for (let o = 0; o < size; o += PERIOD) bytes.set(o + PERIOD <= size ? unit : unit.subarray(0, size - o), o);
  return bytes;
}
function assertPattern(bytes, size) {
  assert_equals(bytes.length, size, 'length');
  const check = (i) => { if (bytes[i] !== unit[i % PERIOD]) assert_equals(bytes[i], unit[i % PERIOD], `byte ${i}`); };
  for (let i = 0; i < size; i += 4093) check(i);
  for (let i = Math.max(0, size - 70000); i < size; i++) check(i);
  for (let i = 0; i < Math.min(size, 70000); i++) check(i);
}

promise_test(async () => {
  const size = 16 * MiB;
  const bytes = pattern(size);
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  let echoed;
  const amounts = [];
  const log = await lifecycle(ws, {
    open(ws) { ws.send(bytes); amounts.push(ws.bufferedAmount); },
    message(ws, e) { echoed = new Uint8Array(e.data); amounts.push(ws.bufferedAmount); ws.close(); },
  });
  assert_array_equals(log, ['open:1:', `message:1:ArrayBuffer(${size})`, 'close:3:1005::true']);
  assert_array_equals(amounts, [size, 0]);
  assertPattern(echoed, size);
}, 'a 16 MiB binary message round-trips intact');

promise_test(async () => {
  const chunk = 'abcdefghijklmnop\u00e9\u4e16\u{1F600}'; // 16 + 2 + 3 + 4 = 25 UTF-8 bytes
  const text = chunk.repeat(Math.ceil(16 * MiB / 25));
  const ws = new WebSocket('/echo');
  let echoed;
  let amount;
  const log = await lifecycle(ws, {
    open(ws) { ws.send(text); amount = ws.bufferedAmount; },
    message(ws, e) { echoed = e.data; ws.close(); },
  });
  assert_array_equals(log, ['open:1:', `message:1:string(${text.length})`, 'close:3:1005::true']);
  assert_equals(amount, 25 * Math.ceil(16 * MiB / 25), 'bufferedAmount counts UTF-8 bytes');
  assert_true(echoed === text, 'the echoed text equals the sent text');
}, 'a 16 MiB text message round-trips intact');

promise_test(async () => {
  const size = 16 * MiB;
  const ws = new WebSocket(`/large?size=${size}`);
  let blob;
  const log = await lifecycle(ws, { message(ws, e) { blob = e.data; ws.close(1000); } });
  assert_array_equals(log, ['open:1:', `message:1:Blob(${size}:)`, 'close:3:1000::true']);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  assert_equals(bytes.length, size);
  for (let i = 0; i < size; i += 4093) {
    if (bytes[i] !== (i & 0xff)) assert_equals(bytes[i], i & 0xff, `byte ${i}`);
  }
  assert_equals(bytes[size - 1], (size - 1) & 0xff);
}, 'a 16 MiB message from the server arrives as one Blob');

promise_test(async () => {
  // Many medium messages in flight: bufferedAmount grows by each and returns to 0.
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  const count = 64;
  const size = 256 * 1024;
  let received = 0;
  let peak = 0;
  await lifecycle(ws, {
    open(ws) {
      for (let i = 0; i < count; i++) ws.send(new Uint8Array(size).fill(i));
      peak = ws.bufferedAmount;
    },
    message(ws, e) {
      const first = new Uint8Array(e.data)[0];
      assert_equals(first, received & 0xff);
      received++;
      if (received === count) ws.close();
    },
  });
  assert_equals(peak, count * size);
  assert_equals(received, count);
  assert_equals(ws.bufferedAmount, 0);
}, '64 messages of 256 KiB sent in one task arrive in order; bufferedAmount drains to 0');

promise_test(async () => {
  // More than 2^31 bytes sent without reading bufferedAmount: send() settles the count itself once
  // it passes 1 MiB (so that GraalJS keeps it an int32); what the getter returns must not change.
  // One message in flight at a time, so each echo proves every earlier write completed in an
  // earlier task: right after the next send(), bufferedAmount is exactly that message's size.
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  const size = MiB;
  const count = 1100; // 1,100 MiB
  const bytes = new Uint8Array(size);
  let received = 0;
  let afterLastEcho = -1;
  let afterLastSend = -1;
  const log = await lifecycle(ws, {
    open(ws) { bytes[0] = 0; ws.send(bytes); },
    message(ws, e) {
      // (Each message's length is in the log, checked below.)
      const first = new Uint8Array(e.data)[0];
      if (first !== (received & 0xff)) assert_equals(first, received & 0xff, `message ${received}`);
      received++;
      if (received < count) {
        bytes[0] = received & 0xff;
        ws.send(bytes);
        if (received === count - 1) afterLastSend = ws.bufferedAmount;
      } else {
        afterLastEcho = ws.bufferedAmount;
        ws.close();
      }
    },
  });
  assert_equals(log.length, count + 2);
  assert_equals(log[0], 'open:1:');
  for (let i = 1; i <= count; i++) if (log[i] !== `message:1:ArrayBuffer(${size})`) assert_equals(log[i], `message:1:ArrayBuffer(${size})`, `event ${i}`);
  assert_equals(log[count + 1], 'close:3:1005::true');
  assert_equals(afterLastSend, size, 'right after the last send()');
  assert_equals(afterLastEcho, 0, 'once the last echo is back');
}, 'bufferedAmount stays exact past 2^31 bytes sent without reading it');
