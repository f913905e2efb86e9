// Browser-style benchmark client for the wsjs benchmark suite (docs/benchmarks.md).
// Runs unmodified in wsjs, Node (undici or `ws`), Deno, Bun and Chromium. It uses only
// WebSocket, performance.now(), setTimeout, console.log, TextEncoder and typed arrays.
// Parameters come from location.search when the runtime has a location (wsjs --location,
// Deno --location, a Chromium page), else from globalThis.BENCH_PARAMS set by a prelude.
// It prints exactly one line `BENCH_RESULT {json}`; `BENCH_MARK name` lines tell the
// harness when to sample CPU and memory. bench/vertx/.../BenchClient.java mirrors this file.
(() => {
  'use strict';

  // ---- parameters ---------------------------------------------------------------------------
  function readQuery() {
    let search = '';
    try {
      if (typeof location !== 'undefined' && location && location.search) search = location.search;
    } catch (e) { /* Deno without --location throws on access */ }
    if (!search && typeof globalThis.BENCH_PARAMS !== 'undefined') {
      const p = globalThis.BENCH_PARAMS;
      if (typeof p === 'string') search = p;
      else return Object.assign({}, p);
    }
    const out = {};
    for (const part of search.replace(/^\?/, '').split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const k = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
      out[k] = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' '));
    }
    return out;
  }
  const P = readQuery();
  const num = (k, d) => (P[k] === undefined || P[k] === '' ? d : Number(P[k]));
  const TEST = P.test || 'A';
  const HOST = P.host || '127.0.0.1';
  const PORT = num('port', 8080);
  const HOSTS = num('hosts', 1);             // C tests: spread over 127.0.0.1 .. 127.0.0.<hosts>
  const WARM_MS = num('warm', 1000);         // A/B/E: warm-up time before measuring
  const DUR_MS = num('dur', 2000);           // A/B: measuring time
  const WINDOW = num('window', 64);          // B: messages in flight
  const SIZE = num('size', 1024);            // B/E: payload bytes
  const CONNS = num('conns', 1000);          // C: connections
  const REPS = num('reps', 10);              // E: measured repetitions after the warm-up
  const TIMEOUT_MS = num('timeout', 60000);  // give up and report a failure
  const STRIDE = P.verify === 'full' ? 1 : 61; // bytes checked per binary message: every STRIDE-th
  const PERIOD = 251;                        // payload i starts at tape offset i % PERIOD
  const url = (h) => 'ws://' + (h || HOST) + ':' + PORT + '/';

  // ---- output -------------------------------------------------------------------------------
  let finished = false;
  let timeoutId = null;
  const sockets = [];
  function mark(name, extra) {
    console.log('BENCH_MARK ' + name + (extra === undefined ? '' : ' ' + JSON.stringify(extra)));
  }
  function finish(result) {
    if (finished) return;
    finished = true;
    if (timeoutId !== null) clearTimeout(timeoutId);
    result.test = TEST;
    if (result.ok === undefined) result.ok = true;
    console.log('BENCH_RESULT ' + JSON.stringify(result));
    for (const ws of sockets) {
      try { if (ws.readyState <= 1) ws.close(1000); } catch (e) { /* already closing */ }
    }
  }
  function fail(error, extra) {
    finish(Object.assign({ ok: false, error: String(error) }, extra || {}));
  }
  function heapUsed() {
    // Hook for wsjs: heap used after GC, in bytes, when the runtime offers it.
    return typeof globalThis.wsjsHeapUsed === 'function' ? Number(globalThis.wsjsHeapUsed()) : null;
  }
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  // The measuring window of A and B opens and closes on timers, so the message handler runs the
  // same code before, during and after it: a JIT that specialised the handler while warming up is
  // not sent back to its interpreter (deoptimised) by a branch first taken when measuring starts.
  function measuringWindow(onBegin, onEnd) {
    setTimeout(() => {
      onBegin();
      mark('begin');
      setTimeout(() => {
        onEnd();
        mark('end');
      }, DUR_MS);
    }, WARM_MS);
  }

  // ---- payloads and checks ------------------------------------------------------------------
  // A pseudo-random tape; binary payload i is tape[i % PERIOD .. + size], so a dropped,
  // reordered, truncated or corrupted message no longer matches what was sent.
  function makeTape(len) {
    const t = new Uint8Array(len);
    let x = 0x9e3779b9 | 0;
    for (let i = 0; i < len; i++) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      t[i] = x & 255;
    }
    return t;
  }
  // Checks the echo of binary payload `seq` (every STRIDE-th byte plus the last); returns the
  // checksum contribution of the sampled bytes, or -1 on a mismatch.
  // The running checksums wrap at 32 bits (`| 0`, BenchClient.java does the same): a sum that
  // passed 2^31 would turn from an int into a double in the middle of a run, and an engine may
  // throw its compiled handler away at that moment (GraalJS did, about 1 million messages into
  // W and B1: performance.md, round 13).
  function checkBinary(data, tape, seq, size) {
    if (!(data instanceof ArrayBuffer)) return -1;
    if (data.byteLength !== size) return -1;
    const u8 = new Uint8Array(data);
    const off = seq % PERIOD;
    let sum = 0;
    for (let j = (seq * 7) % STRIDE; j < size; j += STRIDE) {
      const b = u8[j];
      if (b !== tape[off + j]) return -1;
      sum += b;
    }
    if (u8[size - 1] !== tape[off + size - 1]) return -1;
    return sum + u8[size - 1];
  }
  function expectedBinary(tape, seq, size) {
    const off = seq % PERIOD;
    let sum = 0;
    for (let j = (seq * 7) % STRIDE; j < size; j += STRIDE) sum += tape[off + j];
    return sum + tape[off + size - 1];
  }
  // 32-byte ASCII text for test A: the sequence number, then filler.
  const FILL = 'abcdefghijklmnopqrstuvwxyz0123456789';
  function smallText(seq) {
    return String(seq).padStart(10, '0') + FILL.slice(0, 22);
  }
  // PERIOD strings of exactly `bytes` UTF-8 bytes, mostly non-ASCII (2-, 3- and 4-byte forms).
  function textPool(bytes) {
    const alphabet = ['\u00e9', '\u20ac', '\u0436', '\u65e5', '\u{1F600}', '\u00df', '\u4e2d', 'a'];
    const utf8 = (cp) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);
    const enc = new TextEncoder();
    const pool = [];
    for (let k = 0; k < PERIOD; k++) {
      let s = '';
      let n = 0;
      for (let m = 0; ; m++) {
        const ch = alphabet[(k + m * 5 + ((m * m) % 7)) % alphabet.length];
        const len = utf8(ch.codePointAt(0));
        if (n + len > bytes) break;
        s += ch;
        n += len;
      }
      while (n < bytes) { s += 'x'; n++; }
      if (enc.encode(s).length !== bytes) throw new Error('text pool: wrong UTF-8 length');
      pool.push(s);
    }
    return pool;
  }

  function open(u) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(u);
      sockets.push(ws);
      ws.binaryType = 'arraybuffer';
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('error event before open: ' + u));
      ws.onclose = (e) => reject(new Error('closed before open: ' + e.code));
    });
  }
  function watchClose(ws) {
    ws.onerror = () => fail('error event');
    ws.onclose = (e) => fail('closed early: ' + e.code + ' ' + e.reason);
  }

  // ---- A: sequential round trips, 32 B text -------------------------------------------------
  async function testA() {
    const ws = await open(url());
    watchClose(ws);
    const RING = 1 << 20;                     // latencies of the last RING round trips
    const lat = new Float64Array(RING);
    let seq = 0, t0 = 0, stop = false, sum = 0, expected = 0, expectedText = smallText(0);
    let mSeq = 0, mStart = 0, result = null;
    ws.onmessage = (e) => {
      const now = performance.now();
      if (e.data !== expectedText) return fail('payload mismatch at ' + seq, { received: seq });
      sum = (sum + seq) | 0;
      expected = (expected + seq) | 0;
      lat[seq & (RING - 1)] = now - t0;
      seq++;
      // The round trip in flight when the window closed has come back: the counts are final.
      if (stop) return finish(Object.assign(result, { sent: seq, received: seq, checksum: sum, expected }));
      expectedText = smallText(seq);
      t0 = performance.now();
      ws.send(expectedText);
    };
    measuringWindow(() => { mSeq = seq; mStart = performance.now(); }, () => {
      stop = true;
      const ms = performance.now() - mStart;
      const n = Math.min(seq - mSeq, RING);
      const sorted = new Float64Array(n);
      for (let i = 0; i < n; i++) sorted[i] = lat[(seq - n + i) & (RING - 1)];
      sorted.sort();
      result = {
        msgs: seq - mSeq, ms, msgs_per_s: (seq - mSeq) / (ms / 1000),
        p50_us: sorted[Math.floor(n * 0.5)] * 1000, p99_us: sorted[Math.floor(n * 0.99)] * 1000,
      };
    });
    t0 = performance.now();
    ws.send(expectedText);
  }

  // ---- B1/B2/B3: pipelined with a window of messages in flight ------------------------------
  async function testB(text) {
    const ws = await open(url());
    watchClose(ws);
    const tape = text ? null : makeTape(SIZE + PERIOD);
    const pool = text ? textPool(SIZE) : null;
    const payload = (i) => (text ? pool[i % PERIOD] : tape.subarray(i % PERIOD, i % PERIOD + SIZE));
    let sent = 0, recv = 0, stop = false, mRecv = 0, mStart = 0, sum = 0, expected = 0, result = null;
    ws.onmessage = (e) => {
      let c;
      if (text) c = e.data === pool[recv % PERIOD] ? (recv % PERIOD) + 1 : -1;
      else c = checkBinary(e.data, tape, recv, SIZE);
      if (c < 0) return fail('payload mismatch at message ' + recv, { sent, received: recv });
      sum = (sum + c) | 0;
      expected = (expected + (text ? (recv % PERIOD) + 1 : expectedBinary(tape, recv, SIZE))) | 0;
      recv++;
      if (!stop) { ws.send(payload(sent)); sent++; }
      // Every message in flight when the window closed has come back: the counts are final.
      else if (recv === sent) finish(Object.assign(result, { sent, received: recv, checksum: sum, expected }));
    };
    measuringWindow(() => { mRecv = recv; mStart = performance.now(); }, () => {
      stop = true;
      const ms = performance.now() - mStart;
      const msgs = recv - mRecv;
      result = { msgs, ms, msgs_per_s: msgs / (ms / 1000), mib_per_s: (msgs * SIZE) / 1048576 / (ms / 1000) };
    });
    for (let i = 0; i < WINDOW; i++) { ws.send(payload(sent)); sent++; }
  }

  // ---- W: warm-up curve (F): B1's work from the first message, counted per second -----------
  async function testW() {
    const ws = await open(url());
    watchClose(ws);
    const tape = makeTape(SIZE + PERIOD);
    const buckets = new Float64Array(Math.ceil(DUR_MS / 1000));
    let sent = 0, recv = 0, stop = false, sum = 0, expected = 0;
    const t0 = performance.now();
    ws.onmessage = (e) => {
      const c = checkBinary(e.data, tape, recv, SIZE);
      if (c < 0) return fail('payload mismatch at message ' + recv, { sent, received: recv });
      sum = (sum + c) | 0;
      expected = (expected + expectedBinary(tape, recv, SIZE)) | 0;
      recv++;
      const b = Math.floor((performance.now() - t0) / 1000);
      if (b < buckets.length) buckets[b]++;
      if (!stop) { ws.send(tape.subarray(sent % PERIOD, sent % PERIOD + SIZE)); sent++; }
      else if (recv === sent) {
        const result = { msgs: recv, sent, received: recv, checksum: sum, expected };
        buckets.forEach((n, i) => { result['s' + (i + 1)] = n; });
        finish(result);
      }
    };
    setTimeout(() => { stop = true; }, DUR_MS);
    for (let i = 0; i < WINDOW; i++) { ws.send(tape.subarray(sent % PERIOD, sent % PERIOD + SIZE)); sent++; }
  }

  // ---- C1/C2: many concurrent connections ---------------------------------------------------
  async function testC() {
    const heapBase = heapUsed();
    mark('baseline', { heap: heapBase });
    await sleep(300); // the harness samples memory now
    const t0 = performance.now();
    let opened = 0, echoed = 0, lastProgress = t0, errors = 0, tOpen = 0;
    const all = [];
    const stall = setInterval(() => {
      if (finished) return clearInterval(stall);
      if (performance.now() - lastProgress > 10000) {
        clearInterval(stall);
        fail('stalled: ' + opened + ' of ' + CONNS + ' open, ' + echoed + ' echoed', { opened, echoed });
      }
    }, 1000);
    await new Promise((resolve) => {
      for (let i = 0; i < CONNS; i++) {
        const ws = new WebSocket(url('127.0.0.' + (1 + (i % HOSTS))));
        sockets.push(ws);
        all.push(ws);
        ws.onopen = () => {
          opened++;
          lastProgress = performance.now();
          if (opened === CONNS) { tOpen = lastProgress; resolve(); }
        };
        ws.onerror = () => { errors++; };
        ws.onclose = (e) => {
          clearInterval(stall);
          fail('connection ' + i + ' closed: ' + e.code, { opened, echoed, errors });
        };
      }
      // The stall clock starts once every socket exists: creating 10,000 of them is one long task.
      lastProgress = performance.now();
    });
    if (finished) return;
    const t1 = performance.now();
    let sum = 0, expected = 0;
    await new Promise((resolve) => {
      all.forEach((ws, i) => {
        const msg = 'c' + i;
        expected += i;
        ws.onmessage = (e) => {
          if (e.data !== msg) return fail('payload mismatch on connection ' + i);
          sum += i;
          echoed++;
          lastProgress = performance.now();
          if (echoed === CONNS) resolve();
        };
        ws.send(msg);
      });
    });
    if (finished) return;
    const tEcho = performance.now();
    clearInterval(stall);
    const heap = heapUsed();
    mark('hold', { heap });
    await sleep(300); // the harness samples memory now, with every connection open
    for (const ws of all) ws.onclose = null;
    finish({
      conns: CONNS, open_ms: tOpen - t0, echo_ms: tEcho - t1, errors,
      sent: CONNS, received: echoed, checksum: sum, expected,
      heap_base: heapBase, heap_hold: heap,
      heap_per_conn: heap === null || heapBase === null ? null : (heap - heapBase) / CONNS,
    });
  }

  // ---- D: hello world (connect, echo once, close) -------------------------------------------
  function testD() {
    const ws = new WebSocket(url());
    sockets.push(ws);
    let got = null;
    ws.onopen = () => ws.send('hello');
    ws.onmessage = (e) => { got = e.data; ws.close(1000); };
    ws.onerror = () => fail('error event');
    ws.onclose = (e) => {
      if (got !== 'hello') return fail('no echo before close: ' + e.code);
      finish({ msgs: 1, ms: performance.now(), sent: 1, received: 1, checksum: 1, expected: 1, clean: e.wasClean });
    };
  }

  // ---- E: one large binary message: the cold first one, then repetitions for WARM_MS (not
  // measured: "in a warm process"), then REPS measured ones ---------------------------------------
  async function testE() {
    const tape = makeTape(SIZE + PERIOD);
    const ws = await open(url());
    watchClose(ws);
    const times = [];
    let rep = 0, t0 = 0, sum = 0, expected = 0, cold = 0, warmEnd = 0, measuring = false;
    const send = () => {
      t0 = performance.now();
      ws.send(tape.subarray(rep % PERIOD, (rep % PERIOD) + SIZE));
    };
    ws.onmessage = (e) => {
      const now = performance.now();
      const c = checkBinary(e.data, tape, rep, SIZE);
      if (c < 0) return fail('payload mismatch at repetition ' + rep, { sent: rep + 1, received: rep });
      sum = (sum + c) | 0;
      expected = (expected + expectedBinary(tape, rep, SIZE)) | 0;
      if (measuring) times.push(now - t0);
      else if (rep === 0) { cold = now - t0; warmEnd = now + WARM_MS; }
      rep++;
      if (!measuring && now >= warmEnd) { measuring = true; mark('begin'); }
      if (times.length === REPS) {
        mark('end');
        const warm = times.sort((a, b) => a - b);
        const med = warm[Math.floor(warm.length / 2)];
        return finish({
          msgs: REPS, cold_ms: cold, warm_ms: med, warm_min_ms: warm[0], warm_max_ms: warm[warm.length - 1],
          warmup_reps: rep - 1 - REPS, mib_per_s: SIZE / 1048576 / (med / 1000), sent: rep, received: rep,
          checksum: sum, expected,
        });
      }
      send();
    };
    send();
  }

  const tests = { A: testA, B1: () => testB(false), B2: () => testB(false), B3: () => testB(true),
    C1: testC, C2: testC, D: testD, E: testE, W: testW };
  if (!tests[TEST]) { fail('unknown test ' + TEST); return; }
  timeoutId = setTimeout(() => fail('timeout after ' + TIMEOUT_MS + ' ms'), TIMEOUT_MS);
  Promise.resolve().then(tests[TEST]).catch((e) => fail(e && e.message ? e.message : e));
})();
