'use strict';
// The peers: how each runtime is found, versioned and started on bench/client.js.
// Every command gets the same query string; it reaches the client through `location`
// (wsjs, Deno, Chromium) or through the globalThis.BENCH_PARAMS prelude (Node, Bun).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const BENCH = path.resolve(__dirname, '..');
const ROOT = path.resolve(BENCH, '..');
const JAVA_HOME = process.env.BENCH_JAVA_HOME || '/usr/lib/jvm/temurin-25-jdk-amd64';
const JAVA = path.join(JAVA_HOME, 'bin', 'java');
const VERTX_LIB = path.join(BENCH, 'vertx', 'target', 'lib');
const CLIENT = path.join(BENCH, 'client.js');
const LAUNCH = path.join(BENCH, 'peers', 'node-launch.js');
const DENO = path.join(BENCH, 'node_modules', '@deno', 'linux-x64-glibc', 'deno');
const BUN = path.join(BENCH, 'node_modules', '@oven', 'bun-linux-x64', 'bin', 'bun');
const WSJS = path.join(ROOT, 'wsjs');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: opts.timeout || 30000, env: opts.env || process.env });
  return { ok: r.status === 0, out: ((r.stdout || '') + (r.stderr || '')).trim(), error: r.error };
}
const firstLine = (s) => s.split('\n').find((l) => l.trim() && !/unexpected operator/.test(l)) || '';
const executable = (f) => { try { fs.accessSync(f, fs.constants.X_OK); return fs.statSync(f).isFile(); } catch (e) { return false; } };
const pkgVersion = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version; } catch (e) { return null; }
};

/** JVM flags as the JVM sees them on one pinned core (ergonomics depend on the CPU count). */
function jvmFlags(core) {
  const r = run('taskset', ['-c', String(core), JAVA, '-XX:+PrintCommandLineFlags', '-version']);
  return r.out.split('\n').filter((l) => l.startsWith('-XX')).join(' ');
}

// The version line of the wsjs launcher (with the given flags, so that it names their JIT mode).
function probeWsjs(flags) {
  if (!executable(WSJS)) return { ok: false, note: WSJS + ' not found or not executable (not built yet)' };
  // The launcher builds on first use or when sources changed: let it do so here, once,
  // and never during a measured run (WSJS_NO_BUILD below).
  const r = run(WSJS, [...flags, '--version'], { timeout: 600000 });
  if (!r.ok) return { ok: false, note: 'wsjs --version failed: ' + r.out.split('\n').slice(-3).join(' | ') };
  const lines = r.out.split('\n').filter((l) => l && !/^wsjs: building/.test(l));
  return { ok: true, version: lines.slice(0, 6).join(' | ') + (process.env.WSJS_JAVA_OPTS ? ' | WSJS_JAVA_OPTS=' + process.env.WSJS_JAVA_OPTS : '') };
}

/** wsjs with another --jit mode (F): it runs A, B1 and the warm-up curve. */
function wsjsJit(mode, describe) {
  return {
    label: 'wsjs --jit ' + mode,
    describe,
    tests: ['A', 'B1', 'W'],
    probe: () => probeWsjs(['--jit', mode]),
    command: (q, ctx) => withArgs(peers.wsjs.command(q, ctx), ['--jit', mode]),
  };
}

const peers = {
  wsjs: {
    label: 'wsjs',
    describe: 'wsjs CLI (GraalJS + Vert.x)',
    probe: () => probeWsjs([]),
    command: (q, ctx) => ({
      cmd: WSJS,
      // C1/C2 open thousands of sockets to one host: lift RFC 6455's one-handshake-at-a-time rule
      // (wsjs's documented load-generation flag; browsers keep it), and measure heap per connection.
      args: [...(/(^|&)test=C/.test(q) ? ['--parallel-handshakes', '--expose-heap-used'] : []), '--location', 'http://127.0.0.1:' + ctx.port + '/?' + q, CLIENT],
      env: { WSJS_NO_BUILD: '1' },
    }),
  },
  // F: wsjs's other JIT modes on A, B1 and the warm-up curve, and the embedding API.
  'wsjs-throughput': wsjsJit('throughput', 'wsjs CLI, GraalJS compiling in two tiers'),
  'wsjs-interpreter': wsjsJit('off', 'wsjs CLI, GraalJS interpreter only'),
  'wsjs-embed': {
    label: 'wsjs embedded',
    describe: 'wsjs through its Java embedding API (bench/embed/EmbedBench.java, a single-file source program run by the wsjs launcher, so without the AOT cache)',
    tests: ['FE', 'FL'],
    probe: () => peers.wsjs.probe(),
    command: (q) => ({ cmd: WSJS, args: [q], env: { WSJS_NO_BUILD: '1', WSJS_MAIN: path.join(BENCH, 'embed', 'EmbedBench.java') } }),
  },
  'node-undici': {
    label: 'Node (undici)',
    describe: 'Node built-in WebSocket (undici), --experimental-websocket',
    probe: () => ({ ok: true, version: 'node ' + process.version + ' (undici ' + (process.versions.undici || '?') + ')' }),
    command: (q) => ({ cmd: process.execPath, args: ['--experimental-websocket', '--no-warnings', LAUNCH, q] }),
  },
  'node-ws': {
    label: 'Node + ws',
    describe: 'Node with the ws package as globalThis.WebSocket',
    probe: () => {
      const v = pkgVersion('ws');
      return v ? { ok: true, version: 'node ' + process.version + ', ws ' + v } : { ok: false, note: 'ws not installed' };
    },
    command: (q) => ({ cmd: process.execPath, args: [LAUNCH, '--ws', q] }),
  },
  deno: {
    label: 'Deno',
    describe: 'Deno (binary from @deno/linux-x64-glibc)',
    probe() {
      if (!executable(DENO)) return { ok: false, note: 'deno binary missing' };
      return { ok: true, version: run(DENO, ['--version']).out.split('\n').slice(0, 2).join(', ') };
    },
    command: (q, ctx) => ({
      cmd: DENO,
      args: ['run', '--quiet', '--allow-net', '--location', 'http://127.0.0.1:' + ctx.port + '/?' + q, CLIENT],
      env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    }),
  },
  bun: {
    label: 'Bun',
    describe: 'Bun (binary from @oven/bun-linux-x64)',
    probe() {
      if (!executable(BUN)) return { ok: false, note: 'bun binary missing' };
      return { ok: true, version: 'bun ' + run(BUN, ['--version']).out };
    },
    command: (q) => ({ cmd: BUN, args: [LAUNCH, q], env: { BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' } }),
  },
  chromium: {
    label: 'Chromium',
    describe: 'headless Chromium (Debian), page served with COOP/COEP, no DevTools',
    browser: true,
    probe() {
      const r = run('chromium', ['--version']);
      if (!r.ok) return { ok: false, note: 'chromium not installed' };
      return { ok: true, version: firstLine(r.out) };
    },
    command: (q, ctx) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
      return {
        cmd: 'chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--user-data-dir=' + dir, 'http://127.0.0.1:' + ctx.pagePort + '/?' + q],
        cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  vertx: {
    label: 'raw Vert.x',
    describe: 'raw Vert.x 5.1.6 Java client (bench/vertx BenchClient), JDK 25',
    probe() {
      if (!fs.existsSync(VERTX_LIB)) return { ok: false, note: 'bench/vertx not built' };
      const r = run(JAVA, ['-version']);
      return { ok: r.ok, version: 'vertx-core 5.1.6, ' + firstLine(r.out.split('\n').slice(1).join('\n')), note: r.ok ? undefined : r.out };
    },
    command: (q) => ({ cmd: JAVA, args: ['-cp', path.join(VERTX_LIB, '*'), 'bench.BenchClient', q] }),
  },
};

/** A command with extra arguments before the script's. */
function withArgs(spec, extra) {
  return Object.assign({}, spec, { args: [...extra, ...spec.args] });
}

module.exports = { peers, BENCH, ROOT, JAVA, JAVA_HOME, VERTX_LIB, DENO, BUN, WSJS, jvmFlags, run, pkgVersion };
