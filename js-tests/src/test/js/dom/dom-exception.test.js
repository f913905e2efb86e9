// DOMException (https://webidl.spec.whatwg.org/#idl-DOMException): Web IDL shape, the names
// table and legacy codes, and Error-likeness.

const LEGACY_CONSTANTS = [
  ['INDEX_SIZE_ERR', 1], ['DOMSTRING_SIZE_ERR', 2], ['HIERARCHY_REQUEST_ERR', 3], ['WRONG_DOCUMENT_ERR', 4],
  ['INVALID_CHARACTER_ERR', 5], ['NO_DATA_ALLOWED_ERR', 6], ['NO_MODIFICATION_ALLOWED_ERR', 7], ['NOT_FOUND_ERR', 8],
  ['NOT_SUPPORTED_ERR', 9], ['INUSE_ATTRIBUTE_ERR', 10], ['INVALID_STATE_ERR', 11], ['SYNTAX_ERR', 12],
  ['INVALID_MODIFICATION_ERR', 13], ['NAMESPACE_ERR', 14], ['INVALID_ACCESS_ERR', 15], ['VALIDATION_ERR', 16],
  ['TYPE_MISMATCH_ERR', 17], ['SECURITY_ERR', 18], ['NETWORK_ERR', 19], ['ABORT_ERR', 20], ['URL_MISMATCH_ERR', 21],
  ['QUOTA_EXCEEDED_ERR', 22], ['TIMEOUT_ERR', 23], ['INVALID_NODE_TYPE_ERR', 24], ['DATA_CLONE_ERR', 25],
];

const NAMES = [
  ['IndexSizeError', 1], ['HierarchyRequestError', 3], ['WrongDocumentError', 4], ['InvalidCharacterError', 5],
  ['NoModificationAllowedError', 7], ['NotFoundError', 8], ['NotSupportedError', 9], ['InUseAttributeError', 10],
  ['InvalidStateError', 11], ['SyntaxError', 12], ['InvalidModificationError', 13], ['NamespaceError', 14],
  ['InvalidAccessError', 15], ['TypeMismatchError', 17], ['SecurityError', 18], ['NetworkError', 19],
  ['AbortError', 20], ['URLMismatchError', 21], ['QuotaExceededError', 22], ['TimeoutError', 23],
  ['InvalidNodeTypeError', 24], ['DataCloneError', 25],
  ['EncodingError', 0], ['NotReadableError', 0], ['UnknownError', 0], ['ConstraintError', 0], ['DataError', 0],
  ['TransactionInactiveError', 0], ['ReadOnlyError', 0], ['VersionError', 0], ['OperationError', 0],
  ['NotAllowedError', 0], ['OptOutError', 0],
];

test(() => {
  assert_equals(typeof DOMException, 'function');
  assert_equals(DOMException.length, 0);
  assert_equals(DOMException.name, 'DOMException');
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
  assert_true(desc.writable, 'writable');
  assert_false(desc.enumerable, 'enumerable');
  assert_true(desc.configurable, 'configurable');
  assert_class_string(new DOMException(), 'DOMException');
  assert_equals(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
}, 'DOMException interface object and prototype chain');

test(() => {
  assert_throws_js(TypeError, () => DOMException());
  assert_throws_js(TypeError, () => DOMException('m', 'SyntaxError'));
}, 'DOMException requires new');

test(() => {
  for (const key of ['name', 'message', 'code']) {
    const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
    assert_equals(typeof desc.get, 'function', `${key} getter`);
    assert_equals(desc.set, undefined, `${key} has no setter`);
    assert_true(desc.enumerable, `${key} enumerable`);
    assert_true(desc.configurable, `${key} configurable`);
    assert_throws_js(TypeError, () => desc.get.call({}), `${key} brand check`);
    assert_throws_js(TypeError, () => desc.get.call(new Error('x')), `${key} brand check with an Error`);
  }
  const e = new DOMException('m', 'SyntaxError');
  assert_not_own_property(e, 'name');
  assert_not_own_property(e, 'message');
  assert_not_own_property(e, 'code');
}, 'name, message and code are brand-checked accessors on the prototype');

test(() => {
  const e = new DOMException();
  assert_equals(e.name, 'Error');
  assert_equals(e.message, '');
  assert_equals(e.code, 0);
  const u = new DOMException(undefined, undefined);
  assert_array_equals([u.message, u.name], ['', 'Error'], 'undefined means the default');
  const n = new DOMException(null, null);
  assert_array_equals([n.message, n.name], ['null', 'null'], 'null is converted to a string');
  const c = new DOMException(42, { toString: () => 'AbortError' });
  assert_array_equals([c.message, c.name, c.code], ['42', 'AbortError', 20]);
  assert_throws_js(TypeError, () => new DOMException(Symbol('s')));
  assert_throws_js(TypeError, () => new DOMException('m', Symbol('s')));
}, 'constructor defaults and DOMString conversion');

test(() => {
  for (const [key, value] of LEGACY_CONSTANTS) {
    for (const [where, obj] of [['interface', DOMException], ['prototype', DOMException.prototype]]) {
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      assert_true(desc !== undefined, `${key} on the ${where}`);
      assert_equals(desc.value, value, `${key} on the ${where}`);
      assert_false(desc.writable, `${key} writable`);
      assert_true(desc.enumerable, `${key} enumerable`);
      assert_false(desc.configurable, `${key} configurable`);
    }
    assert_equals(new DOMException()[key], value, `${key} through an instance`);
  }
}, 'legacy code constants on the interface object and the prototype');

test(() => {
  const seen = NAMES.map(([name]) => `${name}:${new DOMException('m', name).code}`);
  assert_array_equals(seen, NAMES.map(([name, code]) => `${name}:${code}`));
  assert_equals(new DOMException('m', 'FooError').code, 0, 'unknown name');
  assert_equals(new DOMException('m', 'syntaxerror').code, 0, 'names are case-sensitive');
  assert_equals(new DOMException('m', 'toString').code, 0, 'not an inherited property');
}, 'names table: the legacy code of each name');

test(() => {
  const e = new DOMException('bad thing', 'InvalidStateError');
  assert_true(e instanceof DOMException);
  assert_true(e instanceof Error);
  assert_equals(String(e), 'InvalidStateError: bad thing', 'Error.prototype.toString uses the accessors');
  assert_equals(Error.prototype.toString.call(new DOMException()), 'Error');
  assert_equals(Object.prototype.toString.call(e), '[object DOMException]');
}, 'instances are Error-like');

test(() => {
  function makeHere() { return new DOMException('cannot clone', 'DataCloneError'); }
  const e = makeHere();
  assert_equals(typeof e.stack, 'string');
  assert_equals(e.stack.split('\n')[0], 'DataCloneError: cannot clone', 'first line of the stack');
  assert_true(e.stack.includes('makeHere'), `stack names the creating function: ${e.stack}`);
  const desc = Object.getOwnPropertyDescriptor(e, 'stack');
  assert_true(desc !== undefined, 'stack is an own property');
  assert_false(desc.enumerable, 'stack is not enumerable');
  assert_array_equals(Object.keys(e), [], 'no enumerable own properties');
}, 'instances have a useful stack');

test(() => {
  const e = assert_throws_dom('NotSupportedError', () => { throw new DOMException('nope', 'NotSupportedError'); });
  assert_equals(e.code, DOMException.NOT_SUPPORTED_ERR);
  try {
    throw new DOMException('x', 'AbortError');
  } catch (caught) {
    assert_equals(caught.name, 'AbortError');
  }
}, 'can be thrown and caught');

test(() => {
  class MyException extends DOMException {
    constructor() { super('sub', 'TimeoutError'); }
  }
  const e = new MyException();
  assert_true(e instanceof DOMException);
  assert_true(e instanceof Error);
  assert_array_equals([e.name, e.message, e.code], ['TimeoutError', 'sub', 23]);
}, 'DOMException can be subclassed');
