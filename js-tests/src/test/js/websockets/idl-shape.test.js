// The Web IDL shape of WebSocket, MessageEvent and CloseEvent: interface objects, prototype chains,
// lengths, constants, accessor and operation property attributes, brand checks, @@toStringTag, and
// the two event constructors' dictionaries. https://webidl.spec.whatwg.org/#es-interfaces
'use strict';

function desc(obj, name) {
  const d = Object.getOwnPropertyDescriptor(obj, name);
  assert_not_equals(d, undefined, `${String(name)} exists`);
  return d;
}

function assertAttribute(proto, name, { readonly }) {
  const d = desc(proto, name);
  assert_equals(typeof d.get, 'function', `${name} getter`);
  assert_equals(typeof d.set, readonly ? 'undefined' : 'function', `${name} setter`);
  assert_true(d.enumerable, `${name} enumerable`);
  assert_true(d.configurable, `${name} configurable`);
  assert_equals(d.get.name, `get ${name}`, `${name} getter name`);
  assert_equals(d.get.length, 0);
  if (!readonly) assert_equals(d.set.length, 1);
}

function assertOperation(proto, name, length) {
  const d = desc(proto, name);
  assert_equals(typeof d.value, 'function', name);
  assert_true(d.writable && d.enumerable && d.configurable, `${name} is writable, enumerable, configurable`);
  assert_equals(d.value.length, length, `${name}.length`);
  assert_equals(d.value.name, name);
}

function assertInterfaceObject(iface, name, length, parent) {
  const g = desc(globalThis, name);
  assert_equals(g.value, iface);
  assert_true(g.writable, 'global property writable');
  assert_false(g.enumerable, 'global property not enumerable');
  assert_true(g.configurable, 'global property configurable');
  assert_equals(iface.length, length, `${name}.length`);
  assert_equals(iface.name, name);
  assert_equals(Object.getPrototypeOf(iface), parent, 'interface object inherits from the parent interface');
  assert_equals(Object.getPrototypeOf(iface.prototype), parent.prototype);
  const p = desc(iface, 'prototype');
  assert_false(p.writable || p.enumerable || p.configurable, 'prototype is non-writable, non-enumerable, non-configurable');
  const tag = desc(iface.prototype, Symbol.toStringTag);
  assert_equals(tag.value, name);
  assert_false(tag.writable || tag.enumerable);
  assert_true(tag.configurable);
  assert_equals(Object.prototype.toString.call(iface.prototype), `[object ${name}]`);
  assert_throws_js(TypeError, () => iface(), `${name}() without new`);
}

test(() => {
  assertInterfaceObject(WebSocket, 'WebSocket', 1, EventTarget);
  assertInterfaceObject(MessageEvent, 'MessageEvent', 1, Event);
  assertInterfaceObject(CloseEvent, 'CloseEvent', 1, Event);
}, 'interface objects: global properties, lengths, names, prototype chains, @@toStringTag');

test(() => {
  const names = ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'];
  for (const [value, name] of names.entries()) {
    for (const holder of [WebSocket, WebSocket.prototype]) {
      const d = desc(holder, name);
      assert_equals(d.value, value, name);
      assert_false(d.writable, `${name} not writable`);
      assert_true(d.enumerable, `${name} enumerable`);
      assert_false(d.configurable, `${name} not configurable`);
    }
    assert_throws_js(TypeError, () => { WebSocket[name] = 42; });
    assert_throws_js(TypeError, () => { delete WebSocket.prototype[name]; });
    assert_equals(WebSocket[name], value);
  }
}, 'WebSocket constants are on the interface object and the prototype, non-writable');

test(() => {
  const proto = WebSocket.prototype;
  for (const name of ['url', 'readyState', 'bufferedAmount', 'extensions', 'protocol']) assertAttribute(proto, name, { readonly: true });
  for (const name of ['binaryType', 'onopen', 'onerror', 'onclose', 'onmessage']) assertAttribute(proto, name, { readonly: false });
  assertOperation(proto, 'close', 0);
  assertOperation(proto, 'send', 1);
  const own = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor').sort();
  assert_array_equals(own, ['CLOSED', 'CLOSING', 'CONNECTING', 'OPEN', 'binaryType', 'bufferedAmount', 'close', 'extensions',
    'onclose', 'onerror', 'onmessage', 'onopen', 'protocol', 'readyState', 'send', 'url'].sort());
  const enumerable = [];
  for (const k in proto) enumerable.push(k);
  for (const name of own) assert_in_array(name, enumerable, `${name} is enumerable`);
  assert_false(Object.getOwnPropertyDescriptor(proto, 'constructor').enumerable);
}, 'WebSocket.prototype: attributes are enumerable accessors, operations enumerable methods');

test(() => {
  const proto = WebSocket.prototype;
  for (const receiver of [{}, new EventTarget(), new Event('x'), proto, null, undefined, 1, 'ws']) {
    for (const name of ['url', 'readyState', 'bufferedAmount', 'extensions', 'protocol', 'binaryType', 'onopen', 'onerror', 'onclose', 'onmessage']) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (receiver !== null && receiver !== undefined) {
        const e = assert_throws_js(TypeError, () => d.get.call(receiver), `get ${name} on ${String(receiver)}`);
        if (typeof receiver === 'object') assert_equals(e.message, 'Illegal invocation');
      }
      if (d.set && receiver !== null && receiver !== undefined) assert_throws_js(TypeError, () => d.set.call(receiver, 'blob'), `set ${name}`);
    }
    assert_throws_js(TypeError, () => proto.send.call(receiver, 'x'), 'send');
    assert_throws_js(TypeError, () => proto.close.call(receiver), 'close');
  }
  assert_throws_js(TypeError, () => WebSocket.prototype.readyState, 'reading an attribute on the prototype');
}, 'WebSocket brand checks: Illegal invocation on anything but a WebSocket');

test(() => {
  const ws = new WebSocket('/echo');
  assert_class_string(ws, 'WebSocket');
  assert_true(ws instanceof EventTarget);
  assert_array_equals(Object.getOwnPropertyNames(ws), [], 'no own properties: state is private');
  assert_array_equals(Object.getOwnPropertySymbols(ws), []);
  assert_equals(ws.onopen, null);
  assert_equals(ws.onmessage, null);
  const f = () => {};
  ws.onopen = f;
  assert_equals(ws.onopen, f);
  ws.onopen = 'not callable';
  assert_equals(ws.onopen, null, 'a non-object becomes null');
  const obj = {};
  ws.onerror = obj;
  assert_equals(ws.onerror, obj, 'an object is kept');
  ws.onerror = null;
  ws.close();
}, 'a WebSocket instance: class string, no own properties, event handler attributes');

test(() => {
  class Sub extends WebSocket {
    constructor() { super('/echo'); this.extra = 1; }
    get readyStateTwice() { return this.readyState * 2; }
  }
  const s = new Sub();
  assert_true(s instanceof WebSocket);
  assert_equals(s.readyStateTwice, 0);
  assert_equals(s.url, `${location.origin.replace(/^http/, 'ws')}/echo`);
  s.close();
}, 'WebSocket can be subclassed');

test(() => {
  const proto = MessageEvent.prototype;
  for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) assertAttribute(proto, name, { readonly: true });
  assertOperation(proto, 'initMessageEvent', 1);
  const e = new MessageEvent('message');
  assert_equals(e.type, 'message');
  assert_equals(e.data, null);
  assert_equals(e.origin, '');
  assert_equals(e.lastEventId, '');
  assert_equals(e.source, null);
  assert_array_equals(e.ports, []);
  assert_true(Object.isFrozen(e.ports));
  assert_false(e.isTrusted);
  assert_false(e.bubbles);
  assert_class_string(e, 'MessageEvent');
  const data = { any: 'thing' };
  const f = new MessageEvent('custom', { data, origin: 'ws://x', lastEventId: 7, bubbles: true, cancelable: true, ports: [], source: null });
  assert_equals(f.data, data, 'data is not cloned');
  assert_equals(f.origin, 'ws://x');
  assert_equals(f.lastEventId, '7');
  assert_true(f.bubbles);
  assert_true(f.cancelable);
  assert_equals(new MessageEvent('m', { origin: 'a\uD800' }).origin, 'a\uFFFD', 'origin is a USVString');
  assert_equals(new MessageEvent('m', { data: undefined }).data, null, 'undefined data is the default, null');
  assert_equals(new MessageEvent('m', null).data, null);
  assert_throws_js(TypeError, () => new MessageEvent(), 'type is required');
  assert_throws_js(TypeError, () => new MessageEvent('m', 5), 'init must be an object');
  assert_throws_js(TypeError, () => new MessageEvent('m', { ports: 5 }), 'ports must be a sequence');
  assert_throws_js(TypeError, () => new MessageEvent('m', { ports: [{}] }), 'ports must hold MessagePorts');
  assert_throws_js(TypeError, () => new MessageEvent('m', { source: {} }), 'source must be a MessageEventSource');
  for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
    assert_throws_js(TypeError, () => desc(proto, name).get.call(new Event('x')), `${name} brand check`);
  }
}, 'MessageEvent: shape, defaults and MessageEventInit');

test(() => {
  const e = new MessageEvent('message', { data: 1 });
  e.initMessageEvent('other', true, true, 'd', 'o', 'id', null, []);
  assert_array_equals([e.type, e.bubbles, e.cancelable, e.data, e.origin, e.lastEventId, e.source, e.ports.length], ['other', true, true, 'd', 'o', 'id', null, 0]);
  e.initMessageEvent('third');
  assert_array_equals([e.type, e.bubbles, e.cancelable, e.data, e.origin, e.lastEventId], ['third', false, false, null, '', '']);
  assert_throws_js(TypeError, () => e.initMessageEvent(), 'type is required');
  const target = new EventTarget();
  target.addEventListener('during', () => {
    e.initMessageEvent('ignored', false, false, 'ignored');
  });
  e.initMessageEvent('during', false, false, 'kept');
  target.dispatchEvent(e);
  assert_equals(e.type, 'during', 'initMessageEvent does nothing while dispatching');
  assert_equals(e.data, 'kept');
}, 'MessageEvent.initMessageEvent');

test(() => {
  const proto = CloseEvent.prototype;
  for (const name of ['wasClean', 'code', 'reason']) assertAttribute(proto, name, { readonly: true });
  const e = new CloseEvent('close');
  assert_array_equals([e.type, e.wasClean, e.code, e.reason, e.isTrusted, e.bubbles], ['close', false, 0, '', false, false]);
  assert_class_string(e, 'CloseEvent');
  const f = new CloseEvent('x', { wasClean: 1, code: 4000, reason: 'r', cancelable: true });
  assert_array_equals([f.wasClean, f.code, f.reason, f.cancelable], [true, 4000, 'r', true]);
  assert_equals(new CloseEvent('x', { code: -1 }).code, 65535, 'code is an unsigned short (modulo)');
  assert_equals(new CloseEvent('x', { code: 65537 }).code, 1);
  assert_equals(new CloseEvent('x', { code: '1000' }).code, 1000);
  assert_equals(new CloseEvent('x', { reason: '\uDC00' }).reason, '\uFFFD', 'reason is a USVString');
  assert_equals(new CloseEvent('x', { wasClean: '' }).wasClean, false);
  assert_throws_js(TypeError, () => new CloseEvent(), 'type is required');
  assert_throws_js(TypeError, () => new CloseEvent('x', 'init'), 'init must be an object');
  for (const name of ['wasClean', 'code', 'reason']) {
    assert_throws_js(TypeError, () => desc(proto, name).get.call(new MessageEvent('x')), `${name} brand check`);
  }
  const order = [];
  new CloseEvent('x', {
    get bubbles() { order.push('bubbles'); }, get cancelable() { order.push('cancelable'); }, get composed() { order.push('composed'); },
    get code() { order.push('code'); }, get reason() { order.push('reason'); }, get wasClean() { order.push('wasClean'); },
  });
  assert_array_equals(order, ['bubbles', 'cancelable', 'composed', 'code', 'reason', 'wasClean'], 'dictionary members are read in IDL order');
}, 'CloseEvent: shape, defaults and CloseEventInit');

test(() => {
  const order = [];
  new MessageEvent('x', {
    get bubbles() { order.push('bubbles'); }, get cancelable() { order.push('cancelable'); }, get composed() { order.push('composed'); },
    get data() { order.push('data'); }, get lastEventId() { order.push('lastEventId'); }, get origin() { order.push('origin'); },
    get ports() { order.push('ports'); }, get source() { order.push('source'); },
  });
  assert_array_equals(order, ['bubbles', 'cancelable', 'composed', 'data', 'lastEventId', 'origin', 'ports', 'source']);
}, 'MessageEventInit members are read in IDL order');

test(() => {
  class Custom extends CloseEvent {}
  const c = new Custom('close', { code: 1000 });
  assert_equals(c.code, 1000);
  assert_true(c instanceof Event);
  const target = new EventTarget();
  let seen;
  target.addEventListener('close', (e) => { seen = e; });
  target.dispatchEvent(c);
  assert_equals(seen, c);
  assert_false(c.isTrusted, 'events dispatched by script are untrusted');
}, 'CloseEvent can be subclassed and dispatched by script');
