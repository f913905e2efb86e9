// URLSearchParams (https://url.spec.whatwg.org/#interface-urlsearchparams): constructor forms, the
// application/x-www-form-urlencoded parser and serializer, the list operations, sorting, and the
// live iterators. The link to a URL's query is tested in url-setters.test.js.
(() => {
  'use strict';

  const entries = (params) => [...params].map(([name, value]) => `${name}=${value}`);

  test(() => {
    assert_equals(typeof URLSearchParams, 'function');
    assert_equals(URLSearchParams.length, 0, 'URLSearchParams.length');
    assert_false(Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams').enumerable);
    const proto = URLSearchParams.prototype;
    for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'toString', 'size', 'entries', 'keys', 'values', 'forEach']) {
      const desc = Object.getOwnPropertyDescriptor(proto, name);
      assert_true(desc !== undefined && desc.enumerable, `${name} is an enumerable member`);
    }
    assert_equals(proto[Symbol.iterator], proto.entries, '@@iterator is entries');
    assert_false(Object.getOwnPropertyDescriptor(proto, Symbol.iterator).enumerable, '@@iterator is not enumerable');
    assert_equals(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
    const lengths = { append: 2, delete: 1, get: 1, getAll: 1, has: 1, set: 2, sort: 0, toString: 0, forEach: 1, entries: 0 };
    for (const [name, length] of Object.entries(lengths)) assert_equals(proto[name].length, length, `${name}.length`);
  }, 'URLSearchParams interface shape');

  test(() => {
    const fake = Object.create(URLSearchParams.prototype);
    for (const name of ['toString', 'sort', 'entries', 'keys', 'values']) {
      const e = assert_throws_js(TypeError, () => fake[name](), name);
      assert_equals(e.message, 'Illegal invocation');
    }
    assert_throws_js(TypeError, () => fake.get('a'));
    assert_throws_js(TypeError, () => fake.size);
    assert_throws_js(TypeError, () => URLSearchParams.prototype.append.call({}, 'a', 'b'));
    assert_throws_js(TypeError, () => URLSearchParams('a=b'), 'calling without new');
  }, 'URLSearchParams brand checks');

  test(() => {
    const p = new URLSearchParams();
    assert_equals(assert_throws_js(TypeError, () => p.append('a')).message,
      "Failed to execute 'append' on 'URLSearchParams': 2 arguments required, but only 1 present.");
    assert_throws_js(TypeError, () => p.set('a'));
    assert_throws_js(TypeError, () => p.get());
    assert_throws_js(TypeError, () => p.getAll());
    assert_throws_js(TypeError, () => p.has());
    assert_throws_js(TypeError, () => p.delete());
    assert_throws_js(TypeError, () => p.forEach());
    assert_throws_js(TypeError, () => p.forEach('not callable'));
  }, 'URLSearchParams argument checks');

  test(() => {
    assert_equals(new URLSearchParams().toString(), '');
    assert_equals(new URLSearchParams(undefined).size, 0);
    assert_array_equals(entries(new URLSearchParams('a=b&c=d')), ['a=b', 'c=d']);
    assert_array_equals(entries(new URLSearchParams('?a=b')), ['a=b'], 'one leading ? is removed');
    assert_array_equals(entries(new URLSearchParams('??a=b')), ['?a=b'], 'only one');
    assert_array_equals(entries(new URLSearchParams('?')), []);
    assert_array_equals(entries(new URLSearchParams(null)), ['null='], 'null is the string "null"');
    assert_array_equals(entries(new URLSearchParams(12)), ['12=']);
    assert_array_equals(entries(new URLSearchParams('a=\uD800')), ['a=\uFFFD'], 'USVString conversion');
  }, 'constructor from a string');

  test(() => {
    const p = new URLSearchParams('a=%E2%82%AC&b=%C3&c=%zz&d=%2&e=%ED%A0%80&f=%F0%9F%98%80&g=a+b%2Bc&&h&=i&j==k');
    assert_array_equals(entries(p), ['a=\u20AC', 'b=\uFFFD', 'c=%zz', 'd=%2', 'e=\uFFFD\uFFFD\uFFFD', 'f=\u{1F600}', 'g=a b+c', 'h=', '=i', 'j==k']);
    assert_array_equals(entries(new URLSearchParams('&&&')), [], 'empty sequences are skipped');
    assert_array_equals(entries(new URLSearchParams('=')), ['=']);
    assert_array_equals(entries(new URLSearchParams('%41%3D=%3D')), ['A==='], 'percent-decoding happens after the split');
  }, 'the application/x-www-form-urlencoded parser');

  test(() => {
    assert_array_equals(entries(new URLSearchParams([['a', '1'], ['b', '2'], ['a', '3']])), ['a=1', 'b=2', 'a=3']);
    assert_array_equals(entries(new URLSearchParams([])), []);
    assert_array_equals(entries(new URLSearchParams(new Map([['m', 1]]))), ['m=1'], 'any iterable of pairs');
    const copy = new URLSearchParams(new URLSearchParams('x=1&y=2'));
    assert_array_equals(entries(copy), ['x=1', 'y=2'], 'another URLSearchParams');
    function* gen() { yield new Set(['s', 't']); }
    assert_array_equals(entries(new URLSearchParams(gen())), ['s=t'], 'a generator of iterables');
  }, 'constructor from a sequence of pairs');

  test(() => {
    const e = assert_throws_js(TypeError, () => new URLSearchParams([['a']]));
    assert_equals(e.message, "Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
    assert_throws_js(TypeError, () => new URLSearchParams([['a', 'b', 'c']]));
    assert_throws_js(TypeError, () => new URLSearchParams([[]]));
    assert_throws_js(TypeError, () => new URLSearchParams([1]), 'a pair that is not iterable');
    assert_throws_js(TypeError, () => new URLSearchParams(['ab', 'cd']), 'a string is not an object, so not a sequence');
    assert_throws_js(TypeError, () => new URLSearchParams([['a', 'b'], 'abc']));
    assert_throws_js(TypeError, () => new URLSearchParams({ [Symbol.iterator]: 1 }), 'a non-callable @@iterator');
  }, 'constructor from a sequence rejects non-pairs');

  test(() => {
    assert_array_equals(entries(new URLSearchParams({ b: '1', a: 2, c: undefined, 3: 'x' })), ['3=x', 'b=1', 'a=2', 'c=undefined']);
    assert_array_equals(entries(new URLSearchParams({})), []);
    const withHidden = Object.create({ inherited: 'no' }, { own: { value: 'yes', enumerable: true }, hidden: { value: 'no', enumerable: false } });
    assert_array_equals(entries(new URLSearchParams(withHidden)), ['own=yes'], 'own enumerable properties only');
    assert_array_equals(entries(new URLSearchParams({ 'a\uD800': 'b\uDC00' })), ['a\uFFFD=b\uFFFD']);
    assert_throws_js(TypeError, () => new URLSearchParams({ [Symbol('s')]: '1' }), 'a Symbol key does not convert');
    assert_array_equals(entries(new URLSearchParams(() => {})), [], 'a function is a record');
  }, 'constructor from a record');

  test(() => {
    const p = new URLSearchParams();
    p.append('a b', 'c+d&e=f');
    p.append("*-._~!'()", '\u00E4\u20AC\u{1F600}');
    p.append('', '');
    p.append('%', '=?#/');
    assert_equals(p.toString(), "a+b=c%2Bd%26e%3Df&*-._%7E%21%27%28%29=%C3%A4%E2%82%AC%F0%9F%98%80&=&%25=%3D%3F%23%2F");
    assert_equals(String(p), p.toString());
    assert_equals(new URLSearchParams('a=b c').toString(), 'a=b+c');
    assert_equals(new URLSearchParams('q=%zz').toString(), 'q=%25zz');
  }, 'the application/x-www-form-urlencoded serializer');

  test(() => {
    const p = new URLSearchParams('a=1&b=2&a=3');
    assert_equals(p.size, 3);
    assert_equals(p.get('a'), '1');
    assert_equals(p.get('missing'), null);
    assert_array_equals(p.getAll('a'), ['1', '3']);
    assert_array_equals(p.getAll('missing'), []);
    assert_true(p.has('b'));
    assert_false(p.has('c'));
    assert_true(p.has('a', '3'), 'has(name, value)');
    assert_false(p.has('a', '2'));
    assert_true(p.has('a', undefined), 'an undefined value is not given');
    p.append('c', 4);
    assert_equals(p.get('c'), '4', 'values are converted to strings');
    assert_equals(p.size, 4);
  }, 'append, get, getAll, has and size');

  test(() => {
    const p = new URLSearchParams('a=1&b=2&a=3&a=1');
    p.delete('a', '1');
    assert_equals(p.toString(), 'b=2&a=3', 'delete(name, value) removes only matching pairs');
    p.delete('a', undefined);
    assert_equals(p.toString(), 'b=2', 'an undefined value removes all with the name');
    p.delete('zzz');
    assert_equals(p.toString(), 'b=2');
    const q = new URLSearchParams('x=1&y=2&x=3&x=4');
    q.set('x', 'new');
    assert_equals(q.toString(), 'x=new&y=2', 'set keeps the first position and removes the rest');
    q.set('z', '9');
    assert_equals(q.toString(), 'x=new&y=2&z=9', 'set appends a new name');
  }, 'delete and set');

  test(() => {
    const p = new URLSearchParams([['z', '1'], ['a', '2'], ['\uFFFD', '3'], ['\u{1F600}', '4'], ['a', '5'], ['A', '6'], ['', '7'], ['\u00E9', '8']]);
    p.sort();
    assert_array_equals(entries(p), ['=7', 'A=6', 'a=2', 'a=5', 'z=1', '\u00E9=8', '\u{1F600}=4', '\uFFFD=3'],
      'code unit order (a surrogate pair sorts before U+FFFD), stable for equal names');
    const many = new URLSearchParams();
    for (let i = 0; i < 50; i++) many.append(i % 2 ? 'b' : 'a', String(i));
    many.sort();
    assert_array_equals(many.getAll('a'), Array.from({ length: 25 }, (_, i) => String(i * 2)), 'stable with many entries');
  }, 'sort');

  test(() => {
    const p = new URLSearchParams('a=1&b=2');
    assert_array_equals([...p.keys()], ['a', 'b']);
    assert_array_equals([...p.values()], ['1', '2']);
    assert_array_equals([...p.entries()].map((e) => e.join(':')), ['a:1', 'b:2']);
    const seen = [];
    for (const [name, value] of p) seen.push(name + value);
    assert_array_equals(seen, ['a1', 'b2']);
  }, 'keys, values, entries and for-of');

  test(() => {
    const p = new URLSearchParams('a=1&b=2');
    const it = p.entries();
    assert_equals(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
    const proto = Object.getPrototypeOf(it);
    assert_equals(Object.getPrototypeOf(proto), Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), 'inherits %IteratorPrototype%');
    assert_equals(Object.getPrototypeOf(p.keys()), proto, 'one prototype for all kinds');
    assert_true(Object.getOwnPropertyDescriptor(proto, 'next').enumerable, 'next is enumerable');
    assert_equals(it[Symbol.iterator](), it, 'iterators are iterable');
    assert_equals(assert_throws_js(TypeError, () => proto.next.call({})).message, 'Illegal invocation');
  }, 'the iterator prototype');

  test(() => {
    const p = new URLSearchParams('a=1');
    const it = p.keys();
    assert_equals(it.next().value, 'a');
    p.append('b', '2');
    assert_equals(it.next().value, 'b', 'sees an entry appended after it was created');
    const done = it.next();
    assert_true(done.done);
    assert_equals(done.value, undefined);
    const q = new URLSearchParams('x=1&y=2&z=3');
    const log = [];
    for (const [name] of q) {
      log.push(name);
      if (name === 'x') q.delete('y');
    }
    assert_array_equals(log, ['x', 'z'], 'a deleted entry is skipped');
  }, 'iterators are live');

  test(() => {
    const p = new URLSearchParams('a=1&b=2');
    const calls = [];
    const thisArg = {};
    p.forEach(function (value, name, object) {
      calls.push(`${name}=${value}`);
      assert_equals(this, thisArg, 'thisArg');
      assert_equals(object, p, 'third argument');
      if (name === 'a') p.append('c', '3');
    }, thisArg);
    assert_array_equals(calls, ['a=1', 'b=2', 'c=3'], 'forEach sees appended entries');
  }, 'forEach');
})();
