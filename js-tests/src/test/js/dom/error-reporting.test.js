// HTML error reporting (https://html.spec.whatwg.org/#runtime-script-errors): ErrorEvent,
// PromiseRejectionEvent, and the `error` / `unhandledrejection` events fired at the global object
// for uncaught exceptions and unhandled rejections. Every real error here is canceled by a
// listener or handler: one that reached the console would fail this file.

// Resolves with the next event of `type` at the global object, canceling it.
function nextGlobalEvent(type) {
  return new Promise((resolve) => {
    addEventListener(type, function listener(e) {
      removeEventListener(type, listener);
      e.preventDefault();
      resolve(e);
    });
  });
}

test(() => {
  assert_equals(ErrorEvent.length, 1);
  assert_equals(PromiseRejectionEvent.length, 2);
  assert_equals(Object.getPrototypeOf(ErrorEvent), Event);
  assert_equals(Object.getPrototypeOf(PromiseRejectionEvent.prototype), Event.prototype);
  assert_class_string(new ErrorEvent('error'), 'ErrorEvent');
  assert_class_string(new PromiseRejectionEvent('x', { promise: Promise.resolve() }), 'PromiseRejectionEvent');
  const failures = [];
  for (const [proto, keys] of [[ErrorEvent.prototype, ['message', 'filename', 'lineno', 'colno', 'error']],
    [PromiseRejectionEvent.prototype, ['promise', 'reason']]]) {
    for (const k of keys) {
      const desc = Object.getOwnPropertyDescriptor(proto, k);
      if (!desc.enumerable || desc.set !== undefined) failures.push(`${k} shape`);
      try { desc.get.call(new Event('x')); failures.push(`${k} brand`); } catch (e) { if (!(e instanceof TypeError)) failures.push(`${k}:${e}`); }
    }
  }
  assert_array_equals(failures, []);
  assert_throws_js(TypeError, () => ErrorEvent('error'));
  const e = assert_throws_js(TypeError, () => new ErrorEvent());
  assert_equals(e.message, "Failed to construct 'ErrorEvent': 1 argument required, but only 0 present.");
  const p = assert_throws_js(TypeError, () => new PromiseRejectionEvent('x'));
  assert_equals(p.message, "Failed to construct 'PromiseRejectionEvent': 2 arguments required, but only 1 present.");
}, 'ErrorEvent and PromiseRejectionEvent shape');

test(() => {
  const d = new ErrorEvent('error');
  assert_deep_equals([d.message, d.filename, d.lineno, d.colno, d.error, d.bubbles, d.cancelable, d.isTrusted],
    ['', '', 0, 0, null, false, false, false]);
  const err = new Error('x');
  const e = new ErrorEvent('error', { message: 5, filename: 'a.js', lineno: '12', colno: -1, error: err, cancelable: true });
  assert_array_equals([e.message, e.filename, e.lineno, e.colno, e.error, e.cancelable], ['5', 'a.js', 12, 4294967295, err, true]);
  assert_equals(new ErrorEvent('error', { error: undefined }).error, null, 'undefined is absent');
  assert_equals(new ErrorEvent('error', { error: 0 }).error, 0);
  const log = [];
  const init = {};
  for (const k of ['message', 'lineno', 'filename', 'error', 'colno', 'cancelable', 'bubbles']) {
    Object.defineProperty(init, k, { get() { log.push(k); return undefined; } });
  }
  new ErrorEvent('error', init);
  assert_array_equals(log, ['bubbles', 'cancelable', 'colno', 'error', 'filename', 'lineno', 'message']);
}, 'ErrorEvent defaults, conversions and dictionary order');

test(() => {
  assert_throws_js(TypeError, () => new PromiseRejectionEvent('x', {}), 'promise is required');
  assert_throws_js(TypeError, () => new PromiseRejectionEvent('x', { promise: 5 }), 'promise must be an object');
  assert_throws_js(TypeError, () => new PromiseRejectionEvent('x', null));
  const p = Promise.resolve();
  const e = new PromiseRejectionEvent('unhandledrejection', { promise: p, reason: 'r', cancelable: true });
  assert_array_equals([e.promise, e.reason, e.cancelable, e.type], [p, 'r', true, 'unhandledrejection']);
  assert_equals(new PromiseRejectionEvent('x', { promise: p }).reason, undefined);
  const thenable = { then() {} };
  assert_equals(new PromiseRejectionEvent('x', { promise: thenable }).promise, thenable, 'any object is kept as is');
}, 'PromiseRejectionEvent init');

promise_test(async () => {
  const log = [];
  const late = new TypeError('late');
  const seen = nextGlobalEvent('error');
  setTimeout(function throwsLate() { log.push('timer'); throw late; }, 0);
  const e = await seen;
  log.push('error event');
  assert_array_equals(log, ['timer', 'error event']);
  assert_true(e instanceof ErrorEvent, 'an ErrorEvent');
  assert_array_equals([e.type, e.isTrusted, e.cancelable, e.bubbles, e.target, e.eventPhase],
    ['error', true, true, false, globalThis, 0]);
  assert_equals(e.error, late);
  assert_equals(e.message, 'Uncaught TypeError: late');
  assert_true(e.filename.includes('error-reporting.test.js'), `filename: ${e.filename}`);
  assert_greater_than(e.lineno, 0);
  assert_greater_than(e.colno, 0);
  assert_true(e.defaultPrevented);
}, 'an exception thrown by a timer fires an ErrorEvent at the global object');

promise_test(async () => {
  const seen = nextGlobalEvent('error');
  setTimeout(() => { throw 42; }, 0);
  const e = await seen;
  assert_array_equals([e.message, e.error, e.filename, e.lineno, e.colno], ['Uncaught 42', 42, '', 0, 0]);
}, 'a thrown non-Error value: message "Uncaught 42"');

promise_test(async () => {
  const seen = nextGlobalEvent('error');
  const thrown = new DOMException('dom', 'InvalidStateError');
  queueMicrotask(() => { throw thrown; });
  const e = await seen;
  assert_equals(e.error, thrown);
  assert_equals(e.message, 'Uncaught InvalidStateError: dom');
}, 'an exception thrown by a microtask is reported too');

promise_test(() => new Promise((resolve, reject) => {
  const log = [];
  const boom = new RangeError('handled by onerror');
  onerror = function (message, filename, lineno, colno, error) {
    try {
      log.push(`${this === globalThis}:${message}:${typeof filename}:${lineno > 0}:${colno > 0}:${error === boom}`);
      onerror = null;
      assert_array_equals(log, ['true:Uncaught RangeError: handled by onerror:string:true:true:true']);
      resolve();
    } catch (e) {
      reject(e);
    }
    return true; // cancels: nothing reaches the console
  };
  setTimeout(() => { throw boom; }, 0);
}), 'onerror receives five arguments and returning true cancels the report');

promise_test(async () => {
  const log = [];
  const boom = new Error('listener');
  const et = new EventTarget();
  et.addEventListener('x', () => { log.push('throwing listener'); throw boom; });
  et.addEventListener('x', () => log.push('next listener'));
  const order = [];
  const listener = (e) => { order.push(`error:${e.error === boom}`); e.preventDefault(); };
  addEventListener('error', listener);
  try {
    et.dispatchEvent(new Event('x'));
  } finally {
    removeEventListener('error', listener);
  }
  assert_array_equals(log, ['throwing listener', 'next listener']);
  assert_array_equals(order, ['error:true']);
}, 'an exception thrown by an event listener fires error before the next listener returns');

promise_test(async () => {
  const reason = new Error('nobody catches this');
  const seen = nextGlobalEvent('unhandledrejection');
  const p = Promise.reject(reason);
  const e = await seen;
  assert_true(e instanceof PromiseRejectionEvent, 'a PromiseRejectionEvent');
  assert_array_equals([e.type, e.isTrusted, e.cancelable, e.bubbles, e.target], ['unhandledrejection', true, true, false, globalThis]);
  assert_equals(e.promise, p);
  assert_equals(e.reason, reason);
}, 'an unhandled rejection fires unhandledrejection at the global object');

promise_test(() => new Promise((resolve, reject) => {
  onunhandledrejection = (e) => {
    onunhandledrejection = null;
    try {
      assert_equals(e.reason, 'plain reason');
      resolve();
    } catch (err) {
      reject(err);
    }
    return false; // cancels: nothing reaches the console
  };
  Promise.reject('plain reason');
}), 'onunhandledrejection returning false cancels the report');

promise_test(async (t) => {
  const log = [];
  const listener = (e) => { log.push('unhandledrejection'); e.preventDefault(); };
  addEventListener('unhandledrejection', listener);
  t.add_cleanup(() => removeEventListener('unhandledrejection', listener));
  const p = Promise.reject(new Error('caught in time'));
  queueMicrotask(() => { p.catch(() => log.push('caught')); });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert_array_equals(log, ['caught']);
}, 'a rejection handled before the microtask checkpoint ends is not reported');
