// The console namespace (https://console.spec.whatwg.org/): its Web IDL shape (subtests) and what
// each method prints (golden files console-format.stdout.expected / console-format.stderr.expected:
// log, info and debug go to stdout; warn, error, assert and trace to stderr).

test(() => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'console');
  assert_true(desc.writable, 'writable');
  assert_false(desc.enumerable, 'enumerable');
  assert_true(desc.configurable, 'configurable');
  const proto = Object.getPrototypeOf(console);
  assert_not_equals(proto, Object.prototype, 'the [[Prototype]] is an empty object');
  assert_equals(Object.getPrototypeOf(proto), Object.prototype);
  assert_equals(Reflect.ownKeys(proto).length, 0);
  assert_class_string(console, 'console');
  const tag = Object.getOwnPropertyDescriptor(console, Symbol.toStringTag);
  assert_false(tag.writable || tag.enumerable, '@@toStringTag is not writable or enumerable');
  assert_true(tag.configurable);
}, 'console is a namespace object');

test(() => {
  const methods = ['assert', 'clear', 'debug', 'error', 'info', 'log', 'table', 'trace', 'warn', 'dir', 'dirxml',
    'count', 'countReset', 'group', 'groupCollapsed', 'groupEnd', 'time', 'timeLog', 'timeEnd'];
  for (const name of methods) {
    const desc = Object.getOwnPropertyDescriptor(console, name);
    assert_equals(typeof desc.value, 'function', name);
    assert_true(desc.writable && desc.enumerable && desc.configurable, `${name} is writable, enumerable, configurable`);
    assert_equals(desc.value.name, name, `${name}.name`);
    assert_equals(desc.value.length, 0, `${name}.length`);
    assert_throws_js(TypeError, () => new desc.value(), `${name} is not a constructor`);
  }
}, 'console operations');

test(() => {
  const { log } = console;
  log('detached call');
  assert_equals(console.log('x'), undefined);
  assert_throws_js(TypeError, () => console.count(Symbol('s')), 'a Symbol label cannot be a DOMString');
  assert_throws_js(TypeError, () => console.dir({}, 5), 'dir options must be an object');
  assert_throws_js(TypeError, () => console.table([], 5), 'table properties must be a sequence');
}, 'console methods work without a this value and return undefined; arguments are converted');

// --- Logger and Formatter ---
console.log('plain string');
console.log('several', 'strings', 'joined');
console.log(1, -0, 2n, true, null, undefined, Symbol('sym'));
console.log('nested strings are quoted:', ['a', "it's"], { s: 'x' });
console.log();
console.log('%s and %s', 'first', 'second');
console.log('%s|%s|%s|%s|%s|%s', 5, -0, 3n, Symbol('s'), null, undefined);
console.log('%s', { a: 1, b: { c: { d: 1 } } }, 'rest');
console.log('%s', { toString() { return 'custom toString'; } });
console.log('%s', [1, [2, [3]]]);
console.log('%d|%i|%d|%i|%d', 42, 42.9, '7.5px', -3.9, 'abc');
console.log('%d|%i|%f', Symbol('a'), Symbol('b'), Symbol('c'));
console.log('%f|%f|%f', 1.5, '2.25e1xyz', 'x');
console.log('%o and %O', 'quoted', { o: [1, { deep: { deeper: { deepest: 1 } } }] });
console.log('%O', { o: [1, { deep: { deeper: { deepest: 1 } } }] });
console.log('%cstyled%c text', 'color: red', 'font-weight: bold');
console.log('100%% sure %s', 'yes');
console.log('100%%');
console.log('%x %', 'unknown specifier');
console.log('%s %s', 'only one');
console.log('%s', 'extra', { a: 1 }, [2]);
console.log({ first: 'not a string' }, '%s', 'no formatting');
console.log('multi\nline');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.dirxml('dirxml', { like: 'log' });
console.warn('warn goes to stderr %d', 1);
console.error('error goes to stderr', new Map([[1, 2]]));

// --- assert ---
console.assert(true, 'never printed');
console.assert(1, 'never printed');
console.assert(false);
console.assert(0, 'with %s', 'format');
console.assert('', { reason: 'object first' });
console.assert(null, 42, 'more');

// --- count ---
console.count();
console.count();
console.count('label');
console.count(undefined);
console.countReset();
console.count();
console.countReset('missing');
console.count(5);

// --- group ---
console.log('before group');
console.group('Group %d', 1);
console.log('in group 1');
console.log('two\nlines');
console.group();
console.info({ nested: { object: [1, 2, 3] }, long: 'this string is long enough to make the object break over lines' });
console.warn('warning in group 2');
console.groupEnd();
console.groupCollapsed('collapsed');
console.log('in collapsed');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('after groups');
console.group('cleared');
console.clear();
console.log('clear empties the group stack');

// --- dir ---
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('a string');
console.dir([1, 'two']);

// --- table ---
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table(['apples', 'oranges', 42]);
console.table({ row1: { c1: 1 }, row2: { c2: [1, 2, 3, 4] }, row3: 'primitive' });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['a', 'c']);
console.table([{ name: 'x', obj: { p: 1, q: 2, r: 3 }, small: { p: 1 } }]);
console.table(new Map([['key', { v: 1 }], [{ k: 1 }, 'value']]));
console.table(new Set(['one', 2]));
console.table([]);
console.table('not tabular');
console.table(7);
console.table([{ 'wide 漢字': '漢字', x: 'é' }]);

// --- timers (durations vary, so only the warnings are golden) ---
console.time('t');
console.time('t');
console.timeLog('missing');
console.timeEnd('missing');
