// How console.log renders values (lib.inspect, in the style of Node's util.inspect): golden file
// inspect.stdout.expected. Error stacks are set explicitly so the output does not depend on the engine.

function show(label, ...values) {
  console.log(`${label}:`, ...values);
}

function withStack(error, stack) {
  Object.defineProperty(error, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
  return error;
}

test(() => {
  assert_equals(typeof console.log, 'function');
}, 'inspect golden output is printed (see inspect.stdout.expected)');

// --- primitives ---
show('top-level string', 'not quoted');
show('nested strings', ['single', "it's", 'both \' and "', 'all \' " `', 'ctrl \n\t\x01\x7f', 'lone \ud800']);
show('numbers', [0, -0, 1.5, -2e-7, 1e21, NaN, Infinity, -Infinity]);
show('others', [10n, -1n, true, false, undefined, null, Symbol('desc'), Symbol(), Symbol.iterator]);
show('long string', { s: 'a line that is long enough to be split\n'.repeat(3) });

// --- arrays ---
show('empty array', []);
show('array', [1, 2, 3]);
const sparse = [1, , 3];
sparse[10] = 'ten';
sparse.extra = true;
show('sparse', sparse);
show('only holes', new Array(5));
show('grouped numbers', Array.from({ length: 30 }, (_, i) => i * 7));
show('grouped strings', Array.from({ length: 12 }, (_, i) => `item${i}`));
show('more than 100', Array.from({ length: 120 }, (_, i) => i % 10));
show('nested arrays', [[1, [2, [3, [4]]]]]);
show('array of objects', Array.from({ length: 4 }, (_, i) => ({ id: i, name: `name ${i}` })));
class List extends Array {}
show('Array subclass', List.from([1, 2]));
show('arguments', (function () { return arguments; })(1, 'a'));

// --- objects ---
show('empty object', {});
show('object', { a: 1, 'b-c': 2, _ok: 3, $dollar: 4, 1: 'index', [Symbol('sym')]: 5 });
show('deep object', { l1: { l2: { l3: { l4: 'too deep' } } } });
show('deep array', { l1: [[['too deep']]] });
show('long object', { firstProperty: 'first value', secondProperty: 'second value', third: 3 });
show('nested break', { outer: { inner: 'a string value that makes the inner object too long for one line' } });
const nullProto = Object.create(null);
nullProto.key = 'value';
show('null prototype', nullProto, Object.create(null));
show('toStringTag', { [Symbol.toStringTag]: 'Own' }, Object.create({ [Symbol.toStringTag]: 'Inherited' }));
show('accessors', { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
show('__proto__ key', JSON.parse('{"__proto__": 1}'));
show('namespace objects', Math, JSON);

// --- classes and functions ---
class Foo {
  constructor() { this.x = 1; }
  get hidden() { return 'class getters are not shown'; }
}
class Bar extends Foo {}
class Empty {}
show('instances', new Foo(), new Bar(), new Empty());
function named() {}
async function asyncFn() {}
function* generatorFn() {}
async function* asyncGeneratorFn() {}
const withProps = function withProps() {};
withProps.prop = 1;
show('functions', [named, asyncFn, generatorFn, asyncGeneratorFn, () => {}, named.bind(null), Math.max]);
show('anonymous', [function () {}, (() => () => {})()]);
show('classes', [Foo, Bar, class {}]);
show('function with properties', withProps);
show('methods', { method() {}, arrow: () => {} });

// --- built-in objects ---
show('Map', new Map([['a', 1], [{ k: 1 }, [1, 2]]]), new Map());
show('Set', new Set([1, 'two', [3]]), new Set());
show('weak', new WeakMap(), new WeakSet());
show('Date', new Date(0), new Date(NaN));
show('RegExp', /ab+c/gi, Object.assign(/x/, { extra: 1 }));
show('boxed', [new Number(3), new Number(-0), new String('str'), new Boolean(false), Object(1n), Object(Symbol('s'))]);
show('Promise', Promise.resolve(1));

// --- binary data ---
show('typed arrays', new Uint8Array([1, 2, 3]), new Float64Array([0.5, -0]), new BigInt64Array([-1n]), new Int16Array(0));
show('ArrayBuffer', new Uint8Array([1, 2, 255]).buffer, new ArrayBuffer(0));
show('long ArrayBuffer', new ArrayBuffer(120));
show('DataView', new DataView(new ArrayBuffer(2), 1));

// --- errors ---
const plain = withStack(new Error('boom'), 'Error: boom\n    at first (file.js:1:1)\n    at second (file.js:2:2)');
show('error', plain);
show('error without frames', withStack(new TypeError('no frames'), 'TypeError: no frames'));
const props = withStack(new RangeError('with props'), 'RangeError: with props\n    at f (file.js:1:1)');
props.code = 'E_CODE';
show('error with properties', props);
const inner = withStack(new Error('inner'), 'Error: inner\n    at g (file.js:3:3)');
show('error with cause', withStack(new Error('outer', { cause: inner }), 'Error: outer\n    at h (file.js:4:4)'));
class MyError extends Error {}
show('Error subclass', withStack(new MyError('mine'), 'Error: mine\n    at k (file.js:5:5)'));
show('nested error', { error: withStack(new Error('nested'), 'Error: nested') });
show('AggregateError', withStack(new AggregateError([withStack(new Error('a'), 'Error: a')], 'many'), 'AggregateError: many'));

// --- identity ---
const circular = { name: 'root' };
circular.self = circular;
circular.list = [circular, { back: circular }];
show('circular', circular);
const a = { name: 'a' };
const b = { name: 'b', a };
a.b = b;
show('two cycles', [a, b]);
const shared = { s: 1 };
show('shared is not circular', [shared, shared]);

// --- web platform objects: IDL attributes (enumerable prototype getters) are shown ---
class Thing {
  #state = 'private';
  get state() { return this.#state; }
  get broken() { throw new Error('getters that throw are skipped'); }
  get onthing() { return null; }
  set onthing(v) {}
  method() {}
}
for (const key of ['state', 'broken', 'onthing', 'method']) {
  Object.defineProperty(Thing.prototype, key, { ...Object.getOwnPropertyDescriptor(Thing.prototype, key), enumerable: true });
}
Object.defineProperty(Thing.prototype, Symbol.toStringTag, { value: 'Thing', writable: false, enumerable: false, configurable: true });
Object.defineProperty(Thing.prototype, 'CONSTANT', { value: 1, writable: false, enumerable: true, configurable: false });
class SubThing extends Thing {
  get extra() { return [1, 2]; }
}
Object.defineProperty(SubThing.prototype, 'extra', { ...Object.getOwnPropertyDescriptor(SubThing.prototype, 'extra'), enumerable: true });
Object.defineProperty(SubThing.prototype, Symbol.toStringTag, { value: 'SubThing', writable: false, enumerable: false, configurable: true });
const thing = new Thing();
thing.expando = 'own';
show('platform object', thing);
show('derived platform object', new SubThing());
show('platform object nested', { thing: new Thing(), deeper: { deeper: { thing: new Thing() } } });
