// URL Standard infrastructure (https://url.spec.whatwg.org/#infrastructure): code point classes,
// the percent-encode sets, UTF-8 encode/decode, percent-encode and percent-decode. Starts `lib.url`,
// which host-parser.js, url-parser.js, url-search-params.js and url.js extend and use.
(function (host, lib) {
  'use strict';

  // The result of an algorithm that fails (the host parser, the basic URL parser).
  const failure = null;

  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  const isAlpha = (c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
  const isAlphanumeric = (c) => isDigit(c) || isAlpha(c);
  const isHexDigit = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  const lowerCP = (c) => (c >= 0x41 && c <= 0x5A ? c + 0x20 : c);
  const asciiLower = (s) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

  // --- Percent-encode sets (https://url.spec.whatwg.org/#percent-encoded-bytes) ---
  // "The C0 control percent-encode set are the C0 controls and all code points greater than U+007E (~)."
  const inC0ControlSet = (c) => c < 0x20 || c > 0x7E;
  const setOf = (base, chars) => {
    const extra = new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
    return (c) => base(c) || extra.has(c);
  };
  // "... and U+0020 SPACE, U+0022 ("), U+003C (<), U+003E (>), and U+0060 (`)."
  const inFragmentSet = setOf(inC0ControlSet, ' "<>`');
  // "... and U+0020 SPACE, U+0022 ("), U+0023 (#), U+003C (<), and U+003E (>)."
  const inQuerySet = setOf(inC0ControlSet, ' "#<>');
  // "The special-query percent-encode set is the query percent-encode set and U+0027 (')."
  const inSpecialQuerySet = setOf(inQuerySet, "'");
  // "The path percent-encode set is the query percent-encode set and U+003F (?), U+005E (^), U+0060 (`), U+007B ({), and U+007D (})."
  const inPathSet = setOf(inQuerySet, '?^`{}');
  // "The userinfo percent-encode set is the path percent-encode set and U+002F (/), U+003A (:),
  // U+003B (;), U+003D (=), U+0040 (@), U+005B ([) to U+005E (^), inclusive, and U+007C (|)."
  const inUserinfoSet = setOf(inPathSet, '/:;=@[\\]^|');
  // "... the userinfo percent-encode set and U+0024 ($) to U+0026 (&), inclusive, U+002B (+), and U+002C (,)."
  const inComponentSet = setOf(inUserinfoSet, '$%&+,');
  // "... the component percent-encode set and U+0021 (!), U+0027 (') to U+0029 RIGHT PARENTHESIS, inclusive, and U+007E (~)."
  const inFormSet = setOf(inComponentSet, "!'()~");

  // UTF-8 bytes of one code point (input is always scalar values).
  function utf8Bytes(c) {
    if (c < 0x80) return [c];
    if (c < 0x800) return [0xC0 | (c >> 6), 0x80 | (c & 0x3F)];
    if (c < 0x10000) return [0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)];
    return [0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)];
  }

  function utf8Encode(s) {
    const out = [];
    for (const ch of s) out.push(...utf8Bytes(ch.codePointAt(0)));
    return out;
  }

  // https://encoding.spec.whatwg.org/#utf-8-decode-without-bom: ill-formed sequences become U+FFFD
  // (maximal subparts, as the Encoding Standard's UTF-8 decoder does).
  function utf8Decode(bytes) {
    let out = '';
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      const b = bytes[i++];
      if (b < 0x80) { out += String.fromCharCode(b); continue; }
      let need, cp, lower = 0x80, upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
      else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; if (b === 0xE0) lower = 0xA0; if (b === 0xED) upper = 0x9F; }
      else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; if (b === 0xF0) lower = 0x90; if (b === 0xF4) upper = 0x8F; }
      else { out += '\uFFFD'; continue; }
      let ok = true;
      for (let k = 0; k < need; k++) {
        const nb = bytes[i];
        if (i >= n || nb < lower || nb > upper) { ok = false; break; }
        lower = 0x80; upper = 0xBF;
        cp = (cp << 6) | (nb & 0x3F);
        i++;
      }
      out += ok ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return out;
  }

  const hex = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

  // https://url.spec.whatwg.org/#utf-8-percent-encode (one code point)
  function percentEncodeCP(c, inSet) {
    if (!inSet(c)) return String.fromCodePoint(c);
    let out = '';
    for (const b of utf8Bytes(c)) out += hex(b);
    return out;
  }

  // https://url.spec.whatwg.org/#string-percent-encode-after-encoding (UTF-8 only)
  function percentEncodeString(s, inSet, spaceAsPlus = false) {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (spaceAsPlus && c === 0x20) out += '+';
      else out += percentEncodeCP(c, inSet);
    }
    return out;
  }

  // https://url.spec.whatwg.org/#percent-decode (bytes in, bytes out)
  function percentDecode(bytes) {
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(b);
      }
    }
    return out;
  }

  lib.url = {
    failure, isDigit, isAlpha, isAlphanumeric, isHexDigit, lowerCP, asciiLower,
    inC0ControlSet, inFragmentSet, inQuerySet, inSpecialQuerySet, inPathSet, inUserinfoSet, inComponentSet, inFormSet,
    utf8Encode, utf8Decode, percentEncodeCP, percentEncodeString, percentDecode,
  };
})
