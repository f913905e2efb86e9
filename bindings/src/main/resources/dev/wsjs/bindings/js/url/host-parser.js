// URL Standard hosts (https://url.spec.whatwg.org/#hosts-(domains-and-ip-addresses)): the host parser
// (domains through UTS #46 ToASCII with punycode, IPv4 including its numeric forms, IPv6, opaque hosts)
// and the IPv4/IPv6 serializers. Adds them to `lib.url` for url-parser.js.
(function (host, lib) {
  'use strict';

  const { failure, isDigit, isHexDigit, asciiLower, inC0ControlSet, utf8Encode, utf8Decode, percentDecode, percentEncodeString } = lib.url;
  const EOF = -1;

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

  Object.assign(lib.url, { parseHost, parseIPv4, parseIPv6, serializeIPv4, serializeIPv6, domainToASCII, punycodeEncode, punycodeDecode });
})
