'use strict';
// Reads CPU time and memory of process trees from /proc (Linux), for the benchmark harness.
const fs = require('fs');
const { execFileSync } = require('child_process');

let clkTck = 100;
try { clkTck = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100; } catch (e) { /* default */ }
let pageSize = 4096;
try { pageSize = Number(execFileSync('getconf', ['PAGESIZE']).toString().trim()) || 4096; } catch (e) { /* default */ }

/** Parses /proc/<pid>/stat: { ppid, cpuMs (utime+stime), rssBytes }, or null if gone. */
function stat(pid) {
  let s;
  try { s = fs.readFileSync('/proc/' + pid + '/stat', 'latin1'); } catch (e) { return null; }
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  // f[0] is field 3 (state): utime is field 14, stime 15, rss 24.
  return {
    state: f[0],
    ppid: Number(f[1]),
    cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / clkTck,
    rssBytes: Number(f[21]) * pageSize,
  };
}

/** Every live pid in the tree rooted at `root` (including it). */
function tree(root) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = stat(name);
    if (!st) continue;
    const pid = Number(name);
    if (!children.has(st.ppid)) children.set(st.ppid, []);
    children.get(st.ppid).push(pid);
  }
  const out = [];
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop();
    out.push(pid);
    for (const c of children.get(pid) || []) todo.push(c);
  }
  return out;
}

/** Sums CPU ms and RSS bytes over the tree rooted at `root`; null if the root is gone. */
function sample(root) {
  if (!stat(root)) return null;
  let cpuMs = 0, rssBytes = 0, pids = 0;
  for (const pid of tree(root)) {
    const st = stat(pid);
    if (!st) continue; // a zombie still reports its final CPU time
    cpuMs += st.cpuMs;
    rssBytes += st.rssBytes;
    pids++;
  }
  return { t: performance.now(), cpuMs, rssBytes, pids };
}

/** Busy and total CPU ms per core from /proc/stat (busy excludes idle and iowait). */
function cores() {
  const out = [];
  for (const line of fs.readFileSync('/proc/stat', 'latin1').split('\n')) {
    const m = /^cpu(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const f = m[2].trim().split(/\s+/).map(Number);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = f[3] + f[4];
    out[Number(m[1])] = { busyMs: ((total - idle) * 1000) / clkTck, totalMs: (total * 1000) / clkTck };
  }
  return out;
}

/** CPU ms of this process's children that have exited and been reaped (cutime + cstime):
 *  exact total CPU of a client once it is gone, whatever it forked and reaped itself. */
function reapedChildrenCpuMs() {
  const s = fs.readFileSync('/proc/self/stat', 'latin1');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / clkTck;
}

module.exports = { stat, tree, sample, cores, reapedChildrenCpuMs, clkTck };
