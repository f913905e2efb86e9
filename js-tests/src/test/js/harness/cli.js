// Development aid: load after harness.js and a test file to see results on the command line:
//   ./wsjs js-tests/src/test/js/harness/harness.js some.test.js js-tests/src/test/js/harness/cli.js
// Prints one line per subtest once all have finished (nothing if one never finishes).
add_completion_callback((tests) => {
  let failed = 0;
  for (const t of tests) {
    console.log(`${t.status} ${t.name}${t.status === 'PASS' ? '' : '\n    ' + t.message}`);
    if (t.status !== 'PASS') failed++;
  }
  console.log(`${tests.length - failed} passed, ${failed} failed`);
});
