// atob() and btoa() (https://html.spec.whatwg.org/#atob): IDL shape, forgiving-base64 decode
// (whitespace, padding, failures), btoa's Latin-1 check, DOMString conversion and large inputs.

function bytesString(n, seed = 1) {
  let s = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += String.fromCharCode(x & 0xff);
  }
  return s;
}

test(() => {
  for (const name of ['atob', 'btoa']) {
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    assert_equals(typeof desc.value, 'function', name);
    assert_true(desc.writable, `${name} writable`);
    assert_false(desc.enumerable, `${name} enumerable`);
    assert_true(desc.configurable, `${name} configurable`);
    assert_equals(desc.value.length, 1, `${name}.length`);
    assert_equals(desc.value.name, name, `${name}.name`);
  }
}, 'atob and btoa are non-enumerable global operations with length 1');

test(() => {
  assert_throws_js(TypeError, () => atob());
  assert_throws_js(TypeError, () => btoa());
  const e = assert_throws_js(TypeError, () => atob());
  assert_equals(e.message, "Failed to execute 'atob' on 'Window': 1 argument required, but only 0 present.");
}, 'atob() and btoa() without an argument throw a TypeError');

test(() => {
  const cases = [
    ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'], ['\x00\x01\x02', 'AAEC'], ['\xff\xfe\xfd', '//79'], ['\xfb\xff', '+/8='],
  ];
  for (const [plain, encoded] of cases) {
    assert_equals(btoa(plain), encoded, `btoa(${JSON.stringify(plain)})`);
    assert_equals(atob(encoded), plain, `atob(${JSON.stringify(encoded)})`);
  }
}, 'RFC 4648 test vectors round-trip');

test(() => {
  // Step 1 removes all ASCII whitespace (TAB, LF, FF, CR, SPACE) anywhere.
  assert_equals(atob(' Zm9v YmFy '), 'foobar');
  assert_equals(atob('\tZm\n9v\fYm\rFy'), 'foobar');
  assert_equals(atob('Zm9vYg= ='), 'foob');
  // Other whitespace is not ASCII whitespace.
  assert_throws_dom('InvalidCharacterError', () => atob('Zm9v\u000bYmFy'));
  assert_throws_dom('InvalidCharacterError', () => atob('Zm9v\u00a0YmFy'));
}, 'atob strips ASCII whitespace only');

test(() => {
  // Padding is optional; only one or two '=' at the end of a length divisible by 4 are removed.
  assert_equals(atob('Zg'), 'f');
  assert_equals(atob('Zm8'), 'fo');
  assert_equals(atob('Zg=='), 'f');
  assert_equals(atob('Zm8='), 'fo');
  for (const bad of ['Zg=', 'Zg===', 'Zm8==', 'Z===', '=', '==', '===', '====', 'Zg==Zg==', 'Z=g=', '=Zg=']) {
    assert_throws_dom('InvalidCharacterError', () => atob(bad), JSON.stringify(bad));
  }
}, 'atob padding rules');

test(() => {
  // A remainder of 1 is a failure; leftover bits are discarded.
  for (const bad of ['Z', 'Zm9vY', 'Zm9vYmFyZ', 'AAAAA']) {
    assert_throws_dom('InvalidCharacterError', () => atob(bad), JSON.stringify(bad));
  }
  assert_equals(atob('Zh'), 'f', 'non-zero trailing bits are ignored');
  assert_equals(atob('Zm9='), 'fo');
}, 'atob length rules and discarded bits');

test(() => {
  for (const bad of ['Zm9v-YmFy', 'Zm9v_YmFy', 'Zm9v.', 'Zm9v\u0100', 'Zm9v\ud83d\ude00', 'Zm\x009v']) {
    assert_throws_dom('InvalidCharacterError', () => atob(bad), JSON.stringify(bad));
  }
  const e = assert_throws_dom('InvalidCharacterError', () => atob('*'));
  assert_equals(e.message, "Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.");
  assert_equals(e.code, 5);
}, 'atob rejects characters outside the base64 alphabet');

test(() => {
  // DOMString conversion: undefined -> "undefined" (9 code points: failure), null -> "null".
  assert_throws_dom('InvalidCharacterError', () => atob(undefined));
  assert_equals(atob(null), '\x9e\xe9\x65');
  assert_equals(atob(12), '\xd7');
  assert_equals(atob({ toString: () => 'Zm9v' }), 'foo');
  assert_throws_js(TypeError, () => atob(Symbol('x')));
  assert_equals(btoa(undefined), 'dW5kZWZpbmVk');
  assert_equals(btoa(null), 'bnVsbA==');
  assert_equals(btoa(12), 'MTI=');
  assert_throws_js(TypeError, () => btoa(Symbol('x')));
}, 'arguments are converted to DOMString');

test(() => {
  for (const bad of ['\u0100', 'abc\u20ac', '\ud83d\ude00', 'ab\uffff']) {
    const e = assert_throws_dom('InvalidCharacterError', () => btoa(bad), JSON.stringify(bad));
    assert_equals(e.message, "Failed to execute 'btoa' on 'Window': The string to be encoded contains characters outside of the Latin1 range.");
  }
  assert_equals(btoa('\u00e9'), '6Q==');
}, 'btoa throws InvalidCharacterError for code points above U+00FF');

test(() => {
  const all = bytesString(256).split('').map((c, i) => String.fromCharCode(i)).join('');
  assert_equals(atob(btoa(all)), all);
  for (let n = 0; n < 20; n++) {
    const s = bytesString(n, n + 7);
    assert_equals(atob(btoa(s)), s, `length ${n}`);
  }
}, 'every byte value round-trips, for every length remainder');

test(() => {
  const big = bytesString(1 << 20);
  const encoded = btoa(big);
  assert_equals(encoded.length, Math.ceil((1 << 20) / 3) * 4);
  assert_equals(atob(encoded), big);
  // Whitespace-wrapped (MIME style) input decodes to the same bytes.
  const wrapped = encoded.replace(/.{76}/g, '$&\r\n');
  assert_equals(atob(wrapped), big);
}, '1 MiB round-trips');
