'use strict';
// Installs what the selected peers need: npm packages (bench/package.json, pinned), Debian
// chromium + chromium-driver, and the Java parts built with Maven on the JDK 25.
// Every step is skipped when its result is already in place.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { BENCH, JAVA, JAVA_HOME, VERTX_LIB } = require('./peers');

function sh(cmd, args, opts = {}) {
  console.log('[setup] ' + [cmd, ...args].join(' '));
  const r = spawnSync(cmd, args, { stdio: opts.quiet ? 'pipe' : 'inherit', cwd: opts.cwd, env: Object.assign({}, process.env, opts.env || {}), timeout: opts.timeout || 900000 });
  return r.status === 0;
}

/** npm packages: installed when any pinned dependency is missing or at another version. */
function npm() {
  const pkg = JSON.parse(fs.readFileSync(path.join(BENCH, 'package.json'), 'utf8'));
  const stale = Object.entries(pkg.dependencies).filter(([name, version]) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version !== version;
    } catch (e) { return true; }
  });
  if (!stale.length) return true;
  const lock = fs.existsSync(path.join(BENCH, 'package-lock.json'));
  return sh('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: BENCH });
}

/** Debian chromium: returns a note when it cannot be installed (the peer is then skipped). */
function chromium() {
  if (spawnSync('chromium', ['--version'], { stdio: 'ignore' }).status === 0) return null;
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!sh('apt-get', ['update', '-q'], { env })) return 'apt-get update failed; chromium skipped';
  if (!sh('apt-get', ['install', '-y', '-q', 'chromium', 'chromium-driver'], { env })) return 'apt-get install chromium failed; chromium skipped';
  return spawnSync('chromium', ['--version'], { stdio: 'ignore' }).status === 0 ? null : 'chromium not runnable after install; skipped';
}

function newestMtime(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(f) : fs.statSync(f).mtimeMs);
  }
  return t;
}

/** The Vert.x echo server and raw client: rebuilt when a source or the pom is newer than the jar. */
function vertx() {
  if (!fs.existsSync(JAVA)) throw new Error('JDK 25 not found at ' + JAVA_HOME + ' (set BENCH_JAVA_HOME)');
  const dir = path.join(BENCH, 'vertx');
  const jar = path.join(VERTX_LIB, 'wsjs-bench-vertx-0.1.0-SNAPSHOT.jar');
  const src = Math.max(newestMtime(path.join(dir, 'src')), fs.statSync(path.join(dir, 'pom.xml')).mtimeMs);
  if (fs.existsSync(jar) && fs.statSync(jar).mtimeMs >= src) return;
  const ok = sh('mvn', ['-q', '-B', 'package'], {
    cwd: dir,
    env: { JAVA_HOME, MAVEN_OPTS: (process.env.MAVEN_OPTS || '') + ' --sun-misc-unsafe-memory-access=allow' },
  });
  if (!ok) throw new Error('maven build of bench/vertx failed');
}

module.exports = { npm, chromium, vertx };
