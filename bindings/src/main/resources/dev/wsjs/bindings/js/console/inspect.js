// lib.inspect(value, options): a readable rendering of any JS value, in the style of Node's
// util.inspect. The Console Standard leaves "generic JavaScript object formatting" and "optimally
// useful formatting" to the implementation (https://console.spec.whatwg.org/#formatter); console.js
// and error reporting use this. Web platform objects keep their state in #private fields, so
// their IDL attributes (prototype getters) are read and shown like own properties, as Chromium does.
(function (host, lib) {
  'use strict';

  // Intrinsics captured before user code ran (this file loads on first use: WebPlatform.DEFERRED), so
  // user code that patches built-ins cannot disturb the output.
  const {
    hasSlot, abByteLength: arrayBufferByteLength, sabByteLength: sharedArrayBufferByteLength,
    typedArrayPrototype, typedArrayName, dataViewByteLength, getOwnPropertyDescriptor, getPrototypeOf, objectKeys,
    getOwnPropertySymbols, objectToString, hasOwn, isEnumerable, isPrototypeOf, functionToString, mapSize, mapEntries,
    mapGet, mapSet, mapHas, mapIteratorNext, setIteratorNext, setSize, setValues, weakMapHas, weakSetHas, weakRefDeref,
    dateGetTime, dateToISOString, regExpToString, regExpSource, typedArrayLength, promiseResolve, symbolToString,
    numberValueOf, stringValueOf, booleanValueOf, bigintValueOf, symbolValueOf, constructors: { Map: MapConstructor },
  } = lib.webidl.intrinsics;
  const boxed = [
    ['Number', numberValueOf], ['String', stringValueOf], ['Boolean', booleanValueOf], ['BigInt', bigintValueOf],
    ['Symbol', symbolValueOf],
  ];

  // Promise.resolve(p) returns p itself only for a real promise (whose constructor is Promise).
  const isPromise = (v) => {
    try { if (promiseResolve(v) === v) return true; } catch { /* a throwing constructor getter */ }
    return v instanceof Promise;
  };

  const kObjectType = 0; // keys are printed as `key: value`
  const kArrayExtrasType = 1; // the non-index keys of arrays and typed arrays (grouping applies)
  const kArrayType = 2; // array elements: values only
  const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const numberRegExp = /^(0|[1-9][0-9]*)$/;
  // Control characters, quote, backslash, C1 controls and lone surrogates are escaped.
  const escapeSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const escapeOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const shortEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

  function escapeChar(ch) {
    const code = ch.charCodeAt(0);
    if (shortEscapes[code]) return shortEscapes[code];
    if (code >= 0xd800) return `\\u${code.toString(16)}`;
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }

  // Single quotes unless the string has some: then double quotes, then backticks.
  function quote(str) {
    let q = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) q = '"';
      else if (!str.includes('`') && !str.includes('${')) q = '`';
    }
    return q + str.replace(q === "'" ? escapeSingle : escapeOther, escapeChar) + q;
  }

  function formatNumber(n) {
    return Object.is(n, -0) ? '-0' : `${n}`;
  }

  function formatPrimitive(ctx, value) {
    switch (typeof value) {
      case 'string': {
        let trailer = '';
        if (value.length > ctx.maxStringLength) {
          const remaining = value.length - ctx.maxStringLength;
          value = value.slice(0, ctx.maxStringLength);
          trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
        }
        // Long multi-line strings are split after each newline, one quoted piece per line.
        if (value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
          return value.split(/(?<=\n)/).map(quote).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
        }
        return quote(value) + trailer;
      }
      case 'number': return formatNumber(value);
      case 'bigint': return `${value}n`;
      case 'symbol': return symbolToString(value);
      default: return `${value}`; // undefined, boolean
    }
  }

  // The name of the first constructor on the prototype chain that `obj` is an instance of;
  // null for objects whose chain ends without one (null-prototype objects).
  function getConstructorName(obj) {
    let firstProto;
    const original = obj;
    while (obj) {
      const desc = getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
        try { if (original instanceof desc.value) return String(desc.value.name); } catch { /* not an instance */ }
      }
      obj = getPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    return firstProto === null ? null : 'Object';
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  // Own enumerable string keys, then own enumerable symbols.
  function getKeys(value) {
    const keys = objectKeys(value);
    for (const sym of getOwnPropertySymbols(value)) if (isEnumerable(value, sym)) keys.push(sym);
    return keys;
  }

  function getNonIndexKeys(value) {
    return getKeys(value).filter((k) => typeof k === 'symbol' || !numberRegExp.test(k) || +k > 2 ** 32 - 2);
  }

  // Web platform objects: instances of an interface whose prototype carries the IDL
  // @@toStringTag (a non-writable data property, see webidl.js defineInterface) and enumerable
  // attribute getters. Returns the getter names, most derived interface first, or null.
  function platformAttributes(value) {
    let isPlatform = false;
    const names = [];
    for (let p = getPrototypeOf(value); p !== null && p !== Object.prototype; p = getPrototypeOf(p)) {
      const tagDesc = getOwnPropertyDescriptor(p, Symbol.toStringTag);
      if (tagDesc && 'value' in tagDesc && !tagDesc.writable && typeof p.constructor === 'function' && p.constructor.prototype === p) isPlatform = true;
      for (const key of Object.getOwnPropertyNames(p)) {
        const desc = getOwnPropertyDescriptor(p, key);
        if (desc.get && desc.enumerable && !names.includes(key) && !hasOwn(value, key)) names.push(key);
      }
    }
    return isPlatform && names.length > 0 ? names : null;
  }

  function formatValue(ctx, value, recurseTimes) {
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value);
    if (value === null) return 'null';
    if (ctx.seen.includes(value)) {
      if (ctx.circular === undefined) ctx.circular = new MapConstructor();
      if (!mapHas(ctx.circular, value)) mapSet(ctx.circular, value, mapSize(ctx.circular) + 1);
      return `[Circular *${mapGet(ctx.circular, value)}]`;
    }
    return formatRaw(ctx, value, recurseTimes);
  }

  function formatRaw(ctx, value, recurseTimes) {
    const constructor = getConstructorName(value);
    let tag = '';
    try { tag = value[Symbol.toStringTag]; } catch { /* ignore a throwing getter */ }
    // Only show the tag when it is not already printed as an own enumerable property.
    if (typeof tag !== 'string' || (tag !== '' && isEnumerable(value, Symbol.toStringTag))) tag = '';
    const builtinTag = objectToString(value).slice(8, -1);
    let base = '';
    let keys;
    let braces;
    let formatter = () => [];
    let extrasType = kObjectType;
    let extra = null; // platform object attributes, read through their getters

    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (builtinTag !== 'Object' && hasSlot(setSize, value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value);
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      formatter = (c, v, r) => formatCollection(c, size, setValues(v), setIteratorNext, r, (x) => formatValue(c, x, r));
      braces = [`${prefix}{`, '}'];
    } else if (builtinTag !== 'Object' && hasSlot(mapSize, value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value);
      if (size === 0 && keys.length === 0) return `${prefix}{}`;
      formatter = (c, v, r) => formatCollection(c, size, mapEntries(v), mapIteratorNext, r, (entry) => `${formatValue(c, entry[0], r)} => ${formatValue(c, entry[1], r)}`);
      braces = [`${prefix}{`, '}'];
    } else if (ArrayBuffer.isView(value) && hasSlot(typedArrayName, value) && typedArrayName(value) !== undefined) {
      const size = typedArrayLength(value);
      // Deviation: extra properties of typed arrays over 10000 elements are not looked for (listing
      // the keys of a typed array lists every index).
      keys = size <= 10000 ? getNonIndexKeys(value) : [];
      const prefix = getPrefix(constructor, tag, typedArrayName(value), `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0) return `${braces[0]}]`;
      formatter = (c, v) => formatTypedArray(c, v, size);
      extrasType = kArrayExtrasType;
    } else {
      keys = getKeys(value);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag, builtinTag);
        if (keys.length === 0) return base;
      } else if (builtinTag === 'RegExp' && hasSlot(regExpSource, value)) {
        base = regExpToString(value);
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (builtinTag === 'Date' && hasSlot(dateGetTime, value)) {
        base = Number.isNaN(dateGetTime(value)) ? 'Invalid Date' : dateToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0) return base;
      } else if (builtinTag === 'Error' || isPrototypeOf(Error.prototype, value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0) return base;
      } else if (builtinTag === 'Arguments') {
        braces[0] = '[Arguments] [';
        braces[1] = ']';
        extrasType = kArrayExtrasType;
        formatter = formatArray;
        keys = getNonIndexKeys(value);
        if (value.length === 0 && keys.length === 0) return '[Arguments] []';
      } else if (builtinTag !== 'Object' && (hasSlot(arrayBufferByteLength, value) || (sharedArrayBufferByteLength && hasSlot(sharedArrayBufferByteLength, value)))) {
        braces[0] = `${getPrefix(constructor, tag, hasSlot(arrayBufferByteLength, value) ? 'ArrayBuffer' : 'SharedArrayBuffer')}{`;
        formatter = formatArrayBuffer;
        keys.unshift('byteLength');
      } else if (builtinTag !== 'Object' && hasSlot(dataViewByteLength, value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (builtinTag === 'Promise' && isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = () => ['<state unknown>'];
      } else if (builtinTag !== 'Object' && (hasSlot((v) => weakSetHas(v, {}), value) || hasSlot((v) => weakMapHas(v, {}), value))) {
        braces[0] = `${getPrefix(constructor, tag, hasSlot((v) => weakSetHas(v, {}), value) ? 'WeakSet' : 'WeakMap')}{`;
        formatter = () => ['<items unknown>'];
      } else if (builtinTag !== 'Object' && weakRefDeref && hasSlot(weakRefDeref, value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakRef')}{`;
        formatter = (c, v, r) => [formatValue(c, weakRefDeref(v), r)];
      } else if (boxed.some(([, valueOf]) => hasSlot(valueOf, value))) {
        base = getBoxedBase(ctx, value, keys, constructor, tag);
        if (keys.length === 0) return base;
      } else {
        extra = platformAttributes(value);
        if (constructor !== 'Object' || tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        if (keys.length === 0 && extra === null) return `${braces[0]}}`;
      }
    }

    if (recurseTimes > ctx.depth) {
      const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      return constructor !== null ? `[${name}]` : name;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    const output = formatter(ctx, value, recurseTimes);
    if (extra !== null) {
      for (const key of extra) {
        let v;
        try { v = value[key]; } catch { continue; }
        output.push(formatProperty(ctx, value, recurseTimes, key, extrasType, { value: v, enumerable: true }));
      }
    }
    for (const key of keys) {
      // Own accessors of platform objects ([LegacyUnforgeable] attributes like Event's isTrusted) are read too.
      let desc;
      if (extra !== null && (desc = getOwnPropertyDescriptor(value, key)) && desc.get) {
        try { desc = { value: value[key], enumerable: true }; } catch { continue; }
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, extrasType, desc));
    }
    if (ctx.circular !== undefined && mapHas(ctx.circular, value)) {
      const reference = `<ref *${mapGet(ctx.circular, value)}>`;
      base = base === '' ? reference : `${reference} ${base}`;
    }
    ctx.seen.pop();
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function getFunctionBase(value, constructor, tag, builtinTag) {
    let source = '';
    try { source = functionToString(value); } catch { /* revoked proxy and the like */ }
    if (source.startsWith('class') && source.endsWith('}')) {
      const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
      let base = `class ${name}`;
      if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
      if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
      if (constructor === null) base += ' extends [null prototype]';
      else if (getPrototypeOf(value).name) base += ` extends ${getPrototypeOf(value).name}`;
      return `[${base}]`;
    }
    // builtinTag is Function, AsyncFunction, GeneratorFunction or AsyncGeneratorFunction.
    const type = builtinTag.endsWith('Function') ? builtinTag : 'Function';
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    base += value.name === '' || typeof value.name !== 'string' ? ' (anonymous)' : `: ${value.name}`;
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getBoxedBase(ctx, value, keys, constructor, tag) {
    const [type, valueOf] = boxed.find(([, fn]) => hasSlot(fn, value));
    // A String object's index keys are its characters: not shown again.
    if (type === 'String') keys.splice(0, keys.length, ...keys.filter((k) => typeof k === 'symbol' || !numberRegExp.test(k)));
    let base = `[${type}`;
    if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    base += `: ${formatPrimitive({ ...ctx, indentationLvl: 0, breakLength: Infinity }, valueOf(value))}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    return base;
  }

  function getStackString(err) {
    try {
      if (err.stack) return String(err.stack);
    } catch { /* fall through */ }
    try { return Error.prototype.toString.call(err); } catch { return '[Error]'; }
  }

  // Node's shape: the stack (header plus frames) or `[Name: message]` without frames,
  // with the class name fixed up when the stack's header names a different error.
  function formatError(err, constructor, tag, ctx, keys) {
    let name = 'Error';
    let message = '';
    try { name = err.name != null ? String(err.name) : 'Error'; message = err.message; } catch { /* keep defaults */ }
    let stack = getStackString(err);
    for (const key of ['name', 'message', 'stack']) {
      const index = keys.indexOf(key);
      if (index !== -1) {
        try { if (stack.includes(err[key])) keys.splice(index, 1); } catch { /* keep the key */ }
      }
    }
    if ('cause' in err && !keys.includes('cause')) keys.push('cause');
    if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
    let len = name.length;
    if (constructor === null || (name.endsWith('Error') && stack.startsWith(name) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prototype = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prototype) {
        if (prototype.includes(name)) stack = len === 0 ? `${prototype}: ${stack}` : `${prototype}${stack.slice(len)}`;
        else stack = `${prototype} [${name}]${stack.slice(len)}`;
      }
    }
    let pos = (typeof message === 'string' && message && stack.indexOf(message)) || -1;
    if (pos !== -1) pos += message.length;
    // Wrap the error in brackets when it has no stack frames.
    if (stack.indexOf('\n    at', pos) === -1) stack = `[${stack}]`;
    if (ctx.indentationLvl !== 0) stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
    return stack;
  }

  function remainingText(remaining) {
    return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
  }

  function formatArray(ctx, value, recurseTimes) {
    const length = value.length;
    const max = Math.min(ctx.maxArrayLength, length);
    const output = [];
    for (let i = 0; i < max; i++) {
      if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, max, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (length > max) output.push(remainingText(length - max));
    return output;
  }

  // Runs of holes become `<N empty items>`.
  function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = objectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const n = +key;
      if (n > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!numberRegExp.test(key)) break;
        const empty = n - index;
        output.push(`<${empty} empty item${empty > 1 ? 's' : ''}>`);
        index = n;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) output.push(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`);
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatTypedArray(ctx, value, length) {
    const max = Math.min(ctx.maxArrayLength, length);
    const output = [];
    for (let i = 0; i < max; i++) output.push(typeof value[i] === 'bigint' ? `${value[i]}n` : formatNumber(value[i]));
    if (length > max) output.push(remainingText(length - max));
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try { bytes = new Uint8Array(value); } catch { return ['(detached)']; }
    const shown = Math.min(ctx.maxArrayLength, bytes.length);
    const hex = [];
    for (let i = 0; i < shown; i++) hex.push((bytes[i] < 16 ? '0' : '') + bytes[i].toString(16));
    let str = hex.join(' ');
    const remaining = bytes.length - shown;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`[Uint8Contents]: <${str}>`];
  }

  function formatCollection(ctx, size, iterator, next, recurseTimes, formatEntry) {
    const max = Math.min(ctx.maxArrayLength, size);
    const output = [];
    ctx.indentationLvl += 2;
    for (let i = 0; i < max; i++) {
      const { value, done } = next(iterator);
      if (done) break;
      output.push(formatEntry(value));
    }
    if (size > max) output.push(remainingText(size - max));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc) {
    let str;
    desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === kArrayType) return str;
    let name;
    if (typeof key === 'symbol') name = `[${symbolToString(key).replace(escapeSingle, escapeChar)}]`;
    else if (key === '__proto__') name = "['__proto__']";
    else if (desc.enumerable === false) name = `[${key.replace(escapeSingle, escapeChar)}]`;
    else if (keyStrRegExp.test(key)) name = key;
    else name = quote(key);
    return `${name}: ${str}`;
  }

  // Node's array grouping: more than six short entries are lined up in aligned columns.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // the "... more items" entry
    const separatorSpace = 2;
    const dataLen = [];
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const cell = `${output[j]}, `;
          str += padStart ? cell.padStart(maxLineLength[j - i], ' ') : cell.padEnd(maxLineLength[j - i], ' ');
        }
        str += padStart ? output[j].padStart(maxLineLength[j - i] - separatorSpace, ' ') : output[j];
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (const entry of output) {
      totalLength += entry.length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  // One line when the entries fit in breakLength (80) and the object does not hold objects
  // nested ctx.compact (3) levels deep; otherwise one entry per line, indented by 2.
  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    const entries = output.length;
    if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  // options: depth (default 2; Infinity for all), breakLength (80), maxArrayLength (100),
  // maxStringLength (10000), quoteStrings (false: a top-level string is returned as is).
  function inspect(value, options = {}) {
    if (typeof value === 'string' && !options.quoteStrings) return value;
    const ctx = {
      seen: [], circular: undefined, indentationLvl: 0, currentDepth: 0, compact: 3,
      depth: options.depth ?? 2, breakLength: options.breakLength ?? 80,
      maxArrayLength: Math.max(0, options.maxArrayLength ?? 100), maxStringLength: options.maxStringLength ?? 10000,
    };
    try {
      return formatValue(ctx, value, 0);
    } catch (e) {
      // A proxy trap or a pathological object threw (or the recursion was too deep).
      let reason = 'unknown error';
      try { reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e); } catch { /* keep */ }
      return `[${typeof value === 'function' ? 'Function' : 'Object'}: could not be inspected (${reason})]`;
    }
  }

  lib.inspect = inspect;
})
