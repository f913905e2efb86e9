// URL Standard internals (https://url.spec.whatwg.org/): percent-encoding, host parsing (domains with
// punycode, IPv4, IPv6, opaque hosts), the basic URL parser state machine, the URL serializer and
// origins. No interface here: url-search-params.js and url.js build on `lib.url`; the WebSocket
// binding uses `lib.parseURL`, `lib.serializeURL` and `lib.serializeOrigin`.
// A URL record is { scheme, username, password, host: string|null (serialized host; '' is the empty
// host), port: number|null, path: string (opaque path) or array of segments, query, fragment }.
(function (host, lib) {
  'use strict';

  const EOF = -1;
  const failure = null;

  // https://url.spec.whatwg.org/#special-scheme
  const specialSchemes = new Map([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);
  const isSpecialScheme = (scheme) => specialSchemes.has(scheme);
  const defaultPort = (scheme) => (specialSchemes.has(scheme) ? specialSchemes.get(scheme) : null);

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

  // --- Hosts (https://url.spec.whatwg.org/#host-parsing) ---
  // "A forbidden host code point is U+0000 NULL, U+0009 TAB, U+000A LF, U+000D CR, U+0020 SPACE,
  // U+0023 (#), U+002F (/), U+003A (:), U+003C (<), U+003E (>), U+003F (?), U+0040 (@), U+005B ([),
  // U+005C (\), U+005D (]), U+005E (^), or U+007C (|)."
  const forbiddenHost = /[\0\t\n\r #/:<>?@[\\\]^|]/;
  // "A forbidden domain code point is a forbidden host code point, a C0 control, U+0025 (%), or U+007F DELETE."
  const forbiddenDomain = /[\0-\x20#/:<>?@[\\\]^|%\x7F]/;

  // https://url.spec.whatwg.org/#concept-host-parser
  function parseHost(input, isOpaque) {
    // 1. If input starts with U+005B ([), then: if input does not end with U+005D (]), return failure;
    //    return the result of IPv6 parsing input with its leading U+005B ([) and trailing U+005D (]) removed.
    if (input.startsWith('[')) {
      if (!input.endsWith(']')) return failure;
      const address = parseIPv6(input.slice(1, -1));
      return address === failure ? failure : `[${serializeIPv6(address)}]`;
    }
    // 2. If isOpaque is true, then return the result of opaque-host parsing input.
    if (isOpaque) return parseOpaqueHost(input);
    // 4. Let domain be the result of running UTF-8 decode without BOM on the percent-decoding of input.
    const domain = utf8Decode(percentDecode(utf8Encode(input)));
    // 5. Let asciiDomain be the result of running domain to ASCII with domain and false.
    // 6. If asciiDomain is failure, then return failure.
    const asciiDomain = domainToASCII(domain, false);
    if (asciiDomain === failure) return failure;
    // 7. If asciiDomain ends in a number, then return the result of IPv4 parsing asciiDomain.
    if (endsInANumber(asciiDomain)) {
      const address = parseIPv4(asciiDomain);
      return address === failure ? failure : serializeIPv4(address);
    }
    // 8. Return asciiDomain.
    return asciiDomain;
  }

  // https://url.spec.whatwg.org/#concept-opaque-host-parser
  function parseOpaqueHost(input) {
    // 1. If input contains a forbidden host code point, host-invalid-code-point validation error, return failure.
    if (forbiddenHost.test(input)) return failure;
    // 4. Return the result of running UTF-8 percent-encode on input using the C0 control percent-encode set.
    return percentEncodeString(input, inC0ControlSet);
  }

  // Code points UTS #46 maps to nothing ("ignored"): soft hyphen, CGJ, ZWSP, word joiner, BOM, variation selectors.
  const idnaIgnored = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\uFE00-\uFE0F\uFEFF]/gu;
  // Code points UTS #46 never allows: controls, unassigned, private use, surrogates, U+FFFD.
  const idnaDisallowed = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\uFFFD]/u;

  // https://url.spec.whatwg.org/#concept-domain-to-ascii
  // Deviation: UTS #46 processing is approximated: mapping is NFKC + lowercase + ideographic full stops
  // + the common "ignored" code points; validity rejects only controls, unassigned, private-use code
  // points, U+FFFD and labels starting with a combining mark; CheckBidi and CheckJoiners are not done.
  // Full UTS #46 needs the IDNA mapping table, which we do not ship.
  function domainToASCII(domain, beStrict) {
    let result;
    // "If beStrict is false, domain is an ASCII string, and strictly splitting domain on U+002E (.) does not
    // produce any item that starts with an ASCII case-insensitive match for "xn--", this step is
    // equivalent to ASCII lowercasing domain."
    if (/^[\0-\x7F]*$/.test(domain) && !/(^|\.)xn--/i.test(domain)) {
      result = asciiLower(domain);
    } else {
      result = uts46ToASCII(domain);
      if (result === failure) return failure;
    }
    // 2. If result is the empty string, domain-to-ASCII validation error, return failure.
    if (result === '') return failure;
    // 3. If result contains a forbidden domain code point, domain-invalid-code-point validation error, return failure.
    if (forbiddenDomain.test(result)) return failure;
    return result;
  }

  function uts46ToASCII(domain) {
    const mapped = domain.replace(idnaIgnored, '').normalize('NFKC').toLowerCase()
      .replace(/[\u3002\uFF0E\uFF61]/g, '.').normalize('NFC');
    const labels = mapped.split('.');
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (label.startsWith('xn--')) {
        // UTS #46 4.1: a "xn--" label must be ASCII and decode as Punycode to a non-ASCII, valid label.
        if (/[^\0-\x7F]/.test(label)) return failure;
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === failure || decoded === '' || /^[\0-\x7F]*$/.test(decoded)) return failure;
        if (!validLabel(decoded) || decoded !== decoded.normalize('NFC') || decoded !== decoded.toLowerCase()) return failure;
      } else if (/[^\0-\x7F]/.test(label)) {
        if (!validLabel(label)) return failure;
        labels[i] = 'xn--' + punycodeEncode(label);
      }
    }
    return labels.join('.');
  }

  function validLabel(label) {
    return !idnaDisallowed.test(label) && !/^\p{M}/u.test(label);
  }

  // --- Punycode (RFC 3492) ---
  const BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

  // RFC 3492 6.1 Bias adaptation function
  function adapt(delta, numPoints, firstTime) {
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > ((BASE - TMIN) * TMAX) >> 1) {
      delta = Math.floor(delta / (BASE - TMIN));
      k += BASE;
    }
    return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
  }

  const threshold = (k, bias) => (k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias);
  const encodeDigit = (d) => String.fromCharCode(d < 26 ? d + 0x61 : d + 0x16); // a..z, 0..9
  function decodeDigit(c) {
    if (c >= 0x30 && c <= 0x39) return c - 0x16;
    if (c >= 0x41 && c <= 0x5A) return c - 0x41;
    if (c >= 0x61 && c <= 0x7A) return c - 0x61;
    return BASE;
  }

  // RFC 3492 6.3 Encoding procedure
  function punycodeEncode(label) {
    const input = Array.from(label, (ch) => ch.codePointAt(0));
    let n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
    let output = input.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
    const b = output.length;
    let h = b;
    if (b > 0) output += '-';
    while (h < input.length) {
      let m = Infinity;
      for (const c of input) if (c >= n && c < m) m = c;
      delta += (m - n) * (h + 1);
      n = m;
      for (const c of input) {
        if (c < n) delta++;
        if (c === n) {
          let q = delta;
          for (let k = BASE; ; k += BASE) {
            const t = threshold(k, bias);
            if (q < t) break;
            output += encodeDigit(t + ((q - t) % (BASE - t)));
            q = Math.floor((q - t) / (BASE - t));
          }
          output += encodeDigit(q);
          bias = adapt(delta, h + 1, h === b);
          delta = 0;
          h++;
        }
      }
      delta++;
      n++;
    }
    return output;
  }

  // RFC 3492 6.2 Decoding procedure; failure on invalid input or overflow.
  function punycodeDecode(input) {
    const output = [];
    let n = INITIAL_N, i = 0, bias = INITIAL_BIAS;
    const basicEnd = Math.max(input.lastIndexOf('-'), 0);
    for (let j = 0; j < basicEnd; j++) {
      const c = input.charCodeAt(j);
      if (c >= 0x80) return failure;
      output.push(c);
    }
    for (let pos = basicEnd > 0 ? basicEnd + 1 : 0; pos < input.length;) {
      const oldi = i;
      let w = 1;
      for (let k = BASE; ; k += BASE) {
        if (pos >= input.length) return failure;
        const digit = decodeDigit(input.charCodeAt(pos++));
        if (digit >= BASE) return failure;
        i += digit * w;
        if (i > 0x7FFFFFFF) return failure;
        const t = threshold(k, bias);
        if (digit < t) break;
        w *= BASE - t;
      }
      bias = adapt(i - oldi, output.length + 1, oldi === 0);
      n += Math.floor(i / (output.length + 1));
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return failure;
      i %= output.length + 1;
      output.splice(i++, 0, n);
    }
    return String.fromCodePoint(...output);
  }

  // https://url.spec.whatwg.org/#ends-in-a-number-checker
  function endsInANumber(input) {
    // 1. Let parts be the result of strictly splitting input on U+002E (.).
    const parts = input.split('.');
    // 2. If the last item in parts is the empty string: if parts's size is 1, return false; remove the last item.
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    // 3. Let last be the last item in parts.
    const last = parts[parts.length - 1];
    // 4. If last is non-empty and contains only ASCII digits, then return true.
    if (/^[0-9]+$/.test(last)) return true;
    // 5. If parsing last as an IPv4 number does not return failure, then return true.
    return parseIPv4Number(last) !== failure;
  }

  // https://url.spec.whatwg.org/#ipv4-number-parser
  function parseIPv4Number(input) {
    // 1. If input is the empty string, then return failure.
    if (input === '') return failure;
    // 2. Let R be 10.
    let radix = 10;
    // 3. If input contains at least two code points and the first two code points are either "0X" or "0x": remove them, set R to 16.
    if (input.length >= 2 && (input.startsWith('0x') || input.startsWith('0X'))) {
      input = input.slice(2);
      radix = 16;
    } else if (input.length >= 2 && input[0] === '0') {
      // 4. Otherwise, if input contains at least two code points and the first code point is U+0030 (0): remove it, set R to 8.
      input = input.slice(1);
      radix = 8;
    }
    // 5. If input is the empty string, then return (0, true).
    if (input === '') return 0;
    // 6. If input contains a code point that is not a radix-R digit, then return failure.
    const digits = radix === 16 ? /^[0-9A-Fa-f]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
    if (!digits.test(input)) return failure;
    // 7. Let output be the mathematical integer value that is represented by input in radix-R notation.
    // (Very long inputs become Infinity, which every range check below still rejects.)
    return parseInt(input, radix);
  }

  // https://url.spec.whatwg.org/#concept-ipv4-parser
  function parseIPv4(input) {
    // 1. Let parts be the result of strictly splitting input on U+002E (.).
    const parts = input.split('.');
    // 2. If the last item in parts is the empty string: if parts's size is greater than 1, remove the last item.
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    // 3. If parts's size is greater than 4, IPv4-too-many-parts validation error, return failure.
    if (parts.length > 4) return failure;
    // 4-5. Let numbers be the result of parsing each part as an IPv4 number; any failure is failure.
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (n === failure) return failure;
      numbers.push(n);
    }
    // 7. If any but the last item in numbers is greater than 255, then return failure.
    for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return failure;
    // 8. If the last item in numbers is greater than or equal to 256^(5 − numbers's size), then return failure.
    if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return failure;
    // 9-12. ipv4 = last item; add each other n × 256^(3 − counter).
    let ipv4 = numbers.pop();
    numbers.forEach((n, counter) => { ipv4 += n * 256 ** (3 - counter); });
    return ipv4;
  }

  // https://url.spec.whatwg.org/#concept-ipv4-serializer
  function serializeIPv4(address) {
    const out = [];
    for (let i = 0; i < 4; i++) {
      out.unshift(String(address % 256));
      address = Math.floor(address / 256);
    }
    return out.join('.');
  }

  // https://url.spec.whatwg.org/#concept-ipv6-parser
  function parseIPv6(text) {
    const input = Array.from(text, (ch) => ch.codePointAt(0));
    const at = (p) => (p < input.length ? input[p] : EOF);
    // 1-4. address: eight 0 pieces; pieceIndex 0; compress null; pointer 0.
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0, compress = null, pointer = 0;
    // 5. If c is U+003A (:): if remaining does not start with U+003A (:), return failure;
    //    increase pointer by 2; increase pieceIndex by 1 and then set compress to pieceIndex.
    if (at(pointer) === 0x3A) {
      if (at(pointer + 1) !== 0x3A) return failure;
      pointer += 2;
      compress = ++pieceIndex;
    }
    // 6. While c is not the EOF code point:
    while (at(pointer) !== EOF) {
      // 1. If pieceIndex is 8, IPv6-too-many-pieces validation error, return failure.
      if (pieceIndex === 8) return failure;
      // 2. If c is U+003A (:): if compress is non-null, return failure; increase pointer and pieceIndex,
      //    set compress to pieceIndex, and then continue.
      if (at(pointer) === 0x3A) {
        if (compress !== null) return failure;
        pointer++;
        compress = ++pieceIndex;
        continue;
      }
      // 3-4. Let value and length be 0; while length is less than 4 and c is an ASCII hex digit,
      //      set value to value × 0x10 + c interpreted as hexadecimal number.
      let value = 0, length = 0;
      while (length < 4 && isHexDigit(at(pointer))) {
        value = value * 0x10 + parseInt(String.fromCharCode(at(pointer)), 16);
        pointer++;
        length++;
      }
      // 5. If c is U+002E (.): (an embedded IPv4 address)
      if (at(pointer) === 0x2E) {
        if (length === 0) return failure;
        pointer -= length;
        if (pieceIndex > 6) return failure;
        let numbersSeen = 0;
        while (at(pointer) !== EOF) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
            else return failure;
          }
          if (!isDigit(at(pointer))) return failure;
          while (isDigit(at(pointer))) {
            const number = at(pointer) - 0x30;
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return failure;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return failure;
            pointer++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return failure;
        break;
      } else if (at(pointer) === 0x3A) {
        // 6. Otherwise, if c is U+003A (:): increase pointer by 1; if c is the EOF code point, return failure.
        pointer++;
        if (at(pointer) === EOF) return failure;
      } else if (at(pointer) !== EOF) {
        // 7. Otherwise, if c is not the EOF code point, IPv6-invalid-code-point validation error, return failure.
        return failure;
      }
      // 8-9. Set address[pieceIndex] to value. Increase pieceIndex by 1.
      address[pieceIndex++] = value;
    }
    // 7. If compress is non-null: move the pieces after compress to the end.
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const other = compress + swaps - 1;
        [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      // 8. Otherwise, if compress is null and pieceIndex is not 8, IPv6-too-few-pieces validation error, return failure.
      return failure;
    }
    return address;
  }

  // https://url.spec.whatwg.org/#concept-ipv6-serializer
  function serializeIPv6(address) {
    // 2. Let compress be an index to the first IPv6 piece in the first longest sequences of address's
    //    IPv6 pieces that are 0. 3. If there is no sequence of address's IPv6 pieces that are 0 that is
    //    longer than 1, then set compress to null.
    let compress = null, bestLength = 1;
    for (let i = 0; i < 8;) {
      let j = i;
      while (j < 8 && address[j] === 0) j++;
      if (j - i > bestLength) { compress = i; bestLength = j - i; }
      i = j === i ? i + 1 : j;
    }
    let output = '';
    let ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && address[i] === 0) continue;
      ignore0 = false;
      if (compress === i) {
        output += i === 0 ? '::' : ':';
        ignore0 = true;
        continue;
      }
      output += address[i].toString(16);
      if (i !== 7) output += ':';
    }
    return output;
  }

  // --- The basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser) ---

  function newURLRecord() {
    return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
  }

  const hasOpaquePath = (url) => typeof url.path === 'string';
  // https://url.spec.whatwg.org/#include-credentials
  const includesCredentials = (url) => url.username !== '' || url.password !== '';
  // https://url.spec.whatwg.org/#cannot-have-a-username-password-port
  const cannotHaveUsernamePasswordPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

  // https://url.spec.whatwg.org/#windows-drive-letter
  const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s.charCodeAt(0)) && (s[1] === ':' || s[1] === '|');
  const isNormalizedWindowsDriveLetter = (s) => isWindowsDriveLetter(s) && s[1] === ':';
  // https://url.spec.whatwg.org/#start-with-a-windows-drive-letter (on code points from pointer)
  function startsWithWindowsDriveLetter(cps, pointer) {
    const c0 = cps[pointer], c1 = cps[pointer + 1], c2 = cps[pointer + 2];
    return pointer + 1 < cps.length && isAlpha(c0) && (c1 === 0x3A || c1 === 0x7C) &&
      (pointer + 2 === cps.length || c2 === 0x2F || c2 === 0x5C || c2 === 0x3F || c2 === 0x23);
  }
  // https://url.spec.whatwg.org/#single-dot-path-segment and #double-dot-path-segment
  const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
  const isDoubleDot = (s) => { s = s.toLowerCase(); return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e'; };

  // https://url.spec.whatwg.org/#shorten-a-urls-path
  function shortenPath(url) {
    // 2. If url's scheme is "file", path's size is 1, and path[0] is a normalized Windows drive letter, then return.
    if (url.scheme === 'file' && url.path.length === 1 && isNormalizedWindowsDriveLetter(url.path[0])) return;
    // 3. Remove path's last item, if any.
    url.path.pop();
  }

  // Returns the URL record, or failure (null). With a state override, modifies `url` in place and
  // returns it (or failure); the API setters ignore the result, as the spec's do.
  function basicURLParse(input, base = null, url = null, stateOverride = null) {
    if (url === null) {
      // 1.1 Set url to a new URL.
      url = newURLRecord();
      // 1.3 Remove any leading and trailing C0 control or space from input.
      input = input.replace(/^[\0-\x20]+|[\0-\x20]+$/g, '');
    }
    // 3. Remove all ASCII tab or newline from input.
    input = input.replace(/[\t\n\r]/g, '');
    // 4. Let state be state override if given, or scheme start state otherwise.
    let state = stateOverride || 'scheme start';
    // 6-8. buffer, atSignSeen, insideBrackets, passwordTokenSeen; pointer.
    let buffer = '';
    let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
    const cps = Array.from(input, (ch) => ch.codePointAt(0));
    const special = () => isSpecialScheme(url.scheme);
    const remainingStartsWith = (p, c) => cps[p + 1] === c;

    for (let pointer = 0; ; pointer++) {
      const c = pointer < cps.length ? cps[pointer] : EOF;
      const ch = c === EOF ? '' : String.fromCodePoint(c);
      switch (state) {
        case 'scheme start':
          // 1. If c is an ASCII alpha, append c, lowercased, to buffer, and set state to scheme state.
          if (isAlpha(c)) {
            buffer += String.fromCharCode(lowerCP(c));
            state = 'scheme';
          } else if (!stateOverride) {
            // 2. Otherwise, if state override is not given, set state to no scheme state and decrease pointer by 1.
            state = 'no scheme';
            pointer--;
          } else {
            // 3. Otherwise, return failure.
            return failure;
          }
          break;

        case 'scheme':
          // 1. If c is an ASCII alphanumeric, U+002B (+), U+002D (-), or U+002E (.), append c, lowercased, to buffer.
          if (isAlphanumeric(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
            buffer += String.fromCharCode(lowerCP(c));
          } else if (c === 0x3A) {
            // 2. Otherwise, if c is U+003A (:), then:
            if (stateOverride) {
              // 1. If state override is given: if url's scheme is special and buffer is not, return; if url's
              //    scheme is not special and buffer is, return; if url includes credentials or has a non-null
              //    port, and buffer is "file", return; if url's scheme is "file" and its host is an empty host, return.
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            // 2. Set url's scheme to buffer.
            url.scheme = buffer;
            // 3. If state override is given: if url's port is url's scheme's default port, set url's port to null. Return.
            if (stateOverride) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return url;
            }
            // 4. Set buffer to the empty string.
            buffer = '';
            if (url.scheme === 'file') {
              // 6. If url's scheme is "file": set state to file state.
              state = 'file';
            } else if (special() && base !== null && base.scheme === url.scheme) {
              // 7. Otherwise, if url is special, base is non-null, and base's scheme is url's scheme: set state to special relative or authority state.
              state = 'special relative or authority';
            } else if (special()) {
              // 8. Otherwise, if url is special, set state to special authority slashes state.
              state = 'special authority slashes';
            } else if (remainingStartsWith(pointer, 0x2F)) {
              // 9. Otherwise, if remaining starts with an U+002F (/), set state to path or authority state and increase pointer by 1.
              state = 'path or authority';
              pointer++;
            } else {
              // 10. Otherwise, set url's path to the empty string and set state to opaque path state.
              url.path = '';
              state = 'opaque path';
            }
          } else if (!stateOverride) {
            // 3. Otherwise, if state override is not given, set buffer to the empty string, state to no scheme
            //    state, and start over (from the first code point in input).
            buffer = '';
            state = 'no scheme';
            pointer = -1;
          } else {
            // 4. Otherwise, return failure.
            return failure;
          }
          break;

        case 'no scheme':
          // 1. If base is null, or base has an opaque path and c is not U+0023 (#), missing-scheme-non-relative-URL validation error, return failure.
          if (base === null || (hasOpaquePath(base) && c !== 0x23)) return failure;
          if (hasOpaquePath(base) && c === 0x23) {
            // 2. Otherwise, if base has an opaque path and c is U+0023 (#), set url's scheme to base's scheme,
            //    url's path to base's path, url's query to base's query, url's fragment to the empty string, and set state to fragment state.
            url.scheme = base.scheme;
            url.path = base.path;
            url.query = base.query;
            url.fragment = '';
            state = 'fragment';
          } else {
            // 3-4. Otherwise, if base's scheme is not "file", set state to relative state; otherwise to file state; decrease pointer by 1.
            state = base.scheme !== 'file' ? 'relative' : 'file';
            pointer--;
          }
          break;

        case 'special relative or authority':
          // 1. If c is U+002F (/) and remaining starts with U+002F (/), then set state to special authority ignore slashes state and increase pointer by 1.
          if (c === 0x2F && remainingStartsWith(pointer, 0x2F)) {
            state = 'special authority ignore slashes';
            pointer++;
          } else {
            // 2. Otherwise, special-scheme-missing-following-solidus validation error, set state to relative state and decrease pointer by 1.
            state = 'relative';
            pointer--;
          }
          break;

        case 'path or authority':
          // 1. If c is U+002F (/), then set state to authority state. 2. Otherwise, set state to path state, and decrease pointer by 1.
          if (c === 0x2F) state = 'authority';
          else { state = 'path'; pointer--; }
          break;

        case 'relative':
          // 2. Set url's scheme to base's scheme.
          url.scheme = base.scheme;
          if (c === 0x2F || (special() && c === 0x5C)) {
            // 3-4. If c is U+002F (/) (or url is special and c is U+005C (\)), set state to relative slash state.
            state = 'relative slash';
          } else {
            // 5. Otherwise: set url's username, password, host, port, path (a clone) and query to base's.
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === 0x3F) {
              // 2. If c is U+003F (?), then set url's query to the empty string, and state to query state.
              url.query = '';
              state = 'query';
            } else if (c === 0x23) {
              // 3. Otherwise, if c is U+0023 (#), set url's fragment to the empty string and state to fragment state.
              url.fragment = '';
              state = 'fragment';
            } else if (c !== EOF) {
              // 4. Otherwise, if c is not the EOF code point: set url's query to null, shorten url's path,
              //    set state to path state and decrease pointer by 1.
              url.query = null;
              shortenPath(url);
              state = 'path';
              pointer--;
            }
          }
          break;

        case 'relative slash':
          if (special() && (c === 0x2F || c === 0x5C)) {
            // 1. If url is special and c is U+002F (/) or U+005C (\): set state to special authority ignore slashes state.
            state = 'special authority ignore slashes';
          } else if (c === 0x2F) {
            // 2. Otherwise, if c is U+002F (/), then set state to authority state.
            state = 'authority';
          } else {
            // 3. Otherwise, set url's username, password, host and port to base's, state to path state, and decrease pointer by 1.
            url.username = base.username;
            url.password = base.password;
            url.host = base.host;
            url.port = base.port;
            state = 'path';
            pointer--;
          }
          break;

        case 'special authority slashes':
          // 1. If c is U+002F (/) and remaining starts with U+002F (/), set state to special authority ignore slashes state and increase pointer by 1.
          // 2. Otherwise, special-scheme-missing-following-solidus validation error, set state to special authority ignore slashes state and decrease pointer by 1.
          state = 'special authority ignore slashes';
          if (c === 0x2F && remainingStartsWith(pointer, 0x2F)) pointer++;
          else pointer--;
          break;

        case 'special authority ignore slashes':
          // 1. If c is neither U+002F (/) nor U+005C (\), then set state to authority state and decrease pointer by 1.
          // 2. Otherwise, special-scheme-missing-following-solidus validation error.
          if (c !== 0x2F && c !== 0x5C) {
            state = 'authority';
            pointer--;
          }
          break;

        case 'authority':
          if (c === 0x40) {
            // 1. If c is U+0040 (@), then: if atSignSeen is true, prepend "%40" to buffer; set atSignSeen to true.
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            // 4. For each codePoint in buffer: the first U+003A (:) (when passwordTokenSeen is false) sets
            //    passwordTokenSeen; others are UTF-8 percent-encoded with the userinfo percent-encode set and
            //    appended to url's password if passwordTokenSeen is true, and to url's username otherwise.
            for (const bch of buffer) {
              const bc = bch.codePointAt(0);
              if (bc === 0x3A && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
              const encoded = percentEncodeCP(bc, inUserinfoSet);
              if (passwordTokenSeen) url.password += encoded;
              else url.username += encoded;
            }
            // 5. Set buffer to the empty string.
            buffer = '';
          } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C)) {
            // 2. Otherwise, if c is the EOF code point, U+002F (/), U+003F (?), or U+0023 (#) (or url is special and c is U+005C (\)):
            //    1. If atSignSeen is true and buffer is the empty string, host-missing validation error, return failure.
            if (atSignSeen && buffer === '') return failure;
            //    2. Decrease pointer by buffer's code point length + 1, set buffer to the empty string, and set state to host state.
            pointer -= Array.from(buffer).length + 1;
            buffer = '';
            state = 'host';
          } else {
            // 3. Otherwise, append c to buffer.
            buffer += ch;
          }
          break;

        case 'host':
        case 'hostname':
          if (stateOverride && url.scheme === 'file') {
            // 1. If state override is given and url's scheme is "file", then decrease pointer by 1 and set state to file host state.
            pointer--;
            state = 'file host';
          } else if (c === 0x3A && !insideBrackets) {
            // 2. Otherwise, if c is U+003A (:) and insideBrackets is false:
            //    1. If buffer is the empty string, host-missing validation error, return failure.
            if (buffer === '') return failure;
            //    2. If state override is given and state override is hostname state, then return failure.
            if (stateOverride === 'hostname') return failure;
            //    3-5. Let host be the result of host parsing buffer with url is not special; if failure, return
            //    failure. Set url's host to host, buffer to the empty string, and state to port state.
            const parsed = parseHost(buffer, !special());
            if (parsed === failure) return failure;
            url.host = parsed;
            buffer = '';
            state = 'port';
          } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C)) {
            // 3. Otherwise, if c is the EOF code point, U+002F (/), U+003F (?), or U+0023 (#) (or url is
            //    special and c is U+005C (\)), then decrease pointer by 1, and then:
            pointer--;
            //    1. If url is special and buffer is the empty string, host-missing validation error, return failure.
            if (special() && buffer === '') return failure;
            //    2. Otherwise, if state override is given, buffer is the empty string, and either url includes
            //       credentials or url's port is non-null, return.
            if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return url;
            //    3-5. Let host be the result of host parsing buffer with url is not special; if failure, return failure.
            //    Set url's host to host, buffer to the empty string, and state to path start state.
            const parsed = parseHost(buffer, !special());
            if (parsed === failure) return failure;
            url.host = parsed;
            buffer = '';
            state = 'path start';
            //    6. If state override is given, then return.
            if (stateOverride) return url;
          } else {
            // 4. Otherwise: if c is U+005B ([), set insideBrackets to true; if c is U+005D (]), set
            //    insideBrackets to false; append c to buffer.
            if (c === 0x5B) insideBrackets = true;
            if (c === 0x5D) insideBrackets = false;
            buffer += ch;
          }
          break;

        case 'port':
          if (isDigit(c)) {
            // 1. If c is an ASCII digit, append c to buffer.
            buffer += ch;
          } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C) || stateOverride) {
            // 2. Otherwise, if c is the EOF code point, U+002F (/), U+003F (?), or U+0023 (#); url is special
            //    and c is U+005C (\); or state override is given:
            if (buffer !== '') {
              // 1. Let port be the mathematical integer value that is represented by buffer in radix-10 notation.
              const digits = buffer.replace(/^0+(?=.)/, '');
              // 2. If port is greater than 2^16 − 1, port-out-of-range validation error, return failure.
              if (digits.length > 5 || Number(digits) > 65535) return failure;
              // 3. Set url's port to null, if port is url's scheme's default port; otherwise to port.
              const port = Number(digits);
              url.port = port === defaultPort(url.scheme) ? null : port;
              // 4. Set buffer to the empty string. 5. If state override is given, then return.
              buffer = '';
              if (stateOverride) return url;
            }
            // 2. If state override is given, then return failure.
            if (stateOverride) return failure;
            // 3. Set state to path start state and decrease pointer by 1.
            state = 'path start';
            pointer--;
          } else {
            // 3. Otherwise, port-invalid validation error, return failure.
            return failure;
          }
          break;

        case 'file':
          // 1. Set url's scheme to "file". 2. Set url's host to the empty string.
          url.scheme = 'file';
          url.host = '';
          if (c === 0x2F || c === 0x5C) {
            // 3. If c is U+002F (/) or U+005C (\), then set state to file slash state.
            state = 'file slash';
          } else if (base !== null && base.scheme === 'file') {
            // 4. Otherwise, if base is non-null and base's scheme is "file":
            //    1. Set url's host to base's host, url's path to a clone of base's path, and url's query to base's query.
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === 0x3F) {
              // 2. If c is U+003F (?), then set url's query to the empty string and state to query state.
              url.query = '';
              state = 'query';
            } else if (c === 0x23) {
              // 3. Otherwise, if c is U+0023 (#), set url's fragment to the empty string and state to fragment state.
              url.fragment = '';
              state = 'fragment';
            } else if (c !== EOF) {
              // 4. Otherwise, if c is not the EOF code point: set url's query to null; if the code point
              //    substring from pointer to the end of input does not start with a Windows drive letter,
              //    then shorten url's path; otherwise set url's path to « »; set state to path state and decrease pointer by 1.
              url.query = null;
              if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
              else url.path = [];
              state = 'path';
              pointer--;
            }
          } else {
            // 5. Otherwise, set state to path state, and decrease pointer by 1.
            state = 'path';
            pointer--;
          }
          break;

        case 'file slash':
          if (c === 0x2F || c === 0x5C) {
            // 1. If c is U+002F (/) or U+005C (\), then set state to file host state.
            state = 'file host';
          } else {
            // 2. Otherwise: if base is non-null and base's scheme is "file": set url's host to base's host;
            //    if the code point substring from pointer to the end of input does not start with a Windows
            //    drive letter and base's path[0] is a normalized Windows drive letter, then append base's
            //    path[0] to url's path.
            if (base !== null && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithWindowsDriveLetter(cps, pointer) && !hasOpaquePath(base) &&
                  base.path.length > 0 && isNormalizedWindowsDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            // 3. Set state to path state, and decrease pointer by 1.
            state = 'path';
            pointer--;
          }
          break;

        case 'file host':
          if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
            // 1. If c is the EOF code point, U+002F (/), U+005C (\), U+003F (?), or U+0023 (#), then decrease pointer by 1 and then:
            pointer--;
            if (!stateOverride && isWindowsDriveLetter(buffer)) {
              // 1. If state override is not given and buffer is a Windows drive letter, file-invalid-Windows-drive-letter-host
              //    validation error, set state to path state. (buffer is not reset; the path state uses it.)
              state = 'path';
            } else if (buffer === '') {
              // 2. Otherwise, if buffer is the empty string: set url's host to the empty string;
              //    if state override is given, then return; set state to path start state.
              url.host = '';
              if (stateOverride) return url;
              state = 'path start';
            } else {
              // 3. Otherwise: let host be the result of host parsing buffer with url is not special; if failure,
              //    return failure; if host is "localhost", then set host to the empty string; set url's host to
              //    host; if state override is given, then return; set buffer to the empty string and state to path start state.
              let parsed = parseHost(buffer, !special());
              if (parsed === failure) return failure;
              if (parsed === 'localhost') parsed = '';
              url.host = parsed;
              if (stateOverride) return url;
              buffer = '';
              state = 'path start';
            }
          } else {
            // 2. Otherwise, append c to buffer.
            buffer += ch;
          }
          break;

        case 'path start':
          if (special()) {
            // 1. If url is special: set state to path state; if c is neither U+002F (/) nor U+005C (\), decrease pointer by 1.
            state = 'path';
            if (c !== 0x2F && c !== 0x5C) pointer--;
          } else if (!stateOverride && c === 0x3F) {
            // 2. Otherwise, if state override is not given and c is U+003F (?), set url's query to the empty string and state to query state.
            url.query = '';
            state = 'query';
          } else if (!stateOverride && c === 0x23) {
            // 3. Otherwise, if state override is not given and c is U+0023 (#), set url's fragment to the empty string and state to fragment state.
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF) {
            // 4. Otherwise, if c is not the EOF code point: set state to path state; if c is not U+002F (/), decrease pointer by 1.
            state = 'path';
            if (c !== 0x2F) pointer--;
          } else if (stateOverride && url.host === null) {
            // 5. Otherwise, if state override is given and url's host is null, append the empty string to url's path.
            url.path.push('');
          }
          break;

        case 'path': {
          const slashLike = c === 0x2F || (special() && c === 0x5C);
          // 1. If one of the following is true: c is the EOF code point or U+002F (/); url is special and c is
          //    U+005C (\); state override is not given and c is U+003F (?) or U+0023 (#); then:
          if (c === EOF || slashLike || (!stateOverride && (c === 0x3F || c === 0x23))) {
            if (isDoubleDot(buffer)) {
              // 2. If buffer is a double-dot URL path segment, then: shorten url's path; if neither c is U+002F (/),
              //    nor url is special and c is U+005C (\), append the empty string to url's path.
              shortenPath(url);
              if (!slashLike) url.path.push('');
            } else if (isSingleDot(buffer) && !slashLike) {
              // 3. Otherwise, if buffer is a single-dot URL path segment and if neither c is U+002F (/), nor url
              //    is special and c is U+005C (\), append the empty string to url's path.
              url.path.push('');
            } else if (!isSingleDot(buffer)) {
              // 4. Otherwise, if buffer is not a single-dot URL path segment: if url's scheme is "file", url's path
              //    is empty, and buffer is a Windows drive letter, then replace the second code point in buffer
              //    with U+003A (:); append buffer to url's path.
              if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) buffer = buffer[0] + ':';
              url.path.push(buffer);
            }
            // 5. Set buffer to the empty string.
            buffer = '';
            if (c === 0x3F) {
              // 6. If c is U+003F (?), then set url's query to the empty string and state to query state.
              url.query = '';
              state = 'query';
            } else if (c === 0x23) {
              // 7. If c is U+0023 (#), then set url's fragment to the empty string and state to fragment state.
              url.fragment = '';
              state = 'fragment';
            }
          } else {
            // 2. Otherwise: UTF-8 percent-encode c using the path percent-encode set and append the result to buffer.
            buffer += percentEncodeCP(c, inPathSet);
          }
          break;
        }

        case 'opaque path':
          if (c === 0x3F) {
            // 1. If c is U+003F (?), then set url's query to the empty string and state to query state.
            url.query = '';
            state = 'query';
          } else if (c === 0x23) {
            // 2. Otherwise, if c is U+0023 (#), then set url's fragment to the empty string and state to fragment state.
            url.fragment = '';
            state = 'fragment';
          } else if (c === 0x20) {
            // 3. Otherwise, if c is U+0020 SPACE: if remaining starts with U+003F (?) or U+0023 (#), then
            //    append "%20" to url's path; otherwise, append U+0020 SPACE to url's path.
            const next = cps[pointer + 1];
            url.path += next === 0x3F || next === 0x23 ? '%20' : ' ';
          } else if (c !== EOF) {
            // 4. Otherwise, if c is not the EOF code point: UTF-8 percent-encode c using the C0 control
            //    percent-encode set and append the result to url's path.
            url.path += percentEncodeCP(c, inC0ControlSet);
          }
          break;

        case 'query':
          // 2. If one of the following is true: state override is not given and c is U+0023 (#); c is the EOF code point; then:
          if ((!stateOverride && c === 0x23) || c === EOF) {
            // 1. Let queryPercentEncodeSet be the special-query percent-encode set if url is special; otherwise the query percent-encode set.
            // 2. Percent-encode after encoding, with encoding, buffer, and queryPercentEncodeSet, and append the result to url's query.
            url.query += percentEncodeString(buffer, special() ? inSpecialQuerySet : inQuerySet);
            // 3. Set buffer to the empty string.
            buffer = '';
            // 4. If c is U+0023 (#), then set url's fragment to the empty string and state to fragment state.
            if (c === 0x23) {
              url.fragment = '';
              state = 'fragment';
            }
          } else if (c !== EOF) {
            // 3. Otherwise, if c is not the EOF code point: append c to buffer.
            buffer += ch;
          }
          break;

        case 'fragment':
          // 1. If c is not the EOF code point: UTF-8 percent-encode c using the fragment percent-encode set and append the result to url's fragment.
          if (c !== EOF) url.fragment += percentEncodeCP(c, inFragmentSet);
          break;

        default:
          throw new Error(`wsjs: unknown URL parser state ${state}`);
      }
      // "If after a run pointer points to the EOF code point, go to the next step. Otherwise, increase
      // pointer by 1 and continue with the state machine."
      if (pointer >= cps.length) break;
    }
    return url;
  }

  // https://url.spec.whatwg.org/#url-path-serializer
  function serializePath(url) {
    // 1. If url has an opaque path, then return url's path.
    if (hasOpaquePath(url)) return url.path;
    // 2-3. For each segment of url's path: append U+002F (/) followed by segment to output.
    let output = '';
    for (const segment of url.path) output += '/' + segment;
    return output;
  }

  // https://url.spec.whatwg.org/#concept-url-serializer
  function serializeURL(url, excludeFragment = false) {
    // 1. Let output be url's scheme and U+003A (:) concatenated.
    let output = url.scheme + ':';
    // 2. If url's host is non-null:
    if (url.host !== null) {
      // 1. Append "//" to output.
      output += '//';
      // 2. If url includes credentials: append username; if password is not the empty string, append ":" and password; append "@".
      if (includesCredentials(url)) {
        output += url.username;
        if (url.password !== '') output += ':' + url.password;
        output += '@';
      }
      // 3. Append url's host, serialized, to output. 4. If url's port is non-null, append ":" followed by url's port, serialized.
      output += url.host;
      if (url.port !== null) output += ':' + url.port;
    }
    // 3. If url's host is null, url does not have an opaque path, url's path's size is greater than 1,
    //    and url's path[0] is the empty string, then append U+002F (/) followed by U+002E (.) to output.
    if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') output += '/.';
    // 4. Append the result of URL path serializing url to output.
    output += serializePath(url);
    // 5. If url's query is non-null, append U+003F (?), followed by url's query, to output.
    if (url.query !== null) output += '?' + url.query;
    // 6. If exclude fragment is false and url's fragment is non-null, then append U+0023 (#), followed by url's fragment, to output.
    if (!excludeFragment && url.fragment !== null) output += '#' + url.fragment;
    return output;
  }

  // https://url.spec.whatwg.org/#concept-url-origin; returns a tuple {scheme, host, port} or null (an opaque origin).
  function urlOrigin(url) {
    switch (url.scheme) {
      case 'blob': {
        // 1. If url's blob URL entry is non-null, return its environment's origin. (We keep no blob URL store.)
        // 2. Let pathURL be the result of parsing the result of URL path serializing url.
        // 4. If pathURL's scheme is "http", "https", or "file", then return pathURL's origin.
        const pathURL = basicURLParse(serializePath(url));
        if (pathURL === failure) return null;
        if (pathURL.scheme === 'http' || pathURL.scheme === 'https' || pathURL.scheme === 'file') return urlOrigin(pathURL);
        return null;
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        // Return the tuple origin (url's scheme, url's host, url's port, null).
        return { scheme: url.scheme, host: url.host, port: url.port };
      default:
        // "file": "Unfortunate as it is, this is left as an exercise to the reader. When in doubt, return a new opaque origin."
        // Otherwise: return a new opaque origin.
        return null;
    }
  }

  // https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin
  function serializeOrigin(url) {
    const origin = urlOrigin(url);
    // 1. If origin is an opaque origin, then return "null".
    if (origin === null) return 'null';
    // 2-5. scheme "://" host, then ":" port if non-null.
    return `${origin.scheme}://${origin.host}${origin.port !== null ? ':' + origin.port : ''}`;
  }

  // Web IDL USVString semantics for strings that did not come through a binding.
  const wellFormed = (s) => (typeof s.toWellFormed === 'function' ? s.toWellFormed() : lib.webidl.toUSVString(s));

  // https://url.spec.whatwg.org/#concept-url-parser (the API parser: no blob URL entry lookup, UTF-8 only).
  // `base` is a URL record, a string (parsed first; an unparsable base makes the result null) or null/undefined.
  function parseURL(input, base = null) {
    if (typeof base === 'string') {
      base = basicURLParse(wellFormed(base));
      if (base === failure) return null;
    } else if (base === undefined) {
      base = null;
    }
    return basicURLParse(wellFormed(String(input)), base);
  }

  lib.parseURL = parseURL;
  lib.serializeURL = (record, excludeFragment = false) => serializeURL(record, excludeFragment);
  lib.serializeOrigin = serializeOrigin;

  lib.url = {
    failure, specialSchemes, isSpecialScheme, defaultPort, asciiLower,
    inC0ControlSet, inFragmentSet, inQuerySet, inSpecialQuerySet, inPathSet, inUserinfoSet, inComponentSet, inFormSet,
    utf8Encode, utf8Decode, percentEncodeCP, percentEncodeString, percentDecode,
    parseHost, parseIPv4, parseIPv6, serializeIPv4, serializeIPv6, domainToASCII, punycodeEncode, punycodeDecode,
    isDigit, isAlpha, isAlphanumeric, lowerCP,
    newURLRecord, basicURLParse, hasOpaquePath, includesCredentials, cannotHaveUsernamePasswordPort,
    serializePath, serializeURL, urlOrigin, serializeOrigin,
  };
})
