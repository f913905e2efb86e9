// Blob and File (https://w3c.github.io/FileAPI/#blob-section): construction from strings, buffers and
// other Blobs, type normalization, line endings, slice() index arithmetic, text()/arrayBuffer()/bytes(),
// immutability, and the Web IDL shape.
(() => {
  'use strict';

  const bytesOf = async (blob) => Array.from(new Uint8Array(await blob.arrayBuffer()));

  test(() => {
    assert_equals(typeof Blob, 'function');
    assert_equals(Blob.length, 0, 'Blob.length');
    assert_equals(Blob.prototype.slice.length, 0, 'slice.length');
    assert_false(Object.getOwnPropertyDescriptor(globalThis, 'Blob').enumerable);
    for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes']) {
      const desc = Object.getOwnPropertyDescriptor(Blob.prototype, name);
      assert_true(desc !== undefined && desc.enumerable && desc.configurable, `${name} is an enumerable member`);
    }
    assert_equals(Object.getOwnPropertyDescriptor(Blob.prototype, 'size').set, undefined, 'size is readonly');
    assert_equals(Object.prototype.toString.call(new Blob()), '[object Blob]');
    assert_throws_js(TypeError, () => Blob(), 'calling without new');
  }, 'Blob interface shape');

  test(() => {
    const fake = Object.create(Blob.prototype);
    assert_equals(assert_throws_js(TypeError, () => fake.size).message, 'Illegal invocation');
    assert_throws_js(TypeError, () => fake.type);
    assert_throws_js(TypeError, () => fake.slice());
    assert_throws_js(TypeError, () => Blob.prototype.slice.call({ size: 1 }));
  }, 'Blob brand checks');

  promise_test((t) => promise_rejects_js(t, TypeError, Blob.prototype.text.call({})), 'text() on a non-Blob rejects');
  promise_test((t) => promise_rejects_js(t, TypeError, Blob.prototype.arrayBuffer.call(null)), 'arrayBuffer() on a non-Blob rejects');
  promise_test((t) => promise_rejects_js(t, TypeError, Blob.prototype.bytes.call(Object.create(Blob.prototype))), 'bytes() on a non-Blob rejects');

  promise_test(async () => {
    const empty = new Blob();
    assert_equals(empty.size, 0);
    assert_equals(empty.type, '');
    assert_equals(await empty.text(), '');
    assert_equals(new Blob([]).size, 0);
    assert_equals(new Blob(undefined, undefined).size, 0);
    assert_equals(new Blob([], null).type, '', 'null options are the empty dictionary');
  }, 'empty Blobs');

  promise_test(async () => {
    const blob = new Blob(['h\u00E9', '\u20AC', '\u{1F600}']);
    assert_equals(blob.size, 1 + 2 + 3 + 4, 'UTF-8 byte length');
    assert_array_equals(await bytesOf(blob), [0x68, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80]);
    assert_equals(await blob.text(), 'h\u00E9\u20AC\u{1F600}');
    assert_array_equals(await bytesOf(new Blob(['a\uD800b'])), [0x61, 0xEF, 0xBF, 0xBD, 0x62], 'a lone surrogate becomes U+FFFD');
    assert_equals(await new Blob([1, null, undefined, { toString: () => 'x' }]).text(), '1nullundefinedx', 'other values become strings');
  }, 'string parts are UTF-8 encoded');

  promise_test(async () => {
    const buffer = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
    assert_array_equals(await bytesOf(new Blob([buffer])), [0, 1, 2, 3, 4, 5, 6, 7], 'ArrayBuffer');
    assert_array_equals(await bytesOf(new Blob([new Uint8Array(buffer, 2, 3)])), [2, 3, 4], 'a view covers only its own bytes');
    assert_array_equals(await bytesOf(new Blob([new DataView(buffer, 6)])), [6, 7], 'DataView');
    assert_array_equals(await bytesOf(new Blob([new Uint16Array([0x0201])])), [1, 2], 'Uint16Array (little-endian)');
    assert_array_equals(await bytesOf(new Blob([new Int8Array([-1])])), [255]);
    assert_array_equals(await bytesOf(new Blob([new Float64Array(1)])), [0, 0, 0, 0, 0, 0, 0, 0]);
    // Recognised and read by their internal slots, not their prototypes or own properties.
    const bare = new Uint8Array([9, 8]).buffer;
    Object.setPrototypeOf(bare, null);
    const view = new Uint8Array(buffer, 1, 2);
    Object.setPrototypeOf(view, Object.prototype);
    Object.defineProperty(view, 'byteOffset', { value: 5 });
    assert_array_equals(await bytesOf(new Blob([bare, view])), [9, 8, 1, 2], 'a buffer and a view without their prototypes');
  }, 'BufferSource parts');

  promise_test(async () => {
    const inner = new Blob(['in'], { type: 'text/x-inner' });
    const outer = new Blob(['<', inner, new Uint8Array([0x3E]), inner]);
    assert_equals(await outer.text(), '<in>in');
    assert_equals(outer.type, '', 'the type of a part is not inherited');
    const file = new File(['f'], 'f.txt');
    assert_equals(await new Blob([file, file.slice(0, 0)]).text(), 'f', 'File and empty Blob parts');
  }, 'Blob parts');

  promise_test(async () => {
    const source = new Uint8Array([1, 2, 3]);
    const blob = new Blob([source]);
    source[0] = 9;
    assert_array_equals(await bytesOf(blob), [1, 2, 3], 'later writes to the source are not seen');
    const read = await blob.bytes();
    read[1] = 9;
    assert_array_equals(await bytesOf(blob), [1, 2, 3], 'writes to a result are not seen');
    const ab1 = await blob.arrayBuffer();
    const ab2 = await blob.arrayBuffer();
    assert_true(ab1 instanceof ArrayBuffer);
    assert_not_equals(ab1, ab2, 'a new ArrayBuffer each time');
    const slice = blob.slice(1);
    assert_array_equals(await bytesOf(slice), [2, 3], 'a slice sees the original bytes');
  }, 'Blob data is immutable');

  test(() => {
    assert_throws_js(TypeError, () => new Blob('abc'), 'a string is not a sequence');
    assert_throws_js(TypeError, () => new Blob(null));
    assert_throws_js(TypeError, () => new Blob(7));
    assert_throws_js(TypeError, () => new Blob({}), 'an object without @@iterator');
    assert_equals(assert_throws_js(TypeError, () => new Blob({ length: 0 })).message.startsWith("Failed to construct 'Blob'"), true);
    assert_throws_js(TypeError, () => new Blob([], 1), 'options must be an object');
    assert_throws_js(TypeError, () => new Blob([], { endings: 'windows' }), 'endings is an enum');
    assert_throws_js(TypeError, () => new Blob([Symbol('x')]));
  }, 'Blob constructor errors');

  test(() => {
    const order = [];
    const parts = { *[Symbol.iterator]() { order.push('parts'); yield 'x'; } };
    const options = {
      get endings() { order.push('endings'); return 'transparent'; },
      get type() { order.push('type'); return 'a/b'; },
    };
    new Blob(parts, options);
    assert_array_equals(order, ['parts', 'endings', 'type'], 'parts first, then dictionary members in order');
  }, 'Blob constructor conversion order');

  test(() => {
    const type = (t) => new Blob([], { type: t }).type;
    assert_equals(type('Text/HTML; Charset=UTF-8'), 'text/html; charset=utf-8', 'ASCII lowercase');
    assert_equals(type('text/plain\u00E9'), '', 'a character above U+007E makes it empty');
    assert_equals(type('text/plain\n'), '', 'a control character makes it empty');
    assert_equals(type('a\u007F'), '');
    assert_equals(type(' ~ '), ' ~ ', 'U+0020..U+007E are kept');
    assert_equals(type('\u0130'), '', 'no Unicode lowercasing');
    assert_equals(type(undefined), '');
    assert_equals(type(null), 'null');
    assert_equals(type('NOT/A MIME TYPE'), 'not/a mime type', 'not parsed as a MIME type');
  }, 'type normalization');

  promise_test(async () => {
    const text = 'a\r\nb\rc\nd\r\r\n';
    assert_equals(await new Blob([text]).text(), text, 'transparent is the default');
    assert_equals(await new Blob([text], { endings: 'transparent' }).text(), text);
    assert_equals(await new Blob([text], { endings: 'native' }).text(), 'a\nb\nc\nd\n\n', 'native (on a \\n platform)');
    assert_array_equals(await bytesOf(new Blob([new Uint8Array([13, 10])], { endings: 'native' })), [13, 10], 'buffers are not converted');
  }, 'endings');

  promise_test(async () => {
    const blob = new Blob(['0123456789'], { type: 'text/plain' });
    const cases = [
      [[], '0123456789'],
      [[3], '3456789'],
      [[3, 7], '3456'],
      [[-3], '789'],
      [[-3, -1], '78'],
      [[2, -2], '234567'],
      [[-100, 2], '01'],
      [[5, 100], '56789'],
      [[7, 3], ''],
      [[10], ''],
      [[100], ''],
      [[0, 0], ''],
      [[NaN, NaN], ''],
      [[NaN], '0123456789'],
      [[1.9, 3.5], '23'], // [Clamp]: round to the nearest integer, ties to even
      [[2.5, 4.5], '23'],
      [[-Infinity, Infinity], '0123456789'],
      [['2', '4'], '23'],
      [[undefined, 4], '0123'],
      [[null, null], ''],
    ];
    for (const [args, expected] of cases) {
      const slice = blob.slice(...args);
      assert_equals(await slice.text(), expected, `slice(${args.map(String).join(', ')})`);
      assert_equals(slice.size, expected.length, `size of slice(${args.map(String).join(', ')})`);
    }
  }, 'slice() start and end arithmetic');

  promise_test(async () => {
    const blob = new Blob(['abcdef'], { type: 'text/plain' });
    assert_equals(blob.slice().type, '', 'no contentType gives the empty type');
    assert_equals(blob.slice(0, 1, 'Image/PNG').type, 'image/png');
    assert_equals(blob.slice(0, 1, 'caf\u00E9').type, '');
    assert_equals(blob.slice(0, 1, undefined).type, '');
    const nested = blob.slice(1, 5).slice(1, -1);
    assert_equals(await nested.text(), 'cd', 'a slice of a slice');
    assert_equals(await nested.slice(-1).text(), 'd');
    const file = new File(['xyz'], 'n');
    assert_equals(Object.getPrototypeOf(file.slice(1)), Blob.prototype, 'a slice of a File is a Blob');
  }, 'slice() content type and nesting');

  promise_test(async () => {
    assert_equals(await new Blob([new Uint8Array([0xEF, 0xBB, 0xBF, 0x61])]).text(), 'a', 'a leading BOM is removed');
    assert_equals(await new Blob([new Uint8Array([0x61, 0xFF, 0x62, 0xC3])]).text(), 'a\uFFFDb\uFFFD', 'invalid bytes become U+FFFD');
    assert_equals(await new Blob([new Uint8Array([0xE2, 0x82])]).text(), '\uFFFD', 'a truncated sequence');
    const bytes = await new Blob(['hi']).bytes();
    assert_true(bytes instanceof Uint8Array);
    assert_array_equals(Array.from(bytes), [0x68, 0x69]);
  }, 'text() and bytes()');

  promise_test(async () => {
    if (typeof ReadableStream !== 'function') {
      assert_false('stream' in Blob.prototype, 'no stream() without ReadableStream');
      return;
    }
    const reader = new Blob(['ab', new Uint8Array([99])]).stream().getReader();
    const chunks = [];
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(...value);
    }
    assert_array_equals(chunks, [0x61, 0x62, 0x63]);
  }, 'stream() when ReadableStream exists');

  promise_test(async () => {
    assert_equals(File.length, 2, 'File.length');
    assert_equals(Object.getPrototypeOf(File.prototype), Blob.prototype);
    assert_equals(Object.getPrototypeOf(File), Blob);
    const before = Date.now();
    const file = new File(['con', 'tent'], 'name/with:chars.txt', { type: 'Text/Plain' });
    const after = Date.now();
    assert_true(file instanceof Blob);
    assert_equals(Object.prototype.toString.call(file), '[object File]');
    assert_equals(file.name, 'name/with:chars.txt');
    assert_equals(file.type, 'text/plain');
    assert_equals(file.size, 7);
    assert_equals(await file.text(), 'content');
    assert_true(file.lastModified >= before && file.lastModified <= after, 'lastModified defaults to now');
    assert_equals(new File([], 'x', { lastModified: 42.9 }).lastModified, 42);
    assert_equals(new File([], 'x', { lastModified: -5 }).lastModified, -5);
    assert_equals(new File([], 'x', { lastModified: 1700000000000 }).lastModified, 1700000000000);
    assert_equals(new File([], 'a\uD800').name, 'a\uFFFD');
    for (const name of ['name', 'lastModified']) {
      assert_true(Object.getOwnPropertyDescriptor(File.prototype, name).enumerable, `${name} is enumerable`);
      assert_throws_js(TypeError, () => Object.getOwnPropertyDescriptor(File.prototype, name).get.call(new Blob()), `${name} brand check`);
    }
    assert_equals(assert_throws_js(TypeError, () => new File([])).message, "Failed to construct 'File': 2 arguments required, but only 1 present.");
    assert_throws_js(TypeError, () => new File('x', 'n'));
  }, 'File');

  promise_test(async () => {
    // The Blob's copies use built-ins captured when the platform loaded, not the ones on the prototypes.
    const proto = Object.getPrototypeOf(Uint8Array.prototype);
    const { set, slice } = proto;
    let blob, bytes, buffer;
    proto.set = proto.slice = () => { throw new Error('patched built-in called'); };
    try {
      blob = new Blob([new Uint8Array([1, 2, 3]), new Uint8Array([9, 4, 5, 9]).subarray(1, 3)]);
      bytes = blob.bytes();
      buffer = blob.arrayBuffer();
    } finally {
      proto.set = set;
      proto.slice = slice;
    }
    assert_array_equals(await bytes, [1, 2, 3, 4, 5]);
    assert_array_equals(new Uint8Array(await buffer), [1, 2, 3, 4, 5]);
  }, 'new Blob(), bytes() and arrayBuffer() do not call %TypedArray%.prototype.set or slice as patched by scripts');
})();
