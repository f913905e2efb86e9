// TextEncoder / TextDecoder (https://encoding.spec.whatwg.org/), provided by GraalJS (js.text-encoding).

test(() => {
  const e = new TextEncoder();
  assert_equals(e.encoding, 'utf-8');
  assert_array_equals(e.encode('h\u00e9\ud83d\ude00'), [0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
  assert_array_equals(e.encode(), []);
  assert_array_equals(e.encode('\ud800'), [0xef, 0xbf, 0xbd], 'a lone surrogate becomes U+FFFD (USVString)');
  const dest = new Uint8Array(3);
  const r = e.encodeInto('a\u00e9b', dest);
  assert_array_equals([r.read, r.written], [2, 3]);
  assert_array_equals(dest, [0x61, 0xc3, 0xa9]);
  assert_class_string(e, 'TextEncoder');
}, 'TextEncoder encodes UTF-8, lone surrogates as U+FFFD, encodeInto reports read/written');

test(() => {
  const d = new TextDecoder();
  assert_array_equals([d.encoding, d.fatal, d.ignoreBOM], ['utf-8', false, false]);
  assert_equals(d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9])), 'h\u00e9', 'BOM stripped');
  assert_equals(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
  assert_equals(d.decode(new Uint8Array([0xff])), '\ufffd', 'replacement');
  assert_throws_js(TypeError, () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])));
  assert_equals(d.decode(new Uint8Array([0x61, 0x62]).buffer), 'ab', 'ArrayBuffer input');
  assert_equals(d.decode(new DataView(new Uint8Array([0x63]).buffer)), 'c', 'DataView input');
  assert_equals(d.decode(), '');
}, 'TextDecoder: UTF-8 with BOM handling, replacement and fatal mode, any BufferSource');

test(() => {
  const d = new TextDecoder();
  const euro = [0xe2, 0x82, 0xac];
  assert_equals(d.decode(new Uint8Array(euro.slice(0, 2)), { stream: true }), '');
  assert_equals(d.decode(new Uint8Array(euro.slice(2))), '\u20ac');
  assert_equals(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])), 'hi');
  assert_throws_js(RangeError, () => new TextDecoder('no-such-encoding'));
}, 'TextDecoder: streaming across chunks, UTF-16LE, unknown labels');
