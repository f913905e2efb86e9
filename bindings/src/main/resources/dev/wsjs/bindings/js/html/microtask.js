// queueMicrotask (https://html.spec.whatwg.org/#dom-queuemicrotask) and unhandled promise
// rejections (https://html.spec.whatwg.org/#unhandled-promise-rejections), which GraalJS reports
// to a handler once the microtask queue has drained.
(function (host, lib) {
  'use strict';
  const resolved = Promise.resolve();

  function queueMicrotask(callback) {
    lib.webidl.requireArguments(arguments.length, 1, 'queueMicrotask', 'Window');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'queueMicrotask' on 'Window': The callback provided as parameter 1 is not a function.");
    }
    // "queue a microtask to invoke callback with « » and "report"" - an exception is reported, never
    // turned into a rejection of the promise job that carries it.
    resolved.then(() => {
      try {
        callback();
      } catch (e) {
        if (lib.reportException) lib.reportException(e);
        else host.reportError('Uncaught ' + (e && e.stack ? e.stack : String(e)));
      }
    });
  }
  lib.webidl.expose('queueMicrotask', queueMicrotask);

  // GraalJS with js.unhandled-rejections=handler calls this for every promise still rejected and
  // unhandled after the microtask checkpoint: the moment HTML "notifies about rejected promises".
  if (typeof Graal === 'object' && Graal && typeof Graal.setUnhandledPromiseRejectionHandler === 'function') {
    Graal.setUnhandledPromiseRejectionHandler((reason, promise) => {
      if (lib.reportRejection) {
        // "queue a global task on the DOM manipulation task source given global to run the following
        //  substep: ... fire an event named unhandledrejection" - a task of its own, so the microtasks
        // its listeners queue get their checkpoint.
        lib.schedule(() => lib.reportRejection(promise, reason), 0, true);
      } else {
        const text = reason instanceof Error ? (reason.stack || `${reason.name}: ${reason.message}`) : String(reason);
        host.reportError('Uncaught (in promise) ' + text);
      }
    });
  }
})
