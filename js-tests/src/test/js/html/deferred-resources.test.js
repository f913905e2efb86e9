// console/inspect.js and html/structured-clone.js load on first use (WebPlatform.DEFERRED), which
// can be after user code has patched built-ins. What they capture is captured before user code runs
// (webidl.js), so a script that patches Map, Set, Object and the typed arrays before its first
// structuredClone() or console.log(object) still gets the same clones and the same rendering
// (golden file deferred-resources.stdout.expected). This file must not use either before the patches.

const value = { m: new Map([[1, 'one']]), s: new Set(['a']), d: new Date(0), r: /x/gi, u: new Int16Array([1, -2]) };
const { prototype: MapPrototype } = Map;
const { prototype: SetPrototype } = Set;
const saved = [
  [MapPrototype, 'get'], [MapPrototype, 'set'], [MapPrototype, 'entries'], [SetPrototype, 'add'], [SetPrototype, 'values'],
  [Object, 'getPrototypeOf'], [Object, 'keys'], [Object, 'defineProperty'], [globalThis, 'Int16Array'], [globalThis, 'Map'],
].map(([object, key]) => [object, key, object[key]]);
for (const [object, key] of saved) {
  object[key] = () => { throw new Error(`the patched ${key} was called`); };
}

let copy;
let caught;
try {
  copy = structuredClone(value);
  console.log('clone:', copy);
  console.log('original:', value);
} catch (e) {
  caught = e;
} finally {
  for (const [object, key, original] of saved) object[key] = original;
}

test(() => {
  if (caught) throw caught;
  assert_not_equals(copy, value);
  assert_equals(Object.getPrototypeOf(copy.m), Map.prototype, 'the clone is a real Map');
  assert_equals(copy.m.get(1), 'one');
  assert_true(copy.s.has('a'));
  assert_equals(copy.d.getTime(), 0);
  assert_equals(copy.r.source, 'x');
  assert_equals(copy.r.flags, 'gi');
  assert_equals(Object.getPrototypeOf(copy.u), Int16Array.prototype);
  assert_array_equals(Array.from(copy.u), [1, -2]);
}, 'structuredClone loaded after built-ins were patched clones as before');

test(() => {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
  assert_true(desc.writable && desc.configurable && !desc.enumerable, 'an ordinary global operation');
  assert_equals(structuredClone.length, 1);
  assert_equals(structuredClone.name, 'structuredClone');
}, 'structuredClone is the same global operation before and after its resource loads');
