'use strict';
// The benchmark harness behind ./bench/run (see docs/benchmarks.md and issue 4).
// Installs the peers, starts the echo server on core 0, runs bench/client.js (or the raw
// Vert.x client) on core 1 for every test x peer x run, samples CPU and memory from /proc,
// verifies counts and checksums, writes bench/results/<timestamp>.jsonl and regenerates
// docs/benchmarks.md with a table and an SVG chart.
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');
const readline = require('readline');
const proc = require('./lib/proc');
const setup = require('./lib/setup');
const report = require('./lib/report');
const { peers, BENCH, ROOT, JAVA, VERTX_LIB, jvmFlags, run: runSync, pkgVersion } = require('./lib/peers');

const SERVER_CORE = 0;
const CLIENT_CORE = 1;
const SERVER_HOSTS = 4; // the echo server listens on 127.0.0.1 .. 127.0.0.4
const RESULTS = path.join(BENCH, 'results');

// ---- tests ----------------------------------------------------------------------------------
const MiB = 1024 * 1024;
const TESTS = {
  A: { title: 'sequential round trips, 32 B text', params: (q) => ({ warm: q ? 1500 : 3000, dur: q ? 1000 : 3000 }) },
  B1: { title: 'pipelined 1 KiB binary, window 64', params: (q) => ({ warm: q ? 1500 : 3000, dur: q ? 1000 : 3000, window: 64, size: 1024 }) },
  B2: { title: 'pipelined 64 KiB binary, window 16', params: (q) => ({ warm: q ? 1500 : 3000, dur: q ? 1000 : 3000, window: 16, size: 65536 }) },
  B3: { title: 'pipelined 1 KiB non-ASCII text, window 64', params: (q) => ({ warm: q ? 1500 : 3000, dur: q ? 1000 : 3000, window: 64, size: 1024 }) },
  C1: { title: '1,000 concurrent connections', params: () => ({ conns: 1000, hosts: 1 }), timeout: 60000 },
  C2: { title: '10,000 concurrent connections', params: () => ({ conns: 10000, hosts: SERVER_HOSTS }), timeout: 120000 },
  D: { title: 'startup: hello world (connect, echo once, close)', params: () => ({}), timeout: 30000, needsExit: true },
  E: { title: 'one 16 MiB binary message: the cold first one, then warm repetitions', params: (q) => ({ warm: q ? 1500 : 3000, size: 16 * MiB, reps: q ? 5 : 10 }), timeout: 120000 },
  // F: wsjs alone (its JIT modes also run A and B1, as the peers wsjs-throughput and wsjs-interpreter).
  W: { title: 'F: warm-up curve, B1\'s work counted per second from the first message', params: (q) => ({ dur: q ? 15000 : 30000, window: 64, size: 1024 }),
    timeout: 90000, peers: ['wsjs', 'wsjs-throughput', 'wsjs-interpreter', 'deno'] },
  FE: { title: 'F: shared vs own polyglot Engine (embedding API)', params: (q) => ({ warm: q ? 3000 : 5000 }), timeout: 120000, peers: ['wsjs-embed'] },
  FL: { title: 'F: 1, 10 and 100 runtimes on one event loop (embedding API)', params: (q) => ({ warm: q ? 3000 : 5000, dur: q ? 2000 : 3000 }), timeout: 180000, peers: ['wsjs-embed'] },
};
const ALL_PEERS = ['wsjs', 'wsjs-throughput', 'wsjs-interpreter', 'wsjs-embed', 'node-undici', 'node-ws', 'deno', 'bun', 'chromium', 'vertx'];
/** Whether peer p takes part in test t (a peer may list its tests; an F test lists its peers). */
const applicable = (p, t) => (!peers[p].tests || peers[p].tests.includes(t)) && (!TESTS[t].peers || TESTS[t].peers.includes(p));

// ---- command line ---------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { quick: false, only: Object.keys(TESTS), peers: ALL_PEERS, server: 'vertx', runs: null, reportOnly: false, verifyFull: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--quick') o.quick = true;
    else if (a === '--warm' || a.startsWith('--warm=')) o.warm = Number(val());
    else if (a.startsWith('--only')) o.only = val().split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    else if (a.startsWith('--peers')) o.peers = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a.startsWith('--server')) o.server = val();
    else if (a.startsWith('--runs')) o.runs = Number(val());
    else if (a === '--report-only') o.reportOnly = true;
    else if (a === '--verify-full') o.verifyFull = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: bench/run [--quick] [--only A,B1,B2,B3,C1,C2,D,E] [--peers ' + ALL_PEERS.join(',') + ']\n' +
        '                 [--server vertx|ws] [--runs N] [--verify-full] [--report-only]\n' +
        '  --quick        3 short runs per test (default: 5 runs)\n' +
        '  --warm MS      warm-up before measuring A/B/E tests, for every peer (default 3000, quick 1500)\n' +
        '  --server ws    use the ws package as echo server (cross-check; default: Vert.x frame echo)\n' +
        '  --verify-full  compare every echoed byte (default: every 61st byte and the last)\n' +
        '  --report-only  regenerate docs/benchmarks.md from bench/results/latest.jsonl');
      process.exit(0);
    } else throw new Error('unknown argument ' + a);
  }
  for (const t of o.only) if (!TESTS[t]) throw new Error('unknown test ' + t + ' (F is wsjs-only and not automated yet)');
  for (const p of o.peers) if (!peers[p]) throw new Error('unknown peer ' + p);
  if (!['vertx', 'ws'].includes(o.server)) throw new Error('--server must be vertx or ws');
  return o;
}

// ---- processes ------------------------------------------------------------------------------
const started = new Set(); // pids of process groups we started, killed on exit

function killGroup(pid) {
  if (!pid) return;
  const pids = proc.tree(pid); // children first collected, in case one left our group
  for (const p of [-pid, ...pids]) {
    try { process.kill(p, 'SIGKILL'); } catch (e) { /* gone */ }
  }
  started.delete(pid);
}
function cleanupAll() { for (const pid of [...started]) killGroup(pid); }
process.on('exit', cleanupAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanupAll(); process.exit(130); });

function startServer(kind) {
  const cmd = kind === 'ws'
    ? [process.execPath, path.join(BENCH, 'ws-echo-server.js'), String(SERVER_HOSTS)]
    : [JAVA, '-cp', path.join(VERTX_LIB, '*'), 'bench.EchoServer', String(SERVER_HOSTS)];
  const child = spawn('taskset', ['-c', String(SERVER_CORE), ...cmd], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.add(child.pid);
  let err = '';
  child.stderr.on('data', (d) => { err = (err + d).slice(-2000); });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('echo server did not start: ' + err)), 30000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^ECHO_PORT (\d+)/.exec(line);
      if (m) { clearTimeout(t); resolve({ pid: child.pid, port: Number(m[1]), kind, child }); }
    });
    child.on('exit', (code) => { clearTimeout(t); started.delete(child.pid); reject(new Error('echo server exited ' + code + ': ' + err)); });
  });
}

/** The page server for Chromium: serves the page and client.js with COOP/COEP, takes reports. */
function startPageServer() {
  const page = fs.readFileSync(path.join(BENCH, 'peers', 'page.html'));
  const headers = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  const state = { onLine: null };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'POST' && u.pathname === '/report') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', () => { res.writeHead(204, headers); res.end(); if (state.onLine) state.onLine(body); });
    } else if (u.pathname === '/') {
      res.writeHead(200, Object.assign({ 'Content-Type': 'text/html; charset=utf-8' }, headers));
      res.end(page);
    } else if (u.pathname === '/client.js') {
      res.writeHead(200, Object.assign({ 'Content-Type': 'text/javascript; charset=utf-8' }, headers));
      res.end(fs.readFileSync(path.join(BENCH, 'client.js')));
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, port: server.address().port })));
}

/** One run of one test on one peer. Resolves to a run record (never rejects). */
function runOnce(ctx, peerName, test, params) {
  const peer = peers[peerName];
  // A fixed timeout is for the work after the warm-up.
  const timeout = TESTS[test].timeout ? TESTS[test].timeout + (params.warm || 0) : (params.warm + params.dur + 30000) || 60000;
  const q = new URLSearchParams(Object.assign({ test, host: '127.0.0.1', port: ctx.server.port, timeout: timeout - 5000 }, params)).toString();
  const spec = peer.command(q, { port: ctx.server.port, pagePort: ctx.page && ctx.page.port });
  const rec = { type: 'run', test, peer: peerName, params, marks: {}, loadavg: fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] };
  return new Promise((resolve) => {
    const cpuBefore = proc.reapedChildrenCpuMs();
    const t0 = performance.now();
    const child = spawn('taskset', ['-c', String(CLIENT_CORE), spec.cmd, ...spec.args], {
      cwd: BENCH, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: Object.assign({}, process.env, spec.env || {}),
    });
    started.add(child.pid);
    let stderr = '', stdoutTail = '', lastSample = null, resultSample = null, done = false, exitTimer = null;
    const sampler = setInterval(() => { const s = proc.sample(child.pid); if (s) lastSample = s; }, 250);
    const hardTimer = setTimeout(() => finish('timeout: no result within ' + timeout + ' ms'), timeout);
    const onLine = (line) => {
      if (line.startsWith('BENCH_MARK ')) {
        const [, name, extra] = /^BENCH_MARK (\S+) ?(.*)$/.exec(line);
        rec.marks[name] = {
          t: performance.now(), client: proc.sample(child.pid), server: proc.sample(ctx.server.pid), cores: proc.cores(),
          extra: extra ? safeJson(extra) : null,
        };
      } else if (line.startsWith('BENCH_RESULT ')) {
        resultSample = proc.sample(child.pid);
        try { rec.result = JSON.parse(line.slice('BENCH_RESULT '.length)); } catch (e) { rec.result = { ok: false, error: 'unparsable result: ' + line }; }
        rec.result_ms = performance.now() - t0;
        if (peer.browser || !TESTS[test].needsExit) exitTimer = setTimeout(() => finish(null), peer.browser ? 0 : 10000);
        else exitTimer = setTimeout(() => finish('process did not exit within 10 s of its result'), 10000);
      } else if (line.startsWith('BENCH_ERROR ')) {
        stderr += line + '\n';
      } else if (line.startsWith('BENCH_PAGE ')) {
        rec.page = line.slice('BENCH_PAGE '.length);
      } else {
        stdoutTail = (stdoutTail + line + '\n').slice(-1000);
      }
    };
    if (peer.browser) ctx.page.state.onLine = onLine;
    readline.createInterface({ input: child.stdout }).on('line', onLine);
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.length > 8000) stderr = stderr.slice(stderr.indexOf('\n', stderr.length - 4000) + 1);
    });
    child.on('error', (e) => finish('spawn failed: ' + e.message));
    const exited = new Promise((r) => child.on('exit', r));
    child.on('exit', (code, signal) => {
      rec.exit = { code, signal, wall_ms: performance.now() - t0 };
      // Give the last stdout lines a moment to arrive.
      setTimeout(() => finish(rec.result ? null : 'exited (' + (signal || code) + ') without a result'), 50);
    });
    function finish(error) {
      if (done) return;
      done = true;
      clearInterval(sampler);
      clearTimeout(hardTimer);
      clearTimeout(exitTimer);
      if (peer.browser) ctx.page.state.onLine = null;
      killGroup(child.pid);
      if (spec.cleanup) { try { spec.cleanup(); } catch (e) { /* best effort */ } }
      if (error) rec.error = error;
      // Once the client is reaped, its exact CPU total is in our cutime/cstime.
      Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]).then(() => {
        rec.client_cpu_ms = child.exitCode !== null || child.signalCode !== null
          ? proc.reapedChildrenCpuMs() - cpuBefore
          : (resultSample || lastSample || { cpuMs: null }).cpuMs;
        evaluate(rec, test, peer);
        if (!rec.ok) rec.log_tail = logTail(stderr, stdoutTail);
        resolve(rec);
      });
    }
  });
}

/** The end of a failed client's output, without Chromium's and the shell's usual noise. */
function logTail(stderr, stdout) {
  const noise = /dbus|DBus|the bus|Fontconfig|unexpected operator|^\s*$|ExperimentalWarning|--trace-warnings/;
  return (stderr + '\n' + stdout).split('\n').filter((l) => !noise.test(l)).join('\n').trim().slice(-1500);
}

function safeJson(s) {
  try { return JSON.parse(s); } catch (e) { return s; }
}

/** Warms the echo server's JIT with a few unrecorded raw Vert.x runs, so that the first peer
 *  measured does not pay for it. */
async function warmServer(ctx) {
  if (!peers.vertx.probe().ok) return;
  const t0 = performance.now();
  for (const test of ['A', 'B1', 'B2', 'B3']) {
    const params = Object.assign(TESTS[test].params(true), { warm: 500, dur: 1000 });
    await runOnce(ctx, 'vertx', test, params);
  }
  console.log('[server] warmed up in ' + Math.round(performance.now() - t0) + ' ms');
}

/** Verifies the run and extracts its metrics. */
function evaluate(rec, test, peer) {
  const r = rec.result;
  const bad = rec.error || (!r ? 'no BENCH_RESULT' : !r.ok ? r.error
    : r.sent !== r.received ? 'count mismatch: sent ' + r.sent + ', received ' + r.received
      : r.checksum !== r.expected ? 'checksum mismatch: ' + r.checksum + ' != ' + r.expected : null);
  rec.ok = !bad;
  if (bad) {
    rec.error = String(bad);
    if (peer.browser && test.startsWith('C') && / 255 /.test(rec.error)) rec.error += ' (Chromium allows 255 WebSockets per profile)';
    return;
  }
  const m = {};
  const window = (a, b) => {
    const A = rec.marks[a], B = rec.marks[b];
    if (!A || !B || !A.client || !B.client) return null;
    return {
      ms: B.t - A.t,
      clientCpuMs: B.client.cpuMs - A.client.cpuMs,
      serverBusy: A.server && B.server && B.t > A.t ? (B.server.cpuMs - A.server.cpuMs) / (B.t - A.t) : null,
      rss: B.client.rssBytes - A.client.rssBytes,
      // CPU that other processes (not the client, not the server) took on the two pinned cores:
      // the machine is shared, and this says how much of a result is noise.
      otherLoad: A.cores && B.cores && B.t > A.t && A.server && B.server
        ? Math.max(0, (B.cores[CLIENT_CORE].busyMs - A.cores[CLIENT_CORE].busyMs) - (B.client.cpuMs - A.client.cpuMs)
          + (B.cores[SERVER_CORE].busyMs - A.cores[SERVER_CORE].busyMs) - (B.server.cpuMs - A.server.cpuMs)) / (B.t - A.t)
        : null,
    };
  };
  let w = null;
  if (test === 'A') Object.assign(m, { msgs_per_s: r.msgs_per_s, p50_us: r.p50_us, p99_us: r.p99_us });
  if (test.startsWith('B')) Object.assign(m, { msgs_per_s: r.msgs_per_s, mib_per_s: r.mib_per_s });
  if (/^[AB]/.test(test) || test === 'E') {
    w = window('begin', 'end');
    if (w) m.cpu_us_per_msg = (w.clientCpuMs * 1000) / r.msgs;
  }
  if (test.startsWith('C')) {
    w = window('baseline', 'hold');
    Object.assign(m, { open_ms: r.open_ms, echo_ms: r.echo_ms });
    if (w) {
      m.rss_per_conn_kib = w.rss / r.conns / 1024;
      m.cpu_us_per_conn = (w.clientCpuMs * 1000) / r.conns;
    }
    if (typeof r.heap_per_conn === 'number') m.heap_per_conn_kib = r.heap_per_conn / 1024;
  }
  if (test === 'D') {
    if (peer.browser) { rec.ok = false; rec.error = 'not applicable: a browser has no process exit'; return; }
    Object.assign(m, { wall_ms: rec.exit ? rec.exit.wall_ms : null, in_script_ms: r.ms, cpu_ms: rec.client_cpu_ms });
  }
  if (test === 'E') Object.assign(m, { warm_ms: r.warm_ms, cold_ms: r.cold_ms, mib_per_s: r.mib_per_s });
  // F tests: every number the client reports (per-second buckets, build times, rates, heap).
  if (TESTS[test].peers) {
    for (const [k, v] of Object.entries(r)) {
      if (typeof v === 'number' && !['msgs', 'sent', 'received', 'checksum', 'expected'].includes(k)) m[k] = v;
    }
  }
  if (w && w.serverBusy !== null) m.server_busy = w.serverBusy;
  if (w && w.otherLoad !== null) m.other_load = w.otherLoad;
  rec.metrics = m;
}

// ---- summaries ------------------------------------------------------------------------------
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
function summarize(test, peerName, runs, unavailable) {
  const sum = { type: 'summary', test, peer: peerName, runs: runs.length };
  if (unavailable) return Object.assign(sum, { ok: false, error: unavailable });
  const failed = runs.find((r) => !r.ok);
  if (failed || !runs.length) return Object.assign(sum, { ok: false, error: failed ? failed.error : 'no runs', log_tail: failed && failed.log_tail });
  sum.ok = true;
  sum.metrics = {};
  for (const k of Object.keys(runs[0].metrics)) {
    const xs = runs.map((r) => r.metrics[k]).filter((x) => typeof x === 'number' && Number.isFinite(x));
    if (xs.length) sum.metrics[k] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  }
  const busy = runs.map((r) => r.metrics.server_busy).filter((x) => typeof x === 'number');
  sum.server_bound = busy.some((b) => b > 0.9);
  const other = runs.map((r) => r.metrics.other_load).filter((x) => typeof x === 'number');
  sum.noisy = other.some((x) => x > 0.2);
  return sum;
}

// ---- environment ----------------------------------------------------------------------------
function environment(opts, probes) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1];
  const git = runSync('git', ['-C', ROOT, 'rev-parse', 'HEAD']);
  const dirty = runSync('git', ['-C', ROOT, 'status', '--porcelain']);
  return {
    type: 'env',
    date: new Date().toISOString(),
    quick: opts.quick,
    args: process.argv.slice(2).join(' '),
    cpu: cpu + ' (' + os.cpus().length + ' cores)',
    kernel: os.release(),
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    git_commit: git.ok ? git.out + (dirty.ok && dirty.out ? ' (dirty)' : '') : 'unknown',
    server: opts.server === 'ws' ? 'ws ' + pkgVersion('ws') + ' (message echo)' : 'Vert.x 5.1.6 frame echo, 1 event loop',
    pinning: 'server on core ' + SERVER_CORE + ', client on core ' + CLIENT_CORE + ' (taskset)',
    jvm: runSync(JAVA, ['-version']).out.split('\n')[1] || '',
    jvm_flags_client_core: jvmFlags(CLIENT_CORE),
    peers: Object.fromEntries(Object.entries(probes).map(([k, v]) => [k, v.ok ? v.version : 'unavailable: ' + v.note])),
    clk_tck: proc.clkTck,
    loadavg_at_start: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

// ---- main -----------------------------------------------------------------------------------
function fmt(test, rec) {
  if (!rec.ok) return 'FAILED: ' + rec.error;
  const m = rec.metrics;
  const n = (x, d = 0) => (typeof x === 'number' ? x.toLocaleString('en-US', { maximumFractionDigits: d }) : '-');
  const busy = (typeof m.server_busy === 'number' ? ', server ' + Math.round(m.server_busy * 100) + '%' : '') +
    (typeof m.other_load === 'number' ? ', other load ' + Math.round(m.other_load * 100) + '%' : '');
  if (test === 'A') return n(m.msgs_per_s) + ' rt/s, p50 ' + n(m.p50_us) + ' us, p99 ' + n(m.p99_us) + ' us' + busy;
  if (test === 'B2') return n(m.mib_per_s, 1) + ' MiB/s' + busy;
  if (test.startsWith('B')) return n(m.msgs_per_s) + ' msgs/s' + busy;
  if (test.startsWith('C')) return 'open ' + n(m.open_ms) + ' ms, echo ' + n(m.echo_ms) + ' ms, ' + n(m.heap_per_conn_kib ?? m.rss_per_conn_kib, 1) + ' KiB/conn' + busy;
  if (test === 'D') return n(m.wall_ms) + ' ms wall';
  if (test === 'E') return 'cold ' + n(m.cold_ms) + ' ms, warm ' + n(m.warm_ms) + ' ms' + busy;
  return JSON.stringify(m);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(RESULTS, { recursive: true });
  if (opts.reportOnly) {
    const latest = path.join(RESULTS, 'latest.jsonl');
    report.write(fs.readFileSync(latest, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)), { root: ROOT, results: RESULTS });
    console.log('docs/benchmarks.md regenerated from ' + path.relative(ROOT, latest));
    return;
  }

  // Install what the selected peers need.
  const notes = {};
  const need = new Set(opts.peers);
  if (need.has('node-ws') || need.has('deno') || need.has('bun') || opts.server === 'ws') {
    if (!setup.npm()) notes.npm = 'npm install failed';
  }
  if (need.has('chromium')) { const n = setup.chromium(); if (n) notes.chromium = n; }
  setup.vertx();

  const probes = {};
  for (const p of opts.peers) {
    probes[p] = notes[p] ? { ok: false, note: notes[p] } : peers[p].probe();
    console.log('[peer] ' + p + ': ' + (probes[p].ok ? probes[p].version : 'UNAVAILABLE: ' + probes[p].note));
  }
  const env = environment(opts, probes);
  const stamp = env.date.replace(/[:.]/g, '-');
  const outFile = path.join(RESULTS, stamp + '.jsonl');
  const records = [env];
  const write = (o) => { records.push(o); fs.appendFileSync(outFile, JSON.stringify(o) + '\n'); };
  fs.writeFileSync(outFile, JSON.stringify(env) + '\n');

  const ctx = { server: await startServer(opts.server) };
  console.log('[server] ' + env.server + ' on port ' + ctx.server.port + ', pid ' + ctx.server.pid);
  await warmServer(ctx);
  if (opts.peers.includes('chromium') && probes.chromium.ok) ctx.page = await startPageServer();

  try {
    for (const test of opts.only) {
      const runsN = opts.runs || (opts.quick ? 3 : 5);
      const params = Object.assign(TESTS[test].params(opts.quick), opts.verifyFull ? { verify: 'full' } : {});
      if (opts.warm && params.warm !== undefined) params.warm = opts.warm;
      console.log('\n== ' + test + ': ' + TESTS[test].title + ' (' + runsN + ' runs)');
      const testPeers = opts.peers.filter((p) => applicable(p, test));
      if (!testPeers.length) continue;
      const byPeer = Object.fromEntries(testPeers.map((p) => [p, []]));
      const skip = new Set(testPeers.filter((p) => !probes[p].ok));
      if (test === 'D' && opts.peers.includes('chromium')) skip.add('chromium');
      // Round robin over the peers, forwards in even rounds and backwards in odd ones, so that a slow
      // drift of the machine or of the echo server (which keeps compiling) favours no peer: without
      // the reversal the first peer (wsjs) always ran right before the second (raw Vert.x).
      for (let i = 0; i < runsN; i++) {
        for (const p of i % 2 === 0 ? testPeers : [...testPeers].reverse()) {
          if (skip.has(p)) continue;
          if (!ctx.server.child || ctx.server.child.exitCode !== null) {
            ctx.server = await startServer(opts.server);
            console.log('[server] restarted on port ' + ctx.server.port);
          }
          const rec = await runOnce(ctx, p, test, params);
          rec.run = i + 1;
          write(rec);
          console.log('  ' + p.padEnd(12) + ' run ' + (i + 1) + '/' + runsN + ': ' + fmt(test, rec));
          byPeer[p].push(rec);
          if (!rec.ok) skip.add(p); // a failed run scores nothing: no need to repeat it
        }
      }
      for (const p of testPeers) {
        let unavailable = probes[p].ok ? null : 'unavailable: ' + probes[p].note;
        if (test === 'D' && p === 'chromium') unavailable = 'not applicable: a browser has no process exit';
        write(summarize(test, p, byPeer[p], unavailable));
      }
    }
  } finally {
    killGroup(ctx.server.pid);
    if (ctx.page) ctx.page.server.close();
  }
  fs.copyFileSync(outFile, path.join(RESULTS, 'latest.jsonl'));
  report.write(records, { root: ROOT, results: RESULTS });
  console.log('\nresults: ' + path.relative(ROOT, outFile) + '\nreport:  docs/benchmarks.md');
}

main().catch((e) => { console.error(e && e.stack ? e.stack : e); cleanupAll(); process.exit(1); });
