// Web IDL plumbing shared by every interface (https://webidl.spec.whatwg.org/):
// exposing interface objects on the global, making class members look like IDL members,
// brand-check errors, argument-count checks and the type conversions the bindings use; also the
// intrinsics the bindings capture before user code runs, and lib.defer for resources loaded on first use.
(function (host, lib) {
  'use strict';

  // https://webidl.spec.whatwg.org/#es-interfaces
  // "The property has the attributes { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }."
  function expose(name, value) {
    Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  }

  // Token that lets bindings construct instances of interfaces with no public constructor.
  const internal = Symbol('wsjs internal construction');

  function illegalConstructor() {
    throw new TypeError('Illegal constructor');
  }

  function illegalInvocation() {
    throw new TypeError('Illegal invocation');
  }

  // Turns a JS class into the shape Web IDL gives an interface:
  // - regular operations and attributes on the prototype are enumerable
  //   (https://webidl.spec.whatwg.org/#es-operations: { [[Enumerable]]: true })
  // - constants on both the interface object and the prototype: { writable: false, enumerable: true, configurable: false }
  // - @@toStringTag on the prototype: { writable: false, enumerable: false, configurable: true }
  // - the interface object is exposed on the global unless `global: false`
  function defineInterface(cls, options = {}) {
    const name = options.name || cls.name;
    const proto = cls.prototype;
    for (const key of Reflect.ownKeys(proto)) {
      if (key === 'constructor' || typeof key === 'symbol') continue;
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      desc.enumerable = true;
      Object.defineProperty(proto, key, desc);
    }
    for (const key of Reflect.ownKeys(cls)) {
      if (key === 'length' || key === 'name' || key === 'prototype' || typeof key === 'symbol') continue;
      const desc = Object.getOwnPropertyDescriptor(cls, key);
      if (typeof desc.value === 'function' || desc.get) {
        desc.enumerable = true; // static operations and attributes
        Object.defineProperty(cls, key, desc);
      }
    }
    if (options.constants) {
      for (const [key, value] of Object.entries(options.constants)) {
        const desc = { value, writable: false, enumerable: true, configurable: false };
        Object.defineProperty(cls, key, desc);
        Object.defineProperty(proto, key, desc);
      }
    }
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, writable: false, enumerable: false, configurable: true });
    // https://webidl.spec.whatwg.org/#es-interface-call: "prototype" is { writable: false, enumerable: false, configurable: false }
    // (classes already give exactly that).
    if (options.length !== undefined) {
      Object.defineProperty(cls, 'length', { value: options.length, writable: false, enumerable: false, configurable: true });
    }
    if (options.global !== false) expose(name, cls);
    return cls;
  }

  // Fixes the `length` of a method to its number of required IDL arguments.
  function setLength(fn, length) {
    Object.defineProperty(fn, 'length', { value: length, writable: false, enumerable: false, configurable: true });
    return fn;
  }

  // Chromium's message form: "Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present."
  function requireArguments(present, required, operation, iface) {
    if (present < required) {
      throw new TypeError(`Failed to execute '${operation}' on '${iface}': ${required} argument${required === 1 ? '' : 's'} required, but only ${present} present.`);
    }
  }

  // --- Conversions (https://webidl.spec.whatwg.org/#es-type-mapping) ---

  function toDOMString(v) {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return String(v);
  }

  // https://webidl.spec.whatwg.org/#es-USVString: replace lone surrogates with U+FFFD.
  function toUSVString(v) {
    const s = toDOMString(v);
    return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  }

  // https://webidl.spec.whatwg.org/#es-ByteString
  function toByteString(v) {
    const s = toDOMString(v);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 255) throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${s.charCodeAt(i)} which is greater than 255.`);
    }
    return s;
  }

  // https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
  function toInteger(v, bitLength, signed, ext = {}) {
    // 2-3. "If bitLength is 64, then: upperBound = 2^53 − 1; lowerBound = 0 or −2^53 + 1 (signed)."
    const upper = bitLength === 64 ? Number.MAX_SAFE_INTEGER : signed ? 2 ** (bitLength - 1) - 1 : 2 ** bitLength - 1;
    const lower = bitLength === 64 ? (signed ? Number.MIN_SAFE_INTEGER : 0) : signed ? -(2 ** (bitLength - 1)) : 0;
    let x = Number(v);
    if (Object.is(x, -0)) x = 0;
    if (ext.enforceRange) {
      if (!Number.isFinite(x)) throw new TypeError('Value is not a finite number.');
      x = Math.trunc(x);
      if (x < lower || x > upper) throw new TypeError(`Value is outside the '${signed ? '' : 'unsigned '}${bitLength === 16 ? 'short' : bitLength === 32 ? 'long' : 'long long'}' value range.`);
      return x;
    }
    if (ext.clamp && !Number.isNaN(x)) {
      x = Math.min(Math.max(x, lower), upper);
      const f = Math.floor(x);
      x = (x - f === 0.5) ? (f % 2 === 0 ? f : f + 1) : Math.round(x);
      return x === 0 ? 0 : x;
    }
    if (!Number.isFinite(x) || x === 0) return 0;
    x = Math.trunc(x);
    if (x >= lower && x <= upper) return x === 0 ? 0 : x;
    // "Set x to x modulo 2^bitLength; if signed and x >= 2^(bitLength-1), return x - 2^bitLength":
    // exact integer arithmetic through BigInt.
    const big = BigInt(x);
    return Number(signed ? BigInt.asIntN(bitLength, big) : BigInt.asUintN(bitLength, big));
  }

  const toLong = (v, ext) => toInteger(v, 32, true, ext);
  const toUnsignedLong = (v, ext) => toInteger(v, 32, false, ext);
  const toUnsignedShort = (v, ext) => toInteger(v, 16, false, ext);
  const toLongLong = (v, ext) => toInteger(v, 64, true, ext);
  const toUnsignedLongLong = (v, ext) => toInteger(v, 64, false, ext);

  // https://webidl.spec.whatwg.org/#es-double
  function toDouble(v, what = 'Value') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw new TypeError(`The provided ${what} is non-finite.`);
    return x;
  }

  // Brand checks on the message path do not call this: they test `typeof v === 'object' && v !==
  // null && #slot in v` in place. A platform object is never a function, and in GraalJS's latency
  // mode (no inlining across functions) the call to a helper shared by the whole realm costs more
  // than the test itself (the CPU sampler put 9% of a B1 run's samples in this function).
  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  // https://webidl.spec.whatwg.org/#es-dictionary: undefined and null are the empty dictionary.
  function toDictionary(v, context) {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw new TypeError(`${context}: The provided value is not of type 'object'.`);
    return v;
  }

  // https://webidl.spec.whatwg.org/#es-sequence
  function toSequence(v, convert, context) {
    if (!isObject(v)) throw new TypeError(`${context}: The provided value cannot be converted to a sequence.`);
    const method = v[Symbol.iterator];
    if (typeof method !== 'function') throw new TypeError(`${context}: The object must have a callable @@iterator property.`);
    const out = [];
    for (const item of { [Symbol.iterator]: () => method.call(v) }) out.push(convert(item));
    return out;
  }

  // Intrinsics captured at load time (user code that patches built-ins cannot change them), shared
  // with the other resources as lib.webidl.intrinsics. getter() is null when there is no such getter;
  // hasSlot(check, v) runs a brand-checking built-in, which throws for anything without the internal
  // slot. console/inspect.js and html/structured-clone.js load on first use, possibly after user code
  // has run, so what they capture is captured here (see sharedIntrinsics below).
  const uncurry = (fn) => Function.prototype.call.bind(fn);
  const getter = (proto, name) => {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    return desc && desc.get ? uncurry(desc.get) : null;
  };
  const hasSlot = (check, v) => {
    if (check === null) return false;
    try { check(v); return true; } catch { return false; }
  };
  const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const sabByteLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : null;

  // Internal-slot tests for buffers, as Web IDL's conversions make them
  // (https://webidl.spec.whatwg.org/#es-union: "If V has an [[ArrayBufferData]] internal slot ...").
  // The ArrayBuffer getter also throws for a SharedArrayBuffer: "3. If IsSharedArrayBuffer(O) is
  // true, throw a TypeError exception." (https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength).
  // Not `instanceof`, which follows prototypes (an ArrayBuffer whose prototype was changed is still
  // one) and, in GraalJS's latency mode, costs about 100 ns per test: every `instanceof` in the realm
  // goes through the one Function.prototype[@@hasInstance], whose prototype lookups go generic.
  // The byteLength of an ArrayBuffer (not a shared one), or -1 for anything else.
  const arrayBufferByteLength = (v) => {
    if (typeof v !== 'object' || v === null) return -1;
    try { return abByteLength(v); } catch { return -1; }
  };
  const isArrayBuffer = (v) => arrayBufferByteLength(v) !== -1;
  const isSharedArrayBuffer = (v) => typeof v === 'object' && v !== null && hasSlot(sabByteLength, v);
  const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
  // "%TypedArray%.prototype[@@toStringTag]: ... If O does not have a [[TypedArrayName]] internal
  //  slot, return undefined." (it never throws)
  const typedArrayName = getter(typedArrayPrototype, Symbol.toStringTag);
  const typedArrayBuffer = getter(typedArrayPrototype, 'buffer');
  const typedArrayByteOffset = getter(typedArrayPrototype, 'byteOffset');
  const typedArrayByteLength = getter(typedArrayPrototype, 'byteLength');
  const dataViewBuffer = getter(DataView.prototype, 'buffer');
  const dataViewByteOffset = getter(DataView.prototype, 'byteOffset');
  const dataViewByteLength = getter(DataView.prototype, 'byteLength');
  const typedArraySet = uncurry(typedArrayPrototype.set);

  // An ArrayBufferView's [[ViewedArrayBuffer]], [[ByteOffset]] and [[ByteLength]] (of a typed array
  // or a DataView; ArrayBuffer.isView(view) must be true): read from the slots, so that neither a
  // changed prototype nor an own property named like an accessor can misdirect them.
  function viewSlots(view) {
    if (typedArrayName(view) !== undefined) {
      return { buffer: typedArrayBuffer(view), offset: typedArrayByteOffset(view), length: typedArrayByteLength(view) };
    }
    return { buffer: dataViewBuffer(view), offset: dataViewByteOffset(view), length: dataViewByteLength(view) };
  }

  // BufferSource helpers: ArrayBuffer, SharedArrayBuffer or any ArrayBufferView.
  function isBufferSource(v) {
    return ArrayBuffer.isView(v) || isArrayBuffer(v) || isSharedArrayBuffer(v);
  }

  // A copy of exactly the bytes a BufferSource covers (a view's own bytes, not its whole buffer).
  // Read through the slots, like the tests above (a BufferSource may have lost its prototype).
  // %TypedArray%.prototype.set copies in bulk, also from an ArrayBuffer that wraps Java memory (a
  // received message). In GraalJS slice() copies byte by byte (about 1 ms for 64 KiB), and so does
  // the Uint8Array constructor from Java memory (about 6 ms): docs/performance.md, round 15.
  function copyBytes(source) {
    let bytes;
    if (ArrayBuffer.isView(source)) {
      const view = viewSlots(source);
      bytes = new Uint8Array(view.buffer, view.offset, view.length);
    } else {
      bytes = new Uint8Array(source);
    }
    const copy = new Uint8Array(bytes.length);
    typedArraySet(copy, bytes);
    return copy;
  }

  // The intrinsics of the resources that load on first use (WebPlatform.DEFERRED): everything they
  // would otherwise take from the global object when they load.
  function sharedIntrinsics() {
    const { getPrototypeOf } = Object;
    const typedArrayConstructors = {};
    const typedArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
      Float32Array, Float64Array, BigInt64Array, BigUint64Array, globalThis.Float16Array];
    for (let i = 0; i < typedArrays.length; i++) {
      if (typeof typedArrays[i] === 'function') typedArrayConstructors[typedArrays[i].name] = typedArrays[i];
    }
    return {
      getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor, getPrototypeOf, objectKeys: Object.keys,
      getOwnPropertySymbols: Object.getOwnPropertySymbols, defineProperty: Object.defineProperty, hasOwn: Object.hasOwn,
      objectToString: uncurry(Object.prototype.toString),
      isEnumerable: uncurry(Object.prototype.propertyIsEnumerable),
      isPrototypeOf: uncurry(Object.prototype.isPrototypeOf),
      functionToString: uncurry(Function.prototype.toString),
      booleanValueOf: uncurry(Boolean.prototype.valueOf),
      numberValueOf: uncurry(Number.prototype.valueOf),
      bigintValueOf: uncurry(BigInt.prototype.valueOf),
      stringValueOf: uncurry(String.prototype.valueOf),
      symbolValueOf: uncurry(Symbol.prototype.valueOf),
      symbolToString: uncurry(Symbol.prototype.toString),
      dateGetTime: uncurry(Date.prototype.getTime),
      dateToISOString: uncurry(Date.prototype.toISOString),
      regExpToString: uncurry(RegExp.prototype.toString),
      regExpSource: getter(RegExp.prototype, 'source'),
      // [[OriginalFlags]] through the brand-checked flag getters, in the order of RegExp.prototype.flags.
      regExpFlags: [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'], ['s', 'dotAll'],
        ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']].map(([flag, name]) => [flag, getter(RegExp.prototype, name)]).filter(([, get]) => get),
      abResizable: getter(ArrayBuffer.prototype, 'resizable'),
      abMaxByteLength: getter(ArrayBuffer.prototype, 'maxByteLength'),
      abDetached: getter(ArrayBuffer.prototype, 'detached'),
      abSlice: uncurry(ArrayBuffer.prototype.slice),
      abTransfer: ArrayBuffer.prototype.transfer ? uncurry(ArrayBuffer.prototype.transfer) : null,
      typedArrayLength: getter(typedArrayPrototype, 'length'),
      mapSize: getter(Map.prototype, 'size'),
      mapEntries: uncurry(Map.prototype.entries),
      mapGet: uncurry(Map.prototype.get),
      mapSet: uncurry(Map.prototype.set),
      mapHas: uncurry(Map.prototype.has),
      mapIteratorNext: uncurry(getPrototypeOf(new Map().entries()).next),
      setSize: getter(Set.prototype, 'size'),
      setValues: uncurry(Set.prototype.values),
      setAdd: uncurry(Set.prototype.add),
      setIteratorNext: uncurry(getPrototypeOf(new Set().values()).next),
      weakMapHas: uncurry(WeakMap.prototype.has),
      weakSetHas: uncurry(WeakSet.prototype.has),
      weakRefDeref: typeof WeakRef === 'function' ? uncurry(WeakRef.prototype.deref) : null,
      promiseResolve: Promise.resolve.bind(Promise),
      typedArrayConstructors,
      errorConstructors: { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError },
      constructors: { ArrayBuffer, DataView, Map, Set, Date, RegExp },
    };
  }

  // A resource that loads on first use (WebPlatform.DEFERRED): until then, the one member it puts on
  // lib is an accessor that has the host evaluate it and returns what it set.
  lib.defer = (resource, name) => {
    Object.defineProperty(lib, name, {
      configurable: true,
      get() {
        delete lib[name];
        host.loadResource(resource)(host, lib);
        return lib[name];
      },
    });
  };

  lib.webidl = {
    expose, internal, illegalConstructor, illegalInvocation, defineInterface, setLength, requireArguments,
    toDOMString, toUSVString, toByteString, toInteger, toLong, toUnsignedLong, toUnsignedShort,
    toLongLong, toUnsignedLongLong, toDouble, isObject, toDictionary, toSequence, isBufferSource, copyBytes,
    isArrayBuffer, isSharedArrayBuffer, arrayBufferByteLength, viewSlots,
    intrinsics: {
      uncurry, getter, hasSlot, abByteLength, sabByteLength, typedArrayPrototype, typedArrayName, typedArrayBuffer,
      typedArrayByteOffset, dataViewBuffer, dataViewByteOffset, dataViewByteLength, typedArraySet,
      ...sharedIntrinsics(),
    },
  };
})
