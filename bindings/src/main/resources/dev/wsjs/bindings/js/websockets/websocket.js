// The WebSocket interface (https://websockets.spec.whatwg.org/#the-websocket-interface) over the Java
// host (WebSocketHost: RFC 6455 on Vert.x). JS holds the Web IDL semantics and the state the spec
// names; Java moves bytes and reports "Feedback from the protocol" (each report one task). The seam
// is described in bindings/README.md. Our extension: `new WebSocket(url, {protocols, headers})`.
// Adds: WebSocket on the global; lib.WebSocket.
(function (host, lib) {
  'use strict';

  const { webidl, DOMException } = lib;
  const { toUSVString, isObject, illegalInvocation, isArrayBuffer, isSharedArrayBuffer, arrayBufferByteLength, viewSlots } = webidl;
  const dispatchEvent = lib.dispatchEvent;
  const createTrustedEvent = lib.createTrustedEvent;
  const createMessageEvent = lib.createMessageEvent;
  const createBlob = lib.createBlob;
  const blobBytes = lib.blobBytes;
  const isBlob = lib.isBlob;
  const Event = lib.Event;
  const CloseEvent = lib.CloseEvent;

  const CONNECTING = 0;
  const OPEN = 1;
  const CLOSING = 2;
  const CLOSED = 3;

  // The API base URL: the --location URL when there is one (a document's base URL in a browser).
  const baseURL = lib.location !== undefined ? lib.parseURL(lib.location) : null;
  // The origin the handshake sends (`Origin`); null lets Java use its default.
  const clientOrigin = baseURL !== null ? lib.serializeOrigin(baseURL) : null;

  // https://fetch.spec.whatwg.org/#bad-port
  const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
    87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
    427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990,
    993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
    6669, 6679, 6697, 10080]);

  // RFC 6455 section 4.1: each Sec-WebSocket-Protocol element is a token (RFC 7230 section 3.2.6).
  const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

  // Headers the `headers` option may not set: the handshake's own (Host, Upgrade, Connection,
  // Sec-WebSocket-*), hop-by-hop and body-framing headers a GET upgrade must not carry, and
  // Proxy-* (the proxy settings own them). Deno drops these silently; we say so. Origin,
  // User-Agent, Authorization and Cookie may be set, as in Node, Deno and Bun.
  const handshakeHeaders = new Set(['host', 'connection', 'upgrade', 'content-length', 'transfer-encoding',
    'te', 'trailer', 'keep-alive', 'expect', 'via']);

  // The Java side, obtained on first use.
  let webSockets = null;

  // The UTF-8 length of a well-formed string, from native passes only: a charCodeAt loop is
  // slower even once compiled (measured: 2.7 us for 1 KiB against 0.03-0.2 us here), and far
  // slower before (a 16 MiB string: 8 s against 1 s). ASCII, the common case, needs no encoding.
  const nonASCII = /[^\x00-\x7F]/;
  const encoder = new TextEncoder();
  const SCRATCH_UNITS = 4096;
  const scratch = new Uint8Array(3 * SCRATCH_UNITS); // room for any SCRATCH_UNITS UTF-16 units
  function utf8Length(s) {
    if (!nonASCII.test(s)) return s.length;
    if (s.length <= SCRATCH_UNITS) return encoder.encodeInto(s, scratch).written;
    return encoder.encode(s).length;
  }

  function syntaxError(message) {
    return new DOMException(`Failed to construct 'WebSocket': ${message}`, 'SyntaxError');
  }

  // (DOMString or sequence<DOMString>) -> list of strings.
  function toProtocolList(value) {
    if (isObject(value)) return webidl.toSequence(value, webidl.toDOMString, "Failed to construct 'WebSocket'");
    return [webidl.toDOMString(value)];
  }

  // Our `headers` option: record<ByteString, ByteString> or sequence<sequence<ByteString>> (pairs),
  // as `HeadersInit` in Fetch. Returns the flat [name, value, ...] list the host takes.
  function toHeaderList(init) {
    const context = "Failed to construct 'WebSocket': Failed to read the 'headers' property from 'WebSocketOptions'";
    if (!isObject(init)) throw new TypeError(`${context}: The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.`);
    const pairs = [];
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of webidl.toSequence(init, (p) => webidl.toSequence(p, webidl.toByteString, context), context)) {
        if (pair.length !== 2) throw new TypeError(`${context}: Invalid header pair: each must have exactly a name and a value.`);
        pairs.push(pair[0], pair[1]);
      }
    } else {
      for (const key of Reflect.ownKeys(init)) {
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc === undefined || !desc.enumerable || typeof key === 'symbol') continue;
        pairs.push(webidl.toByteString(key), webidl.toByteString(init[key]));
      }
    }
    for (let i = 0; i < pairs.length; i += 2) {
      const name = pairs[i];
      // https://fetch.spec.whatwg.org/#concept-header-value-normalize: strip leading and trailing
      // HTTP whitespace; then a name must be a token and a value must not contain NUL, CR or LF.
      const value = pairs[i + 1].replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
      pairs[i + 1] = value;
      if (!tokenPattern.test(name)) throw new TypeError(`${context}: '${name}' is not a valid HTTP header name.`);
      if (/[\0\r\n]/.test(value)) throw new TypeError(`${context}: '${value}' is not a valid value for the header '${name}'.`);
      const lower = name.toLowerCase();
      if (lower === 'sec-websocket-protocol') {
        throw new TypeError(`${context}: The header '${name}' is set by the WebSocket handshake; pass subprotocols as 'protocols'.`);
      }
      if (handshakeHeaders.has(lower) || lower.startsWith('sec-websocket-') || lower.startsWith('proxy-')) {
        throw new TypeError(`${context}: The header '${name}' is set by the WebSocket handshake and cannot be overridden.`);
      }
    }
    return pairs;
  }

  // Whether the flat [name, value, ...] list has a header named `lowerName`.
  function hasHeader(pairs, lowerName) {
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i].toLowerCase() === lowerName) return true;
    }
    return false;
  }

  // Functions with access to a WebSocket's private state, defined in the class's static block.
  let check;
  let isWebSocket;
  let closeTheWebSocket;
  let feedbackFor;
  let closed;

  class WebSocket extends lib.EventTarget {
    // https://websockets.spec.whatwg.org/#websocket-url (kept serialized: the record never changes).
    #url;
    // The serialization of the url's origin, for MessageEvent.origin.
    #origin;
    // https://websockets.spec.whatwg.org/#websocket-ready-state
    #readyState = CONNECTING;
    #bufferedAmount = 0;
    // https://websockets.spec.whatwg.org/#websocket-extensions and #websocket-protocol
    #extensions = '';
    #protocol = '';
    // https://websockets.spec.whatwg.org/#websocket-binary-type
    #binaryType = 'blob';
    // The host connection (null before establish, for a blocked port, and once closed).
    #connection = null;

    // https://websockets.spec.whatwg.org/#dom-websocket-websocket
    // constructor(USVString url, optional (DOMString or sequence<DOMString>) protocols = [])
    // Our extension: protocols may also be a dictionary {protocols, headers}.
    constructor(url, protocols = undefined) {
      if (arguments.length < 1) throw new TypeError("Failed to construct 'WebSocket': 1 argument required, but only 0 present.");
      super();
      url = toUSVString(url);
      let protocolList = [];
      let headers = null;
      if (protocols === undefined) {
        // the default, []
      } else if (isObject(protocols) && typeof protocols[Symbol.iterator] !== 'function') {
        // Dictionary members in order: headers, protocols.
        const init = protocols;
        if (init.headers !== undefined) headers = toHeaderList(init.headers);
        if (init.protocols !== undefined) protocolList = toProtocolList(init.protocols);
      } else {
        // Deviation: null is the string "null" as in browsers (whose union has no dictionary),
        // not the empty options dictionary.
        protocolList = toProtocolList(protocols);
      }

      // 1. Let baseURL be this's relevant settings object's API base URL.
      // 2. Let urlRecord be the result of getting a URL record given url and baseURL.
      const urlRecord = parseWebSocketURL(url);
      // 3. If protocols is a string, set protocols to a sequence consisting of just that string.
      //    (done by the conversion above)
      // 4. If any of the values in protocols occur more than once or otherwise fail to match the
      //    requirements for elements that comprise the value of `Sec-WebSocket-Protocol` fields as
      //    defined by The WebSocket Protocol, then throw a "SyntaxError" DOMException. [WSP]
      //    (Duplicates are compared ASCII case-insensitively, as in Chromium.)
      const seen = new Set();
      for (const protocol of protocolList) {
        if (!tokenPattern.test(protocol)) throw syntaxError(`The subprotocol '${protocol}' is invalid.`);
        const lower = protocol.toLowerCase();
        if (seen.has(lower)) throw syntaxError(`The subprotocol '${protocol}' is duplicated.`);
        seen.add(lower);
      }
      // 5. Set this's url to urlRecord.
      this.#url = urlRecord.href;
      this.#origin = urlRecord.origin;
      // 6. Let client be this's relevant settings object.
      // 7. Run this step in parallel:
      //    1. Establish a WebSocket connection given urlRecord, protocols, and client. [FETCH]
      // https://fetch.spec.whatwg.org/#concept-fetch (main fetch step 7): "If should request be
      // blocked due to a bad port ... returns blocked, then set response to a network error."
      // A network error fails the WebSocket connection, asynchronously.
      if (urlRecord.port !== null && badPorts.has(urlRecord.port)) {
        const ws = this;
        host.print('error', `WebSocket connection to '${this.#url}' failed: Error in connection establishment: net::ERR_UNSAFE_PORT`);
        lib.schedule(() => closed(ws, false, 1006, ''), 0);
        return;
      }
      if (webSockets === null) webSockets = host.webSockets();
      // An `Origin` in our `headers` option replaces the one of location.
      const origin = headers !== null && hasHeader(headers, 'origin') ? null : clientOrigin;
      this.#connection = webSockets.establish(this.#url, protocolList, origin, headers, feedbackFor(this));
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-url
    // "The url getter steps are to return this's url, serialized."
    get url() {
      check(this);
      return this.#url;
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-readystate
    // "The readyState getter steps are to return this's ready state."
    get readyState() {
      check(this);
      return this.#readyState;
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-bufferedamount
    // "The bufferedAmount getter steps are to return the number of bytes of application data (UTF-8
    //  text and binary data) that have been queued using send() but that, as of the last time the
    //  event loop reached step 1, had not yet been transmitted to the network. (This thus includes
    //  any text sent during the execution of the current task, regardless of whether the user agent
    //  is able to transmit text in the background in parallel with script execution.) This does not
    //  include framing overhead incurred by the protocol, or buffering done by the operating system
    //  or network hardware."
    get bufferedAmount() {
      check(this);
      this.#settleBufferedAmount();
      return this.#bufferedAmount;
    }

    // Bytes whose transmission completed before the current task began no longer count. The host
    // keeps that number until asked (by the getter, by send() past 1 MiB, and once more when closed),
    // so a completed write costs no task of its own; it never includes writes completed during the
    // current task.
    #settleBufferedAmount() {
      const connection = this.#connection;
      if (connection === null) return;
      // takeTransmitted gives at most 2^31 - 1 bytes at a time (an int, see send()): ask until the
      // rest is taken.
      let transmitted;
      do {
        transmitted = connection.takeTransmitted();
        if (transmitted > 0) {
          const amount = this.#bufferedAmount - transmitted;
          this.#bufferedAmount = amount > 0 ? amount : 0;
        }
      } while (transmitted === 0x7fffffff);
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-extensions
    // "The extensions getter steps are to return this's extensions."
    get extensions() {
      check(this);
      return this.#extensions;
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-protocol
    // "The protocol getter steps are to return this's protocol."
    get protocol() {
      check(this);
      return this.#protocol;
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-close
    // undefined close(optional [Clamp] unsigned short code, optional USVString reason);
    close(code = undefined, reason = undefined) {
      check(this);
      if (code !== undefined) code = webidl.toUnsignedShort(code, { clamp: true });
      if (reason !== undefined) reason = toUSVString(reason);
      // 1. If code is the special value "missing", then set code to null.
      // 2. If reason is the special value "missing", then set reason to null.
      // 3. Close the WebSocket with this, code, and reason.
      closeTheWebSocket(this, code === undefined ? null : code, reason === undefined ? null : reason);
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-binarytype
    // "The binaryType getter steps are to return this's binary type."
    get binaryType() {
      check(this);
      return this.#binaryType;
    }

    // "The binaryType setter steps are to set this's binary type to the given value."
    // (BinaryType is an enum: https://webidl.spec.whatwg.org/#es-attributes setter step "If the
    //  attribute's type is an enumeration, ... if V is not one of the enumeration's values, then
    //  return undefined.")
    set binaryType(value) {
      check(this);
      value = webidl.toDOMString(value);
      if (value === 'blob' || value === 'arraybuffer') this.#binaryType = value;
    }

    // https://websockets.spec.whatwg.org/#dom-websocket-send
    // undefined send((BufferSource or Blob or USVString) data);
    send(data) {
      check(this);
      if (arguments.length < 1) throw new TypeError("Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present.");
      let text = null;
      let buffer = null;
      let offset = 0;
      let length = 0;
      // Union conversion (https://webidl.spec.whatwg.org/#es-union), by internal slots: strings
      // first (the hot path; a primitive is none of the others), then ArrayBufferView, Blob,
      // ArrayBuffer (these never overlap, so the order among them is not observable). A shared
      // buffer is not a BufferSource without [AllowShared]: a TypeError. Any other value becomes a USVString.
      if (typeof data === 'string') {
        text = data;
      } else if (ArrayBuffer.isView(data)) {
        const view = viewSlots(data);
        if (!isArrayBuffer(view.buffer)) throw new TypeError("Failed to execute 'send' on 'WebSocket': The provided ArrayBufferView value must not be shared.");
        buffer = view.buffer;
        offset = view.offset;
        length = view.length;
      } else if (isBlob(data)) {
        const bytes = blobBytes(data);
        buffer = bytes.buffer;
        offset = bytes.byteOffset;
        length = bytes.byteLength;
      } else if ((length = arrayBufferByteLength(data)) !== -1) {
        buffer = data;
      } else if (isSharedArrayBuffer(data)) {
        throw new TypeError("Failed to execute 'send' on 'WebSocket': The provided ArrayBuffer value must not be shared.");
      } else {
        text = webidl.toDOMString(data);
      }
      // 1. If this's ready state is CONNECTING, then throw an "InvalidStateError" DOMException.
      const readyState = this.#readyState;
      if (readyState === CONNECTING) {
        throw new DOMException("Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.", 'InvalidStateError');
      }
      // 2. Run the appropriate set of steps from the following list:
      if (text !== null) {
        // If data is a string: If the WebSocket connection is established and the WebSocket
        // closing handshake has not yet started, then the user agent must send a WebSocket Message
        // comprised of the data argument using a text frame opcode; ... Any invocation of this
        // method with a string argument that does not throw an exception must increase the
        // bufferedAmount attribute by the number of bytes needed to express the argument as UTF-8.
        // (A USVString: lone surrogates become U+FFFD.)
        if (!text.isWellFormed()) text = text.toWellFormed();
        if (readyState === OPEN) {
          this.#bufferedAmount += this.#connection.sendText(text); // returns the UTF-8 length
        } else {
          this.#bufferedAmount += utf8Length(text);
          discarded();
        }
      } else {
        // If data is a Blob object / an ArrayBuffer / an ArrayBufferView: If the WebSocket
        // connection is established, and the WebSocket closing handshake has not yet started, then
        // the user agent must send a WebSocket Message comprised of data using a binary frame
        // opcode; ... Any invocation of this method with this kind of argument that does not throw
        // an exception must increase the bufferedAmount attribute by the size of the Blob object's
        // raw data / the length of the ArrayBuffer / the length of data's buffer, in bytes.
        // (For a view, only the section of the buffer it describes is sent and counted.)
        // A Blob's bytes are available synchronously here, so a Blob followed by a string keeps its order.
        this.#bufferedAmount += length;
        if (readyState === OPEN) this.#connection.sendBinary(buffer, offset, length);
        else discarded();
      }
      // The slot only shrinks when bufferedAmount is read, so a script that never reads it adds up
      // every byte it sends. GraalJS keeps the slot an int32 until it passes 2^31 - 1 and then
      // changes the shape of the WebSocket, which throws away all compiled code that touched one
      // (measured: B3 recompiling its whole message path 20 s into a run, after 2 GiB sent).
      // Settling once it passes 1 MiB keeps it an int32 unless that much is really still queued
      // (takeTransmitted returns an int for the same reason). The threshold is low so that a script
      // that sends a lot takes this branch while send() is still interpreted: met first in compiled
      // code (at 2^30, after a million 1 KiB messages), it cost a deoptimisation and a 350 ms
      // recompilation mid-run. With more than 1 MiB really queued, each send() asks the host once.
      if (this.#bufferedAmount > 0xfffff) this.#settleBufferedAmount();
    }

    static {
      check = (value) => {
        if (!(typeof value === 'object' && value !== null && #readyState in value)) illegalInvocation();
      };
      isWebSocket = (value) => typeof value === 'object' && value !== null && #readyState in value;

      // https://websockets.spec.whatwg.org/#close-the-websocket
      closeTheWebSocket = (ws, code, reason) => {
        // 1. If code is not null, but is neither an integer equal to 1000 nor an integer in the
        //    range 3000 to 4999, inclusive, throw an "InvalidAccessError" DOMException.
        if (code !== null && code !== 1000 && !(code >= 3000 && code <= 4999)) {
          throw new DOMException(`Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between 3000 and 4999. ${code} is neither.`, 'InvalidAccessError');
        }
        // 2. If reason is not null, then:
        if (reason !== null) {
          // 1. Let reasonBytes be the result of UTF-8 encoding reason.
          // 2. If reasonBytes is longer than 123 bytes, then throw a "SyntaxError" DOMException.
          if (reason.length > 41 && utf8Length(reason) > 123) {
            throw new DOMException("Failed to execute 'close' on 'WebSocket': The message must not be greater than 123 bytes.", 'SyntaxError');
          }
        }
        // 3. Run the first matching steps from the following list:
        const readyState = ws.#readyState;
        if (readyState === CLOSING || readyState === CLOSED) {
          // If ws's ready state is CLOSING (2) or CLOSED (3): Do nothing.
          return;
        }
        if (readyState === CONNECTING) {
          // If the WebSocket connection is not yet established [WSP]: Fail the WebSocket
          // connection and set ws's ready state to CLOSING (2). [WSP]
          if (ws.#connection !== null) ws.#connection.fail();
          ws.#readyState = CLOSING;
          return;
        }
        // If the WebSocket closing handshake has not yet been started [WSP]: Start the WebSocket
        // closing handshake and set ws's ready state to CLOSING (2). [WSP]
        //   If code is null and reason is null, the WebSocket Close message must not have a body.
        //   If reason is non-null but code is null, then set code to 1000 ("Normal Closure").
        //   If code is non-null, then the status code to use in the WebSocket Close message must
        //   be the integer given by code. [WSP]
        //   If reason is non-null, then reasonBytes must be provided in the Close message after
        //   the status code. [WSP]
        // (While OPEN, the server's Close frame may already be in flight: Java ignores a second start.)
        if (reason !== null && code === null) code = 1000;
        ws.#connection.startClosingHandshake(code === null ? -1 : code, reason === null ? '' : reason);
        ws.#readyState = CLOSING;
      };

      // https://websockets.spec.whatwg.org/#feedback-from-the-protocol. Each call is one task.
      feedbackFor = (ws) => ({
        // "When the WebSocket connection is established, the user agent must queue a task to run these steps:"
        established(protocol, extensions) {
          // Not in the spec: a connection failed by close() while CONNECTING is never established,
          // even when the host had already reported the handshake.
          if (ws.#readyState !== CONNECTING) return;
          // 1. Change the ready state to OPEN (1).
          ws.#readyState = OPEN;
          // 2. Change the extensions attribute's value to the extensions in use, if it is not the null value. [WSP]
          ws.#extensions = extensions;
          // 3. Change the protocol attribute's value to the subprotocol in use, if it is not the null value. [WSP]
          ws.#protocol = protocol;
          // 4. Fire an event named open at the WebSocket object.
          dispatchEvent(ws, createTrustedEvent(Event, 'open'));
        },

        // "When a WebSocket message has been received with type type and data data, the user agent
        //  must queue a task to follow these steps:"
        messageReceived(isText, data) {
          // 1. If ready state is not OPEN (1), then return.
          if (ws.#readyState !== OPEN) return;
          // 2. Let dataForEvent be determined by switching on type and binary type:
          let dataForEvent;
          if (isText) {
            // type indicates that the data is Text: a new DOMString containing data
            dataForEvent = data;
          } else if (ws.#binaryType === 'arraybuffer') {
            // type indicates that the data is Binary and binary type is "arraybuffer": a new
            // ArrayBuffer object, created in the relevant realm of the WebSocket object, whose
            // contents are data (the host's copy, wrapped without another copy).
            // Deviation: such an ArrayBuffer wraps Java memory, and GraalJS cannot transfer() it
            // (everything else, views, slice(), TextDecoder, Blob parts, works as usual); element
            // reads go through interop. Copying into ordinary memory here was measured and costs
            // more than it saves in the benchmark suite (docs/performance.md, round 15).
            dataForEvent = new ArrayBuffer(data);
          } else {
            // type indicates that the data is Binary and binary type is "blob": a new Blob object,
            // created in the relevant realm of the WebSocket object, that represents data as its raw data
            dataForEvent = createBlob(new Uint8Array(new ArrayBuffer(data)), '');
          }
          // 3. Fire an event named message at the WebSocket object, using MessageEvent, with the
          //    origin attribute initialized to the serialization of the WebSocket object's url's
          //    origin, and the data attribute initialized to dataForEvent.
          dispatchEvent(ws, createMessageEvent(dataForEvent, ws.#origin));
        },

        // "When the WebSocket closing handshake is started, the user agent must queue a task to
        //  change the ready state to CLOSING (2). (If the close() method was called, the ready
        //  state will already be set to CLOSING (2) when this task runs.)"
        closingHandshakeStarted() {
          if (ws.#readyState < CLOSING) ws.#readyState = CLOSING;
        },

        // "When the WebSocket connection is closed, possibly cleanly, the user agent must queue a
        //  task to run the following substeps:"
        closed(wasClean, code, reason) {
          closed(ws, wasClean, code, reason);
        },
      });

      closed = (ws, wasClean, code, reason) => {
        // Not in the spec: the host reports closure once; guard anyway, so close fires once.
        if (ws.#readyState === CLOSED) return;
        // 1. Change the ready state to CLOSED (3).
        ws.#readyState = CLOSED;
        ws.#settleBufferedAmount();
        ws.#connection = null;
        // 2. If the user agent was required to fail the WebSocket connection, or if the WebSocket
        //    connection was closed after being flagged as full, fire an event named error at the
        //    WebSocket object. [WSP] (The host reports those closures as not clean.)
        if (!wasClean) dispatchEvent(ws, createTrustedEvent(Event, 'error'));
        // 3. Fire an event named close at the WebSocket object, using CloseEvent, with the wasClean
        //    attribute initialized to true if the connection closed cleanly and false otherwise,
        //    the code attribute initialized to the WebSocket connection close code, and the reason
        //    attribute initialized to the result of applying UTF-8 decode without BOM to the
        //    WebSocket connection close reason. [WSP]
        dispatchEvent(ws, createTrustedEvent(CloseEvent, 'close', { wasClean, code, reason }));
      };
    }
  }

  // What the constructor needs of a URL record (serialized URL, origin, port), by input string: the
  // base URL is fixed per realm, so the result only depends on the input. A load generator opens
  // thousands of sockets to a few URLs, and parsing was most of the constructor's cost when cold.
  const parsedURLs = new Map();
  function parseWebSocketURL(url) {
    let parsed = parsedURLs.get(url);
    if (parsed === undefined) {
      const record = getURLRecord(url, baseURL);
      parsed = { href: lib.serializeURL(record), origin: lib.serializeOrigin(record), port: record.port };
      if (parsedURLs.size >= 64) parsedURLs.clear();
      parsedURLs.set(url, parsed);
    }
    return parsed;
  }

  // https://websockets.spec.whatwg.org/#get-a-url-record
  function getURLRecord(url, baseURL) {
    // 1. Let urlRecord be the result of applying the URL parser to url with baseURL.
    const urlRecord = lib.parseURL(url, baseURL);
    // 2. If urlRecord is failure, then throw a "SyntaxError" DOMException.
    if (urlRecord === null) throw syntaxError(`The URL '${url}' is invalid.`);
    // 3. If urlRecord's scheme is "http", then set urlRecord's scheme to "ws".
    // 4. Otherwise, if urlRecord's scheme is "https", set urlRecord's scheme to "wss".
    if (urlRecord.scheme === 'http') urlRecord.scheme = 'ws';
    else if (urlRecord.scheme === 'https') urlRecord.scheme = 'wss';
    // 5. If urlRecord's scheme is not "ws" or "wss", then throw a "SyntaxError" DOMException.
    if (urlRecord.scheme !== 'ws' && urlRecord.scheme !== 'wss') {
      throw syntaxError(`The URL's scheme must be either 'http', 'https', 'ws', or 'wss'. '${urlRecord.scheme}' is not allowed.`);
    }
    // 6. If urlRecord's fragment is non-null, then throw a "SyntaxError" DOMException.
    if (urlRecord.fragment !== null) {
      throw syntaxError(`The URL contains a fragment identifier ('${urlRecord.fragment}'). Fragment identifiers are not allowed in WebSocket URLs.`);
    }
    // 7. Return urlRecord.
    return urlRecord;
  }

  // Chromium logs this when send() is called in CLOSING or CLOSED (the data is discarded).
  function discarded() {
    host.print('error', 'WebSocket is already in CLOSING or CLOSED state.');
  }

  // https://html.spec.whatwg.org/#event-handlers on WebSocket.prototype, in IDL order.
  for (const name of ['onopen', 'onerror', 'onclose', 'onmessage']) {
    lib.defineEventHandler(WebSocket.prototype, name, (v) => isWebSocket(v));
  }
  webidl.defineInterface(WebSocket, { constants: { CONNECTING, OPEN, CLOSING, CLOSED } });
  lib.WebSocket = WebSocket;
})
