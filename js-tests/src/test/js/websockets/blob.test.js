// Blob with WebSocket: sending Blobs (whole, sliced, empty, typed) and receiving Blobs whose bytes
// read back through text(), arrayBuffer(), bytes() and slice(). https://w3c.github.io/FileAPI/
'use strict';

// Sends each item to /echo and resolves with the received Blobs.
function echoBlobs(items) {
  const ws = new WebSocket('/echo');
  const blobs = [];
  return lifecycle(ws, {
    open(ws) { for (const item of items) ws.send(item); },
    message(ws, e) { blobs.push(e.data); if (blobs.length === items.length) ws.close(); },
  }).then(() => blobs);
}

promise_test(async () => {
  const parts = new Blob(['h\u00e9', new Uint8Array([0x21]), new Blob(['!'], { type: 'text/plain' })], { type: 'application/x-test' });
  const [whole, sliced, empty, typed] = await echoBlobs([parts, parts.slice(1, 3), new Blob([]), new Blob(['x'], { type: 'image/png' })]);
  assert_equals(whole.size, 5);
  assert_equals(await whole.text(), 'h\u00e9!!');
  assert_equals(whole.type, '', 'the type is not transmitted');
  assert_array_equals(new Uint8Array(await sliced.arrayBuffer()), [0xc3, 0xa9]);
  assert_equals(empty.size, 0);
  assert_equals(await empty.text(), '');
  assert_equals(typed.type, '');
  assert_equals(await typed.text(), 'x');
}, 'Blobs built from strings, bytes and Blobs, sliced or empty, round-trip as their bytes');

promise_test(async () => {
  const bytes = new Uint8Array(70000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
  const [blob] = await echoBlobs([new Blob([bytes])]);
  assert_equals(blob.size, bytes.length);
  const back = new Uint8Array(await blob.arrayBuffer());
  for (let i = 0; i < bytes.length; i++) if (back[i] !== bytes[i]) assert_equals(back[i], bytes[i], `byte ${i}`);
  assert_array_equals(new Uint8Array(await blob.slice(-3).arrayBuffer()), bytes.slice(-3));
  if (typeof blob.bytes === 'function') assert_equals((await blob.bytes()).length, bytes.length);
}, 'a received 70000-byte Blob reads back intact, whole and sliced');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  ws.binaryType = 'arraybuffer';
  let data = null;
  await lifecycle(ws, {
    open(ws) { ws.send(new Uint8Array([1, 2, 3, 4, 5])); },
    message(ws, e) { data = e.data; ws.close(); },
  });
  const view = new Uint8Array(data, 1, 3);
  const blob = new Blob([data, view]);
  const bytes = await blob.bytes();
  assert_array_equals(bytes, [1, 2, 3, 4, 5, 2, 3, 4]);
  bytes[0] = 99;
  view[0] = 77;
  assert_array_equals(new Uint8Array(await blob.arrayBuffer()), [1, 2, 3, 4, 5, 2, 3, 4], 'later writes reach neither the Blob nor its next copy');
  assert_array_equals(new Uint8Array(data), [1, 77, 3, 4, 5], 'the received buffer is the one written');
}, 'a received ArrayBuffer and a view of it as Blob parts: the Blob copies them, and bytes() and arrayBuffer() return copies');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const order = [];
  await lifecycle(ws, {
    open(ws) {
      ws.send(new Blob(['first']));
      ws.send('second');
      ws.send(new Blob(['third']));
      ws.send(new Uint8Array([4]));
      ws.send('fifth');
    },
    message(ws, e, log) {
      order.push(typeof e.data === 'string' ? e.data : `Blob(${e.data.size})`);
      if (order.length === 5) ws.close();
    },
  });
  assert_array_equals(order, ['Blob(5)', 'second', 'Blob(5)', 'Blob(1)', 'fifth']);
}, 'Blobs, strings and buffers sent in one task arrive in the order sent');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const texts = [];
  const pending = [];
  await lifecycle(ws, {
    open(ws) { ws.send(new Blob(['a'])); ws.send(new Blob(['b'])); },
    message(ws, e) {
      pending.push(e.data.text().then((t) => texts.push(t)));
      if (pending.length === 2) ws.close();
    },
  });
  await Promise.all(pending);
  assert_array_equals(texts, ['a', 'b']);
}, 'reading received Blobs asynchronously keeps their order');
