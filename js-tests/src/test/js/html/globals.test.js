// The global scope: window/self, performance, crypto, navigator, location.

test(() => {
  assert_equals(window, globalThis);
  assert_equals(self, globalThis);
  assert_equals(globalThis.window, globalThis);
  self = 5; // [Replaceable]
  assert_equals(self, 5);
  self = globalThis;
}, 'globalThis, window and self are the global object');

test(() => {
  for (const name of ['Graal', 'Java', 'Packages', 'java', 'print', 'load', 'quit', 'arguments']) {
    assert_equals(typeof globalThis[name], 'undefined', `no ${name} global`);
  }
  assert_throws_js(ReferenceError, () => (0, eval)('arguments'), 'a top-level script sees no arguments');
}, 'GraalJS-only globals are not visible');

test(() => {
  const a = performance.now();
  const b = performance.now();
  assert_true(typeof a === 'number' && a >= 0);
  assert_greater_than_equal(b, a, 'monotonic');
  assert_true(Math.abs(performance.timeOrigin + a - Date.now()) < 1000, 'timeOrigin + now() is about Date.now()');
  assert_class_string(performance, 'Performance');
  assert_equals(performance.toJSON().timeOrigin, performance.timeOrigin);
  assert_throws_js(TypeError, () => new Performance());
  assert_throws_js(TypeError, () => Performance.prototype.now.call({}));
}, 'performance.now() and timeOrigin');

test(() => {
  const a = new Uint8Array(32);
  assert_equals(crypto.getRandomValues(a), a, 'returns its argument');
  assert_true(a.some((x) => x !== 0), 'filled (32 zero bytes would be a 2^-256 event)');
  const view = new Uint8Array(new ArrayBuffer(16), 4, 8);
  crypto.getRandomValues(view);
  assert_array_equals(new Uint8Array(view.buffer, 0, 4), [0, 0, 0, 0], 'bytes before the view untouched');
  assert_array_equals(new Uint8Array(view.buffer, 12, 4), [0, 0, 0, 0], 'bytes after the view untouched');
  for (const C of [Int8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array, Uint8ClampedArray]) {
    crypto.getRandomValues(new C(4));
  }
  assert_throws_dom('TypeMismatchError', () => crypto.getRandomValues(new Float32Array(4)));
  assert_throws_dom('TypeMismatchError', () => crypto.getRandomValues(new Float64Array(4)));
  assert_throws_dom('TypeMismatchError', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
  assert_throws_dom('QuotaExceededError', () => crypto.getRandomValues(new Uint8Array(65537)));
  crypto.getRandomValues(new Uint8Array(65536));
  assert_throws_js(TypeError, () => crypto.getRandomValues());
  assert_throws_js(TypeError, () => crypto.getRandomValues([1, 2]));
}, 'crypto.getRandomValues');

test(() => {
  const seen = new Set();
  for (let i = 0; i < 100; i++) {
    const u = crypto.randomUUID();
    assert_regexp_match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    seen.add(u);
  }
  assert_equals(seen.size, 100);
  assert_class_string(crypto, 'Crypto');
  assert_throws_js(TypeError, () => new Crypto());
}, 'crypto.randomUUID gives version 4 UUIDs');

test(() => {
  assert_regexp_match(navigator.userAgent, /^Mozilla\/5\.0 \(.+\) wsjs\/\S+$/);
  assert_equals(navigator.language, 'en-US');
  assert_array_equals(navigator.languages, ['en-US']);
  assert_true(navigator.onLine);
  assert_true(navigator.hardwareConcurrency >= 1);
  assert_class_string(navigator, 'Navigator');
  assert_throws_js(TypeError, () => new Navigator());
  assert_throws_js(TypeError, () => Object.getOwnPropertyDescriptor(Navigator.prototype, 'userAgent').get.call({}));
  assert_true(Object.getOwnPropertyDescriptor(Navigator.prototype, 'userAgent').enumerable, 'IDL attributes are enumerable');
}, 'navigator');

test(() => {
  // The test runner sets location to its local test server (with the other servers' ports in the query).
  assert_regexp_match(location.href, /^http:\/\/127\.0\.0\.1:\d+\/\?wss=\d+&raw=\d+&proxy=\d+$/);
  assert_equals(location.search, location.href.slice(location.href.indexOf('?')));
  assert_equals(location.protocol, 'http:');
  assert_equals(location.hostname, '127.0.0.1');
  assert_equals(location.origin, `http://127.0.0.1:${location.port}`);
  assert_equals(location.pathname, '/');
  assert_equals(String(location), location.href);
  assert_class_string(location, 'Location');
  assert_throws_dom('NotSupportedError', () => location.assign('http://example.com/'));
}, 'location reflects the location the runtime was given');
