// AbortController and AbortSignal (https://dom.spec.whatwg.org/#aborting-ongoing-activities):
// shape, abort reasons, event order, AbortSignal.abort/timeout/any.

test(() => {
  assert_equals(AbortController.length, 0);
  assert_equals(AbortSignal.length, 0);
  assert_equals(AbortSignal.abort.length, 0);
  assert_equals(AbortSignal.timeout.length, 1);
  assert_equals(AbortSignal.any.length, 1);
  assert_equals(AbortController.prototype.abort.length, 0);
  assert_equals(AbortSignal.prototype.throwIfAborted.length, 0);
  assert_equals(Object.getPrototypeOf(AbortSignal), EventTarget);
  assert_equals(Object.getPrototypeOf(AbortSignal.prototype), EventTarget.prototype);
  assert_class_string(new AbortController(), 'AbortController');
  assert_class_string(new AbortController().signal, 'AbortSignal');
  const notEnumerable = [];
  for (const [obj, keys] of [[AbortSignal, ['abort', 'timeout', 'any']],
    [AbortSignal.prototype, ['aborted', 'reason', 'throwIfAborted', 'onabort']],
    [AbortController.prototype, ['signal', 'abort']]]) {
    for (const k of keys) if (!Object.getOwnPropertyDescriptor(obj, k).enumerable) notEnumerable.push(k);
  }
  assert_array_equals(notEnumerable, []);
}, 'AbortController and AbortSignal shape');

test(() => {
  const e = assert_throws_js(TypeError, () => new AbortSignal());
  assert_equals(e.message, 'Illegal constructor');
  assert_throws_js(TypeError, () => AbortSignal());
  assert_throws_js(TypeError, () => AbortController());
  class Sub extends AbortSignal {}
  assert_throws_js(TypeError, () => new Sub());
}, 'AbortSignal has no public constructor; both need new');

test(() => {
  const getter = (proto, k) => Object.getOwnPropertyDescriptor(proto, k).get;
  const failures = [];
  const attempts = {
    aborted: () => getter(AbortSignal.prototype, 'aborted').call(new EventTarget()),
    reason: () => getter(AbortSignal.prototype, 'reason').call({}),
    throwIfAborted: () => AbortSignal.prototype.throwIfAborted.call(new AbortController()),
    onabort: () => getter(AbortSignal.prototype, 'onabort').call(new EventTarget()),
    signal: () => getter(AbortController.prototype, 'signal').call(AbortSignal.abort()),
    abort: () => AbortController.prototype.abort.call({}),
  };
  for (const [k, f] of Object.entries(attempts)) {
    try { f(); failures.push(k); } catch (e) { if (!(e instanceof TypeError)) failures.push(`${k}:${e}`); }
  }
  assert_array_equals(failures, []);
}, 'brand checks');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  assert_equals(c.signal, s, 'the same signal every time');
  assert_false(s.aborted);
  assert_equals(s.reason, undefined);
  assert_equals(s.onabort, null);
  s.throwIfAborted();
  const log = [];
  s.onabort = (e) => log.push(`onabort:${e.type}:${e.isTrusted}:${e.target === s}:${s.aborted}`);
  s.addEventListener('abort', (e) => log.push(`listener:${e.bubbles}:${e.cancelable}:${e instanceof Event}`));
  c.abort();
  c.abort();
  assert_array_equals(log, ['onabort:abort:true:true:true', 'listener:false:false:true'], 'one abort event');
  assert_true(s.aborted);
  assert_true(s.reason instanceof DOMException);
  assert_array_equals([s.reason.name, s.reason.code, s.reason.message], ['AbortError', 20, 'signal is aborted without reason']);
  assert_equals(assert_throws_dom('AbortError', () => s.throwIfAborted()), s.reason, 'throws the reason itself');
}, 'abort() with no reason');

test(() => {
  const reasons = [0, '', null, false, 'why', { a: 1 }, new Error('x')];
  const got = reasons.map((r) => {
    const c = new AbortController();
    c.abort(r);
    return c.signal.reason;
  });
  assert_array_equals(got, reasons);
  const c = new AbortController();
  c.abort('first');
  c.abort('second');
  assert_equals(c.signal.reason, 'first', 'the first reason stays');
  assert_throws_exactly('first', () => c.signal.throwIfAborted());
  const u = new AbortController();
  u.abort(undefined);
  assert_equals(u.signal.reason.name, 'AbortError', 'undefined means no reason');
}, 'abort(reason) keeps any reason but undefined');

test(() => {
  const c = new AbortController();
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', () => log.push('x listener'), { signal: c.signal });
  c.signal.addEventListener('abort', () => {
    log.push('abort event');
    et.dispatchEvent(new Event('x'));
  });
  c.abort();
  assert_array_equals(log, ['abort event'], 'abort algorithms (listener removal) run before the abort event');
}, 'abort algorithms run before the abort event');

test(() => {
  const s = AbortSignal.abort();
  assert_true(s.aborted);
  assert_equals(s.reason.name, 'AbortError');
  assert_equals(AbortSignal.abort('r').reason, 'r');
  assert_equals(AbortSignal.abort(undefined).reason.name, 'AbortError');
  assert_not_equals(AbortSignal.abort().reason, AbortSignal.abort().reason, 'a new DOMException each time');
}, 'AbortSignal.abort()');

test(() => {
  const e = assert_throws_js(TypeError, () => AbortSignal.timeout());
  assert_equals(e.message, "Failed to execute 'timeout' on 'AbortSignal': 1 argument required, but only 0 present.");
  for (const bad of [-1, NaN, Infinity, -Infinity, 2 ** 64, 2 ** 53, 'abc']) {
    assert_throws_js(TypeError, () => AbortSignal.timeout(bad), `timeout(${String(bad)})`);
  }
  const s = AbortSignal.timeout(2 ** 53 - 1);
  assert_false(s.aborted);
}, 'AbortSignal.timeout() takes an [EnforceRange] unsigned long long');

async_test((t) => {
  const s = AbortSignal.timeout(0);
  const log = [];
  assert_false(s.aborted, 'not aborted synchronously');
  // The timeout does not keep the event loop alive: this guard does, and fails the test if the
  // timeout never fires.
  const guard = setTimeout(t.unreached_func('the timeout never fired'), 5000);
  s.onabort = t.step_func((e) => {
    log.push(`${e.type}:${e.isTrusted}:${s.aborted}`);
    clearTimeout(guard);
    assert_array_equals(log, ['abort:true:true']);
    assert_true(s.reason instanceof DOMException);
    assert_array_equals([s.reason.name, s.reason.code, s.reason.message], ['TimeoutError', 23, 'signal timed out']);
    t.done();
  });
}, 'AbortSignal.timeout() aborts with a TimeoutError DOMException');

test(() => {
  assert_throws_js(TypeError, () => AbortSignal.any());
  assert_throws_js(TypeError, () => AbortSignal.any(5), 'not a sequence');
  assert_throws_js(TypeError, () => AbortSignal.any({}), 'not iterable');
  assert_throws_js(TypeError, () => AbortSignal.any([{}]), 'not signals');
  assert_throws_js(TypeError, () => AbortSignal.any([new AbortController().signal, null]));
  const empty = AbortSignal.any([]);
  assert_false(empty.aborted);
  assert_class_string(empty, 'AbortSignal');
  const c = new AbortController();
  const fromSet = AbortSignal.any(new Set([c.signal]));
  c.abort('set');
  assert_equals(fromSet.reason, 'set', 'any iterable works');
}, 'AbortSignal.any() takes a sequence of signals');

test(() => {
  const a = new AbortController();
  const b = AbortSignal.abort('b reason');
  const c = AbortSignal.abort('c reason');
  const s = AbortSignal.any([a.signal, b, c]);
  assert_true(s.aborted);
  assert_equals(s.reason, 'b reason', 'the first aborted signal gives the reason');
  let fired = false;
  s.onabort = () => { fired = true; };
  a.abort();
  assert_false(fired, 'an already aborted result never fires');
}, 'AbortSignal.any() with an aborted source is aborted at once');

test(() => {
  const a = new AbortController();
  const b = new AbortController();
  const any1 = AbortSignal.any([a.signal, b.signal]);
  const any2 = AbortSignal.any([any1]); // depends on a and b directly
  const log = [];
  a.signal.addEventListener('abort', () => log.push(`a:${any1.aborted}:${any2.aborted}`));
  any1.addEventListener('abort', (e) => log.push(`any1:${e.isTrusted}:${any1.reason === a.signal.reason}`));
  any2.addEventListener('abort', () => log.push(`any2:${any2.reason === a.signal.reason}`));
  b.signal.addEventListener('abort', () => log.push('b'));
  a.abort();
  b.abort('later');
  assert_array_equals(log, ['a:true:true', 'any1:true:true', 'any2:true', 'b']);
  assert_equals(any1.reason.name, 'AbortError');
}, 'AbortSignal.any(): dependents are marked aborted first, then events fire source first');

test(() => {
  const a = new AbortController();
  const log = [];
  // Kept only through its listener: must still fire.
  AbortSignal.any([a.signal]).addEventListener('abort', (e) => log.push(`dependent:${e.target.reason}`));
  a.abort('r');
  assert_array_equals(log, ['dependent:r']);
}, 'AbortSignal.any(): an unreferenced dependent with a listener still fires');

test(() => {
  const a = new AbortController();
  const dep = AbortSignal.any([a.signal, a.signal]);
  const log = [];
  dep.onabort = () => log.push('once');
  a.abort();
  assert_array_equals(log, ['once']);
}, 'AbortSignal.any() with the same signal twice fires once');

test(() => {
  const c = new AbortController();
  const log = [];
  c.signal.onabort = () => { log.push('handler'); return false; };
  const first = c.signal.onabort;
  c.signal.addEventListener('abort', (e) => log.push(`listener:${e.defaultPrevented}`));
  c.signal.onabort = 'not callable';
  assert_equals(c.signal.onabort, null);
  c.signal.onabort = first;
  c.abort();
  assert_array_equals(log, ['listener:false', 'handler'], 'onabort after null goes to the end; false does not cancel');
}, 'onabort');
