// The training run for the JDK's AOT cache (scripts/prepare-jdk.sh): run once at build time as
//   wsjs --echo-server 0 scripts/aot-training.js
// The JVM records every class this run loads and links, and later runs start with them ready.
// So it touches what ordinary scripts use (WebSocket text and binary messages, Blob, events,
// timers, promises, console, URL, TextEncoder/TextDecoder, structured cloning, errors), then runs
// enough round trips for GraalJS to compile the message path, so that the Graal compiler's own
// classes are in the cache too. It prints one line at the end, and fails loudly if anything is off.
'use strict';

const ROUND_TRIPS = 3000;
const log = [];
const ws = new WebSocket('/'); // location is the echo server's address (--echo-server without --location)
const url = new URL(ws.url);
url.searchParams.set('training', '1');
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const controller = new AbortController();
let trips = 0;

ws.addEventListener('open', () => {
  log.push('open');
  ws.send('hello \u00e9\u20ac');
  ws.binaryType = 'blob';
  ws.send(encoder.encode('blob'));
}, { signal: controller.signal });

ws.onmessage = async (event) => {
  if (typeof event.data === 'string') {
    log.push('text');
    return;
  }
  if (event.data instanceof Blob) {
    log.push('blob ' + decoder.decode(await event.data.arrayBuffer()));
    ws.binaryType = 'arraybuffer';
    ws.send(new Uint8Array(32));
    return;
  }
  // Round trips of 1 KiB binary messages: enough for the JIT to compile the message path.
  if (++trips < ROUND_TRIPS) {
    ws.send(new Uint8Array(event.data.byteLength === 32 ? 1024 : event.data.byteLength));
    return;
  }
  log.push(trips + ' round trips');
  controller.abort();
  ws.close(1000, 'done');
};

ws.onclose = (event) => {
  log.push('close ' + event.code);
  queueMicrotask(() => {
    const copy = structuredClone({ log, at: new Date(0), bytes: new Uint8Array(2) });
    const timer = setTimeout(() => { throw new Error('not cleared'); }, 10);
    clearTimeout(timer);
    setTimeout(() => {
      if (copy.log.join() !== 'open,text,blob blob,' + ROUND_TRIPS + ' round trips,close 1000') {
        throw new Error('AOT training run went wrong: ' + copy.log.join());
      }
      console.log('AOT training run:', copy.log.length, 'steps', url.search, btoa('ok'));
    }, 0);
  });
};
ws.onerror = () => { throw new Error('AOT training run: WebSocket error'); };
