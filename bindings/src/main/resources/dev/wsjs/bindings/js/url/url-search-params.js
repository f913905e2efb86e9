// URLSearchParams and the application/x-www-form-urlencoded parser and serializer
// (https://url.spec.whatwg.org/#interface-urlsearchparams, #urlencoded-parsing).
// A URL object shares its URL record with its URLSearchParams; url.js uses `lib.url.newSearchParams`
// and `lib.url.setSearchParamsList` to keep the two in sync.
(function (host, lib) {
  'use strict';
  const { webidl } = lib;
  const { percentEncodeString, inFormSet, utf8Encode, utf8Decode, percentDecode } = lib.url;

  // https://url.spec.whatwg.org/#concept-urlencoded-parser (input is a string; bytes are its UTF-8 encoding)
  function parseUrlencoded(input) {
    const output = [];
    // 1. Let sequences be the result of splitting input on 0x26 (&).
    for (const bytes of input.split('&')) {
      // 3.1 If bytes is the empty byte sequence, then continue.
      if (bytes === '') continue;
      // 3.2-3.3 If bytes contains a 0x3D (=), then let name be the bytes from the start of bytes up to but
      //    excluding its first 0x3D (=), and let value be the bytes, if any, after it. Otherwise, name is
      //    bytes and value is the empty byte sequence.
      const eq = bytes.indexOf('=');
      const name = eq === -1 ? bytes : bytes.slice(0, eq);
      const value = eq === -1 ? '' : bytes.slice(eq + 1);
      // 3.4 Replace any 0x2B (+) in name and value with 0x20 (SP).
      // 3.5 Let nameString and valueString be the result of running UTF-8 decode without BOM on the
      //    percent-decoding of name and value, respectively.
      output.push([decodeComponent(name), decodeComponent(value)]);
    }
    return output;
  }

  function decodeComponent(s) {
    s = s.replace(/\+/g, ' ');
    return s.includes('%') ? utf8Decode(percentDecode(utf8Encode(s))) : s;
  }

  // https://url.spec.whatwg.org/#concept-urlencoded-serializer
  function serializeUrlencoded(tuples) {
    // 3.1-3.4 For each tuple: name and value are percent-encoded after encoding with the
    //    application/x-www-form-urlencoded percent-encode set and true; joined with "=" and "&".
    return tuples.map(([name, value]) => `${percentEncodeString(name, inFormSet, true)}=${percentEncodeString(value, inFormSet, true)}`).join('&');
  }

  // https://url.spec.whatwg.org/#interface-urlsearchparams
  class URLSearchParams {
    // [[list]]: a list of name-value pairs; [[url]]: the URL record of the associated URL object, or null.
    #list = [];
    #url = null;

    // https://url.spec.whatwg.org/#dom-urlsearchparams-urlsearchparams
    constructor(init = '') {
      if (init === webidl.internal) return; // created by URL, list set by setSearchParamsList
      // init: (sequence<sequence<USVString>> or record<USVString, USVString> or USVString)
      if (webidl.isObject(init)) {
        const method = init[Symbol.iterator];
        if (method !== undefined && method !== null) {
          // 2. If init is a sequence, then for each innerSequence of init: if innerSequence's size is not 2,
          //    then throw a TypeError; append (innerSequence[0], innerSequence[1]) to query's list.
          if (typeof method !== 'function') throw new TypeError("Failed to construct 'URLSearchParams': The object must have a callable @@iterator property.");
          const pairs = webidl.toSequence(init, (inner) => webidl.toSequence(inner, webidl.toUSVString, "Failed to construct 'URLSearchParams'"), "Failed to construct 'URLSearchParams'");
          for (const pair of pairs) {
            if (pair.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
            this.#list.push([pair[0], pair[1]]);
          }
        } else {
          // 3. Otherwise, if init is a record, then for each name -> value of init, append (name, value) to query's list.
          for (const [name, value] of toRecord(init)) this.#list.push([name, value]);
        }
      } else {
        // 1. If init is a string and starts with U+003F (?), then remove the first code point from init.
        // 4. Otherwise: set query's list to the result of parsing init.
        let s = webidl.toUSVString(init);
        if (s.startsWith('?')) s = s.slice(1);
        this.#list = parseUrlencoded(s);
      }
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-size: "return this's list's size."
    get size() {
      checkBrand(this);
      return this.#list.length;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-append
    append(name, value) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 2, 'append', 'URLSearchParams');
      // 1. Append (name, value) to this's list. 2. Run the update steps.
      this.#list.push([webidl.toUSVString(name), webidl.toUSVString(value)]);
      this.#update();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-delete
    delete(name, value = undefined) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 1, 'delete', 'URLSearchParams');
      name = webidl.toUSVString(name);
      // 1. If value is given, then remove all tuples whose name is name and value is value from this's list.
      // 2. Otherwise, remove all tuples whose name is name from this's list.
      if (value !== undefined) {
        value = webidl.toUSVString(value);
        this.#list = this.#list.filter((t) => t[0] !== name || t[1] !== value);
      } else {
        this.#list = this.#list.filter((t) => t[0] !== name);
      }
      // 3. Run the update steps.
      this.#update();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-get: "return the value of the first tuple whose
    // name is name in this's list, if there is such a tuple; otherwise null."
    get(name) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 1, 'get', 'URLSearchParams');
      name = webidl.toUSVString(name);
      const tuple = this.#list.find((t) => t[0] === name);
      return tuple ? tuple[1] : null;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-getall: "return the values of all tuples whose
    // name is name in this's list, in list order; otherwise the empty sequence."
    getAll(name) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 1, 'getAll', 'URLSearchParams');
      name = webidl.toUSVString(name);
      return this.#list.filter((t) => t[0] === name).map((t) => t[1]);
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-has
    has(name, value = undefined) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 1, 'has', 'URLSearchParams');
      name = webidl.toUSVString(name);
      // 1. If value is given and there is a tuple whose name is name and value is value in this's list, then return true.
      // 2. If value is not given and there is a tuple whose name is name in this's list, then return true.
      if (value !== undefined) {
        value = webidl.toUSVString(value);
        return this.#list.some((t) => t[0] === name && t[1] === value);
      }
      return this.#list.some((t) => t[0] === name);
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-set
    set(name, value) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 2, 'set', 'URLSearchParams');
      name = webidl.toUSVString(name);
      value = webidl.toUSVString(value);
      // 1. If this's list contains any tuples whose name is name, then set the value of the first such tuple
      //    to value and remove the others. 2. Otherwise, append (name, value) to this's list.
      const index = this.#list.findIndex((t) => t[0] === name);
      if (index === -1) {
        this.#list.push([name, value]);
      } else {
        this.#list[index] = [name, value];
        this.#list = this.#list.filter((t, i) => i <= index || t[0] !== name);
      }
      // 3. Run the update steps.
      this.#update();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-sort
    sort() {
      checkBrand(this);
      // 1. Sort all tuples in this's list, if any, by their names. Sorting must be done by comparison of
      //    code units. The relative order between tuples with equal names must be preserved.
      // (Array.prototype.sort is stable; `<` on strings compares code units.)
      this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      // 2. Run the update steps.
      this.#update();
    }

    // https://url.spec.whatwg.org/#urlsearchparams-stringification-behavior: "return the serialization of this's list."
    toString() {
      checkBrand(this);
      return serializeUrlencoded(this.#list);
    }

    // https://url.spec.whatwg.org/#concept-urlsearchparams-update
    #update() {
      // 1. If query's URL object is null, then return.
      if (this.#url === null) return;
      // 2. Let serializedQuery be the serialization of query's list. 3. If serializedQuery is the empty
      //    string, then set serializedQuery to null. 4. Set query's URL object's URL's query to serializedQuery.
      const serialized = serializeUrlencoded(this.#list);
      this.#url.query = serialized === '' ? null : serialized;
    }

    // https://webidl.spec.whatwg.org/#es-forEach
    forEach(callback, thisArg = undefined) {
      checkBrand(this);
      webidl.requireArguments(arguments.length, 1, 'forEach', 'URLSearchParams');
      if (typeof callback !== 'function') throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': The callback provided as parameter 1 is not a function.");
      // The list is re-read on each step, so changes made by the callback are seen (like the iterators).
      for (let i = 0; i < this.#list.length; i++) {
        const [name, value] = this.#list[i];
        callback.call(thisArg, value, name, this);
      }
    }

    // https://webidl.spec.whatwg.org/#es-iterable: entries, keys, values and @@iterator return default iterator objects.
    entries() { checkBrand(this); return createIterator(this, 'key+value'); }
    keys() { checkBrand(this); return createIterator(this, 'key'); }
    values() { checkBrand(this); return createIterator(this, 'value'); }

    static {
      lib.url.newSearchParams = (record) => {
        const params = new URLSearchParams(webidl.internal);
        params.#url = record;
        params.#list = record.query === null ? [] : parseUrlencoded(record.query);
        return params;
      };
      // Used by the URL setters: "set url's query object's list to the result of parsing input".
      lib.url.setSearchParamsList = (params, query) => {
        params.#list = query === null ? [] : parseUrlencoded(query);
      };
      lib.url.searchParamsEntry = (params, index) => params.#list[index];
      lib.url.isSearchParams = (v) => webidl.isObject(v) && #list in v;
    }
  }

  function checkBrand(v) {
    if (!lib.url.isSearchParams(v)) webidl.illegalInvocation();
  }

  // https://webidl.spec.whatwg.org/#es-record (record<USVString, USVString>)
  function toRecord(o) {
    const result = new Map();
    for (const key of Reflect.ownKeys(o)) {
      const desc = Reflect.getOwnPropertyDescriptor(o, key);
      if (desc === undefined || !desc.enumerable) continue;
      const typedKey = webidl.toUSVString(key);
      const typedValue = webidl.toUSVString(o[key]);
      result.set(typedKey, typedValue);
    }
    return result;
  }

  // https://webidl.spec.whatwg.org/#es-default-iterator-object: a live iterator over the list.
  const iteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
  const iteratorState = new WeakMap();

  function createIterator(target, kind) {
    const it = Object.create(iteratorPrototype);
    iteratorState.set(it, { target, kind, index: 0 });
    return it;
  }

  // https://webidl.spec.whatwg.org/#es-iterator-prototype-object
  Object.defineProperties(iteratorPrototype, {
    next: {
      value: function next() {
        const state = iteratorState.get(this);
        if (state === undefined) webidl.illegalInvocation();
        // "Let len be the length of values to iterate over. If index is greater than or equal to len, then
        // return CreateIterResultObject(undefined, true)." (The length is read on every call: live.)
        const pair = lib.url.searchParamsEntry(state.target, state.index);
        if (pair === undefined) return { value: undefined, done: true };
        state.index++;
        const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : [pair[0], pair[1]];
        return { value, done: false };
      },
      writable: true, enumerable: true, configurable: true,
    },
    [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true },
  });

  webidl.defineInterface(URLSearchParams);
  // "If the interface has any of the following: an iterable declaration ... then a property named
  // @@iterator must exist ... whose value is the %Array.prototype.entries%-like function 'entries'."
  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
    value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
  });
  lib.URLSearchParams = URLSearchParams;
  lib.url.parseUrlencoded = parseUrlencoded;
  lib.url.serializeUrlencoded = serializeUrlencoded;
})
