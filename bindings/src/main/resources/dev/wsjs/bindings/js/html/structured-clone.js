// structuredClone(value, options) and the structured serialization it is made of
// (https://html.spec.whatwg.org/#safe-passing-of-structured-data): StructuredSerializeInternal turns
// a value into records, StructuredDeserialize builds the copy from them; ArrayBuffers listed in
// options.transfer are moved (the originals are detached). Adds lib.structuredClone(value, transferList);
// the global structuredClone() is in globals.js. Loaded on first use (WebPlatform.DEFERRED).
(function (host, lib) {
  'use strict';
  const { webidl } = lib;

  // Intrinsics captured before user code ran (this file loads on first use: WebPlatform.DEFERRED), so
  // user code that patches built-ins cannot change what is cloned.
  const {
    getter, hasSlot, abByteLength, sabByteLength, typedArrayName, typedArrayBuffer, typedArrayByteOffset,
    dataViewBuffer, dataViewByteOffset, dataViewByteLength, typedArraySet, getPrototypeOf, getOwnPropertyDescriptor,
    defineProperty, objectKeys, hasOwn, objectToString, isPrototypeOf, functionToString, booleanValueOf,
    numberValueOf, bigintValueOf, stringValueOf, dateGetTime, regExpSource, regExpFlags, abResizable,
    abMaxByteLength, abDetached, abSlice, abTransfer, typedArrayLength, mapSize, mapEntries, mapSet, mapGet, mapHas,
    setSize, setValues, setAdd, mapIteratorNext, setIteratorNext, typedArrayConstructors, errorConstructors,
    constructors: {
      ArrayBuffer: ArrayBufferConstructor, DataView: DataViewConstructor, Map: MapConstructor, Set: SetConstructor,
      Date: DateConstructor, RegExp: RegExpConstructor,
    },
  } = webidl.intrinsics;
  // Objects of these kinds have internal slots that cannot be serialized (messages use V8's #<Name> form).
  const unserializableBuiltins = {
    __proto__: null, Promise: true, WeakMap: true, WeakSet: true, WeakRef: true, FinalizationRegistry: true, Symbol: true,
    Generator: true, AsyncGenerator: true, 'Map Iterator': true, 'Set Iterator': true, 'Array Iterator': true,
    'String Iterator': true, 'RegExp String Iterator': true, 'Iterator Helper': true, Module: true,
  };

  function dataCloneError(message) {
    return new lib.DOMException(`Failed to execute 'structuredClone' on 'Window': ${message}`, 'DataCloneError');
  }

  function isDetached(buffer) {
    if (abDetached !== null) return abDetached(buffer);
    try { new Uint8Array(buffer); return false; } catch { return true; } // eslint-disable-line no-new
  }

  // The interface name when value is a web platform object: an instance of a class whose prototype
  // carries the IDL @@toStringTag (a non-writable data property, see webidl.js defineInterface).
  function platformInterface(value) {
    for (let p = getPrototypeOf(value); p !== null && p !== Object.prototype; p = getPrototypeOf(p)) {
      const desc = getOwnPropertyDescriptor(p, Symbol.toStringTag);
      if (desc && typeof desc.value === 'string' && !desc.writable) return desc.value;
    }
    return null;
  }

  function describe(value) {
    if (typeof value === 'symbol') return String(value);
    if (typeof value === 'function') {
      try { return functionToString(value); } catch { return 'function'; }
    }
    return `#<${objectToString(value).slice(8, -1)}>`;
  }

  function isDOMException(value) {
    if (typeof lib.DOMException !== 'function' || !(value instanceof lib.DOMException)) return false;
    const name = getter(lib.DOMException.prototype, 'name');
    return name === null || hasSlot(name, value);
  }

  // Blob and File (fileapi/blob.js) are serializable platform objects.
  function isBlob(value) {
    if (typeof lib.blobBytes !== 'function' || typeof lib.createBlob !== 'function') return false;
    if (typeof lib.isBlob === 'function') return lib.isBlob(value);
    return typeof lib.Blob === 'function' && value instanceof lib.Blob;
  }

  function isFile(value) {
    if (typeof lib.File !== 'function' || !(value instanceof lib.File)) return false;
    const name = getter(lib.File.prototype, 'name');
    return name !== null && hasSlot(name, value);
  }

  // https://html.spec.whatwg.org/#structuredserializeinternal (forStorage is always false here).
  // Records are { type, ... }; primitives stand for themselves.
  function serialize(value, memory) {
    // 4. If value is undefined, null, a Boolean, a Number, a BigInt or a String, return { [[Type]]: "primitive", [[Value]]: value }.
    if (typeof value !== 'object' && typeof value !== 'function') {
      // 5. If value is a Symbol, then throw a "DataCloneError" DOMException.
      if (typeof value === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
      return value;
    }
    if (value === null) return value;
    // 2. If memory[value] exists, then return memory[value].
    const seen = mapGet(memory, value);
    if (seen !== undefined) return seen;
    // 3. Let deep be false.
    let deep = false;
    let serialized;
    const proto = getPrototypeOf(value);
    const tag = objectToString(value).slice(8, -1);
    if ((proto === Object.prototype || proto === null) && tag === 'Object') {
      // Fast path for plain objects (step 24). Deviation: a built-in whose prototype was replaced by
      // Object.prototype or null is cloned as a plain object.
      serialized = { type: 'Object', properties: [] };
      deep = true;
    } else if (Array.isArray(value)) {
      // 18. Otherwise, if value is an Array exotic object, then:
      //     1. Let valueLenDescriptor be ? OrdinaryGetOwnProperty(value, "length").
      //     2. Let valueLen be valueLenDescriptor.[[Value]].
      //     3. Set serialized to { [[Type]]: "Array", [[Length]]: valueLen, [[Properties]]: a new empty List }.
      //     4. Set deep to true.
      serialized = { type: 'Array', length: getOwnPropertyDescriptor(value, 'length').value, properties: [] };
      deep = true;
    } else if (ArrayBuffer.isView(value)) {
      // 14. Otherwise, if value has a [[ViewedArrayBuffer]] internal slot, then:
      const name = typedArrayName(value);
      let buffer;
      // 1. If IsArrayBufferViewOutOfBounds(value) is true, then throw a "DataCloneError" DOMException.
      try { buffer = name === undefined ? dataViewBuffer(value) : typedArrayBuffer(value); if (name === undefined) dataViewByteLength(value); } catch {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      // 2. Let buffer be the value of value's [[ViewedArrayBuffer]] internal slot.
      // 3. Let bufferSerialized be ? StructuredSerializeInternal(buffer, forStorage, memory).
      const bufferSerialized = serialize(buffer, memory);
      // 5. If value has a [[DataView]] internal slot, then set serialized to { [[Type]]: "ArrayBufferView",
      //    [[Constructor]]: "DataView", [[ArrayBufferSerialized]]: bufferSerialized, [[ByteLength]]: value.[[ByteLength]], [[ByteOffset]]: value.[[ByteOffset]] }.
      // 6. Otherwise, set serialized to { [[Type]]: "ArrayBufferView", [[Constructor]]: value.[[TypedArrayName]],
      //    [[ArrayBufferSerialized]]: bufferSerialized, [[ByteLength]], [[ByteOffset]], [[ArrayLength]]: value.[[ArrayLength]] }.
      serialized = name === undefined
        ? { type: 'ArrayBufferView', constructor: 'DataView', buffer: bufferSerialized, byteLength: dataViewByteLength(value), byteOffset: dataViewByteOffset(value) }
        : { type: 'ArrayBufferView', constructor: name, buffer: bufferSerialized, byteOffset: typedArrayByteOffset(value), length: typedArrayLength(value) };
    } else if (typeof value === 'function') {
      // 21. Otherwise, if IsCallable(value) is true, then throw a "DataCloneError" DOMException.
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    } else if (hasSlot(booleanValueOf, value)) {
      // 7. If value has a [[BooleanData]] internal slot, then set serialized to { [[Type]]: "Boolean", [[BooleanData]]: value.[[BooleanData]] }.
      serialized = { type: 'Boolean', data: booleanValueOf(value) };
    } else if (hasSlot(numberValueOf, value)) {
      // 8. Otherwise, if value has a [[NumberData]] internal slot, then set serialized to { [[Type]]: "Number", [[NumberData]]: value.[[NumberData]] }.
      serialized = { type: 'Number', data: numberValueOf(value) };
    } else if (hasSlot(bigintValueOf, value)) {
      // 9. Otherwise, if value has a [[BigIntData]] internal slot, then set serialized to { [[Type]]: "BigInt", [[BigIntData]]: value.[[BigIntData]] }.
      serialized = { type: 'BigInt', data: bigintValueOf(value) };
    } else if (hasSlot(stringValueOf, value)) {
      // 10. Otherwise, if value has a [[StringData]] internal slot, then set serialized to { [[Type]]: "String", [[StringData]]: value.[[StringData]] }.
      serialized = { type: 'String', data: stringValueOf(value) };
    } else if (hasSlot(dateGetTime, value)) {
      // 11. Otherwise, if value has a [[DateValue]] internal slot, then set serialized to { [[Type]]: "Date", [[DateValue]]: value.[[DateValue]] }.
      serialized = { type: 'Date', data: dateGetTime(value) };
    } else if (hasSlot(regExpSource, value) && value !== RegExp.prototype) {
      // 12. Otherwise, if value has a [[RegExpMatcher]] internal slot, then set serialized to
      //     { [[Type]]: "RegExp", [[RegExpMatcher]]: value.[[RegExpMatcher]], [[OriginalSource]]: value.[[OriginalSource]], [[OriginalFlags]]: value.[[OriginalFlags]] }.
      serialized = { type: 'RegExp', source: regExpSource(value), flags: regExpFlags.filter(([, get]) => get(value)).map(([flag]) => flag).join('') };
    } else if (hasSlot(abByteLength, value)) {
      // 13. Otherwise, if value has an [[ArrayBufferData]] internal slot, then:
      //     2. Otherwise: 1. If IsDetachedBuffer(value) is true, then throw a "DataCloneError" DOMException.
      if (isDetached(value)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      // 2. Let size be value.[[ArrayBufferByteLength]].
      // 3. Let dataCopy be ? CreateByteDataBlock(size). 4. Perform CopyDataBlockBytes(dataCopy, 0, value.[[ArrayBufferData]], 0, size).
      // 5. If value has an [[ArrayBufferMaxByteLength]] internal slot, then set serialized to { [[Type]]: "ResizableArrayBuffer",
      //    [[ArrayBufferData]]: dataCopy, [[ArrayBufferByteLength]]: size, [[ArrayBufferMaxByteLength]]: value.[[ArrayBufferMaxByteLength]] }.
      // 6. Otherwise, set serialized to { [[Type]]: "ArrayBuffer", [[ArrayBufferData]]: dataCopy, [[ArrayBufferByteLength]]: size }.
      // The copy is a new ArrayBuffer no one else sees, so deserialization hands it out as is.
      let data;
      if (abResizable !== null && abResizable(value)) {
        data = new ArrayBufferConstructor(abByteLength(value), { maxByteLength: abMaxByteLength(value) });
        typedArraySet(new Uint8Array(data), new Uint8Array(value));
      } else {
        data = abSlice(value, 0);
      }
      serialized = { type: 'ArrayBuffer', data };
    } else if (hasSlot(sabByteLength, value)) {
      // 13.1. If IsSharedArrayBuffer(value) is true, then: ... (cross-origin isolation is required).
      // Deviation: a copy cannot share the data block from plain script, so SharedArrayBuffers are refused.
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    } else if (hasSlot(mapSize, value)) {
      // 15. Otherwise, if value has a [[MapData]] internal slot, then set serialized to
      //     { [[Type]]: "Map", [[MapData]]: a new empty List }, and set deep to true.
      serialized = { type: 'Map', data: [] };
      deep = true;
    } else if (hasSlot(setSize, value)) {
      // 16. Otherwise, if value has a [[SetData]] internal slot, then set serialized to
      //     { [[Type]]: "Set", [[SetData]]: a new empty List }, and set deep to true.
      serialized = { type: 'Set', data: [] };
      deep = true;
    } else if (isDOMException(value)) {
      // 19. Otherwise, if value is a platform object that is a serializable object: DOMException's
      //     serialization steps keep its name and message (https://webidl.spec.whatwg.org/#idl-DOMException).
      serialized = { type: 'DOMException', name: String(value.name), message: String(value.message) };
    } else if (isBlob(value)) {
      // Blob's serialization steps keep its snapshot state (bytes) and type (https://w3c.github.io/FileAPI/#blob-section);
      // File's also its name and lastModified (https://w3c.github.io/FileAPI/#file-section).
      serialized = { type: 'Blob', bytes: lib.blobBytes(value), mime: String(value.type), file: isFile(value) ? { name: value.name, lastModified: value.lastModified } : null };
    } else if (tag === 'Error' || isPrototypeOf(Error.prototype, value)) {
      // 17. Otherwise, if value has an [[ErrorData]] internal slot and value is not a platform object, then:
      //     1. Let name be ? Get(value, "name").
      let name = value.name;
      //     2. If name is not one of "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", or "URIError", then set name to "Error".
      if (typeof name !== 'string' || !hasOwn(errorConstructors, name)) name = 'Error';
      //     3. Let valueMessageDesc be ? value.[[GetOwnProperty]]("message").
      const messageDesc = getOwnPropertyDescriptor(value, 'message');
      //     4. Let message be undefined if IsDataDescriptor(valueMessageDesc) is false, and ? ToString(valueMessageDesc.[[Value]]) otherwise.
      const message = messageDesc && 'value' in messageDesc ? String(messageDesc.value) : undefined;
      //     5. Set serialized to { [[Type]]: "Error", [[Name]]: name, [[Message]]: message }.
      //     6. User agents should attach a serialized representation of any interesting accompanying data
      //        which are not yet specified, notably the stack property, to serialized.
      // (Like V8: the stack string and an own data property `cause`, serialized deeply below.)
      let stack;
      try { stack = value.stack; } catch { /* no stack */ }
      serialized = { type: 'Error', name, message, stack: typeof stack === 'string' ? stack : undefined, cause: undefined, hasCause: false };
      deep = true;
    } else {
      const platformName = platformInterface(value);
      if (platformName !== null) {
        // 20. Otherwise, if value is a platform object, then throw a "DataCloneError" DOMException.
        // 22. Otherwise, if value has any internal slot other than [[Prototype]], [[Extensible]] or
        //     [[PrivateElements]], then throw a "DataCloneError" DOMException.
        throw dataCloneError(unserializableBuiltins[platformName] === true ? `#<${platformName}> could not be cloned.` : `${platformName} object could not be cloned.`);
      }
      // 24. Otherwise: 1. Set serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }. 2. Set deep to true.
      serialized = { type: 'Object', properties: [] };
      deep = true;
    }
    // 25. Set memory[value] to serialized.
    mapSet(memory, value, serialized);
    // 26. If deep is true, then:
    if (deep) serializeDeep(value, serialized, memory);
    // 27. Return serialized.
    return serialized;
  }

  function serializeDeep(value, serialized, memory) {
    if (serialized.type === 'Map') {
      // 1. If value has a [[MapData]] internal slot, then: let copiedList be a copy of value.[[MapData]]
      //    (without empty entries); for each { [[Key]], [[Value]] } entry of copiedList:
      //    1. Let serializedKey be ? StructuredSerializeInternal(entry.[[Key]], forStorage, memory).
      //    2. Let serializedValue be ? StructuredSerializeInternal(entry.[[Value]], forStorage, memory).
      //    3. Append { [[Key]]: serializedKey, [[Value]]: serializedValue } to serialized.[[MapData]].
      const copiedList = [];
      for (let it = mapEntries(value), step = mapIteratorNext(it); !step.done; step = mapIteratorNext(it)) copiedList.push(step.value);
      for (const [k, v] of copiedList) serialized.data.push([serialize(k, memory), serialize(v, memory)]);
    } else if (serialized.type === 'Set') {
      // 2. Otherwise, if value has a [[SetData]] internal slot, then: let copiedList be a copy of value.[[SetData]];
      //    for each entry of copiedList: let serializedEntry be ? StructuredSerializeInternal(entry, forStorage, memory)
      //    and append serializedEntry to serialized.[[SetData]].
      const copiedList = [];
      for (let it = setValues(value), step = setIteratorNext(it); !step.done; step = setIteratorNext(it)) copiedList.push(step.value);
      for (const v of copiedList) serialized.data.push(serialize(v, memory));
    } else if (serialized.type === 'Error') {
      const causeDesc = getOwnPropertyDescriptor(value, 'cause');
      if (causeDesc && 'value' in causeDesc) {
        serialized.hasCause = true;
        serialized.cause = serialize(causeDesc.value, memory);
      }
    } else {
      // 4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):
      //    1. If ! HasOwnProperty(value, key) is true, then:
      //       1. Let inputValue be ? value.[[Get]](key).
      //       2. Let outputValue be ? StructuredSerializeInternal(inputValue, forStorage, memory).
      //       3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]].
      for (const key of objectKeys(value)) {
        if (hasOwn(value, key)) serialized.properties.push(key, serialize(value[key], memory));
      }
    }
  }

  // https://html.spec.whatwg.org/#structureddeserialize
  function deserialize(serialized, memory) {
    // 2. If memory[serialized] exists, then return memory[serialized].
    if (typeof serialized !== 'object' || serialized === null) return serialized; // 5. "primitive": serialized.[[Value]]
    const seen = mapGet(memory, serialized);
    if (seen !== undefined) return seen;
    let value;
    let deep = false;
    switch (serialized.type) {
      // 6-9. A new Boolean / Number / BigInt / String object whose [[...Data]] is serialized's.
      case 'Boolean': value = new Boolean(serialized.data); break; // eslint-disable-line no-new-wrappers
      case 'Number': value = new Number(serialized.data); break; // eslint-disable-line no-new-wrappers
      case 'BigInt': value = Object(serialized.data); break;
      case 'String': value = new String(serialized.data); break; // eslint-disable-line no-new-wrappers
      // 10. A new Date object whose [[DateValue]] internal slot value is serialized.[[DateValue]].
      case 'Date': value = new DateConstructor(serialized.data); break;
      // 11. A new RegExp object with serialized's matcher, source and flags (lastIndex is 0).
      case 'RegExp': value = new RegExpConstructor(serialized.source, serialized.flags); break;
      // 13-14. A new ArrayBuffer (resizable when the original was) with the copied or transferred data.
      case 'ArrayBuffer': value = serialized.data; break;
      case 'ArrayBufferView': {
        // 15.1. Let deserializedArrayBuffer be ? StructuredDeserialize(serialized.[[ArrayBufferSerialized]], targetRealm, memory).
        const buffer = deserialize(serialized.buffer, memory);
        // 15.2. If serialized.[[Constructor]] is "DataView", then set value to a new DataView object in targetRealm
        //       whose [[ViewedArrayBuffer]] is deserializedArrayBuffer, [[ByteLength]] is serialized.[[ByteLength]], [[ByteOffset]] is serialized.[[ByteOffset]].
        // 15.3. Otherwise, set value to a new typed array object in targetRealm, using the constructor given by
        //       serialized.[[Constructor]], whose [[ViewedArrayBuffer]], [[TypedArrayName]], [[ByteLength]], [[ByteOffset]] and [[ArrayLength]] are serialized's.
        // Deviation: a length-tracking view of a resizable buffer becomes a fixed-length view.
        value = serialized.constructor === 'DataView'
          ? new DataViewConstructor(buffer, serialized.byteOffset, serialized.byteLength)
          : new typedArrayConstructors[serialized.constructor](buffer, serialized.byteOffset, serialized.length);
        break;
      }
      // 16. "Map": a new Map object, deep. 17. "Set": a new Set object, deep.
      case 'Map': value = new MapConstructor(); deep = true; break;
      case 'Set': value = new SetConstructor(); deep = true; break;
      // 18. "Array": 1. Let outputProto be targetRealm.[[Intrinsics]].[[%Array.prototype%]].
      //     2. Set value to ! ArrayCreate(serialized.[[Length]], outputProto). 3. Set deep to true.
      case 'Array': value = []; value.length = serialized.length; deep = true; break;
      // 19. "Object": a new Object in targetRealm, deep.
      case 'Object': value = {}; deep = true; break;
      case 'Error': {
        // 20. 1. Let prototype be %Error.prototype%. 2-7. If serialized.[[Name]] is "EvalError" (...) set prototype to %EvalError.prototype% (...).
        // 9. Set value to OrdinaryObjectCreate(prototype, « [[ErrorData]] »).
        value = new errorConstructors[serialized.name]();
        // 8. Let message be serialized.[[Message]].
        // 10. Let messageDesc be PropertyDescriptor{ [[Value]]: message, [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }.
        // 11. If message is not undefined, then perform ! OrdinaryDefineOwnProperty(value, "message", messageDesc).
        if (serialized.message !== undefined) defineProperty(value, 'message', { value: serialized.message, writable: true, enumerable: false, configurable: true });
        // 12. Any interesting accompanying data attached to serialized should be deserialized and attached to value.
        if (serialized.stack !== undefined) defineProperty(value, 'stack', { value: serialized.stack, writable: true, enumerable: false, configurable: true });
        deep = serialized.hasCause;
        break;
      }
      case 'DOMException': value = new lib.DOMException(serialized.message, serialized.name); break;
      case 'Blob': {
        // Blob bytes are immutable, so the copy shares them.
        value = lib.createBlob(serialized.bytes, serialized.mime);
        if (serialized.file !== null) value = new lib.File([value], serialized.file.name, { type: serialized.mime, lastModified: serialized.file.lastModified });
        break;
      }
      default: throw dataCloneError('Unknown serialized type.');
    }
    // 21. Set memory[serialized] to value.
    mapSet(memory, serialized, value);
    // 22. If deep is true, then:
    if (deep) {
      if (serialized.type === 'Map') {
        // 1. For each Record { [[Key]], [[Value]] } entry of serialized.[[MapData]]: deserialize both and
        //    append { [[Key]]: deserializedKey, [[Value]]: deserializedValue } to value.[[MapData]].
        for (const [k, v] of serialized.data) mapSet(value, deserialize(k, memory), deserialize(v, memory));
      } else if (serialized.type === 'Set') {
        // 2. For each entry of serialized.[[SetData]]: append the deserialized entry to value.[[SetData]].
        for (const v of serialized.data) setAdd(value, deserialize(v, memory));
      } else if (serialized.type === 'Error') {
        defineProperty(value, 'cause', { value: deserialize(serialized.cause, memory), writable: true, enumerable: false, configurable: true });
      } else {
        // 4. Otherwise, for each Record { [[Key]], [[Value]] } entry of serialized.[[Properties]]:
        //    1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory).
        //    2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue).
        // (A plain assignment does the same on a fresh object unless its prototype chain has the key.)
        const props = serialized.properties;
        const proto = getPrototypeOf(value);
        for (let i = 0; i < props.length; i += 2) {
          const key = props[i];
          const v = deserialize(props[i + 1], memory);
          if (key in proto) defineProperty(value, key, { value: v, writable: true, enumerable: true, configurable: true });
          else value[key] = v;
        }
      }
    }
    // 23. Return value.
    return value;
  }

  // https://html.spec.whatwg.org/#structuredserializewithtransfer
  function serializeWithTransfer(value, transferList) {
    // 1. Let memory be an empty map.
    const memory = new MapConstructor();
    // 2. For each transferable of transferList:
    transferList.forEach((transferable, index) => {
      // 1. If transferable has neither an [[ArrayBufferData]] internal slot nor a [[Detached]] internal slot, then throw a "DataCloneError" DOMException.
      // 2. If transferable has an [[ArrayBufferData]] internal slot and IsSharedArrayBuffer(transferable) is true, then throw a "DataCloneError" DOMException.
      if (!hasSlot(abByteLength, transferable)) throw dataCloneError(`Value at index ${index} does not have a transferable type.`);
      // 3. If memory[transferable] exists, then throw a "DataCloneError" DOMException.
      if (mapHas(memory, transferable)) throw dataCloneError(`ArrayBuffer at index ${index} is a duplicate of an earlier ArrayBuffer. Duplicate ArrayBuffers are not allowed.`);
      // 4. Set memory[transferable] to { [[Type]]: an uninitialized value }.
      mapSet(memory, transferable, { type: 'ArrayBuffer', data: null });
    });
    // 3. Let serialized be ? StructuredSerializeInternal(value, false, memory).
    const serialized = serialize(value, memory);
    // 5. For each transferable of transferList:
    transferList.forEach((transferable, index) => {
      // 1. If transferable has an [[ArrayBufferData]] internal slot and IsDetachedBuffer(transferable) is true, then throw a "DataCloneError" DOMException.
      if (isDetached(transferable)) throw dataCloneError(`ArrayBuffer at index ${index} is already detached.`);
    });
    for (const transferable of transferList) {
      // 3. Let dataHolder be memory[transferable].
      const dataHolder = mapGet(memory, transferable);
      // 4. If transferable has an [[ArrayBufferData]] internal slot, then: set dataHolder's [[Type]] to
      //    "ArrayBuffer" (or "ResizableArrayBuffer"), its data and length to transferable's, then perform
      //    ? DetachArrayBuffer(transferable). ArrayBuffer.prototype.transfer does both at once.
      // Deviation (engines without ArrayBuffer.prototype.transfer): the data is copied and the original stays usable.
      dataHolder.data = abTransfer !== null ? abTransfer(transferable) : abSlice(transferable, 0);
    }
    // 6. Return { [[Serialized]]: serialized, [[TransferDataHolders]]: transferDataHolders }.
    return serialized;
  }

  // StructuredSerializeWithTransfer then StructuredDeserializeWithTransfer in this realm.
  function structuredCloneInternal(value, transferList = []) {
    const serialized = serializeWithTransfer(value, transferList);
    return deserialize(serialized, new MapConstructor());
  }

  lib.structuredClone = structuredCloneInternal;
})
