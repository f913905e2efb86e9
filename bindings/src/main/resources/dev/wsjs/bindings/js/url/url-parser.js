// URL Standard URLs (https://url.spec.whatwg.org/#urls): the basic URL parser state machine, the URL
// serializer and origins, on top of percent-encoding.js and host-parser.js. No interface here:
// url-search-params.js and url.js build on `lib.url`; the WebSocket binding uses `lib.parseURL`,
// `lib.serializeURL` and `lib.serializeOrigin`.
// A URL record is { scheme, username, password, host: string|null (serialized host; '' is the empty
// host), port: number|null, path: string (opaque path) or array of segments, query, fragment }.
(function (host, lib) {
  'use strict';

  const {
    failure, isDigit, isAlpha, isAlphanumeric, lowerCP,
    inC0ControlSet, inFragmentSet, inQuerySet, inSpecialQuerySet, inPathSet, inUserinfoSet,
    percentEncodeCP, percentEncodeString, parseHost,
  } = lib.url;
  const EOF = -1;

  // https://url.spec.whatwg.org/#special-scheme
  const specialSchemes = new Map([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);
  const isSpecialScheme = (scheme) => specialSchemes.has(scheme);
  const defaultPort = (scheme) => (specialSchemes.has(scheme) ? specialSchemes.get(scheme) : null);

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

  // Optimisation, not a spec algorithm: the URLs programs write most, parsed without the state
  // machine. Accepted: a special scheme other than "file" in lowercase, "://", a lowercase ASCII
  // domain (labels of a-z, 0-9 and "-", none empty or starting with "xn--", the last not a number)
  // or a dotted-decimal IPv4 address in its serialized form, an optional port, and a path, query and
  // fragment with no code point their percent-encode sets contain, no "\" and no dot segments. For
  // those the state machine's steps reduce to the record built here (the domain is already what
  // domain to ASCII returns, the IPv4 address its own serialization, and every code point is
  // appended as it is). Anything else returns null and goes through the state machine, which in a
  // cold process costs about 300 ms for the first URL: the regular expressions it compiles on first
  // use and the first run of its states (docs/performance.md, round 16).
  function parseSimpleURL(input) {
    const n = input.length;
    // Where the host state and the port state end the authority: EOF, "/", "?" or "#".
    const endsAuthority = (i) => {
      if (i >= n) return true;
      const c = input.charCodeAt(i);
      return c === 0x2F || c === 0x3F || c === 0x23;
    };
    let i = 0;
    while (i < n && input.charCodeAt(i) >= 0x61 && input.charCodeAt(i) <= 0x7A) i++;
    const scheme = input.slice(0, i);
    const schemePort = specialSchemes.get(scheme);
    if (schemePort === undefined || schemePort === null || !input.startsWith('://', i)) return null;
    // Host: labels up to ":", "/", "?", "#" or the end.
    i += 3;
    const hostStart = i;
    let labels = 0, labelStart = i, digitsOnly = true, ipv4 = true;
    for (; ; i++) {
      const c = input.charCodeAt(i);
      if (c === 0x2E || c === 0x3A || endsAuthority(i)) {
        const length = i - labelStart;
        if (length === 0 || input.startsWith('xn--', labelStart)) return null;
        labels++;
        // IPv4 parts: decimal, no leading zero (other forms serialize differently), at most 255.
        if (!digitsOnly || (length > 1 && input.charCodeAt(labelStart) === 0x30) || length > 3 ||
            Number(input.slice(labelStart, i)) > 255) ipv4 = false;
        if (c !== 0x2E) break;
        labelStart = i + 1;
        digitsOnly = true;
      } else if (isDigit(c)) {
        // (a digit)
      } else if ((c >= 0x61 && c <= 0x7A) || c === 0x2D) {
        digitsOnly = false;
      } else {
        return null;
      }
    }
    // "If asciiDomain ends in a number, then return the result of IPv4 parsing asciiDomain": the
    // last label is all digits (or "0x...", which is left to the state machine).
    const lastIsNumber = digitsOnly || input.startsWith('0x', labelStart);
    if (lastIsNumber && !(ipv4 && labels === 4 && digitsOnly)) return null;
    const host = input.slice(hostStart, i);
    // Port: digits, the scheme's default port is null.
    let port = null;
    if (input.charCodeAt(i) === 0x3A) {
      const portStart = ++i;
      let value = 0;
      for (; i < n; i++) {
        const c = input.charCodeAt(i);
        if (!isDigit(c)) break;
        value = value * 10 + (c - 0x30);
        if (value > 0xFFFF) return null;
      }
      if (i === portStart || !endsAuthority(i)) return null;
      port = value === schemePort ? null : value;
    }
    // Path: a special URL's path has at least one segment ("http://h" has the path "/").
    const path = [];
    if (input.charCodeAt(i) !== 0x2F) path.push('');
    while (input.charCodeAt(i) === 0x2F) {
      const start = ++i;
      for (; i < n; i++) {
        const c = input.charCodeAt(i);
        if (c === 0x2F || c === 0x3F || c === 0x23) break;
        if (c === 0x5C || inPathSet(c)) return null;
      }
      const segment = input.slice(start, i);
      if (isSingleDot(segment) || isDoubleDot(segment)) return null;
      path.push(segment);
    }
    let query = null;
    if (input.charCodeAt(i) === 0x3F) {
      const start = ++i;
      for (; i < n; i++) {
        const c = input.charCodeAt(i);
        if (c === 0x23) break;
        if (inSpecialQuerySet(c)) return null;
      }
      query = input.slice(start, i);
    }
    let fragment = null;
    if (input.charCodeAt(i) === 0x23) {
      const start = ++i;
      for (; i < n; i++) {
        if (inFragmentSet(input.charCodeAt(i))) return null;
      }
      fragment = input.slice(start);
    }
    return { scheme, username: '', password: '', host, port, path, query, fragment };
  }

  // Returns the URL record, or failure (null). With a state override, modifies `url` in place and
  // returns it (or failure); the API setters ignore the result, as the spec's do.
  function basicURLParse(input, base = null, url = null, stateOverride = null) {
    if (url === null) {
      const simple = parseSimpleURL(input);
      if (simple !== null) return simple;
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

  Object.assign(lib.url, {
    specialSchemes, isSpecialScheme, defaultPort,
    newURLRecord, basicURLParse, hasOpaquePath, includesCredentials, cannotHaveUsernamePasswordPort,
    serializePath, serializeURL, urlOrigin, serializeOrigin,
  });
})
