// The rest of the global scope a browser script expects: window/self, performance (HR Time),
// crypto.getRandomValues/randomUUID (WebCrypto), navigator, location (when --location is set),
// reportError and structuredClone.
// It also removes GraalJS's own non-browser globals.
(function (host, lib) {
  'use strict';
  const {
    expose, defineInterface, internal, illegalConstructor, illegalInvocation, requireArguments, toDictionary, toSequence, isObject,
  } = lib.webidl;
  const { typedArraySet } = lib.webidl.intrinsics;

  // --- window / self (https://html.spec.whatwg.org/#the-window-object) ---
  // window is [LegacyUnforgeable]: a non-configurable getter; self is a [Replaceable] getter.
  Object.defineProperty(globalThis, 'window', { get: function window() { return globalThis; }, enumerable: true, configurable: false });
  let selfValue = globalThis;
  Object.defineProperty(globalThis, 'self', {
    get: function self() { return selfValue; },
    set: function self(v) { selfValue = v; },
    enumerable: true, configurable: true,
  });

  // --- performance (https://w3c.github.io/hr-time/#sec-performance) ---
  const EventTargetBase = lib.EventTarget || Object;
  class Performance extends EventTargetBase {
    #brand = true;
    constructor(token) {
      if (token !== internal) illegalConstructor();
      super();
    }
    // https://w3c.github.io/hr-time/#dom-performance-now: the current high resolution time.
    now() {
      if (!(#brand in this)) illegalInvocation();
      return host.now();
    }
    get timeOrigin() {
      if (!(#brand in this)) illegalInvocation();
      return host.timeOrigin();
    }
    toJSON() {
      if (!(#brand in this)) illegalInvocation();
      return { timeOrigin: this.timeOrigin };
    }
  }
  defineInterface(Performance);
  const performance = new Performance(internal);
  Object.defineProperty(globalThis, 'performance', { get: function performance_() { return performance; }, set(v) { Object.defineProperty(globalThis, 'performance', { value: v, writable: true, enumerable: true, configurable: true }); }, enumerable: true, configurable: true });

  // --- crypto (https://w3c.github.io/webcrypto/#crypto-interface) ---
  const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
  function randomBytes(n) {
    return new Uint8Array(new ArrayBuffer(host.randomBytes(n)));
  }
  class Crypto {
    #brand = true;
    constructor(token) {
      if (token !== internal) illegalConstructor();
    }
    // https://w3c.github.io/webcrypto/#Crypto-method-getRandomValues
    getRandomValues(array) {
      if (!(#brand in this)) illegalInvocation();
      requireArguments(arguments.length, 1, 'getRandomValues', 'Crypto');
      // 1. "If array is not an Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
      //    Uint32Array, BigInt64Array, or BigUint64Array, then throw a TypeMismatchError and terminate the algorithm."
      if (!ArrayBuffer.isView(array) || !INTEGER_ARRAYS.some((C) => array instanceof C)) {
        if (!ArrayBuffer.isView(array)) throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
        throw new lib.DOMException(`Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type '${array[Symbol.toStringTag]}', which is not an integer array type.`, 'TypeMismatchError');
      }
      // 2. "If the byteLength of array is greater than 65536, throw a QuotaExceededError and terminate the algorithm."
      if (array.byteLength > 65536) {
        throw new lib.DOMException(`Failed to execute 'getRandomValues' on 'Crypto': The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536).`, 'QuotaExceededError');
      }
      // 3. "Overwrite all elements of array with cryptographically strong random values of the appropriate type."
      if (array.byteLength > 0) typedArraySet(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), randomBytes(array.byteLength));
      // 4. "Return array."
      return array;
    }
    // https://w3c.github.io/webcrypto/#Crypto-method-randomUUID: a version 4 UUID (RFC 9562 section 5.4).
    randomUUID() {
      if (!(#brand in this)) illegalInvocation();
      const b = randomBytes(16);
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
  }
  defineInterface(Crypto);
  // Deviation: crypto.subtle (SubtleCrypto) is not implemented.
  const crypto = new Crypto(internal);
  Object.defineProperty(globalThis, 'crypto', { get: function crypto_() { return crypto; }, enumerable: true, configurable: true });

  // --- navigator (https://html.spec.whatwg.org/#the-navigator-object) ---
  const userAgent = host.userAgent();
  class Navigator {
    #brand = true;
    constructor(token) {
      if (token !== internal) illegalConstructor();
    }
    get userAgent() { if (!(#brand in this)) illegalInvocation(); return userAgent; }
    get appCodeName() { if (!(#brand in this)) illegalInvocation(); return 'Mozilla'; }
    get appName() { if (!(#brand in this)) illegalInvocation(); return 'Netscape'; }
    get appVersion() { if (!(#brand in this)) illegalInvocation(); return userAgent.slice('Mozilla/'.length); }
    get product() { if (!(#brand in this)) illegalInvocation(); return 'Gecko'; }
    get platform() { if (!(#brand in this)) illegalInvocation(); return 'Linux x86_64'; }
    get language() { if (!(#brand in this)) illegalInvocation(); return 'en-US'; }
    get languages() { if (!(#brand in this)) illegalInvocation(); return languages; }
    get onLine() { if (!(#brand in this)) illegalInvocation(); return true; }
    get cookieEnabled() { if (!(#brand in this)) illegalInvocation(); return false; }
    get hardwareConcurrency() { if (!(#brand in this)) illegalInvocation(); return host.hardwareConcurrency(); }
    get webdriver() { if (!(#brand in this)) illegalInvocation(); return false; }
  }
  const languages = Object.freeze(['en-US']);
  defineInterface(Navigator);
  const navigator = new Navigator(internal);
  Object.defineProperty(globalThis, 'navigator', { get: function navigator_() { return navigator; }, enumerable: true, configurable: true });
  lib.userAgent = userAgent;

  // Not a web API: with --expose-heap-used (like Node's --expose-gc), wsjsHeapUsed() collects garbage
  // and returns the bytes of heap in use, which hold the JavaScript objects too (the benchmark suite
  // measures memory per connection with it).
  if (host.exposeHeapUsed()) {
    Object.defineProperty(globalThis, 'wsjsHeapUsed', {
      value: function wsjsHeapUsed() { return host.heapUsedAfterGc(); },
      writable: true, enumerable: false, configurable: true,
    });
  }

  // --- location (https://html.spec.whatwg.org/#the-location-interface), only with --location ---
  const href = host.location();
  if (href !== null && href !== undefined) {
    // Parsed on first use: a cold URL parse is a noticeable part of start-up.
    let url;
    const part = (name) => {
      if (url === undefined) url = typeof URL === 'function' ? new URL(href) : null;
      return url ? url[name] : href;
    };
    class Location {
      #brand = true;
      constructor(token) {
        if (token !== internal) illegalConstructor();
      }
      get href() { if (!(#brand in this)) illegalInvocation(); return part('href'); }
      set href(v) { notSupported(); }
      get origin() { if (!(#brand in this)) illegalInvocation(); return part('origin'); }
      get protocol() { if (!(#brand in this)) illegalInvocation(); return part('protocol'); }
      get host() { if (!(#brand in this)) illegalInvocation(); return part('host'); }
      get hostname() { if (!(#brand in this)) illegalInvocation(); return part('hostname'); }
      get port() { if (!(#brand in this)) illegalInvocation(); return part('port'); }
      get pathname() { if (!(#brand in this)) illegalInvocation(); return part('pathname'); }
      get search() { if (!(#brand in this)) illegalInvocation(); return part('search'); }
      get hash() { if (!(#brand in this)) illegalInvocation(); return part('hash'); }
      // Deviation: there is no document to navigate, so navigation throws NotSupportedError (as in Deno).
      assign() { notSupported(); }
      replace() { notSupported(); }
      reload() { notSupported(); }
      toString() { if (!(#brand in this)) illegalInvocation(); return part('href'); }
    }
    function notSupported() {
      throw new lib.DOMException('Navigation is not supported: location is fixed by --location.', 'NotSupportedError');
    }
    defineInterface(Location);
    const location = new Location(internal);
    Object.defineProperty(globalThis, 'location', { get: function location_() { return location; }, set(v) { notSupported(); }, enumerable: true, configurable: false });
    lib.location = href;
  }

  // https://html.spec.whatwg.org/#dom-reporterror: "report an exception e ... for this".
  function reportError(e) {
    requireArguments(arguments.length, 1, 'reportError', 'Window');
    lib.reportException(e);
  }
  expose('reportError', reportError);

  // https://html.spec.whatwg.org/#dom-structuredclone
  // any structuredClone(any value, optional StructuredSerializeOptions options = {});
  // The algorithms are in structured-clone.js, which loads at the first call (lib.structuredClone).
  function structuredClone(value, options = undefined) {
    const context = "Failed to execute 'structuredClone' on 'Window'";
    requireArguments(arguments.length, 1, 'structuredClone', 'Window');
    const dict = toDictionary(options, context);
    // dictionary StructuredSerializeOptions { sequence<object> transfer = []; };
    const transfer = dict.transfer === undefined ? [] : toSequence(dict.transfer, (v) => {
      if (!isObject(v)) throw new TypeError(`${context}: Failed to read the 'transfer' property from 'StructuredSerializeOptions': The provided value is not of type 'object'.`);
      return v;
    }, `${context}: Failed to read the 'transfer' property from 'StructuredSerializeOptions'`);
    // 1. Let serialized be ? StructuredSerializeWithTransfer(value, options["transfer"]).
    // 2. Let deserializeRecord be ? StructuredDeserializeWithTransfer(serialized, this's relevant realm).
    // 3. Return deserializeRecord.[[Deserialized]].
    return lib.structuredClone(value, transfer);
  }
  expose('structuredClone', structuredClone);

  // Not browser globals: GraalJS's own helpers, and `arguments` (the launcher's arguments, an empty
  // array here; at a browser's top level `arguments` is a ReferenceError).
  for (const name of ['Graal', 'Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'arguments']) delete globalThis[name];
})
