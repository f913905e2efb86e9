// EventTarget (https://dom.spec.whatwg.org/#interface-eventtarget): the listener model and
// dispatch, in whole orders. Exceptions from listeners are caught by a global `error` listener
// that cancels them, so they never reach the console (which would fail this file).

// Collects reported exceptions (their ErrorEvents) for the duration of test t.
function captureReported(t) {
  const reported = [];
  const listener = (e) => { reported.push(e); e.preventDefault(); };
  addEventListener('error', listener);
  t.add_cleanup(() => removeEventListener('error', listener));
  return reported;
}

test(() => {
  assert_equals(EventTarget.length, 0);
  assert_equals(EventTarget.prototype.addEventListener.length, 2);
  assert_equals(EventTarget.prototype.removeEventListener.length, 2);
  assert_equals(EventTarget.prototype.dispatchEvent.length, 1);
  for (const k of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    const desc = Object.getOwnPropertyDescriptor(EventTarget.prototype, k);
    assert_array_equals([desc.writable, desc.enumerable, desc.configurable], [true, true, true], k);
  }
  assert_class_string(new EventTarget(), 'EventTarget');
  assert_throws_js(TypeError, () => EventTarget());
  class Emitter extends EventTarget {}
  const em = new Emitter();
  const log = [];
  em.addEventListener('x', (e) => log.push(e.target === em));
  em.dispatchEvent(new Event('x'));
  assert_array_equals(log, [true]);
}, 'EventTarget shape, and subclassing');

test(() => {
  const f = () => {};
  for (const k of ['addEventListener', 'removeEventListener']) {
    const e = assert_throws_js(TypeError, () => EventTarget.prototype[k].call({}, 'x', f));
    assert_equals(e.message, 'Illegal invocation', k);
  }
  assert_throws_js(TypeError, () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
  assert_throws_js(TypeError, () => EventTarget.prototype.dispatchEvent.call(new Event('x'), new Event('x')));
  const et = new EventTarget();
  const a = assert_throws_js(TypeError, () => et.addEventListener('x'));
  assert_equals(a.message, "Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present.");
  const r = assert_throws_js(TypeError, () => et.removeEventListener());
  assert_equals(r.message, "Failed to execute 'removeEventListener' on 'EventTarget': 2 arguments required, but only 0 present.");
  const d = assert_throws_js(TypeError, () => et.dispatchEvent());
  assert_equals(d.message, "Failed to execute 'dispatchEvent' on 'EventTarget': 1 argument required, but only 0 present.");
  assert_throws_js(TypeError, () => et.dispatchEvent({ type: 'x' }), 'not an Event');
  assert_throws_js(TypeError, () => et.addEventListener('x', 'not a listener'), 'a string is not an EventListener');
  assert_throws_js(TypeError, () => et.addEventListener('x', 42));
  et.addEventListener('x', null);
  et.addEventListener('x', undefined);
  et.removeEventListener('x', null);
  assert_true(et.dispatchEvent(new Event('x')), 'null callbacks are ignored');
}, 'brand checks, argument counts and argument types');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', () => log.push('bubble1'));
  et.addEventListener('x', () => log.push('capture1'), true);
  et.addEventListener('x', () => log.push('bubble2'), false);
  et.addEventListener('x', () => log.push('capture2'), { capture: true });
  et.addEventListener('y', () => log.push('other type'));
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['capture1', 'capture2', 'bubble1', 'bubble2']);
}, 'at the target, capture listeners run first, each group in registration order');

test(() => {
  const et = new EventTarget();
  const log = [];
  const f = () => log.push('f');
  const g = () => log.push('g');
  et.addEventListener('x', f);
  et.addEventListener('x', f);
  et.addEventListener('x', f, false);
  et.addEventListener('x', f, { capture: false, once: true, passive: true });
  et.addEventListener('x', g);
  et.addEventListener('x', f, true);
  et.addEventListener('x', f, { capture: true });
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f', 'f', 'g'], 'one per (type, callback, capture): capture f, then f and g');
  log.length = 0;
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f', 'f', 'g'], 'the ignored once registration left the first one in place');
}, 'duplicate listeners are ignored, by type, callback and capture');

test(() => {
  const et = new EventTarget();
  const log = [];
  const f = (e) => log.push(`f${e.eventPhase}`);
  et.addEventListener('x', f, true);
  et.addEventListener('x', f);
  et.removeEventListener('x', f); // removes the non-capture one only
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', f, { capture: false });
  et.removeEventListener('y', f, true);
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', f, { capture: true, once: true });
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f2', 'f2']);
}, 'removeEventListener matches type, callback and capture');

test(() => {
  const et = new EventTarget();
  const log = [];
  const f = () => log.push('f');
  et.addEventListener('x', f, 1); // a non-object, non-undefined value is the capture boolean
  et.removeEventListener('x', f, 'yes');
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', f, 0);
  et.dispatchEvent(new Event('x'));
  et.removeEventListener('x', f, null); // null is an empty dictionary: capture false
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f']);
}, 'options that are not dictionaries are converted to the capture boolean');

test(() => {
  const et = new EventTarget();
  const log = [];
  const options = {};
  for (const k of ['signal', 'passive', 'once', 'capture', 'other']) {
    Object.defineProperty(options, k, { get() { log.push(k); return undefined; } });
  }
  et.addEventListener('x', () => {}, options);
  assert_array_equals(log, ['capture', 'once', 'passive', 'signal']);
  log.length = 0;
  et.removeEventListener('x', () => {}, options);
  assert_array_equals(log, ['capture']);
  log.length = 0;
  et.addEventListener('x', null, options);
  assert_array_equals(log, ['capture', 'once', 'passive', 'signal'], 'options are read even for a null callback');
}, 'options dictionary members are read in IDL order');

test(() => {
  const et = new EventTarget();
  const log = [];
  const f = function (e) { log.push(`${this === et}:${e.currentTarget === et}`); };
  et.addEventListener('x', f);
  const listener = { handleEvent(e) { log.push(`object:${this === listener}`); } };
  et.addEventListener('x', listener);
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['true:true', 'object:true']);
}, 'callback this values: the current target for functions, the object for handleEvent');

test(() => {
  const et = new EventTarget();
  const log = [];
  const listener = { handleEvent() { log.push('first'); } };
  et.addEventListener('x', listener);
  listener.handleEvent = () => log.push('second');
  et.dispatchEvent(new Event('x'));
  const fn = () => log.push('function');
  fn.handleEvent = () => log.push('handleEvent property');
  et.addEventListener('x', fn);
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['second', 'second', 'function']);
}, 'handleEvent is looked up at call time; a callable listener is called itself');

test((t) => {
  const reported = captureReported(t);
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', () => log.push('before'));
  et.addEventListener('x', { handleEvent: 'not callable' });
  et.addEventListener('x', {});
  const getterError = new Error('getter');
  et.addEventListener('x', { get handleEvent() { throw getterError; } });
  et.addEventListener('x', () => log.push('after'));
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['before', 'after']);
  assert_array_equals(reported.map((e) => e.error instanceof TypeError), [true, true, false]);
  assert_equals(reported[2].error, getterError);
}, 'a non-callable handleEvent throws a TypeError that is reported; other listeners still run');

test((t) => {
  const reported = captureReported(t);
  const et = new EventTarget();
  const log = [];
  const boom = new Error('boom');
  et.addEventListener('x', () => log.push('1'));
  et.addEventListener('x', () => { log.push('2'); throw boom; });
  et.addEventListener('x', () => log.push('3'));
  addEventListener('error', (e) => log.push(`error:${e.error === boom}`), { once: true });
  assert_true(et.dispatchEvent(new Event('x', { cancelable: true })), 'the exception does not cancel the event');
  assert_array_equals(log, ['1', '2', 'error:true', '3'], 'reported synchronously, then the next listener');
  assert_equals(reported.length, 1);
  assert_equals(reported[0].message, 'Uncaught Error: boom');
}, 'a throwing listener is reported and the other listeners still run');

test(() => {
  const et = new EventTarget();
  const log = [];
  const b = () => log.push('b');
  const c = () => log.push('c');
  let first = true;
  et.addEventListener('x', () => {
    log.push('a');
    if (!first) return;
    first = false;
    et.removeEventListener('x', b);
    et.removeEventListener('x', c);
    et.addEventListener('x', c);
  });
  et.addEventListener('x', b);
  et.addEventListener('x', c);
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['a'], 'removed listeners do not run, even when added again');
  log.length = 0;
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['a', 'c']);
}, 'a listener removed during dispatch does not run (the removed flag)');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', () => {
    log.push('capture');
    et.addEventListener('x', () => log.push('capture added'), true);
    et.addEventListener('x', () => log.push('bubble added'));
  }, true);
  et.addEventListener('x', () => {
    log.push('bubble');
    et.addEventListener('x', () => log.push('bubble added later'));
  });
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['capture', 'bubble', 'bubble added'],
    'listeners added in a phase do not run in it; the bubbling pass takes a new copy of the list');
}, 'listeners added during dispatch');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', (e) => {
    log.push(`once:${e.type}`);
    et.dispatchEvent(new Event('x')); // nested: the once listener is already removed
  }, { once: true });
  et.addEventListener('x', () => log.push('always'));
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['once:x', 'always', 'always', 'always']);
}, 'once listeners are removed before they run');

test(() => {
  const et = new EventTarget();
  const log = [];
  const f = () => log.push('f');
  et.addEventListener('x', f, { once: true });
  et.removeEventListener('x', f);
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', f, { once: true, capture: true });
  et.addEventListener('x', f, { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f', 'f']);
}, 'once listeners can be removed and have separate capture registrations');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', (e) => {
    e.preventDefault();
    e.returnValue = false;
    log.push(`passive:${e.defaultPrevented}`);
  }, { passive: true });
  et.addEventListener('x', (e) => log.push(`next:${e.defaultPrevented}`));
  et.addEventListener('x', (e) => { e.preventDefault(); log.push(`active:${e.defaultPrevented}`); });
  assert_false(et.dispatchEvent(new Event('x', { cancelable: true })));
  assert_array_equals(log, ['passive:false', 'next:false', 'active:true']);
  log.length = 0;
  const e = new Event('y', { cancelable: true });
  et.addEventListener('y', (ev) => { ev.preventDefault(); log.push('passive y'); }, { passive: true });
  assert_true(et.dispatchEvent(e));
  assert_array_equals(log, ['passive y']);
  assert_false(e.defaultPrevented);
}, 'preventDefault is ignored in a passive listener');

test(() => {
  const et = new EventTarget();
  assert_true(et.dispatchEvent(new Event('x')), 'no listeners');
  et.addEventListener('x', (e) => e.preventDefault());
  assert_true(et.dispatchEvent(new Event('x')), 'not cancelable');
  assert_false(et.dispatchEvent(new Event('x', { cancelable: true })), 'canceled');
  const e = new Event('x', { cancelable: true });
  e.preventDefault();
  assert_false(new EventTarget().dispatchEvent(e), 'canceled before dispatch');
}, 'dispatchEvent returns false only when the event was canceled');

test(() => {
  const a = new EventTarget();
  const b = new EventTarget();
  const log = [];
  const e = new Event('x');
  a.addEventListener('x', (ev) => {
    const err = assert_throws_dom('InvalidStateError', () => b.dispatchEvent(ev));
    log.push(`${err.code}:${ev.currentTarget === a}`);
    assert_throws_dom('InvalidStateError', () => a.dispatchEvent(ev));
  });
  b.addEventListener('x', () => log.push('b'));
  a.dispatchEvent(e);
  b.dispatchEvent(e);
  assert_array_equals(log, ['11:true', 'b'], 'the same event can be dispatched again once done');
}, 'dispatching an event that is being dispatched throws InvalidStateError');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('x', (e) => { log.push('1'); e.stopImmediatePropagation(); });
  et.addEventListener('x', () => log.push('2'));
  et.addEventListener('y', (e) => { log.push('capture1'); e.stopPropagation(); }, true);
  et.addEventListener('y', () => log.push('capture2'), true);
  et.addEventListener('y', () => log.push('bubble'));
  et.addEventListener('z', (e) => { log.push('z capture'); e.stopImmediatePropagation(); }, true);
  et.addEventListener('z', () => log.push('z bubble'));
  et.addEventListener('w', (e) => { log.push('w1'); e.stopPropagation(); });
  et.addEventListener('w', () => log.push('w2'));
  for (const type of ['x', 'y', 'z', 'w']) et.dispatchEvent(new Event(type));
  assert_array_equals(log, ['1', 'capture1', 'capture2', 'z capture', 'w1', 'w2']);
}, 'stopImmediatePropagation stops the rest; stopPropagation in the capture pass skips the bubbling pass');

test(() => {
  const et = new EventTarget();
  const log = [];
  const e = new Event('x');
  e.stopPropagation();
  et.addEventListener('x', () => log.push('never'));
  assert_true(et.dispatchEvent(e));
  assert_array_equals(log, []);
  assert_false(e.cancelBubble, 'the flag is cleared after dispatch');
  et.dispatchEvent(e);
  assert_array_equals(log, ['never'], 'so the next dispatch runs listeners');
}, 'an event whose propagation was stopped before dispatch reaches no listener');

test(() => {
  const et = new EventTarget();
  const log = [];
  et.addEventListener('outer', () => {
    log.push('outer1');
    et.dispatchEvent(new Event('inner'));
    log.push('outer2');
  });
  et.addEventListener('outer', () => log.push('outer3'));
  et.addEventListener('inner', (e) => log.push(`inner:${e.eventPhase}`));
  et.dispatchEvent(new Event('outer'));
  assert_array_equals(log, ['outer1', 'inner:2', 'outer2', 'outer3']);
}, 'nested dispatch of another event runs synchronously');

test(() => {
  const et = new EventTarget();
  const log = [];
  const c = new AbortController();
  const f = () => log.push('f');
  et.addEventListener('x', f, { signal: c.signal });
  et.dispatchEvent(new Event('x'));
  c.abort();
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', f, { signal: c.signal });
  et.dispatchEvent(new Event('x'));
  et.addEventListener('x', f, { signal: AbortSignal.abort() });
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['f'], 'removed on abort; an aborted signal never adds');
}, 'signal: abort removes the listener, an already aborted signal does not add it');

test(() => {
  const et = new EventTarget();
  const log = [];
  const c = new AbortController();
  const f = (e) => log.push(`f:${e.type}`);
  et.addEventListener('x', f, { signal: c.signal });
  et.addEventListener('x', f, { signal: c.signal });
  et.addEventListener('x', f, { signal: c.signal, capture: true });
  et.addEventListener('y', f, { signal: c.signal, once: true });
  et.dispatchEvent(new Event('x'));
  c.abort();
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('y'));
  assert_array_equals(log, ['f:x', 'f:x']);
}, 'signal: duplicates, capture and once listeners are all removed on abort');

test(() => {
  const et = new EventTarget();
  const log = [];
  const c = new AbortController();
  const other = new AbortController();
  et.addEventListener('x', () => { log.push('a'); c.abort(); });
  et.addEventListener('x', () => log.push('b'), { signal: c.signal });
  const g = () => log.push('g');
  et.addEventListener('x', g, { signal: other.signal });
  et.removeEventListener('x', g);
  other.abort();
  et.addEventListener('x', g);
  et.dispatchEvent(new Event('x'));
  assert_array_equals(log, ['a', 'g'], 'aborted during dispatch: not run; an earlier abort leaves a re-added listener alone');
}, 'signal: abort during dispatch, and abort after removeEventListener');

test(() => {
  const et = new EventTarget();
  const c = new AbortController();
  let count = 0;
  et.addEventListener('foo', () => {
    et.addEventListener('foo', () => {
      count++;
      if (count > 5) c.abort();
      et.dispatchEvent(new Event('foo'));
    }, { signal: c.signal });
    et.dispatchEvent(new Event('foo'));
  }, { once: true });
  et.dispatchEvent(new Event('foo'));
  assert_equals(count, 6);
}, 'signal: aborting from a nested listener removes it');

test(() => {
  const et = new EventTarget();
  const f = () => {};
  assert_throws_js(TypeError, () => et.addEventListener('x', f, { signal: null }));
  assert_throws_js(TypeError, () => et.addEventListener('x', null, { signal: null }), 'even with a null callback');
  assert_throws_js(TypeError, () => et.addEventListener('x', f, { signal: {} }));
  assert_throws_js(TypeError, () => et.addEventListener('x', f, { signal: new EventTarget() }));
  et.addEventListener('x', f, { signal: undefined });
}, 'signal must be an AbortSignal');

test(() => {
  assert_true(globalThis instanceof EventTarget, 'the global object is an EventTarget');
  assert_equals(typeof addEventListener, 'function');
  assert_equals(addEventListener, EventTarget.prototype.addEventListener);
  assert_equals(dispatchEvent, EventTarget.prototype.dispatchEvent);
  const log = [];
  const f = (e) => log.push(`${e.type}:${e.target === globalThis}:${e.currentTarget === globalThis}`);
  addEventListener('wsjs-test', f); // this is undefined: the global object
  globalThis.addEventListener('wsjs-test', (e) => log.push(`second:${e.eventPhase}`), { once: true });
  assert_true(dispatchEvent(new Event('wsjs-test')));
  EventTarget.prototype.dispatchEvent.call(globalThis, new Event('wsjs-test'));
  removeEventListener('wsjs-test', f);
  globalThis.dispatchEvent(new Event('wsjs-test'));
  assert_array_equals(log, ['wsjs-test:true:true', 'second:2', 'wsjs-test:true:true']);
}, 'the global object is an EventTarget');
