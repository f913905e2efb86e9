// queueMicrotask: https://html.spec.whatwg.org/#dom-queuemicrotask

test(() => {
  assert_equals(queueMicrotask.length, 1);
  assert_throws_js(TypeError, () => queueMicrotask());
  assert_throws_js(TypeError, () => queueMicrotask(42));
  assert_throws_js(TypeError, () => queueMicrotask('code'));
  assert_throws_js(TypeError, () => queueMicrotask({}));
}, 'queueMicrotask requires a callable');

promise_test(async () => {
  const log = [];
  queueMicrotask(() => log.push('q1'));
  Promise.resolve().then(() => log.push('p1'));
  queueMicrotask(() => log.push('q2'));
  log.push('sync');
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert_array_equals(log, ['sync', 'q1', 'p1', 'q2']);
}, 'microtasks share one FIFO queue with promise jobs');

promise_test(async () => {
  const log = [];
  queueMicrotask(function () {
    log.push(`this:${this === undefined || this === globalThis}:${arguments.length}`);
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert_array_equals(log, ['this:true:0']);
}, 'the callback is called with no arguments');
