// Event and CustomEvent (https://dom.spec.whatwg.org/#interface-event): Web IDL shape,
// constructor and init dictionaries, flags, legacy members.

const EVENT_MEMBERS = ['type', 'target', 'srcElement', 'currentTarget', 'composedPath', 'eventPhase',
  'stopPropagation', 'cancelBubble', 'stopImmediatePropagation', 'bubbles', 'cancelable', 'returnValue',
  'preventDefault', 'defaultPrevented', 'composed', 'timeStamp', 'initEvent'];

test(() => {
  assert_equals(Event.length, 1);
  assert_equals(CustomEvent.length, 1);
  assert_equals(Event.prototype.initEvent.length, 1);
  assert_equals(Event.prototype.composedPath.length, 0);
  assert_equals(Event.prototype.preventDefault.length, 0);
  assert_equals(CustomEvent.prototype.initCustomEvent.length, 1);
  assert_equals(Object.getPrototypeOf(CustomEvent), Event);
  assert_equals(Object.getPrototypeOf(CustomEvent.prototype), Event.prototype);
  assert_class_string(new Event('x'), 'Event');
  assert_class_string(new CustomEvent('x'), 'CustomEvent');
  assert_class_string(Event.prototype, 'Event');
  assert_false(Object.getOwnPropertyDescriptor(globalThis, 'Event').enumerable);
}, 'Event and CustomEvent: lengths, inheritance, toStringTag');

test(() => {
  const notEnumerable = EVENT_MEMBERS.filter((k) => !Object.getOwnPropertyDescriptor(Event.prototype, k).enumerable);
  assert_array_equals(notEnumerable, []);
  for (const k of EVENT_MEMBERS) assert_own_property(Event.prototype, k);
  assert_true(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable);
  assert_true(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'initCustomEvent').enumerable);
  assert_not_own_property(Event.prototype, 'isTrusted');
}, 'members are enumerable and live on the prototype');

test(() => {
  for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
    assert_equals(Event[k], v, `Event.${k}`);
    assert_equals(Event.prototype[k], v, `Event.prototype.${k}`);
    assert_equals(new Event('x')[k], v, `instance.${k}`);
    const desc = Object.getOwnPropertyDescriptor(Event, k);
    assert_array_equals([desc.writable, desc.enumerable, desc.configurable], [false, true, false], `${k} attributes`);
  }
}, 'phase constants on the interface and the prototype');

test(() => {
  const failures = [];
  for (const k of EVENT_MEMBERS) {
    const desc = Object.getOwnPropertyDescriptor(Event.prototype, k);
    const fn = desc.get || desc.value;
    try { fn.call({}); failures.push(k); } catch (e) { if (!(e instanceof TypeError)) failures.push(`${k}:${e}`); }
  }
  for (const k of ['cancelBubble', 'returnValue']) {
    try { Object.getOwnPropertyDescriptor(Event.prototype, k).set.call({}, true); failures.push(`set ${k}`); } catch (e) { if (!(e instanceof TypeError)) failures.push(`set ${k}:${e}`); }
  }
  const detail = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
  try { detail.call(new Event('x')); failures.push('detail'); } catch (e) { if (!(e instanceof TypeError)) failures.push(`detail:${e}`); }
  try { CustomEvent.prototype.initCustomEvent.call(new Event('x'), 'y'); failures.push('initCustomEvent'); } catch (e) { if (!(e instanceof TypeError)) failures.push(`initCustomEvent:${e}`); }
  assert_array_equals(failures, [], 'members that did not throw a TypeError for a wrong this');
  const e = assert_throws_js(TypeError, () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
  assert_equals(e.message, 'Illegal invocation');
}, 'brand checks: getters, setters and methods throw TypeError on a wrong this');

test(() => {
  assert_throws_js(TypeError, () => Event('x'), 'Event without new');
  assert_throws_js(TypeError, () => CustomEvent('x'), 'CustomEvent without new');
  const e = assert_throws_js(TypeError, () => new Event());
  assert_equals(e.message, "Failed to construct 'Event': 1 argument required, but only 0 present.");
  const c = assert_throws_js(TypeError, () => new CustomEvent());
  assert_equals(c.message, "Failed to construct 'CustomEvent': 1 argument required, but only 0 present.");
  const i = assert_throws_js(TypeError, () => new Event('x').initEvent());
  assert_equals(i.message, "Failed to execute 'initEvent' on 'Event': 1 argument required, but only 0 present.");
  assert_throws_js(TypeError, () => new CustomEvent('x').initCustomEvent());
}, 'new and the type argument are required');

test(() => {
  const e = new Event('hello');
  const values = {
    type: e.type, target: e.target, currentTarget: e.currentTarget, srcElement: e.srcElement,
    eventPhase: e.eventPhase, bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed,
    defaultPrevented: e.defaultPrevented, returnValue: e.returnValue, cancelBubble: e.cancelBubble, isTrusted: e.isTrusted,
  };
  assert_deep_equals(values, {
    type: 'hello', target: null, currentTarget: null, srcElement: null, eventPhase: 0, bubbles: false,
    cancelable: false, composed: false, defaultPrevented: false, returnValue: true, cancelBubble: false, isTrusted: false,
  });
  assert_array_equals(e.composedPath(), []);
}, 'a new Event has the default attribute values');

test(() => {
  assert_equals(new Event(1).type, '1');
  assert_equals(new Event(undefined).type, 'undefined');
  assert_equals(new Event(null).type, 'null');
  assert_equals(new Event('').type, '');
  assert_equals(new Event({ toString: () => 'obj' }).type, 'obj');
  assert_throws_js(TypeError, () => new Event(Symbol('x')));
}, 'type is converted to a DOMString');

test(() => {
  const e = new Event('x', { bubbles: 1, cancelable: 'yes', composed: {} });
  assert_array_equals([e.bubbles, e.cancelable, e.composed], [true, true, true]);
  const f = new Event('x', { bubbles: 0, cancelable: '', composed: null });
  assert_array_equals([f.bubbles, f.cancelable, f.composed], [false, false, false]);
  const n = new Event('x', null);
  assert_array_equals([n.bubbles, n.cancelable, n.composed], [false, false, false], 'null is an empty dictionary');
  assert_throws_js(TypeError, () => new Event('x', 5), 'a number is not a dictionary');
  assert_throws_js(TypeError, () => new Event('x', 'str'), 'a string is not a dictionary');
  assert_throws_js(TypeError, () => new CustomEvent('x', true), 'a boolean is not a dictionary');
}, 'EventInit members are converted to booleans');

test(() => {
  const log = [];
  const init = {};
  for (const k of ['composed', 'detail', 'cancelable', 'bubbles', 'unknown']) {
    Object.defineProperty(init, k, { get() { log.push(k); return undefined; }, enumerable: true });
  }
  new Event('x', init);
  assert_array_equals(log, ['bubbles', 'cancelable', 'composed'], 'Event reads its members in order');
  log.length = 0;
  new CustomEvent('x', init);
  assert_array_equals(log, ['bubbles', 'cancelable', 'composed', 'detail'], 'inherited members first');
}, 'init dictionary members are read in IDL order');

test(() => {
  const a = new Event('x');
  const b = new Event('y');
  assert_equals(typeof a.timeStamp, 'number');
  assert_greater_than(a.timeStamp, 0);
  assert_greater_than_equal(b.timeStamp, a.timeStamp);
}, 'timeStamp is a non-decreasing time since the time origin');

test(() => {
  const a = new Event('x');
  const b = new Event('y');
  const desc = Object.getOwnPropertyDescriptor(a, 'isTrusted');
  assert_equals(typeof desc.get, 'function');
  assert_equals(desc.set, undefined);
  assert_true(desc.enumerable, 'enumerable');
  assert_false(desc.configurable, 'configurable');
  assert_equals(Object.getOwnPropertyDescriptor(b, 'isTrusted').get, desc.get, 'one getter for all events');
  assert_false(desc.get.call(b));
  assert_throws_js(TypeError, () => desc.get.call({}));
  assert_throws_js(TypeError, () => { 'use strict'; a.isTrusted = true; });
  assert_throws_js(TypeError, () => Object.defineProperty(a, 'isTrusted', { value: true }));
  assert_false(a.isTrusted);
  assert_own_property(new CustomEvent('x'), 'isTrusted');
}, 'isTrusted is an unforgeable own accessor');

test(() => {
  const e = new Event('x');
  e.preventDefault();
  assert_array_equals([e.defaultPrevented, e.returnValue], [false, true], 'not cancelable: ignored');
  e.returnValue = false;
  assert_array_equals([e.defaultPrevented, e.returnValue], [false, true], 'returnValue = false ignored too');
  const c = new Event('x', { cancelable: true });
  c.preventDefault();
  assert_array_equals([c.defaultPrevented, c.returnValue], [true, false]);
  c.returnValue = true;
  assert_array_equals([c.defaultPrevented, c.returnValue], [true, false], 'returnValue = true does not un-cancel');
  const r = new Event('x', { cancelable: true });
  r.returnValue = 0;
  assert_array_equals([r.defaultPrevented, r.returnValue], [true, false], 'returnValue = falsy cancels');
}, 'preventDefault, returnValue and defaultPrevented');

test(() => {
  const e = new Event('x');
  e.cancelBubble = false;
  assert_false(e.cancelBubble);
  e.cancelBubble = 'yes';
  assert_true(e.cancelBubble, 'a truthy value sets the flag');
  e.cancelBubble = false;
  assert_true(e.cancelBubble, 'false does not clear it');
  const s = new Event('x');
  s.stopPropagation();
  assert_true(s.cancelBubble);
  const i = new Event('x');
  i.stopImmediatePropagation();
  assert_true(i.cancelBubble);
}, 'cancelBubble, stopPropagation and stopImmediatePropagation');

test(() => {
  const target = new EventTarget();
  const e = new Event('x', { cancelable: true });
  const log = [];
  target.addEventListener('x', (ev) => {
    log.push(`capture:${ev.eventPhase}:${ev.target === target}:${ev.currentTarget === target}:${ev.srcElement === target}`);
    log.push(`path:${ev.composedPath().length}:${ev.composedPath()[0] === target}`);
  }, true);
  target.addEventListener('x', (ev) => {
    log.push(`bubble:${ev.eventPhase}`);
    ev.stopPropagation();
    ev.preventDefault();
  });
  assert_false(target.dispatchEvent(e));
  log.push(`after:${e.eventPhase}:${e.target === target}:${e.currentTarget}:${e.composedPath().length}:${e.cancelBubble}:${e.defaultPrevented}`);
  assert_array_equals(log, ['capture:2:true:true:true', 'path:1:true', 'bubble:2', 'after:0:true:null:0:false:true']);
}, 'attributes during and after dispatch');

test(() => {
  const e = new Event('a', { cancelable: true });
  e.preventDefault();
  e.stopImmediatePropagation();
  e.initEvent('b', true, false);
  assert_array_equals([e.type, e.bubbles, e.cancelable, e.defaultPrevented, e.cancelBubble, e.isTrusted, e.target],
    ['b', true, false, false, false, false, null]);
  e.initEvent('c');
  assert_array_equals([e.type, e.bubbles, e.cancelable], ['c', false, false], 'defaults are false');
  // The stop immediate propagation flag was cleared too: both listeners run.
  const target = new EventTarget();
  const log = [];
  target.addEventListener('c', () => log.push(1));
  target.addEventListener('c', () => log.push(2));
  target.dispatchEvent(e);
  assert_array_equals(log, [1, 2]);
  assert_equals(e.target, target);
  e.initEvent('d');
  assert_equals(e.target, null, 'initEvent resets the target');
}, 'initEvent reinitializes type, flags and target');

test(() => {
  const target = new EventTarget();
  const e = new CustomEvent('x', { detail: 1 });
  const log = [];
  target.addEventListener('x', (ev) => {
    ev.initEvent('y', true, true);
    ev.initCustomEvent('z', true, true, 2);
    log.push(`${ev.type}:${ev.bubbles}:${ev.cancelable}:${ev.detail}`);
  });
  target.dispatchEvent(e);
  assert_array_equals(log, ['x:false:false:1']);
}, 'initEvent and initCustomEvent do nothing while dispatching');

test(() => {
  assert_equals(new CustomEvent('x').detail, null, 'default');
  assert_equals(new CustomEvent('x', {}).detail, null, 'absent');
  assert_equals(new CustomEvent('x', { detail: undefined }).detail, null, 'undefined is absent');
  const obj = {};
  assert_equals(new CustomEvent('x', { detail: obj }).detail, obj, 'same object');
  assert_equals(new CustomEvent('x', { detail: 0 }).detail, 0);
  const c = new CustomEvent('x', { detail: 1, bubbles: true });
  assert_true(c.bubbles);
  assert_true(c instanceof Event);
  c.initCustomEvent('y', false, true, 'd');
  assert_array_equals([c.type, c.bubbles, c.cancelable, c.detail], ['y', false, true, 'd']);
  c.initCustomEvent('z');
  assert_array_equals([c.type, c.bubbles, c.cancelable, c.detail], ['z', false, false, null], 'initCustomEvent defaults');
}, 'CustomEvent detail and initCustomEvent');

test(() => {
  class PingEvent extends Event {
    constructor(n) { super('ping', { cancelable: true }); this.n = n; }
  }
  const target = new EventTarget();
  const log = [];
  target.addEventListener('ping', (e) => { log.push(`${e.constructor.name}:${e.n}:${e.isTrusted}`); e.preventDefault(); });
  const e = new PingEvent(7);
  assert_own_property(e, 'isTrusted');
  assert_false(target.dispatchEvent(e));
  assert_array_equals(log, ['PingEvent:7:false']);
  assert_class_string(e, 'Event');
}, 'Event can be subclassed and dispatched');
