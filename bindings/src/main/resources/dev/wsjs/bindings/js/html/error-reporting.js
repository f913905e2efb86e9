// HTML runtime script errors (https://html.spec.whatwg.org/#runtime-script-errors) and unhandled
// promise rejections (https://html.spec.whatwg.org/#unhandled-promise-rejections): ErrorEvent,
// PromiseRejectionEvent, and the reporting paths that fire them at the global object before
// printing `Uncaught ...` through host.reportError.
// Adds: ErrorEvent, PromiseRejectionEvent on the global; lib.ErrorEvent, lib.PromiseRejectionEvent,
// lib.errorEventArguments, lib.reportException, lib.reportRejection, lib.reportRejectionHandled.
(function (host, lib) {
  'use strict';

  const { webidl } = lib;
  const global = globalThis;

  function requireConstructArguments(present, required, iface) {
    if (present < required) {
      throw new TypeError(`Failed to construct '${iface}': ${required} argument${required === 1 ? '' : 's'} required, but only ${present} present.`);
    }
  }

  // [message, filename, lineno, colno, error] of an ErrorEvent, or null for any other value.
  let errorEventArguments;

  // https://html.spec.whatwg.org/#the-errorevent-interface
  class ErrorEvent extends lib.Event {
    #message;
    #filename;
    #lineno;
    #colno;
    #error;

    constructor(type, eventInitDict = undefined) {
      requireConstructArguments(arguments.length, 1, 'ErrorEvent');
      super(type, eventInitDict); // converts type and the EventInit members
      const init = eventInitDict ?? {};
      // ErrorEventInit members, in IDL dictionary order: colno, error, filename, lineno, message.
      const colno = init.colno === undefined ? 0 : webidl.toUnsignedLong(init.colno);
      // "The error attribute must return the value it was initialized to. When the object is
      //  created, this attribute must be initialized to null."
      const error = init.error === undefined ? null : init.error;
      const filename = init.filename === undefined ? '' : webidl.toUSVString(init.filename);
      const lineno = init.lineno === undefined ? 0 : webidl.toUnsignedLong(init.lineno);
      const message = init.message === undefined ? '' : webidl.toDOMString(init.message);
      this.#message = message;
      this.#filename = filename;
      this.#lineno = lineno;
      this.#colno = colno;
      this.#error = error;
    }

    static {
      errorEventArguments = (event) => (webidl.isObject(event) && #message in event
        ? [event.#message, event.#filename, event.#lineno, event.#colno, event.#error] : null);
    }

    // "The message attribute must return the value it was initialized to. It represents the error message."
    get message() {
      if (!(#message in this)) webidl.illegalInvocation();
      return this.#message;
    }

    // "The filename attribute must return the value it was initialized to. It represents the URL
    //  of the script in which the error originally occurred."
    get filename() {
      if (!(#message in this)) webidl.illegalInvocation();
      return this.#filename;
    }

    // "The lineno attribute must return the value it was initialized to. It represents the line
    //  number where the error occurred in the script."
    get lineno() {
      if (!(#message in this)) webidl.illegalInvocation();
      return this.#lineno;
    }

    // "The colno attribute must return the value it was initialized to. It represents the column
    //  number where the error occurred in the script."
    get colno() {
      if (!(#message in this)) webidl.illegalInvocation();
      return this.#colno;
    }

    // "The error attribute must return the value it was initialized to."
    get error() {
      if (!(#message in this)) webidl.illegalInvocation();
      return this.#error;
    }
  }

  // https://html.spec.whatwg.org/#the-promiserejectionevent-interface
  class PromiseRejectionEvent extends lib.Event {
    #promise;
    #reason;

    // constructor(DOMString type, PromiseRejectionEventInit eventInitDict): the dictionary has a
    // required member, so the argument is not optional.
    constructor(type, eventInitDict) {
      requireConstructArguments(arguments.length, 2, 'PromiseRejectionEvent');
      super(type, eventInitDict);
      const init = eventInitDict ?? {};
      // PromiseRejectionEventInit: required object promise; any reason.
      const promise = init.promise;
      if (promise === undefined) {
        throw new TypeError("Failed to construct 'PromiseRejectionEvent': Failed to read the 'promise' property from 'PromiseRejectionEventInit': Required member is undefined.");
      }
      if (!webidl.isObject(promise)) {
        throw new TypeError("Failed to construct 'PromiseRejectionEvent': Failed to read the 'promise' property from 'PromiseRejectionEventInit': The provided value is not of type 'object'.");
      }
      this.#promise = promise;
      this.#reason = init.reason;
    }

    // "The promise attribute must return the value it was initialized to. It represents the
    //  promise which this notification is about."
    get promise() {
      if (!(#promise in this)) webidl.illegalInvocation();
      return this.#promise;
    }

    // "The reason attribute must return the value it was initialized to. It represents the
    //  rejection reason for the promise."
    get reason() {
      if (!(#promise in this)) webidl.illegalInvocation();
      return this.#reason;
    }
  }

  // --- Rendering values for messages and the console ---

  function isError(value) {
    if (!webidl.isObject(value)) return false;
    return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
  }

  // Like Error.prototype.toString: "TypeError: message", or just the name or the message.
  function errorHeader(error) {
    try {
      const name = error.name === undefined ? 'Error' : String(error.name);
      const message = error.message === undefined ? '' : String(error.message);
      if (name === '') return message;
      if (message === '') return name;
      return `${name}: ${message}`;
    } catch {
      return 'Error';
    }
  }

  // Frames inside the platform's own resources (sources named "wsjs:dom/event-target.js" ...).
  const INTERNAL_FRAME = /\(wsjs:|^\s*at wsjs:/;

  // The "    at fn (file:line:col)" lines of an error's stack, without the platform's own frames
  // (as a browser shows no frames of its bindings), unless there is nothing else.
  function stackFrames(error) {
    let stack;
    try {
      stack = error.stack;
    } catch {
      return [];
    }
    if (typeof stack !== 'string') return [];
    const frames = stack.split('\n').filter((line) => /^\s+at\s/.test(line));
    const userFrames = frames.filter((line) => !INTERNAL_FRAME.test(line));
    return userFrames.length > 0 ? userFrames : frames;
  }

  // A short rendering for ErrorEvent.message (V8's wording for non-error objects: "#<Object>").
  function shortString(value) {
    if (isError(value)) return errorHeader(value);
    if (webidl.isObject(value)) {
      let name = 'Object';
      try {
        const ctor = value.constructor;
        if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') name = ctor.name;
      } catch { /* keep Object */ }
      return `#<${name}>`;
    }
    return String(value);
  }

  // The readable rendering printed after "Uncaught ": an error's header and stack frames, or the
  // console's rendering of any other value.
  function render(value) {
    if (isError(value)) return [errorHeader(value), ...stackFrames(value)].join('\n');
    try {
      return typeof lib.inspect === 'function' ? lib.inspect(value) : String(value);
    } catch {
      return shortString(value);
    }
  }

  // https://html.spec.whatwg.org/#extract-error
  function extractErrorInformation(exception) {
    // 1. Let attributes be an empty map keyed by IDL attributes.
    // 2. Set attributes[error] to exception.
    const attributes = { error: exception, message: '', filename: '', lineno: 0, colno: 0 };
    // 3. Set attributes[message], attributes[filename], attributes[lineno], and attributes[colno]
    //    to implementation-defined values derived from exception.
    //    (Chromium's message: "Uncaught " + the error's string; the location of the first frame.)
    attributes.message = `Uncaught ${shortString(exception)}`;
    if (isError(exception)) {
      for (const line of stackFrames(exception)) {
        const match = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
        if (match) {
          attributes.filename = match[1];
          attributes.lineno = Number(match[2]);
          attributes.colno = Number(match[3]);
          break;
        }
      }
    }
    // 4. Return attributes.
    return attributes;
  }

  // https://html.spec.whatwg.org/#in-error-reporting-mode
  let inErrorReportingMode = false;

  // https://html.spec.whatwg.org/#report-an-exception (for the global object)
  function reportException(exception) {
    // 1. Let notHandled be true.
    let notHandled = true;
    // 2. Let errorInfo be the result of extracting error information from exception.
    const errorInfo = extractErrorInformation(exception);
    // 6. If global is not in error reporting mode, then:
    if (!inErrorReportingMode) {
      // 6.1 Set global's in error reporting mode to true.
      inErrorReportingMode = true;
      try {
        // 6.2 If global implements EventTarget, then set notHandled to the result of firing an
        //     event named error at global, using ErrorEvent, with the cancelable attribute
        //     initialized to true, and additional attributes initialized according to errorInfo.
        notHandled = lib.fireEvent(global, 'error', ErrorEvent, { cancelable: true, ...errorInfo });
      } catch (internalError) {
        // Listener exceptions never get here (dispatch reports them); this is a platform bug.
        host.reportError(`Uncaught ${render(internalError)}`);
      } finally {
        // 6.3 Set global's in error reporting mode to false.
        inErrorReportingMode = false;
      }
    }
    // 7. If notHandled is true, then: 7.1 Set errorInfo[error] to null. ... 7.3 Otherwise, the
    //    user agent may report exception to a developer console.
    if (notHandled) host.reportError(`Uncaught ${render(exception)}`);
  }

  // https://html.spec.whatwg.org/#outstanding-rejected-promises-weak-set
  // (A weak map here: it also remembers each promise's [[PromiseResult]] for rejectionhandled.)
  const outstandingRejectedPromises = new WeakMap();

  // https://html.spec.whatwg.org/#notify-about-rejected-promises, for one promise p whose
  // [[PromiseIsHandled]] is false (the host decides that, and calls this from a task).
  function reportRejection(promise, reason) {
    // 2. Let notCanceled be the result of firing an event named unhandledrejection at global,
    //    using PromiseRejectionEvent, with the cancelable attribute initialized to true, the
    //    promise attribute initialized to p, and the reason attribute initialized to
    //    p.[[PromiseResult]].
    const notCanceled = lib.fireEvent(global, 'unhandledrejection', PromiseRejectionEvent, { cancelable: true, promise, reason });
    // 3. If notCanceled is true, then the user agent may report p.[[PromiseResult]] to a
    //    developer console. (Chromium's wording: "Uncaught (in promise) ...")
    if (notCanceled) host.reportError(`Uncaught (in promise) ${render(reason)}`);
    // 4. If p.[[PromiseIsHandled]] is false, then append p to global's outstanding rejected
    //    promises weak set.
    if (webidl.isObject(promise)) outstandingRejectedPromises.set(promise, reason);
  }

  // https://html.spec.whatwg.org/#the-hostpromiserejectiontracker-implementation, operation
  // "handle": a promise already reported as unhandled got a handler. The host calls this from a
  // task (the spec queues a global task on the DOM manipulation task source).
  function reportRejectionHandled(promise) {
    // "If promise is not in global's outstanding rejected promises weak set, then return."
    if (!outstandingRejectedPromises.has(promise)) return;
    const reason = outstandingRejectedPromises.get(promise);
    // "Remove promise from global's outstanding rejected promises weak set."
    outstandingRejectedPromises.delete(promise);
    // "Fire an event named rejectionhandled at global, using PromiseRejectionEvent, with the
    //  promise attribute initialized to promise, and the reason attribute initialized to
    //  promise.[[PromiseResult]]."
    lib.fireEvent(global, 'rejectionhandled', PromiseRejectionEvent, { promise, reason });
  }

  webidl.defineInterface(ErrorEvent);
  webidl.defineInterface(PromiseRejectionEvent);

  lib.ErrorEvent = ErrorEvent;
  lib.PromiseRejectionEvent = PromiseRejectionEvent;
  lib.errorEventArguments = errorEventArguments;
  lib.reportException = reportException;
  lib.reportRejection = reportRejection;
  lib.reportRejectionHandled = reportRejectionHandled;
})
