// Development aid: runs a *.test.js file under Node with our harness, to try pure-JS bindings
// outside the JVM. Usage: node node-run.js [setup.js ...] file.test.js
// Each setup file is evaluated in the global scope before the test (for example a shim that
// loads bindings resources). Prints one line per subtest and exits 1 on any failure.
'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');
let reported = 0;
process.on('uncaughtException', (e) => { reported++; console.error('Uncaught', e); });
process.on('unhandledRejection', (e) => { reported++; console.error('Uncaught (in promise)', e); });
vm.runInThisContext(fs.readFileSync(path.join(__dirname, 'harness.js'), 'utf8'), { filename: 'harness.js' });
for (const f of process.argv.slice(2)) vm.runInThisContext(fs.readFileSync(f, 'utf8'), { filename: f });
process.on('beforeExit', () => {
  const results = JSON.parse(globalThis.__harness.summary());
  let failed = reported;
  for (const r of results) {
    console.log(`${r.status} ${r.name}${r.status === 'PASS' ? '' : '\n    ' + r.message}`);
    if (r.status !== 'PASS') failed++;
  }
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
});
