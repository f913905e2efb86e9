// HTML event handler IDL attributes (https://html.spec.whatwg.org/#event-handler-attributes),
// exercised through AbortSignal's onabort and the global object's onerror,
// onunhandledrejection and onrejectionhandled. Events named like those are dispatched by hand
// here: only real exceptions and rejections reach the console.

test(() => {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert_equals(typeof desc.get, 'function');
  assert_equals(typeof desc.set, 'function');
  assert_true(desc.enumerable, 'enumerable');
  assert_true(desc.configurable, 'configurable');
  assert_equals(desc.get.name, 'get onabort');
  assert_equals(desc.set.name, 'set onabort');
  assert_equals(desc.get.length, 0);
  assert_equals(desc.set.length, 1);
  assert_throws_js(TypeError, () => desc.get.call({}));
  assert_throws_js(TypeError, () => desc.set.call({}, null));
  assert_throws_js(TypeError, () => desc.get.call(new EventTarget()), 'only AbortSignals');
  for (const name of ['onerror', 'onunhandledrejection', 'onrejectionhandled']) {
    const g = Object.getOwnPropertyDescriptor(globalThis, name);
    assert_true(g !== undefined && typeof g.get === 'function' && g.enumerable, `${name} on the global object`);
    assert_throws_js(TypeError, () => g.get.call({}), `${name} brand check`);
    assert_equals(globalThis[name], null, `${name} starts null`);
  }
}, 'event handler attributes are enumerable accessors with brand checks');

test(() => {
  const s = new AbortController().signal;
  const f = () => {};
  const obj = { handleEvent() {} };
  const values = [];
  for (const v of [f, 'alert(1)', obj, 1, true, Symbol('s'), undefined, f, null]) {
    s.onabort = v;
    values.push(s.onabort);
  }
  assert_array_equals(values, [f, null, obj, null, null, null, null, f, null]);
}, 'non-object values become null; objects are kept');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  const log = [];
  s.addEventListener('abort', () => log.push('a'));
  s.onabort = () => log.push('h1');
  s.addEventListener('abort', () => log.push('b'));
  s.onabort = () => log.push('h2'); // replaces the value, keeps the place of the first assignment
  s.addEventListener('abort', () => log.push('c'));
  c.abort();
  assert_array_equals(log, ['a', 'h2', 'b', 'c']);
}, 'a handler keeps the listener position of its first assignment');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  const log = [];
  s.onabort = () => log.push('h1');
  s.addEventListener('abort', () => log.push('a'));
  s.onabort = null;
  s.onabort = () => log.push('h2');
  s.addEventListener('abort', () => log.push('b'));
  c.abort();
  assert_array_equals(log, ['a', 'h2', 'b'], 'set again after null: added at the end');
}, 'setting null removes the handler; setting again adds it at the end');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  const log = [];
  s.onabort = () => log.push('h1');
  s.onabort = 42; // non-object: like null
  s.addEventListener('abort', () => log.push('a'));
  s.onabort = () => log.push('h2');
  c.abort();
  assert_array_equals(log, ['a', 'h2']);
}, 'setting a non-object removes the handler too');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  const log = [];
  const h = function (e) { log.push(`${this === s}:${e.type}:${arguments.length}`); };
  s.onabort = h;
  s.removeEventListener('abort', h);
  s.addEventListener('abort', h); // a separate listener
  c.abort();
  assert_array_equals(log, ['true:abort:1', 'true:abort:1']);
}, 'the handler is called with this = the target and the event; removeEventListener does not remove it');

test(() => {
  const c = new AbortController();
  const s = c.signal;
  const log = [];
  const handler = { handleEvent() { log.push('handleEvent'); } };
  s.onabort = handler; // an object that is not callable does nothing when invoked
  s.addEventListener('abort', () => log.push('listener'));
  c.abort();
  assert_array_equals(log, ['listener']);
  assert_equals(s.onabort, handler);
}, 'a non-callable object handler is kept but not called');

test((t) => {
  const log = [];
  t.add_cleanup(() => { onunhandledrejection = null; });
  const results = [];
  for (const r of [false, true, 0, '', undefined, null, 'false']) {
    onunhandledrejection = () => { log.push(String(r)); return r; };
    const e = new Event('unhandledrejection', { cancelable: true });
    results.push(`${dispatchEvent(e)}:${e.defaultPrevented}`);
  }
  assert_array_equals(log, ['false', 'true', '0', '', 'undefined', 'null', 'false']);
  assert_array_equals(results, ['false:true', 'true:false', 'true:false', 'true:false', 'true:false', 'true:false', 'true:false'],
    'only false cancels');
  onunhandledrejection = () => false;
  const nc = new Event('unhandledrejection');
  assert_true(dispatchEvent(nc), 'false does not cancel a non-cancelable event');
  assert_false(nc.defaultPrevented);
}, 'a handler returning false cancels the event');

test((t) => {
  t.add_cleanup(() => { globalThis.onerror = null; });
  const log = [];
  const err = new Error('e');
  globalThis.onerror = function (...args) {
    log.push(`${this === globalThis}:${args.length}`);
    log.push(args.slice(0, 4).join('|'));
    log.push(args[4] === err);
    return true;
  };
  assert_equals(onerror, globalThis.onerror, 'readable as a bare global');
  const e = new ErrorEvent('error', { cancelable: true, message: 'msg', filename: 'f.js', lineno: 3, colno: 7, error: err });
  assert_false(dispatchEvent(e), 'returning true cancels an ErrorEvent error at the global');
  assert_array_equals(log, ['true:5', 'msg|f.js|3|7', true]);
  globalThis.onerror = () => false;
  const e2 = new ErrorEvent('error', { cancelable: true });
  assert_true(dispatchEvent(e2), 'returning false does not cancel it');
}, 'onerror at the global gets (message, filename, lineno, colno, error); returning true cancels');

test((t) => {
  t.add_cleanup(() => { globalThis.onerror = null; });
  const log = [];
  globalThis.onerror = (...args) => { log.push(`${args.length}:${args[0] instanceof Event}`); return false; };
  const plain = new Event('error', { cancelable: true });
  assert_false(dispatchEvent(plain), 'a plain Event: normal handling, false cancels');
  assert_true(dispatchEvent(new ErrorEvent('other', { cancelable: true })), 'onerror is only for error events');
  assert_array_equals(log, ['1:true']);
}, 'onerror with a plain Event uses the normal rules');

test((t) => {
  const log = [];
  const reported = [];
  const catcher = (e) => { reported.push(e.error); e.preventDefault(); };
  addEventListener('error', catcher);
  t.add_cleanup(() => { removeEventListener('error', catcher); onunhandledrejection = null; });
  const boom = new Error('from handler');
  onunhandledrejection = () => { log.push('handler'); throw boom; };
  addEventListener('unhandledrejection', () => log.push('listener'), { once: true });
  dispatchEvent(new Event('unhandledrejection'));
  assert_array_equals(log, ['handler', 'listener']);
  assert_array_equals(reported, [boom]);
}, 'an exception thrown by a handler is reported and the next listeners run');
