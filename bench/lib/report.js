'use strict';
// Turns one results file (env + run + summary records) into docs/benchmarks.md and an SVG
// chart (bench/results/chart.svg). Everything in the document comes from here: edit this
// file, not the generated Markdown.
const fs = require('fs');
const path = require('path');

const PEER_ORDER = ['wsjs', 'wsjs-throughput', 'wsjs-interpreter', 'wsjs-embed', 'vertx', 'node-undici', 'node-ws', 'deno', 'bun', 'chromium'];
const LABEL = {
  wsjs: 'wsjs', 'wsjs-throughput': 'wsjs --jit throughput', 'wsjs-interpreter': 'wsjs --jit off', 'wsjs-embed': 'wsjs embedded',
  vertx: 'raw Vert.x', 'node-undici': 'Node (undici)', 'node-ws': 'Node + ws', deno: 'Deno', bun: 'Bun', chromium: 'Chromium',
};
const COLOR = {
  wsjs: '#d62728', 'wsjs-throughput': '#ff9896', 'wsjs-interpreter': '#8c564b', 'wsjs-embed': '#d62728',
  vertx: '#7f7f7f', 'node-undici': '#2ca02c', 'node-ws': '#1f77b4', deno: '#17becf', bun: '#e377c2', chromium: '#ff7f0e',
};

// The headline metric of each test, and whether more is better.
const PRIMARY = {
  A: { key: 'msgs_per_s', unit: 'round trips/s', higher: true, d: 0 },
  B1: { key: 'msgs_per_s', unit: 'msgs/s', higher: true, d: 0 },
  B2: { key: 'mib_per_s', unit: 'MiB/s', higher: true, d: 1 },
  B3: { key: 'msgs_per_s', unit: 'msgs/s', higher: true, d: 0 },
  C1: { key: 'open_ms', unit: 'ms to open all', higher: false, d: 0 },
  C2: { key: 'open_ms', unit: 'ms to open all', higher: false, d: 0 },
  D: { key: 'wall_ms', unit: 'ms wall to exit', higher: false, d: 0 },
  E: { key: 'warm_ms', unit: 'ms per warm round trip', higher: false, d: 1 },
};
const TITLES = {
  A: 'A. Sequential round trips, 32 B text',
  B1: 'B1. Pipelined 1 KiB binary, window 64',
  B2: 'B2. Pipelined 64 KiB binary, window 16',
  B3: 'B3. Pipelined 1 KiB non-ASCII text, window 64',
  C1: 'C1. 1,000 concurrent connections',
  C2: 'C2. 10,000 concurrent connections',
  D: 'D. Startup: hello world (connect, echo once, close)',
  E: 'E. One 16 MiB binary message (the cold first one; warm repetitions after the warm-up)',
};
// Extra columns per test: [metric key, header, decimals].
const COLUMNS = {
  A: [['msgs_per_s', 'round trips/s', 0], ['p50_us', 'p50 us', 0], ['p99_us', 'p99 us', 0]],
  B1: [['msgs_per_s', 'msgs/s', 0], ['mib_per_s', 'MiB/s', 1]],
  B2: [['mib_per_s', 'MiB/s', 1], ['msgs_per_s', 'msgs/s', 0]],
  B3: [['msgs_per_s', 'msgs/s', 0], ['mib_per_s', 'MiB/s', 1]],
  C1: [['open_ms', 'open all (ms)', 0], ['echo_ms', 'echo on each (ms)', 0], ['heap_per_conn_kib', 'heap KiB/conn', 1], ['rss_per_conn_kib', 'RSS KiB/conn', 1], ['cpu_us_per_conn', 'client CPU us/conn', 0]],
  D: [['wall_ms', 'wall to exit (ms)', 0], ['in_script_ms', 'result at (ms, script clock)', 0], ['cpu_ms', 'client CPU (ms)', 0]],
  E: [['warm_ms', 'warm round trip (ms)', 1], ['cold_ms', 'cold first (ms)', 1], ['mib_per_s', 'warm MiB/s', 1]],
};
COLUMNS.C2 = COLUMNS.C1;

const n = (x, d = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');
const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const order = (a, b) => PEER_ORDER.indexOf(a) - PEER_ORDER.indexOf(b);
/** A Markdown table: the header row, its separator, then the rows (arrays of cells). */
const mdTable = (head, rows) => [head, head.map(() => '---'), ...rows].map((r) => '| ' + r.join(' | ') + ' |').join('\n');

function cell(m, d) {
  if (!m) return '–';
  return n(m.median, d) + (m.min !== m.max ? ' <sub>(' + n(m.min, d) + '–' + n(m.max, d) + ')</sub>' : '');
}

function testTable(test, sums) {
  const cols = COLUMNS[test];
  const ref = sums.find((s) => s.peer === 'vertx' && s.ok);
  const p = PRIMARY[test];
  const cpuKey = test.startsWith('C') ? null : test === 'D' ? null : 'cpu_us_per_msg';
  const head = ['client', ...cols.map((c) => c[1]), ...(cpuKey ? ['client CPU us/msg'] : []), 'vs raw Vert.x', 'server busy', 'other load', 'status'];
  const rows = [];
  for (const s of [...sums].sort((a, b) => order(a.peer, b.peer))) {
    if (!s.ok) {
      rows.push([LABEL[s.peer], ...cols.map(() => '–'), ...(cpuKey ? ['–'] : []), '–', '–', '–', 'failed: ' + esc(s.error).slice(0, 160)]);
      continue;
    }
    const m = s.metrics;
    let ratio = '–';
    if (ref && m[p.key] && ref.metrics[p.key]) {
      const r = p.higher ? m[p.key].median / ref.metrics[p.key].median : ref.metrics[p.key].median / m[p.key].median;
      ratio = n(r, 2) + 'x';
    }
    const busy = m.server_busy ? Math.round(m.server_busy.median * 100) + '%' : '–';
    const other = m.other_load ? Math.round(m.other_load.max * 100) + '%' : '–';
    const status = [s.server_bound ? '**server-bound**' : '', s.noisy ? '*noisy*' : ''].filter(Boolean).join(', ') || 'ok';
    rows.push([
      LABEL[s.peer], ...cols.map(([k, , d]) => cell(m[k], d)), ...(cpuKey ? [cell(m[cpuKey], 2)] : []),
      ratio, busy, other, status,
    ]);
  }
  return mdTable(head, rows);
}

/** Section F: JIT modes (rows in A and B1), the warm-up curve (W), Engine sharing (FE), runtimes per loop (FL). */
function fSection(sums) {
  const ok = (t) => sums.filter((s) => s.test === t && s.ok).sort((a, b) => order(a.peer, b.peer));
  const med = (s, k, d) => (s.metrics[k] ? n(s.metrics[k].median, d) : '–');
  const out = [];
  out.push('Hand analysis of these numbers, profiles and what was changed because of them: [performance.md](performance.md).');
  out.push('');
  out.push('**JIT modes.** `wsjs --jit throughput` (two compilation tiers) and `wsjs --jit off` (interpreter only) run A and B1');
  out.push('beside the default `--jit latency` (one tier); see their rows in the A and B1 tables above.');
  out.push('');
  const w = ok('W');
  if (w.length) {
    const secs = Object.keys(w[0].metrics).filter((k) => /^s\d+$/.test(k)).map((k) => Number(k.slice(1))).sort((a, b) => a - b);
    const shown = secs.filter((x) => x <= 5 || x % 5 === 0 || x === secs[secs.length - 1]);
    out.push('**Warm-up curve (W).** B1\'s work (1 KiB binary, 64 in flight, every echo checked) from the first message;');
    out.push('messages echoed in each second since then (median of the runs). Deno is the reference of a JIT that starts warm.');
    out.push('');
    out.push(mdTable(['client', ...shown.map((x) => 's' + x)], w.map((s) => [LABEL[s.peer], ...shown.map((x) => med(s, 's' + x, 0))])));
    out.push('');
  }
  const fe = ok('FE')[0];
  if (fe) {
    out.push('**Shared vs own polyglot Engine (FE).** Building a `JsRuntime` (context plus the web platform; median of 5), and');
    out.push('messages per second in a new runtime\'s first 2 s (1 KiB, 8 in flight) after another runtime warmed the shared Engine.');
    out.push('');
    out.push(mdTable(['Engine', 'build a runtime (ms)', 'first 2 s (msgs/s)'], [
      ['shared (`JsRuntime.sharedEngine()`)', med(fe, 'shared_build_ms', 1), med(fe, 'shared_first2s_msgs_per_s', 0)],
      ['own (`JsRuntime.newEngine(LATENCY)`)', med(fe, 'own_build_ms', 1), med(fe, 'own_first2s_msgs_per_s', 0)],
    ]));
    out.push('');
  }
  const fl = ok('FL')[0];
  if (fl) {
    out.push('**Runtimes on one event loop (FL).** N runtimes share one Vert.x event loop (`Builder.vertxContext`), each');
    out.push('echoing 1 KiB messages with 8 in flight; aggregate messages per second, and heap per runtime (after GC, socket open).');
    out.push('');
    out.push(mdTable(['runtimes', '1', '10', '100', 'heap per runtime (KiB, N = 100)'],
      [['msgs/s', ...['n1', 'n10', 'n100'].map((k) => med(fl, k + '_msgs_per_s', 0)), med(fl, 'heap_per_runtime_kib', 1)]]));
    out.push('');
  }
  out.push('**How binary data reaches JS.** wsjs\'s frame decoder copies a received payload once, from Netty\'s read buffer');
  out.push('into an exact-size array that JS gets as the `ArrayBuffer`\'s memory without another copy (fragmented messages: one');
  out.push('copy to join the fragments). `send()` copies once (the data is a snapshot at the time of the call) into an array');
  out.push('the host reuses, and the client frame encoder masks that copy into the socket buffer. B2 and E measure the cost at');
  out.push('64 KiB and 16 MiB.');
  return out.join('\n');
}

function overview(tests, sums) {
  const peersSeen = [...new Set(sums.filter((s) => tests.includes(s.test)).map((s) => s.peer))].sort(order);
  const head = ['client', ...tests.map((t) => t + ' (' + PRIMARY[t].unit + ')')];
  const rows = [];
  for (const p of peersSeen) {
    rows.push([LABEL[p], ...tests.map((t) => {
      const s = sums.find((x) => x.test === t && x.peer === p);
      if (!s) return '';
      if (!s.ok) return /not applicable/.test(s.error) ? 'n/a' : 'failed';
      const m = s.metrics[PRIMARY[t].key];
      return m ? n(m.median, PRIMARY[t].d) + (s.server_bound ? ' ⚠' : '') + (s.noisy ? ' ~' : '') : '–';
    })]);
  }
  return mdTable(head, rows);
}

/** Small multiples: one panel per test, one bar per peer (median) with a min–max whisker. */
function chart(tests, sums) {
  const peersSeen = [...new Set(sums.filter((s) => tests.includes(s.test)).map((s) => s.peer))].sort(order);
  const barH = 16, gap = 4, panelW = 430, labelW = 100, valueW = 90, cols = 2;
  const panelH = 34 + peersSeen.length * (barH + gap) + 10;
  const rowsN = Math.ceil(tests.length / cols);
  const W = cols * panelW + 20, H = rowsN * panelH + 40;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="10" y="22" font-size="14" font-weight="bold">wsjs benchmark: median of runs, whiskers min–max (bars: longer is better)</text>`,
  ];
  tests.forEach((t, idx) => {
    const x0 = 10 + (idx % cols) * panelW, y0 = 36 + Math.floor(idx / cols) * panelH;
    const p = PRIMARY[t];
    out.push(`<text x="${x0}" y="${y0 + 14}" font-weight="bold">${xml(t + ': ' + p.unit + (p.higher ? '' : ' (shown as 1/x; labels in ' + p.unit.split(' ')[0] + ')'))}</text>`);
    const vals = peersSeen.map((peer) => {
      const s = sums.find((x) => x.test === t && x.peer === peer);
      const m = s && s.ok && s.metrics[p.key];
      if (!m) return { peer, label: s ? (/not applicable/.test(s.error || '') ? 'n/a' : 'failed') : '' };
      const f = p.higher ? (v) => v : (v) => 1 / v;
      return { peer, v: f(m.median), lo: Math.min(f(m.min), f(m.max)), hi: Math.max(f(m.min), f(m.max)), label: n(m.median, p.d), bound: s.server_bound };
    });
    const max = Math.max(1e-12, ...vals.filter((v) => v.v).map((v) => v.hi));
    const bw = panelW - labelW - valueW - 20;
    vals.forEach((v, i) => {
      const y = y0 + 24 + i * (barH + gap);
      out.push(`<text x="${x0 + labelW - 6}" y="${y + barH - 4}" text-anchor="end">${xml(LABEL[v.peer])}</text>`);
      if (v.v) {
        const w = (v.v / max) * bw;
        out.push(`<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLOR[v.peer]}"${v.bound ? ' fill-opacity="0.45"' : ''}/>`);
        const a = x0 + labelW + (v.lo / max) * bw, b = x0 + labelW + (v.hi / max) * bw;
        out.push(`<line x1="${a.toFixed(1)}" x2="${b.toFixed(1)}" y1="${y + barH / 2}" y2="${y + barH / 2}" stroke="#000" stroke-width="1"/>`);
        out.push(`<text x="${(x0 + labelW + Math.max(w, (v.hi / max) * bw) + 4).toFixed(1)}" y="${y + barH - 4}">${xml(v.label + (v.bound ? ' (server-bound)' : ''))}</text>`);
      } else {
        out.push(`<text x="${x0 + labelW + 4}" y="${y + barH - 4}" fill="#999">${xml(v.label)}</text>`);
      }
    });
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The targets for wsjs, checked against this run. */
function targets(sums) {
  const get = (t, p) => sums.find((s) => s.test === t && s.peer === p);
  const med = (t, p, k) => { const s = get(t, p); return s && s.ok && s.metrics[k] ? s.metrics[k].median : null; };
  const JS = ['node-undici', 'node-ws', 'deno', 'bun', 'chromium'];
  const why = (t) => { const s = get(t, 'wsjs'); return !s ? 'not run' : s.ok ? null : 'wsjs failed: ' + esc(s.error).slice(0, 100); };
  const bestJs = (t, k) => Math.max(...JS.map((p) => med(t, p, k)).filter((x) => x !== null));
  const rows = [];
  const add = (name, t, fn) => {
    const w = why(t);
    if (w) return rows.push([name, w, '–']);
    const [ok, text] = fn();
    // A target is met only on clean runs: a noisy wsjs or raw Vert.x summary may be behind the ratio.
    const noisy = ['wsjs', 'vertx'].some((p) => get(t, p)?.noisy);
    rows.push([name, text, ok === null ? '–' : ok && noisy ? '*not decided* (noisy runs)' : ok ? 'met' : '**not met**']);
  };
  add('A: ≥ 0.95x raw Vert.x, p50 within 10 us', 'A', () => {
    const r = med('A', 'wsjs', 'msgs_per_s') / med('A', 'vertx', 'msgs_per_s');
    const d = med('A', 'wsjs', 'p50_us') - med('A', 'vertx', 'p50_us');
    return Number.isFinite(r) ? [r >= 0.95 && d <= 10, n(r, 2) + 'x, p50 ' + (d < 0 ? '' : '+') + n(d, 0) + ' us'] : [null, 'no raw Vert.x result'];
  });
  add('B1: ≥ 0.75x raw Vert.x and ahead of every JS peer', 'B1', () => {
    const w = med('B1', 'wsjs', 'msgs_per_s'), r = w / med('B1', 'vertx', 'msgs_per_s'), js = bestJs('B1', 'msgs_per_s');
    return [r >= 0.75 && w > js, n(r, 2) + 'x raw Vert.x, ' + n(w / js, 2) + 'x the best JS peer'];
  });
  add('B2: ahead of every JS peer', 'B2', () => {
    const w = med('B2', 'wsjs', 'mib_per_s'), js = bestJs('B2', 'mib_per_s');
    return [w > js, n(w / js, 2) + 'x the best JS peer'];
  });
  add('C2: 10,000 open, ≤ 20 KiB heap per connection', 'C2', () => {
    const h = med('C2', 'wsjs', 'heap_per_conn_kib');
    return h === null ? [null, 'open; heap not reported (wsjsHeapUsed hook missing)'] : [h <= 20, n(h, 1) + ' KiB heap per connection'];
  });
  add('D: hello world under 1.0 s wall', 'D', () => { const d = med('D', 'wsjs', 'wall_ms'); return [d < 1000, n(d, 0) + ' ms']; });
  add('E: median within 1.2x raw Vert.x', 'E', () => {
    const r = med('E', 'wsjs', 'warm_ms') / med('E', 'vertx', 'warm_ms');
    return Number.isFinite(r) ? [r <= 1.2, n(r, 2) + 'x raw Vert.x time'] : [null, 'no raw Vert.x result'];
  });
  return mdTable(['target', 'this run', 'status'], rows);
}

function write(records, { root, results }) {
  const env = records.find((r) => r.type === 'env') || {};
  const sums = records.filter((r) => r.type === 'summary');
  const tests = Object.keys(PRIMARY).filter((t) => sums.some((s) => s.test === t));
  fs.writeFileSync(path.join(results, 'chart.svg'), chart(tests, sums) + '\n');

  const md = [];
  md.push('# Benchmarks');
  md.push('');
  md.push('<!-- Generated by ./bench/run (bench/lib/report.js). Do not edit by hand: rerun the command. -->');
  md.push('');
  md.push('wsjs against the other WebSocket clients on the same work, in one run (issue 4). Every client runs the');
  md.push('same unmodified browser-style script, [`bench/client.js`](../bench/client.js); the raw Vert.x Java client');
  md.push('([`BenchClient.java`](../bench/vertx/src/main/java/bench/BenchClient.java)) mirrors it and is the ceiling');
  md.push('for wsjs, which is Vert.x plus the binding.');
  md.push('');
  const warm = /--warm (\d+)/.exec(env.args || '');
  const warmUp = warm ? Number(warm[1]) / 1000 + ' s warm-up (`--warm`)' : (env.quick ? '1.5 s' : '3 s') + ' warm-up';
  md.push('Run ' + (env.date || '?') + ', ' + (env.quick ? '**quick profile** (`--quick`: 3 runs, 1 s measured after ' + warmUp + '; indicative only)' : 'full profile (5 runs, 3 s measured after ' + warmUp + ')') + '.');
  const limits = (env.args || '').match(/--(?:only|peers)[ =]\S+/g);
  if (limits) md.push('This run was limited to `' + limits.join(' ') + '`: tests and clients not listed were not run.');
  md.push('Numbers are medians over the runs, with (min–max). A client whose run dropped or corrupted a message, or');
  md.push('failed, scores nothing for that test.');
  md.push('');
  md.push('## Run it');
  md.push('');
  md.push('```');
  md.push('./bench/run                      # everything, 5 runs each (about 25 minutes)');
  md.push('./bench/run --quick              # 3 short runs each (about 8 minutes)');
  md.push('./bench/run --quick --only A,B1 --peers wsjs,vertx');
  md.push('./bench/run --server ws          # cross-check against the ws echo server');
  md.push('./bench/run --report-only        # regenerate this page from bench/results/latest.jsonl');
  md.push('```');
  md.push('');
  md.push('It installs what it needs: npm packages pinned in `bench/package.json` (`ws`, Deno and Bun binaries),');
  md.push('Debian `chromium` and `chromium-driver` (skipped with a note if they cannot be installed), and the Java');
  md.push('parts built by Maven from `bench/vertx/pom.xml` on the JDK 25. Raw results: `bench/results/<timestamp>.jsonl`.');
  md.push('');
  md.push('## Summary');
  md.push('');
  md.push(overview(tests, sums));
  md.push('');
  md.push('⚠ = server-bound: the echo server was more than 90% busy, so the number measures the server, not the client.');
  md.push('~ = noisy: other processes took more than 20% of a core on the two benchmark cores during some run');
  md.push('("other load" in the tables is the worst run). Load average when the run started: ' + (env.loadavg_at_start || '?') + '.');
  md.push('');
  md.push('![benchmark chart](../bench/results/chart.svg)');
  md.push('');
  for (const t of tests) {
    md.push('## ' + TITLES[t]);
    md.push('');
    md.push(testTable(t, sums.filter((s) => s.test === t)));
    md.push('');
  }
  const fails = sums.filter((s) => !s.ok && !/not applicable/.test(s.error || ''));
  if (fails.length) {
    md.push('## Failures');
    md.push('');
    for (const s of fails.sort((a, b) => order(a.peer, b.peer))) {
      md.push('- **' + LABEL[s.peer] + '**, ' + s.test + ': ' + esc(s.error).slice(0, 300) + (s.log_tail ? '  \n  `' + esc(s.log_tail.split('\n').filter(Boolean).slice(-2).join(' / ')).slice(0, 300).replace(/`/g, "'") + '`' : ''));
    }
    md.push('');
  }
  md.push('## F. wsjs alone');
  md.push('');
  md.push(fSection(sums));
  md.push('');
  md.push('## Targets for wsjs (issue 4)');
  md.push('');
  md.push('Ratios in the same run, against raw Vert.x and the JS peers: A at least 0.95x raw Vert.x and p50 within 10 us;');
  md.push('B1 at least 0.75x raw Vert.x and ahead of every JS peer; B2 ahead of every JS peer; C2 10,000 connections');
  md.push('with no error and at most 20 KiB heap per connection; D under 1.0 s wall; E median within 1.2x raw Vert.x.');
  md.push('The "vs raw Vert.x" columns give the ratio (above 1 is faster than raw Vert.x).');
  md.push('');
  md.push(targets(sums));
  md.push('');
  md.push('## Method');
  md.push('');
  md.push('- **Echo server**: ' + (env.server || '?') + '. The Vert.x server ([`EchoServer.java`](../bench/vertx/src/main/java/bench/EchoServer.java))');
  md.push('  writes every frame back as it arrives (same opcode and FIN bit), so it never buffers whole messages; compression');
  md.push('  is off for every client. It listens on 127.0.0.1–127.0.0.4 at one port (C2 spreads over them). `--server ws` uses');
  md.push('  the `ws` package instead (message echo) as a cross-check.');
  md.push('- **Pinning**: ' + (env.pinning || '?') + '. The server\'s CPU time (utime+stime from `/proc/<pid>/stat`) is');
  md.push('  sampled at the start and end of each measured window; above 90% busy, the result is flagged server-bound.');
  md.push('- **Client CPU** per message: CPU time (utime+stime, summed over the client\'s process tree) during the measured');
  md.push('  window divided by the messages in it. Its resolution is one clock tick (' + (env.clk_tck ? 1000 / env.clk_tck : 10) + ' ms) per sample.');
  md.push('- **Checks**: binary payload *i* is a window of a pseudo-random tape starting at offset *i* mod 251, so a dropped,');
  md.push('  reordered, truncated or corrupted message mismatches; every 61st byte and the last byte are compared (all bytes');
  md.push('  with `verify=full`) and summed into a checksum compared with the sum of what was sent. Text messages are');
  md.push('  compared whole. Sent and received counts must match.');
  md.push('- **A, B**: a warm-up phase, then a measured window (timed by the client with `performance.now()`, opened and');
  md.push('  closed by timers so that the message handler runs the same code throughout); B keeps');
  md.push('  a fixed window of messages in flight and drains it at the end. A reports round trips per second and the');
  md.push('  p50/p99 latency of the measured round trips.');
  md.push('- **C**: opens all connections at once, then sends one message on each and waits for every echo. Memory per');
  md.push('  connection is the growth between a baseline before opening and the moment all are open: the heap after GC when');
  md.push('  the client can report it (raw Vert.x; wsjs through the `globalThis.wsjsHeapUsed()` hook), and always the RSS');
  md.push('  of the client\'s process tree (for Chromium, all its processes). Chromium caps WebSocket connections per');
  md.push('  profile (255), so it is expected to stall in C1/C2.');
  md.push('- **D**: wall time from spawning the process to its exit. Not applicable to Chromium.');
  md.push('- **E**: one 16 MiB binary message: the cold first one, then repetitions for the warm-up time (not measured;');
  md.push('  the issue asks for \"a warm process\"), then ' + (env.quick ? '5' : '10') + ' measured; the median of those is reported, and');
  md.push('  MiB/s is 16 MiB over that round-trip time. CPU per message covers the measured ones.');
  md.push('- **Chromium** is started as `chromium --headless=new --no-sandbox --disable-gpu --disable-quic ...` on a page served');
  md.push('  with COOP/COEP (cross-origin isolated, so `performance.now()` has microsecond resolution); its result line is');
  md.push('  posted back to the harness. No DevTools protocol is attached.');
  md.push('- **Parameters** reach the unmodified client through `location.search` (wsjs and Deno `--location`, the Chromium');
  md.push('  page URL) or `globalThis.BENCH_PARAMS` set by a two-line prelude (Node, Bun: [`node-launch.js`](../bench/peers/node-launch.js)).');
  md.push('');
  md.push('## Files');
  md.push('');
  md.push('| file | what it does |');
  md.push('| --- | --- |');
  md.push('| `bench/run` | entry point: raises `ulimit -n`, runs `node bench/harness.js` |');
  md.push('| `bench/harness.js` | installs, starts the echo server, runs every test x peer x run, samples `/proc`, verifies, writes results |');
  md.push('| `bench/lib/setup.js` | npm packages, Debian chromium, Maven build of `bench/vertx` (each skipped when already in place) |');
  md.push('| `bench/lib/peers.js` | how each peer is probed (version) and started on the client |');
  md.push('| `bench/lib/proc.js` | CPU time and RSS of process trees, per-core load, from `/proc` |');
  md.push('| `bench/lib/report.js` | this page and `bench/results/chart.svg` |');
  md.push('| `bench/client.js` | the browser-style client, unmodified in every JS peer |');
  md.push('| `bench/peers/node-launch.js` | Node/Bun prelude: `BENCH_PARAMS` (and `ws` as `WebSocket` for the ws peer) |');
  md.push('| `bench/peers/page.html` | the Chromium page: posts the client\'s console lines back to the harness |');
  md.push('| `bench/ws-echo-server.js` | the `ws` cross-check echo server (`--server ws`) |');
  md.push('| `bench/vertx/` | standalone Maven project: `EchoServer` (frame echo) and `BenchClient` (raw Vert.x client) |');
  md.push('| `bench/results/` | `<timestamp>.jsonl` per run (env, run and summary records; only `latest.jsonl` is kept in git) |');
  md.push('');
  md.push('## Environment');
  md.push('');
  md.push('| | |');
  md.push('| --- | --- |');
  for (const k of ['cpu', 'kernel', 'memory_gib', 'git_commit', 'jvm', 'jvm_flags_client_core', 'server', 'pinning']) {
    md.push('| ' + k + ' | ' + esc(env[k] === undefined ? '' : env[k]) + ' |');
  }
  for (const [k, v] of Object.entries(env.peers || {}).sort((a, b) => order(a[0], b[0]))) md.push('| ' + LABEL[k] + ' | ' + esc(v) + ' |');
  md.push('');
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'benchmarks.md'), md.join('\n'));
}

module.exports = { write, chart };
