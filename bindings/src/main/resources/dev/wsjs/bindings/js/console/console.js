// The `console` namespace of the Console Standard (https://console.spec.whatwg.org/): logging with
// the spec's Formatter (%s %d %i %f %o %O %c), counting, timers, groups and tables. Values are
// rendered by lib.inspect (console/inspect.js, loaded on first use); text goes to host.print(level, text).
// Adds lib.formatLogArgs(args) -> string, the text console.log(...args) would print.
(function (host, lib) {
  'use strict';
  const { webidl } = lib;
  // lib.inspect is read at each call: inspect.js loads the first time it is (WebPlatform.DEFERRED).
  // Numbers, booleans, undefined and null are rendered here as inspect would render them (no
  // option changes that), so that printing them does not load it.
  const inspect = (value, options) => {
    if (typeof value === 'number') return value === 0 && 1 / value < 0 ? '-0' : `${value}`;
    if (typeof value === 'boolean' || value === undefined || value === null) return `${value}`;
    return lib.inspect(value, options);
  };
  const { toDOMString } = webidl;

  // The host level for each console method's log level (https://console.spec.whatwg.org/#loglevel-severity),
  // following Chromium: assert and trace are errors; count, dir, group, table and timers are logs.
  const hostLevel = {
    log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'debug', assert: 'error', trace: 'error',
    count: 'log', countReset: 'warn', dir: 'log', dirxml: 'log', group: 'log', groupCollapsed: 'log',
    table: 'log', time: 'warn', timeLog: 'log', timeEnd: 'log',
  };

  // Per namespace: the group stack, the count map and the timer table.
  let groupDepth = 0;
  const countMap = new Map();
  const timerTable = new Map();

  // Built-in toString methods: an object whose toString is one of these is rendered by %s through
  // inspect (like Chromium and Node) instead of String().
  const builtinToStrings = new Set([Object, Array, Error, Date, RegExp, Function, Number, Boolean, String, Symbol, BigInt]
    .map((C) => C.prototype.toString));

  function render(arg) {
    return typeof arg === 'string' ? arg : inspect(arg);
  }

  // https://console.spec.whatwg.org/#formatter
  // Deviation: a single left-to-right pass; text produced by a substitution is not scanned again
  // (as in Chromium and Node), and `%%` becomes `%`.
  function formatter(args) {
    const target = args[0];
    let result = '';
    let next = 1;
    let last = 0;
    for (let i = 0; i < target.length - 1; i++) {
      if (target.charCodeAt(i) !== 0x25 /* % */) continue;
      const specifier = target[i + 1];
      let converted;
      if (specifier === '%') {
        converted = '%';
      } else if (next < args.length && 'sdifoOc'.includes(specifier)) {
        converted = convert(specifier, args[next++]);
      } else {
        continue;
      }
      result += target.slice(last, i) + converted;
      last = i + 2;
      i++;
    }
    result += target.slice(last);
    // The elements of args not consumed by a format specifier follow the formatted string.
    return [result, ...args.slice(next)];
  }

  // The format specifiers table (https://console.spec.whatwg.org/#formatting-specifiers).
  function convert(specifier, current) {
    switch (specifier) {
      // %s: "Let converted be the result of Call(%String%, undefined, « current »)."
      // Deviation (Chromium, Node): objects without their own toString are inspected; -0 and BigInt keep their form.
      case 's':
        if (typeof current === 'bigint') return `${current}n`;
        if (Object.is(current, -0)) return '-0';
        if (typeof current === 'symbol') return String(current);
        if ((typeof current === 'object' && current !== null) || typeof current === 'function') {
          return builtinToStrings.has(current.toString) || typeof current.toString !== 'function' ? inspect(current, { depth: 1 }) : String(current);
        }
        return String(current);
      // %d, %i: "If Type(current) is Symbol, let converted be NaN. Otherwise, let converted be
      // the result of Call(%parseInt%, undefined, « current, 10 »)."
      case 'd':
      case 'i':
        return typeof current === 'symbol' ? 'NaN' : inspect(parseInt(current, 10));
      // %f: "If Type(current) is Symbol, let converted be NaN. Otherwise, let converted be the
      // result of Call(%parseFloat%, undefined, « current »)."
      case 'f':
        return typeof current === 'symbol' ? 'NaN' : inspect(parseFloat(current));
      // %o: "Let converted be current with optimally useful formatting applied."
      case 'o':
        return inspect(current, { depth: 4, quoteStrings: true });
      // %O: "Let converted be current with generic JavaScript object formatting applied."
      case 'O':
        return inspect(current, { quoteStrings: true });
      // %c: "Use current as CSS" -- there is no styling in a terminal, so it prints nothing.
      default:
        return '';
    }
  }

  // The text of Logger(logLevel, args) (https://console.spec.whatwg.org/#logger):
  // 1. If args is empty, return.
  // 2. Let first be args[0].
  // 3. Let rest be all elements following first in args.
  // 4. If rest is empty, perform Printer(logLevel, « first ») and return.
  // 5. If first does not contain any format specifiers, perform Printer(logLevel, args).
  // 6. Otherwise, perform Printer(logLevel, Formatter(args)).
  function formatLogArgs(args) {
    if (args.length === 0) return '';
    if (args.length === 1 || typeof args[0] !== 'string' || !args[0].includes('%')) return args.map(render).join(' ');
    return formatter(args).map(render).join(' ');
  }

  function logger(logLevel, args) {
    // Deviation (Node, Deno): console.log() prints an empty line instead of nothing.
    printer(logLevel, formatLogArgs(args));
  }

  // https://console.spec.whatwg.org/#printer
  // "group nesting ... should indent" by the size of the group stack: every line moves 2 spaces per group.
  function printer(logLevel, text) {
    if (groupDepth > 0) {
      const indent = '  '.repeat(groupDepth);
      text = indent + text.replace(/\n/g, `\n${indent}`);
    }
    host.print(hostLevel[logLevel], text);
  }

  // Node's format: 1.234ms, or 1.234s from one second on.
  function formatDuration(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${Number(ms.toFixed(3))}ms`;
  }

  const consoleNamespace = {
    __proto__: {}, // "the namespace object for console must have as its [[Prototype]] an empty object"

    // https://console.spec.whatwg.org/#assert
    assert(condition = false, ...data) {
      // 1. If condition is true, return.
      if (condition) return;
      // 2. Let message be a string without any formatting specifiers indicating generically an assertion failure.
      const message = 'Assertion failed';
      // 3. If data is empty, append message to data.
      if (data.length === 0) data.push(message);
      // 4. Otherwise: 1. Let first be data[0].
      //    2. If first is not a String, then prepend message to data.
      else if (typeof data[0] !== 'string') data.unshift(message);
      //    3. Otherwise: 1. Let concat be the concatenation of message, U+003A (:), U+0020 SPACE, and first.
      //       2. Set data[0] to concat.
      else data[0] = `${message}: ${data[0]}`;
      // 5. Perform Logger("assert", data).
      logger('assert', data);
    },

    // https://console.spec.whatwg.org/#clear
    clear() {
      // 1. Empty the appropriate group stack.
      groupDepth = 0;
      // 2. If possible for the environment, clear the console. (Otherwise, do nothing.)
    },

    // https://console.spec.whatwg.org/#debug: "Perform Logger("debug", data)."
    debug(...data) { logger('debug', data); },
    // https://console.spec.whatwg.org/#error: "Perform Logger("error", data)."
    error(...data) { logger('error', data); },
    // https://console.spec.whatwg.org/#info: "Perform Logger("info", data)."
    info(...data) { logger('info', data); },
    // https://console.spec.whatwg.org/#log: "Perform Logger("log", data)."
    log(...data) { logger('log', data); },

    // https://console.spec.whatwg.org/#table
    // "Try to construct a table with the columns of the properties of tabularData (or use properties)
    // and rows of tabularData and log it with a logLevel of "log". Fall back to just logging the
    // argument if it can't be parsed as tabular." The table is drawn like Node's.
    table(tabularData = undefined, properties = undefined) {
      if (properties !== undefined) {
        properties = webidl.toSequence(properties, toDOMString, "Failed to execute 'table' on 'console'");
      }
      if (tabularData === null || typeof tabularData !== 'object') {
        logger('table', [tabularData]);
        return;
      }
      printer('table', renderTable(tabularData, properties));
    },

    // https://console.spec.whatwg.org/#trace
    trace(...data) {
      // 1. Let trace be some implementation-defined, potentially-interactive representation of the callstack from where this function was called.
      const frames = String(new Error().stack || '').split('\n').filter((line) => /^\s+at /.test(line)).slice(1);
      // 2. Optionally, let formattedData be the result of Formatter(data), and incorporate formattedData as a label for trace.
      const label = data.length === 0 ? 'Trace' : `Trace: ${formatLogArgs(data)}`;
      // 3. Perform Printer("trace", « trace »).
      printer('trace', [label, ...frames].join('\n'));
    },

    // https://console.spec.whatwg.org/#warn: "Perform Logger("warn", data)."
    warn(...data) { logger('warn', data); },

    // https://console.spec.whatwg.org/#dir
    dir(item = undefined, options = undefined) {
      // 1. Let object be item with generic JavaScript object formatting applied.
      // 2. Perform Printer("dir", « object », options). (options.depth: how deep to render, null for all.)
      // `optional object? options`: a primitive other than undefined or null is a TypeError.
      if (options !== undefined && options !== null && !webidl.isObject(options)) {
        throw new TypeError("Failed to execute 'dir' on 'console': The provided value is not of type 'object'.");
      }
      const depth = options != null && 'depth' in options ? (options.depth === null ? Infinity : Number(options.depth)) : undefined;
      printer('dir', inspect(item, { depth }));
    },

    // https://console.spec.whatwg.org/#dirxml
    dirxml(...data) {
      // 1. Let finalList be a new list, initially empty.
      // 2. For each item of data: let converted be a DOM tree representation of item if possible;
      //    otherwise let converted be item with optimally useful formatting applied. Append converted to finalList.
      // 3. Perform Logger("dirxml", finalList).
      logger('dirxml', data);
    },

    // https://console.spec.whatwg.org/#count
    count(label = 'default') {
      label = toDOMString(label);
      // 1. Let map be the associated count map.
      // 2. If map[label] exists, set map[label] to map[label] + 1.
      // 3. Otherwise, set map[label] to 1.
      countMap.set(label, (countMap.get(label) || 0) + 1);
      // 4. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and ToString(map[label]).
      // 5. Perform Logger("count", « concat »).
      logger('count', [`${label}: ${countMap.get(label)}`]);
    },

    // https://console.spec.whatwg.org/#countreset
    countReset(label = 'default') {
      label = toDOMString(label);
      // 1. Let map be the associated count map.
      // 2. If map[label] exists, set map[label] to 0.
      if (countMap.has(label)) countMap.set(label, 0);
      // 3. Otherwise: 1. Let message be a string without any formatting specifiers indicating
      //    generically that the given label does not have an associated count.
      //    2. Perform Logger("countReset", « message »);
      else logger('countReset', [`Count for '${label}' does not exist`]);
    },

    // https://console.spec.whatwg.org/#group
    group(...data) { startGroup('group', data); },
    // https://console.spec.whatwg.org/#groupcollapsed (a terminal cannot collapse: same as group)
    groupCollapsed(...data) { startGroup('groupCollapsed', data); },

    // https://console.spec.whatwg.org/#groupend
    groupEnd() {
      // 1. Pop the last group from the group stack.
      if (groupDepth > 0) groupDepth--;
    },

    // https://console.spec.whatwg.org/#time
    time(label = 'default') {
      label = toDOMString(label);
      // 1. If the associated timer table contains an entry with key label, return, optionally
      //    reporting a warning to the console indicating that a timer with label label has already been started.
      if (timerTable.has(label)) {
        logger('time', [`Timer '${label}' already exists`]);
        return;
      }
      // 2. Otherwise, set the value of the entry with key label in the associated timer table to the current time.
      timerTable.set(label, host.now());
    },

    // https://console.spec.whatwg.org/#timelog
    timeLog(label = 'default', ...data) {
      label = toDOMString(label);
      // 1. Let timerTable be the associated timer table.
      // 2. Let startTime be timerTable[label].
      const startTime = timerTable.get(label);
      // (Chromium warns when there is no such timer.)
      if (startTime === undefined) {
        logger('time', [`Timer '${label}' does not exist`]);
        return;
      }
      // 3. Let duration be a string representing the difference between the current time and startTime, in an implementation-defined format.
      // 4. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and duration.
      const concat = `${label}: ${formatDuration(host.now() - startTime)}`;
      // 5. Prepend concat to data.
      // 6. Perform Printer("timeLog", data).
      printer('timeLog', [concat, ...data].map(render).join(' '));
    },

    // https://console.spec.whatwg.org/#timeend
    timeEnd(label = 'default') {
      label = toDOMString(label);
      // 1. Let timerTable be the associated timer table.
      // 2. Let startTime be timerTable[label].
      const startTime = timerTable.get(label);
      if (startTime === undefined) {
        logger('time', [`Timer '${label}' does not exist`]);
        return;
      }
      // 3. Remove timerTable[label].
      timerTable.delete(label);
      // 4. Let duration be a string representing the difference between the current time and startTime, in an implementation-defined format.
      // 5. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and duration.
      // 6. Perform Printer("timeEnd", « concat »).
      printer('timeEnd', `${label}: ${formatDuration(host.now() - startTime)}`);
    },
  };

  function startGroup(method, data) {
    // 1. Let group be a new group.
    // 2. If data is not empty, let groupLabel be the result of Formatter(data). Otherwise, let
    //    groupLabel be an implementation-chosen label representing a group.
    // 3. Incorporate groupLabel as a label for group.
    // 5. Perform Printer("group", « group »).
    // Deviation (Node, Deno): a group without data prints no label line.
    if (data.length > 0) printer(method, formatLogArgs(data));
    // 6. Push group onto the appropriate group stack.
    groupDepth++;
  }

  // --- console.table, drawn like Node's ---

  // Columns as wide as the terminal shows them: wide East Asian characters take two cells,
  // combining marks and zero-width characters none.
  function displayWidth(str) {
    let width = 0;
    for (const ch of str) {
      const c = ch.codePointAt(0);
      if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f)) continue;
      const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
        (c >= 0x20000 && c <= 0x3fffd);
      width += wide ? 2 : 1;
    }
    return width;
  }

  // Cells are short: objects with more than two keys become [Object], arrays show 3 items.
  function cell(v) {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, quoteStrings: true });
  }

  function renderTable(data, properties) {
    const indexArray = (n) => Array.from({ length: n }, (_, i) => cell(i));
    const isMap = data instanceof Map;
    if (isMap || data instanceof Set) {
      const keys = [];
      const values = [];
      for (const entry of data) {
        if (isMap) keys.push(cell(entry[0]));
        values.push(cell(isMap ? entry[1] : entry));
      }
      return isMap
        ? drawTable(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values])
        : drawTable(['(iteration index)', 'Values'], [indexArray(values.length), values]);
    }
    const columns = new Map(); // column name -> cells by row
    const rowKeys = Object.keys(data);
    const primitiveValues = [];
    let hasPrimitives = false;
    rowKeys.forEach((rowKey, i) => {
      const row = data[rowKey];
      const primitive = row === null || (typeof row !== 'function' && typeof row !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = cell(row);
        return;
      }
      for (const key of properties || Object.keys(row)) {
        if (!columns.has(key)) columns.set(key, []);
        columns.get(key)[i] = primitive || !Object.hasOwn(row, key) ? '' : cell(row[key]);
      }
    });
    const head = ['(index)', ...columns.keys()];
    const body = [rowKeys, ...columns.values()];
    if (hasPrimitives) {
      head.push('Values');
      body.push(primitiveValues);
    }
    return drawTable(head, body);
  }

  function drawTable(head, columns) {
    const widths = head.map(displayWidth);
    const rowCount = Math.max(...columns.map((c) => c.length));
    const rows = [];
    for (let i = 0; i < head.length; i++) {
      for (let j = 0; j < rowCount; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = rows[j][i] = Object.hasOwn(columns[i], j) ? columns[i][j] : '';
        widths[i] = Math.max(widths[i], displayWidth(value));
      }
    }
    // Cells are left-aligned (Node 20.18+, Deno).
    const renderRow = (row) => `│ ${row.map((text, i) => text + ' '.repeat(widths[i] - displayWidth(text))).join(' │ ')} │`;
    const divider = widths.map((w) => '─'.repeat(w + 2));
    return [
      `┌${divider.join('┬')}┐`,
      renderRow(head),
      `├${divider.join('┼')}┤`,
      ...rows.map(renderRow),
      `└${divider.join('┴')}┘`,
    ].join('\n');
  }

  // https://webidl.spec.whatwg.org/#es-namespaces: "The namespace object has a [Symbol.toStringTag]
  // property whose value is the namespace identifier" { writable: false, enumerable: false, configurable: true }.
  Object.defineProperty(consoleNamespace, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
  webidl.expose('console', consoleNamespace);
  lib.formatLogArgs = formatLogArgs;
})
