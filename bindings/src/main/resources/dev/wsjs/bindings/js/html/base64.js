// atob() and btoa(), the HTML Standard's base64 utility methods (https://html.spec.whatwg.org/#atob),
// over the Infra Standard's forgiving-base64 decode and encode (https://infra.spec.whatwg.org/#forgiving-base64).
// Table driven and chunked, so megabyte strings take milliseconds.
(function (host, lib) {
  'use strict';
  const { webidl } = lib;

  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const encodeTable = new Uint8Array(64);
  // For each code unit below 128: its 6-bit value, or one of the markers below.
  const decodeTable = new Uint8Array(128).fill(0xff);
  const WHITESPACE = 0xfe;
  const PAD = 0x40;
  const INVALID = 0xff;
  for (let i = 0; i < 64; i++) {
    encodeTable[i] = alphabet.charCodeAt(i);
    decodeTable[alphabet.charCodeAt(i)] = i;
  }
  // ASCII whitespace is U+0009 TAB, U+000A LF, U+000C FF, U+000D CR, or U+0020 SPACE.
  for (const c of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) decodeTable[c] = WHITESPACE;
  decodeTable[0x3d] = PAD; // '='

  // Code units to a string, in chunks small enough for Function.prototype.apply.
  const CHUNK = 0x2000;
  function fromCodes(codes, length) {
    if (length <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length));
    const parts = [];
    for (let i = 0; i < length; i += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, length))));
    return parts.join('');
  }

  function invalidCharacter(operation, message) {
    return new lib.DOMException(`Failed to execute '${operation}' on 'Window': ${message}`, 'InvalidCharacterError');
  }

  // https://infra.spec.whatwg.org/#forgiving-base64-decode; returns the bytes as a string of
  // code units 0-255 (what atob returns), or null for failure.
  function forgivingBase64Decode(data) {
    // 1. Remove all ASCII whitespace from data.
    // (The remaining code points are looked up once, here; '=' and invalid ones are kept as markers.)
    const values = new Uint8Array(data.length);
    let length = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const v = c < 128 ? decodeTable[c] : INVALID;
      if (v !== WHITESPACE) values[length++] = v;
    }
    // 2. If data's code point length divides by 4 leaving no remainder, then:
    //    1. If data ends with one or two U+003D (=) code points, then remove them from data.
    if (length % 4 === 0 && length > 0 && values[length - 1] === PAD) {
      length--;
      if (values[length - 1] === PAD) length--;
    }
    // 3. If data's code point length divides by 4 leaving a remainder of 1, return failure.
    if (length % 4 === 1) return null;
    // 4. If data contains a code point that is not one of U+002B (+), U+002F (/), ASCII alphanumeric, then return failure.
    for (let i = 0; i < length; i++) if (values[i] >= PAD) return null;
    // 5. Let output be an empty byte sequence.
    const output = new Uint8Array(Math.floor(length * 3 / 4));
    let out = 0;
    // 6-8. Let buffer be an empty buffer that can have bits appended to it. While position does not point
    //    past the end of data: append the six bits of the code point's value in the base 64 alphabet
    //    (RFC 4648, Table 1) to buffer; if buffer has accumulated 24 bits, interpret them as three 8-bit
    //    big-endian numbers, append three bytes with values equal to those numbers to output, in the
    //    same order, and then empty buffer.
    const whole = length - (length % 4);
    for (let i = 0; i < whole; i += 4) {
      const bits = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3];
      output[out++] = bits >> 16;
      output[out++] = (bits >> 8) & 0xff;
      output[out++] = bits & 0xff;
    }
    // 9. If buffer is not empty, it contains either 12 or 18 bits. If it contains 12 bits, then discard
    //    the last four and interpret the remaining eight as an 8-bit big-endian number. If it contains
    //    18 bits, then discard the last two and interpret the remaining 16 as two 8-bit big-endian
    //    numbers. Append the one or two bytes with values equal to those one or two numbers to output.
    const rest = length - whole;
    if (rest === 2) {
      output[out++] = (values[whole] << 2) | (values[whole + 1] >> 4);
    } else if (rest === 3) {
      const bits = (values[whole] << 12) | (values[whole + 1] << 6) | values[whole + 2];
      output[out++] = bits >> 10;
      output[out++] = (bits >> 2) & 0xff;
    }
    // 10. Return output.
    return fromCodes(output, out);
  }

  // https://html.spec.whatwg.org/#dom-atob
  // DOMString atob(DOMString data);
  function atob(data) {
    webidl.requireArguments(arguments.length, 1, 'atob', 'Window');
    data = webidl.toDOMString(data);
    // 1. Let decodedData be the result of running forgiving-base64 decode on data.
    const decodedData = forgivingBase64Decode(data);
    // 2. If decodedData is failure, then throw an "InvalidCharacterError" DOMException.
    if (decodedData === null) throw invalidCharacter('atob', 'The string to be decoded is not correctly encoded.');
    // 3. Return decodedData.
    return decodedData;
  }

  // https://html.spec.whatwg.org/#dom-btoa
  // DOMString btoa(DOMString data);
  function btoa(data) {
    webidl.requireArguments(arguments.length, 1, 'btoa', 'Window');
    data = webidl.toDOMString(data);
    const length = data.length;
    // 3. Return the result of applying forgiving-base64 encode to byteSequence
    //    (https://infra.spec.whatwg.org/#forgiving-base64-encode: "apply the base64 algorithm defined in
    //    section 4 of RFC 4648 to data and return the result").
    const output = new Uint8Array(Math.ceil(length / 3) * 4);
    let out = 0;
    let i = 0;
    for (; i + 2 < length; i += 3) {
      // 2. Let byteSequence be data converted to a byte sequence whose nth byte is the eight-bit
      //    representation of the nth code point of data.
      const a = data.charCodeAt(i);
      const b = data.charCodeAt(i + 1);
      const c = data.charCodeAt(i + 2);
      // 1. If data contains any code point whose value is greater than U+00FF, then throw an "InvalidCharacterError" DOMException.
      if ((a | b | c) > 0xff) throw outsideLatin1();
      const bits = (a << 16) | (b << 8) | c;
      output[out++] = encodeTable[bits >> 18];
      output[out++] = encodeTable[(bits >> 12) & 0x3f];
      output[out++] = encodeTable[(bits >> 6) & 0x3f];
      output[out++] = encodeTable[bits & 0x3f];
    }
    if (i < length) {
      const a = data.charCodeAt(i);
      const b = i + 1 < length ? data.charCodeAt(i + 1) : 0;
      if ((a | b) > 0xff) throw outsideLatin1();
      output[out++] = encodeTable[a >> 2];
      output[out++] = encodeTable[((a & 0x03) << 4) | (b >> 4)];
      output[out++] = i + 1 < length ? encodeTable[(b & 0x0f) << 2] : 0x3d;
      output[out++] = 0x3d;
    }
    return fromCodes(output, out);
  }

  function outsideLatin1() {
    return invalidCharacter('btoa', 'The string to be encoded contains characters outside of the Latin1 range.');
  }

  webidl.expose('atob', atob);
  webidl.expose('btoa', btoa);
})
