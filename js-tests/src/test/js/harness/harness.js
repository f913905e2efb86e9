// wsjs test harness: a small testharness.js-style API of our own for *.test.js files.
// Tests register with test()/async_test()/promise_test(); the runner lets the event loop run
// until idle and then reads globalThis.__harness.summary(). A test that has not finished when
// the loop is idle can never finish, so it fails as "did not complete".
(function () {
  'use strict';
  const results = [];
  const promiseQueue = [];
  const completionCallbacks = [];
  let completionScheduled = false;

  // Calls the completion callbacks once every registered test has finished.
  function checkCompletion() {
    if (completionScheduled || completionCallbacks.length === 0) return;
    completionScheduled = true;
    setTimeout(() => {
      completionScheduled = false;
      if (results.every((t) => t.status === 'PASS' || t.status === 'FAIL')) {
        for (const cb of completionCallbacks.splice(0)) cb(results.slice());
      }
    }, 0);
  }
  let promiseRunning = false;

  class AssertionError extends Error {
    get name() { return 'AssertionError'; }
  }

  function fmt(v) {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (Object.is(v, -0)) return '-0';
    if (Array.isArray(v)) return `[${v.map(fmt).join(', ')}]`;
    try { return String(v); } catch { return Object.prototype.toString.call(v); }
  }

  function fail(message, description) {
    throw new AssertionError(description ? `${description}: ${message}` : message);
  }

  class Test {
    constructor(name) {
      this.name = name;
      this.status = 'RUNNING';
      this.message = '';
      this.cleanups = [];
      results.push(this);
    }
    step(fn, thisObj, ...args) {
      if (this.status !== 'RUNNING') return undefined;
      try {
        return fn.apply(thisObj === undefined ? this : thisObj, args);
      } catch (e) {
        this._finish('FAIL', e);
        return undefined;
      }
    }
    step_func(fn, thisObj) {
      const t = this;
      return function (...args) { return t.step(fn, thisObj === undefined ? this : thisObj, ...args); };
    }
    step_func_done(fn, thisObj) {
      const t = this;
      return function (...args) {
        const r = fn ? t.step(fn, thisObj === undefined ? this : thisObj, ...args) : undefined;
        t.done();
        return r;
      };
    }
    unreached_func(description) {
      return this.step_func(() => assert_unreached(description));
    }
    step_timeout(fn, ms, ...args) {
      return setTimeout(this.step_func(fn), ms, ...args);
    }
    add_cleanup(fn) { this.cleanups.push(fn); }
    done() {
      if (this.status === 'RUNNING') this._finish('PASS');
    }
    _finish(status, error) {
      if (this.status !== 'RUNNING') return;
      this.status = status;
      if (error) this.message = error && error.stack ? (String(error.stack).includes(String(error.message)) ? String(error.stack) : `${error.name}: ${error.message}\n${error.stack}`) : fmt(error);
      for (const c of this.cleanups.splice(0)) {
        try { c(); } catch (e) { if (this.status === 'PASS') { this.status = 'FAIL'; this.message = `cleanup threw: ${e}`; } }
      }
      if (this._onfinish) this._onfinish();
      checkCompletion();
    }
  }

  function test(fn, name) {
    const t = new Test(name);
    t.step(fn, t, t);
    t.done();
    return t;
  }

  function async_test(fn, name) {
    if (typeof fn === 'string') { name = fn; fn = undefined; }
    const t = new Test(name);
    if (fn) t.step(fn, t, t);
    return t;
  }

  // promise_tests run one after another, in registration order, like testharness.js.
  function promise_test(fn, name) {
    const t = new Test(name);
    t.status = 'QUEUED';
    promiseQueue.push({ t, fn });
    if (!promiseRunning) runNextPromiseTest();
    return t;
  }

  function runNextPromiseTest() {
    const next = promiseQueue.shift();
    if (!next) { promiseRunning = false; return; }
    promiseRunning = true;
    const { t, fn } = next;
    t.status = 'RUNNING';
    t._onfinish = () => Promise.resolve().then(runNextPromiseTest);
    let p;
    try {
      p = fn(t);
    } catch (e) {
      t._finish('FAIL', e);
      return;
    }
    if (!p || typeof p.then !== 'function') {
      t._finish('FAIL', new AssertionError('promise_test function did not return a promise'));
      return;
    }
    p.then(() => t.done(), (e) => t._finish('FAIL', e));
  }

  // --- assertions ---
  function same(a, b) { return Object.is(a, b); }
  function assert_equals(actual, expected, d) {
    if (!same(actual, expected)) fail(`expected ${fmt(expected)} but got ${fmt(actual)}`, d);
  }
  function assert_not_equals(actual, expected, d) {
    if (same(actual, expected)) fail(`got disallowed value ${fmt(actual)}`, d);
  }
  function assert_true(v, d) { if (v !== true) fail(`expected true got ${fmt(v)}`, d); }
  function assert_false(v, d) { if (v !== false) fail(`expected false got ${fmt(v)}`, d); }
  function assert_array_equals(actual, expected, d) {
    if (actual === null || typeof actual !== 'object' || typeof actual.length !== 'number') fail(`expected an array-like, got ${fmt(actual)}`, d);
    if (actual.length !== expected.length) fail(`lengths differ, expected ${fmt(Array.from(expected))} (length ${expected.length}) but got ${fmt(Array.from(actual))} (length ${actual.length})`, d);
    for (let i = 0; i < expected.length; i++) {
      if (!same(actual[i], expected[i])) fail(`expected ${fmt(Array.from(expected))} but got ${fmt(Array.from(actual))} (index ${i} differs)`, d);
    }
  }
  function assert_deep_equals(actual, expected, d) {
    const a = JSON.stringify(actual), e = JSON.stringify(expected);
    if (a !== e) fail(`expected ${e} but got ${a}`, d);
  }
  function assert_in_array(v, arr, d) { if (!arr.some((x) => same(x, v))) fail(`value ${fmt(v)} not in ${fmt(arr)}`, d); }
  function assert_greater_than(a, b, d) { if (!(a > b)) fail(`expected a number greater than ${fmt(b)} but got ${fmt(a)}`, d); }
  function assert_greater_than_equal(a, b, d) { if (!(a >= b)) fail(`expected a number >= ${fmt(b)} but got ${fmt(a)}`, d); }
  function assert_less_than(a, b, d) { if (!(a < b)) fail(`expected a number less than ${fmt(b)} but got ${fmt(a)}`, d); }
  function assert_less_than_equal(a, b, d) { if (!(a <= b)) fail(`expected a number <= ${fmt(b)} but got ${fmt(a)}`, d); }
  function assert_approx_equals(a, b, eps, d) { if (!(Math.abs(a - b) <= eps)) fail(`expected ${fmt(b)} +/- ${eps} but got ${fmt(a)}`, d); }
  function assert_regexp_match(s, re, d) { if (!re.test(s)) fail(`expected ${fmt(s)} to match ${re}`, d); }
  function assert_class_string(obj, cls, d) {
    assert_equals(Object.prototype.toString.call(obj), `[object ${cls}]`, d);
  }
  function assert_own_property(obj, name, d) {
    if (!Object.prototype.hasOwnProperty.call(obj, name)) fail(`expected own property ${fmt(name)}`, d);
  }
  function assert_not_own_property(obj, name, d) {
    if (Object.prototype.hasOwnProperty.call(obj, name)) fail(`unexpected own property ${fmt(name)}`, d);
  }
  function assert_unreached(d) { fail('reached unreachable code', d); }
  function assert_throws_js(ctor, fn, d) {
    try { fn(); } catch (e) {
      if (!(e instanceof ctor) || e.constructor !== ctor) fail(`expected ${ctor.name} but got ${e && e.name}: ${e && e.message}`, d);
      return e;
    }
    fail(`expected ${ctor.name} to be thrown, nothing was thrown`, d);
  }
  function assert_throws_dom(name, fn, d) {
    try { fn(); } catch (e) {
      checkDomException(e, name, d);
      return e;
    }
    fail(`expected DOMException ${name} to be thrown, nothing was thrown`, d);
  }
  function assert_throws_exactly(value, fn, d) {
    try { fn(); } catch (e) {
      if (!same(e, value)) fail(`expected ${fmt(value)} to be thrown but got ${fmt(e)}`, d);
      return e;
    }
    fail(`expected ${fmt(value)} to be thrown, nothing was thrown`, d);
  }
  function checkDomException(e, name, d) {
    if (typeof DOMException !== 'function' || !(e instanceof DOMException)) fail(`expected a DOMException ${name} but got ${e && e.name}: ${e && e.message}`, d);
    if (e.name !== name) fail(`expected DOMException ${name} but got ${e.name}: ${e.message}`, d);
  }
  function promise_rejects_js(t, ctor, p, d) {
    return p.then(() => fail(`expected a ${ctor.name} rejection, the promise fulfilled`, d),
      (e) => { if (!(e instanceof ctor)) fail(`expected ${ctor.name} but got ${e && e.name}: ${e && e.message}`, d); });
  }
  function promise_rejects_dom(t, name, p, d) {
    return p.then(() => fail(`expected a DOMException ${name} rejection, the promise fulfilled`, d),
      (e) => checkDomException(e, name, d));
  }
  function promise_rejects_exactly(t, value, p, d) {
    return p.then(() => fail(`expected ${fmt(value)} rejection, the promise fulfilled`, d),
      (e) => { if (!same(e, value)) fail(`expected ${fmt(value)} but got ${fmt(e)}`, d); });
  }

  // Resolves with the events of `types` fired at `target`, in order; fails the test on any other.
  function EventWatcher(t, target, types) {
    types = Array.isArray(types) ? types : [types];
    let waiting = null;
    const seen = [];
    const listener = t.step_func((e) => {
      if (!waiting) fail(`unexpected event ${e.type}`);
      if (e.type !== waiting.types[0]) fail(`expected event ${waiting.types[0]} but got ${e.type}`);
      waiting.types.shift();
      seen.push(e);
      if (waiting.types.length === 0) { const w = waiting; waiting = null; w.resolve(seen.splice(0)); }
    });
    for (const type of types) target.addEventListener(type, listener);
    t.add_cleanup(() => { for (const type of types) target.removeEventListener(type, listener); });
    this.wait_for = (wanted) => new Promise((resolve) => {
      waiting = { types: Array.isArray(wanted) ? wanted.slice() : [wanted], resolve };
    }).then((events) => (events.length === 1 ? events[0] : events));
  }

  const api = {
    test, async_test, promise_test, EventWatcher,
    assert_equals, assert_not_equals, assert_true, assert_false, assert_array_equals, assert_deep_equals,
    assert_in_array, assert_greater_than, assert_greater_than_equal, assert_less_than, assert_less_than_equal,
    assert_approx_equals, assert_regexp_match, assert_class_string, assert_own_property, assert_not_own_property,
    assert_unreached, assert_throws_js, assert_throws_dom, assert_throws_exactly,
    promise_rejects_js, promise_rejects_dom, promise_rejects_exactly,
    setup() {}, done() {},
    add_completion_callback(fn) { completionCallbacks.push(fn); checkCompletion(); },
  };
  for (const [k, v] of Object.entries(api)) globalThis[k] = v;

  globalThis.__harness = {
    // Called by the runner once the event loop is idle. Returns JSON:
    // [{name, status: PASS|FAIL|NOTRUN, message}]
    summary() {
      return JSON.stringify(results.map((t) => ({
        name: t.name,
        status: t.status === 'PASS' || t.status === 'FAIL' ? t.status : 'NOTRUN',
        message: t.status === 'RUNNING' || t.status === 'QUEUED' ? 'did not complete: the event loop went idle first' : t.message,
      })));
    },
  };
})();
