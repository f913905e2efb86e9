// DOMException (https://webidl.spec.whatwg.org/#idl-DOMException): the exception type the web
// platform throws ("InvalidStateError", "SyntaxError", ...). Instances are Error-like: the
// prototype inherits from Error.prototype and each instance carries a `stack`.
// Adds: DOMException on the global; lib.DOMException.
(function (host, lib) {
  'use strict';

  // https://webidl.spec.whatwg.org/#dfn-error-names-table
  // name -> legacy code (0 when the table gives none).
  const errorNames = {
    IndexSizeError: 1,
    HierarchyRequestError: 3,
    WrongDocumentError: 4,
    InvalidCharacterError: 5,
    NoModificationAllowedError: 7,
    NotFoundError: 8,
    NotSupportedError: 9,
    InUseAttributeError: 10,
    InvalidStateError: 11,
    SyntaxError: 12,
    InvalidModificationError: 13,
    NamespaceError: 14,
    InvalidAccessError: 15,
    TypeMismatchError: 17,
    SecurityError: 18,
    NetworkError: 19,
    AbortError: 20,
    URLMismatchError: 21,
    QuotaExceededError: 22,
    TimeoutError: 23,
    InvalidNodeTypeError: 24,
    DataCloneError: 25,
    EncodingError: 0,
    NotReadableError: 0,
    UnknownError: 0,
    ConstraintError: 0,
    DataError: 0,
    TransactionInactiveError: 0,
    ReadOnlyError: 0,
    VersionError: 0,
    OperationError: 0,
    NotAllowedError: 0,
    OptOutError: 0,
  };

  // https://webidl.spec.whatwg.org/#idl-DOMException: the legacy code constants.
  const constants = {
    INDEX_SIZE_ERR: 1,
    DOMSTRING_SIZE_ERR: 2,
    HIERARCHY_REQUEST_ERR: 3,
    WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5,
    NO_DATA_ALLOWED_ERR: 6,
    NO_MODIFICATION_ALLOWED_ERR: 7,
    NOT_FOUND_ERR: 8,
    NOT_SUPPORTED_ERR: 9,
    INUSE_ATTRIBUTE_ERR: 10,
    INVALID_STATE_ERR: 11,
    SYNTAX_ERR: 12,
    INVALID_MODIFICATION_ERR: 13,
    NAMESPACE_ERR: 14,
    INVALID_ACCESS_ERR: 15,
    VALIDATION_ERR: 16,
    TYPE_MISMATCH_ERR: 17,
    SECURITY_ERR: 18,
    NETWORK_ERR: 19,
    ABORT_ERR: 20,
    URL_MISMATCH_ERR: 21,
    QUOTA_EXCEEDED_ERR: 22,
    TIMEOUT_ERR: 23,
    INVALID_NODE_TYPE_ERR: 24,
    DATA_CLONE_ERR: 25,
  };

  const hasOwn = Object.prototype.hasOwnProperty;

  // Gives a new DOMException an own `stack` like the one Error instances have.
  function captureStack(exception, name, message) {
    if (typeof Error.captureStackTrace === 'function') {
      // V8 and GraalJS: the stack header is computed from the name/message getters.
      Error.captureStackTrace(exception, DOMException);
      if (typeof exception.stack === 'string') return;
    }
    // Elsewhere: borrow the frames of a fresh Error, minus the frame of this constructor.
    const frames = String(new Error().stack || '').split('\n').filter((line) => /^\s*at\s/.test(line));
    while (frames.length && /captureStack|DOMException/.test(frames[0])) frames.shift();
    const header = message === '' ? name : `${name}: ${message}`;
    Object.defineProperty(exception, 'stack', {
      value: [header, ...frames].join('\n'), writable: true, enumerable: false, configurable: true,
    });
  }

  class DOMException {
    #name;
    #message;

    // https://webidl.spec.whatwg.org/#dom-domexception-domexception
    constructor(message = '', name = 'Error') {
      // Arguments are converted before the steps run.
      message = lib.webidl.toDOMString(message);
      name = lib.webidl.toDOMString(name);
      // 1. Set this's name to name.
      this.#name = name;
      // 2. Set this's message to message.
      this.#message = message;
      captureStack(this, name, message);
    }

    // https://webidl.spec.whatwg.org/#dom-domexception-name
    // "The name getter steps are to return this's name."
    get name() {
      if (!(#name in this)) lib.webidl.illegalInvocation();
      return this.#name;
    }

    // https://webidl.spec.whatwg.org/#dom-domexception-message
    // "The message getter steps are to return this's message."
    get message() {
      if (!(#name in this)) lib.webidl.illegalInvocation();
      return this.#message;
    }

    // https://webidl.spec.whatwg.org/#dom-domexception-code
    // "The code getter steps are to return the legacy code indicated in the DOMException names
    //  table for this's name, or 0 if no such entry exists in the table."
    get code() {
      if (!(#name in this)) lib.webidl.illegalInvocation();
      return hasOwn.call(errorNames, this.#name) ? errorNames[this.#name] : 0;
    }
  }

  lib.webidl.defineInterface(DOMException, { constants });
  // https://webidl.spec.whatwg.org/#es-DOMException-specialness
  // "The [[Prototype]] internal slot of DOMException.prototype must be set to %Error.prototype%."
  Object.setPrototypeOf(DOMException.prototype, Error.prototype);

  lib.DOMException = DOMException;
})
