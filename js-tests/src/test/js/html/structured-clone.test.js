// structuredClone() (https://html.spec.whatwg.org/#dom-structuredclone) over StructuredSerialize /
// StructuredDeserialize: every serializable type, identity (cycles, shared references), what is
// lost (prototypes, getters, lastIndex), DataCloneError cases, and ArrayBuffer transfer.

test(() => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
  assert_equals(typeof desc.value, 'function');
  assert_true(desc.writable, 'writable');
  assert_false(desc.enumerable, 'enumerable');
  assert_true(desc.configurable, 'configurable');
  assert_equals(structuredClone.length, 1);
  assert_equals(structuredClone.name, 'structuredClone');
  const e = assert_throws_js(TypeError, () => structuredClone());
  assert_equals(e.message, "Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
}, 'structuredClone is a global operation with one required argument');

test(() => {
  for (const v of [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 2n ** 70n, -1n, '', 'text', '\ud800']) {
    assert_equals(structuredClone(v), v, String(typeof v === 'string' ? JSON.stringify(v) : typeof v === 'bigint' ? `${v}n` : v));
  }
  assert_equals(structuredClone(undefined, undefined), undefined, 'explicit undefined options');
  assert_equals(structuredClone(1, null), 1, 'null options');
  assert_equals(structuredClone(1, {}), 1, 'empty options');
}, 'primitives are returned as they are');

test(() => {
  const cases = [[new Boolean(false), Boolean], [new Number(-0), Number], [new String('s'), String], [Object(3n), BigInt]];
  for (const [boxed, C] of cases) {
    const copy = structuredClone(boxed);
    assert_not_equals(copy, boxed);
    assert_equals(typeof copy, 'object');
    assert_equals(Object.getPrototypeOf(copy), C.prototype);
    assert_equals(copy.valueOf(), boxed.valueOf());
  }
  assert_throws_dom('DataCloneError', () => structuredClone(Object(Symbol('s'))), 'Symbol object');
}, 'Boolean, Number, String and BigInt objects are cloned; Symbol objects are not');

test(() => {
  const d = new Date(1234567890123);
  const dc = structuredClone(d);
  assert_true(dc instanceof Date);
  assert_not_equals(dc, d);
  assert_equals(dc.getTime(), d.getTime());
  assert_true(Number.isNaN(structuredClone(new Date(NaN)).getTime()), 'invalid date');
  const r = /a(b)c/gimsuy;
  r.lastIndex = 3;
  r.extra = 1;
  const rc = structuredClone(r);
  assert_true(rc instanceof RegExp);
  assert_not_equals(rc, r);
  assert_equals(rc.source, 'a(b)c');
  assert_equals(rc.flags, r.flags);
  assert_equals(rc.lastIndex, 0, 'lastIndex is not preserved');
  assert_false('extra' in rc, 'own properties are not cloned');
  assert_equals(structuredClone(/x/d).flags, 'd');
}, 'Date and RegExp');

test(() => {
  const o = { a: 1, 'b c': 'two', nested: { deep: [1, 2] }, [Symbol('s')]: 'symbol keys are skipped' };
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  Object.defineProperty(o, 'computed', { get: () => 42, enumerable: true });
  const c = structuredClone(o);
  assert_equals(Object.getPrototypeOf(c), Object.prototype);
  assert_array_equals(Object.keys(c), ['a', 'b c', 'nested', 'computed']);
  assert_equals(Object.getOwnPropertySymbols(c).length, 0, 'no symbol keys');
  assert_false('hidden' in c, 'non-enumerable properties are skipped');
  const desc = Object.getOwnPropertyDescriptor(c, 'computed');
  assert_equals(desc.value, 42, 'getters become data properties');
  assert_true(desc.writable && desc.enumerable && desc.configurable);
  assert_not_equals(c.nested, o.nested);
  assert_array_equals(c.nested.deep, [1, 2]);
}, 'plain objects: own enumerable string keys, read through getters');

test(() => {
  class Point {
    #secret = 1;
    constructor() { this.x = 1; this.y = 2; }
    get sum() { return this.x + this.y; }
  }
  const c = structuredClone(new Point());
  assert_equals(Object.getPrototypeOf(c), Object.prototype, 'prototype is lost');
  assert_deep_equals(c, { x: 1, y: 2 });
  const n = Object.create(null);
  n.k = 'v';
  const nc = structuredClone(n);
  assert_equals(Object.getPrototypeOf(nc), Object.prototype, 'null prototype becomes Object.prototype');
  assert_equals(nc.k, 'v');
  const proto = structuredClone(JSON.parse('{"__proto__": {"polluted": true}}'));
  assert_equals(Object.getPrototypeOf(proto), Object.prototype, '__proto__ key does not set the prototype');
  assert_true(Object.hasOwn(proto, '__proto__'), '__proto__ is an own data property');
  assert_equals(({}).polluted, undefined);
}, 'class instances and null-prototype objects become plain objects');

test(() => {
  const a = [1, , 3];
  a.extra = 'x';
  a[10] = 'ten';
  const c = structuredClone(a);
  assert_true(Array.isArray(c));
  assert_equals(c.length, 11);
  assert_false(1 in c, 'holes stay holes');
  assert_false(5 in c, 'holes stay holes');
  assert_equals(c[10], 'ten');
  assert_equals(c.extra, 'x', 'non-index properties are kept');
  const long = [];
  long.length = 5;
  assert_equals(structuredClone(long).length, 5, 'length without elements');
  const big = Array.from({ length: 10000 }, (_, i) => ({ i }));
  const bc = structuredClone(big);
  assert_equals(bc.length, 10000);
  assert_equals(bc[9999].i, 9999);
}, 'arrays keep length, holes and extra properties');

test(() => {
  const key = { k: 1 };
  const m = new Map([[key, 'object key'], ['s', { v: 1 }], [NaN, 'nan']]);
  const mc = structuredClone(m);
  assert_true(mc instanceof Map);
  assert_equals(mc.size, 3);
  const keys = [...mc.keys()];
  assert_not_equals(keys[0], key);
  assert_equals(keys[0].k, 1);
  assert_equals(mc.get(keys[0]), 'object key');
  assert_equals(mc.get('s').v, 1);
  assert_equals(mc.get(NaN), 'nan');
  const s = new Set([1, 'a', key]);
  const sc = structuredClone(s);
  assert_true(sc instanceof Set);
  assert_array_equals([...sc].slice(0, 2), [1, 'a']);
  assert_equals([...sc][2].k, 1);
  class MyMap extends Map {}
  assert_equals(Object.getPrototypeOf(structuredClone(new MyMap())), Map.prototype, 'subclass becomes Map');
}, 'Map and Set, in insertion order');

test(() => {
  const shared = { id: 1 };
  const o = { a: shared, b: shared, list: [shared] };
  o.self = o;
  o.list.push(o.list);
  const c = structuredClone(o);
  assert_equals(c.a, c.b, 'shared references stay shared');
  assert_equals(c.list[0], c.a);
  assert_equals(c.self, c, 'cycle to the root');
  assert_equals(c.list[1], c.list, 'cycle inside an array');
  const m = new Map();
  m.set(m, m);
  const mc = structuredClone(m);
  assert_equals(mc.get(mc), mc, 'Map containing itself');
}, 'cycles and shared references are preserved');

test(() => {
  const buf = new ArrayBuffer(8);
  new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const c = structuredClone(buf);
  assert_true(c instanceof ArrayBuffer);
  assert_not_equals(c, buf);
  assert_array_equals(new Uint8Array(c), [1, 2, 3, 4, 5, 6, 7, 8]);
  new Uint8Array(c)[0] = 99;
  assert_equals(new Uint8Array(buf)[0], 1, 'the copy does not alias the original');
  assert_equals(buf.byteLength, 8, 'the original is untouched');
  if ('resizable' in ArrayBuffer.prototype) {
    const r = new ArrayBuffer(2, { maxByteLength: 16 });
    const rc = structuredClone(r);
    assert_true(rc.resizable, 'resizable');
    assert_equals(rc.maxByteLength, 16);
    assert_equals(rc.byteLength, 2);
  }
}, 'ArrayBuffer is copied');

test(() => {
  const buf = new ArrayBuffer(16);
  const u8 = new Uint8Array(buf, 4, 8);
  u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
  const f64 = new Float64Array(buf, 8, 1);
  const dv = new DataView(buf, 2, 10);
  const b64 = new BigInt64Array([-1n, 2n]);
  const c = structuredClone({ buf, u8, f64, dv, b64 });
  assert_true(c.u8 instanceof Uint8Array);
  assert_equals(c.u8.buffer, c.buf, 'views share the cloned buffer');
  assert_equals(c.f64.buffer, c.buf);
  assert_equals(c.dv.buffer, c.buf);
  assert_equals(c.u8.byteOffset, 4);
  assert_equals(c.u8.length, 8);
  assert_equals(c.f64.byteOffset, 8);
  assert_true(c.dv instanceof DataView);
  assert_equals(c.dv.byteOffset, 2);
  assert_equals(c.dv.byteLength, 10);
  assert_array_equals(c.u8, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert_array_equals(c.b64, [-1n, 2n]);
  const alone = structuredClone(u8);
  assert_equals(alone.buffer.byteLength, 16, 'a view alone brings its whole buffer');
  for (const C of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, BigUint64Array]) {
    const v = structuredClone(new C(2));
    assert_equals(Object.getPrototypeOf(v), C.prototype, C.name);
    assert_equals(v.length, 2, C.name);
  }
}, 'typed arrays and DataView share the cloned buffer');

test(() => {
  const e = new RangeError('out of range');
  e.extra = 'dropped';
  const c = structuredClone(e);
  assert_true(c instanceof RangeError);
  assert_not_equals(c, e);
  assert_equals(c.name, 'RangeError');
  assert_equals(c.message, 'out of range');
  assert_equals(c.stack, e.stack, 'stack');
  assert_false('extra' in c, 'other own properties are not cloned');
  const desc = Object.getOwnPropertyDescriptor(c, 'message');
  assert_false(desc.enumerable, 'message is not enumerable');
  for (const C of [Error, EvalError, ReferenceError, SyntaxError, TypeError, URIError]) {
    assert_equals(Object.getPrototypeOf(structuredClone(new C('m'))), C.prototype, C.name);
  }
  class CustomError extends Error {
    constructor(m) { super(m); this.name = 'CustomError'; }
  }
  const cc = structuredClone(new CustomError('custom'));
  assert_equals(Object.getPrototypeOf(cc), Error.prototype, 'unknown names become Error');
  assert_equals(cc.name, 'Error');
  assert_equals(cc.message, 'custom');
  assert_false(Object.hasOwn(structuredClone(new Error()), 'message'), 'no message stays no message');
}, 'Error types keep name, message and stack');

test(() => {
  const inner = new TypeError('inner');
  const outer = new Error('outer', { cause: inner });
  const c = structuredClone(outer);
  assert_true(c.cause instanceof TypeError, 'cause is cloned');
  assert_not_equals(c.cause, inner);
  assert_equals(c.cause.message, 'inner');
  assert_false(Object.getOwnPropertyDescriptor(c, 'cause').enumerable);
  const plain = structuredClone(new Error('x', { cause: { code: 7 } }));
  assert_equals(plain.cause.code, 7);
  const self = new Error('self');
  self.cause = self;
  const sc = structuredClone(self);
  assert_equals(sc.cause, sc, 'an error that is its own cause');
}, 'Error cause is cloned');

test(() => {
  const cases = [
    ['function', () => {}], ['class', class {}], ['symbol', Symbol('s')], ['WeakMap', new WeakMap()],
    ['WeakSet', new WeakSet()], ['Promise', Promise.resolve()], ['nested function', { f() {} }],
    ['function in Map', new Map([[1, () => {}]])], ['generator', (function* () {})()],
  ];
  if (typeof WeakRef === 'function') cases.push(['WeakRef', new WeakRef({})]);
  for (const [name, value] of cases) {
    const e = assert_throws_dom('DataCloneError', () => structuredClone(value), name);
    assert_equals(e.code, 25, name);
    assert_true(e.message.startsWith("Failed to execute 'structuredClone' on 'Window': "), e.message);
  }
  assert_equals(assert_throws_dom('DataCloneError', () => structuredClone(Symbol('s'))).message,
    "Failed to execute 'structuredClone' on 'Window': Symbol(s) could not be cloned.");
}, 'functions, symbols, weak collections and promises throw DataCloneError');

test(() => {
  for (const value of [new EventTarget(), new AbortController(), new AbortController().signal]) {
    const name = Object.prototype.toString.call(value).slice(8, -1);
    const e = assert_throws_dom('DataCloneError', () => structuredClone(value), name);
    assert_equals(e.message, `Failed to execute 'structuredClone' on 'Window': ${name} object could not be cloned.`);
  }
}, 'platform objects that are not serializable throw DataCloneError');

test(() => {
  const e = new DOMException('went wrong', 'AbortError');
  const c = structuredClone(e);
  assert_true(c instanceof DOMException);
  assert_not_equals(c, e);
  assert_equals(c.name, 'AbortError');
  assert_equals(c.message, 'went wrong');
  assert_equals(c.code, 20);
}, 'DOMException is serializable');

promise_test(async () => {
  const blob = new Blob(['hello'], { type: 'text/plain' });
  const copy = structuredClone({ blob });
  assert_true(copy.blob instanceof Blob);
  assert_not_equals(copy.blob, blob);
  assert_equals(copy.blob.type, 'text/plain');
  assert_equals(copy.blob.size, 5);
  assert_equals(await copy.blob.text(), 'hello');
  const file = new File(['x'], 'name.txt', { type: 'text/x', lastModified: 42 });
  const fc = structuredClone(file);
  assert_true(fc instanceof File);
  assert_equals(fc.name, 'name.txt');
  assert_equals(fc.lastModified, 42);
  assert_equals(fc.type, 'text/x');
  assert_equals(await fc.text(), 'x');
}, 'Blob and File are serializable');

test(() => {
  const buf = new ArrayBuffer(4);
  new Uint8Array(buf).set([1, 2, 3, 4]);
  const view = new Uint8Array(buf, 1, 2);
  const c = structuredClone({ buf, view }, { transfer: [buf] });
  assert_equals(buf.byteLength, 0, 'the original is detached');
  assert_equals(view.length, 0, 'views of the original see a detached buffer');
  assert_equals(c.buf.byteLength, 4);
  assert_array_equals(new Uint8Array(c.buf), [1, 2, 3, 4]);
  assert_equals(c.view.buffer, c.buf, 'cloned views use the transferred buffer');
  assert_array_equals(c.view, [2, 3]);
  const only = new ArrayBuffer(2);
  const t = structuredClone(only, { transfer: [only] });
  assert_equals(t.byteLength, 2);
  assert_equals(only.byteLength, 0);
  const unused = new ArrayBuffer(3);
  assert_equals(structuredClone(1, { transfer: [unused] }), 1);
  assert_equals(unused.byteLength, 0, 'a transferred buffer is detached even when not in the value');
}, 'transfer moves ArrayBuffers and detaches the originals');

test(() => {
  const buf = new ArrayBuffer(1);
  assert_throws_dom('DataCloneError', () => structuredClone(1, { transfer: [buf, buf] }), 'duplicate');
  assert_equals(buf.byteLength, 1, 'nothing is detached when the transfer list is invalid');
  assert_throws_dom('DataCloneError', () => structuredClone(1, { transfer: [{}] }), 'not transferable');
  assert_throws_dom('DataCloneError', () => structuredClone(1, { transfer: [new Uint8Array(1)] }), 'a view is not transferable');
  assert_throws_js(TypeError, () => structuredClone(1, { transfer: [1] }), 'primitive in transfer');
  assert_throws_js(TypeError, () => structuredClone(1, { transfer: 'nope' }), 'transfer is not a sequence');
  assert_throws_js(TypeError, () => structuredClone(1, 'nope'), 'options is not a dictionary');
  const b2 = new ArrayBuffer(2);
  assert_throws_dom('DataCloneError', () => structuredClone({ f() {} }, { transfer: [b2] }), 'serialization fails first');
  assert_equals(b2.byteLength, 2, 'nothing is detached when serialization fails');
  const detached = new ArrayBuffer(1);
  structuredClone(1, { transfer: [detached] });
  assert_throws_dom('DataCloneError', () => structuredClone(detached), 'cloning a detached buffer');
  assert_throws_dom('DataCloneError', () => structuredClone(1, { transfer: [detached] }), 'transferring a detached buffer');
  const it = new Set([new ArrayBuffer(1)]);
  assert_equals(structuredClone(1, { transfer: it }), 1, 'any iterable is a sequence');
}, 'transfer list errors');

test(() => {
  const log = [];
  const o = {
    get a() { log.push('a'); return 1; },
    get b() { log.push('b'); delete this.c; return 2; },
    c: 3,
    get d() { log.push('d'); return 4; },
  };
  const c = structuredClone(o);
  assert_array_equals(log, ['a', 'b', 'd'], 'getters run in key order');
  assert_false('c' in c, 'a key deleted during serialization is skipped');
  assert_equals(c.d, 4);
}, 'serialization reads properties in order and skips deleted ones');

test(() => {
  const value = { m: new Map([[1, 2]]), s: new Set([1]) };
  const original = Map.prototype.set;
  const originalAdd = Set.prototype.add;
  Map.prototype.set = () => { throw new Error('patched'); };
  Set.prototype.add = () => { throw new Error('patched'); };
  try {
    const c = structuredClone(value);
    assert_equals(Map.prototype.get.call(c.m, 1), 2);
    assert_true(Set.prototype.has.call(c.s, 1));
  } finally {
    Map.prototype.set = original;
    Set.prototype.add = originalAdd;
  }
}, 'patched built-ins do not change cloning');
