// permessage-deflate (RFC 7692): offered by default; `extensions` reflects what the server accepted;
// compressed messages round-trip; a compression bomb is cut off (the connection fails) without
// exhausting memory.
'use strict';

promise_test(async () => {
  const ws = new WebSocket('/deflate');
  const seen = [];
  ws.binaryType = 'arraybuffer';
  const big = 'compressible '.repeat(100000);
  const log = await lifecycle(ws, {
    open(ws) {
      seen.push(ws.extensions);
      ws.send('small');
      ws.send(big);
      ws.send(new Uint8Array(100000).fill(7));
    },
    message(ws, e, log) {
      if (typeof e.data === 'string') seen.push(e.data === big ? 'big' : e.data);
      else seen.push(`bytes:${e.data.byteLength}:${new Uint8Array(e.data).every((b) => b === 7)}`);
      if (seen.length === 4) ws.close(3000, 'deflated');
    },
    close(ws) { seen.push(`after-close:${ws.extensions}`); },
  });
  assert_regexp_match(seen[0], /^permessage-deflate\b/, 'extensions at open');
  assert_array_equals(seen.slice(1, 4), ['small', 'big', 'bytes:100000:true']);
  assert_equals(seen[4], `after-close:${seen[0]}`, 'extensions kept after close');
  assert_equals(log[log.length - 1], 'close:3:3000:deflated:true');
}, 'permessage-deflate is negotiated: extensions is set before open; messages round-trip');

promise_test(async () => {
  const ws = new WebSocket('/deflate');
  assert_equals(ws.extensions, '', 'empty while CONNECTING');
  const log = await lifecycle(ws, { open(ws) { ws.close(1000); } });
  assert_array_equals(log, ['open:1:', 'close:3:1000::true']);
}, 'extensions is empty before open');

promise_test(async () => {
  // The server answers the first message with one compressed message inflating past 128 MiB: the
  // connection fails.
  const ws = new WebSocket('/bomb');
  const codes = [];
  ws.addEventListener('close', (e) => codes.push(e.code));
  const log = await lifecycle(ws, { open: (ws) => ws.send('go') });
  assert_equals(log[0], 'open:1:');
  assert_equals(log[1], 'error:3');
  assert_regexp_match(log[2], /^close:3:(1006|1009)::false$/);
  assert_equals(log.length, 3, 'no message event');
}, 'a compression bomb fails the connection (no message, no OutOfMemoryError)');
