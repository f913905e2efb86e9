// AbortController and AbortSignal (https://dom.spec.whatwg.org/#aborting-ongoing-activities),
// including AbortSignal.timeout() and AbortSignal.any() (dependent signals).
// Adds: AbortController, AbortSignal on the global; lib.AbortController, lib.AbortSignal,
// lib.isAbortSignal, lib.signalIsAborted, lib.signalAddAlgorithm, lib.signalRemoveAlgorithm,
// lib.signalAbort, lib.createAbortSignal.
(function (host, lib) {
  'use strict';

  const { webidl } = lib;

  // The internal slots of a signal, or undefined for anything that is not an AbortSignal.
  let signalSlots;

  function brand(value) {
    const s = signalSlots(value);
    if (!s) webidl.illegalInvocation();
    return s;
  }

  // https://dom.spec.whatwg.org/#interface-AbortSignal
  class AbortSignal extends lib.EventTarget {
    #slots = {
      // "An AbortSignal object has an associated abort reason (a JavaScript value), which is
      //  initially undefined." (aborted = abort reason is not undefined)
      abortReason: undefined,
      // "abort algorithms, (a set of algorithms which are to be executed when it is aborted), which
      //  is initially empty."
      abortAlgorithms: new Set(),
      // "dependent (a boolean), which is initially false."
      dependent: false,
      // "source signals (a weak set of AbortSignal objects ...), which is initially empty."
      sourceSignals: new Set(),
      // "dependent signals (a weak set of AbortSignal objects ...), which is initially empty."
      // Deviation: both sets hold their signals strongly (ordered, and a dependent with abort
      // listeners must stay alive); a dependent is released when its source aborts.
      dependentSignals: new Set(),
    };

    // No public constructor: https://dom.spec.whatwg.org/#interface-AbortSignal has none.
    constructor(token = undefined) {
      if (token !== webidl.internal) webidl.illegalConstructor();
      super();
    }

    static {
      signalSlots = (value) => (webidl.isObject(value) && #slots in value ? value.#slots : undefined);
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-abort
    static abort(reason = undefined) {
      // 1. Let signal be a new AbortSignal object.
      const signal = new AbortSignal(webidl.internal);
      // 2. Set signal's abort reason to reason if it is given; otherwise to a new "AbortError" DOMException.
      signalSlots(signal).abortReason = reason !== undefined ? reason : defaultReason();
      // 3. Return signal.
      return signal;
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-timeout
    static timeout(milliseconds) {
      webidl.requireArguments(arguments.length, 1, 'timeout', 'AbortSignal');
      try {
        milliseconds = webidl.toUnsignedLongLong(milliseconds, { enforceRange: true });
      } catch (e) {
        throw new TypeError(`Failed to execute 'timeout' on 'AbortSignal': ${e.message}`);
      }
      // https://webidl.spec.whatwg.org/#abstract-opdef-converttoint: for 64 bits the upper bound
      // is 2^53 - 1 (webidl.toInteger checks 2^64 - 1).
      if (milliseconds > Number.MAX_SAFE_INTEGER) {
        throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.");
      }
      // 1. Let signal be a new AbortSignal object.
      const signal = new AbortSignal(webidl.internal);
      // 2. Let global be signal's relevant global object.
      // 3. Run steps after a timeout given global, "AbortSignal-timeout", milliseconds, and the
      //    following step: Queue a global task on the timer task source given global to signal
      //    abort given signal and a new "TimeoutError" DOMException.
      //    (lib.schedule runs fn as a task; keepAlive false: a pending timeout alone does not keep
      //    the event loop running.)
      lib.schedule(() => signalAbort(signal, new lib.DOMException('signal timed out', 'TimeoutError')), milliseconds, false);
      // 4. Return signal.
      return signal;
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-any
    static any(signals) {
      webidl.requireArguments(arguments.length, 1, 'any', 'AbortSignal');
      signals = webidl.toSequence(signals, (value) => {
        if (!signalSlots(value)) {
          throw new TypeError("Failed to execute 'any' on 'AbortSignal': Failed to convert value to 'AbortSignal'.");
        }
        return value;
      }, "Failed to execute 'any' on 'AbortSignal'");
      // "return the result of creating a dependent abort signal from signals using AbortSignal
      //  and the current realm."
      return createDependentAbortSignal(signals);
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-aborted: "return true if this is aborted; otherwise false."
    get aborted() {
      return brand(this).abortReason !== undefined;
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-reason: "return this's abort reason."
    get reason() {
      return brand(this).abortReason;
    }

    // https://dom.spec.whatwg.org/#dom-abortsignal-throwifaborted
    // "If this is aborted, then throw this's abort reason."
    throwIfAborted() {
      const s = brand(this);
      if (s.abortReason !== undefined) throw s.abortReason;
    }
  }

  // Chromium's message for the default reason.
  function defaultReason() {
    return new lib.DOMException('signal is aborted without reason', 'AbortError');
  }

  // https://dom.spec.whatwg.org/#create-a-dependent-abort-signal
  function createDependentAbortSignal(signals) {
    // 1. Let resultSignal be a new object implementing signalInterface using realm.
    const resultSignal = new AbortSignal(webidl.internal);
    const result = signalSlots(resultSignal);
    // 2. For each signal of signals: if signal is aborted, then set resultSignal's abort reason to
    //    signal's abort reason and return resultSignal.
    for (const signal of signals) {
      const s = signalSlots(signal);
      if (s.abortReason !== undefined) {
        result.abortReason = s.abortReason;
        return resultSignal;
      }
    }
    // 3. Set resultSignal's dependent to true.
    result.dependent = true;
    // 4. For each signal of signals:
    for (const signal of signals) {
      const s = signalSlots(signal);
      if (!s.dependent) {
        // 4.1 If signal's dependent is false, then: append signal to resultSignal's source
        //     signals; append resultSignal to signal's dependent signals.
        result.sourceSignals.add(signal);
        s.dependentSignals.add(resultSignal);
      } else {
        // 4.2 Otherwise, for each sourceSignal of signal's source signals: (assert: sourceSignal
        //     is not aborted and not dependent) append sourceSignal to resultSignal's source
        //     signals; append resultSignal to sourceSignal's dependent signals.
        for (const sourceSignal of s.sourceSignals) {
          result.sourceSignals.add(sourceSignal);
          signalSlots(sourceSignal).dependentSignals.add(resultSignal);
        }
      }
    }
    // 5. Return resultSignal.
    return resultSignal;
  }

  // https://dom.spec.whatwg.org/#abortsignal-signal-abort
  function signalAbort(signal, reason = undefined) {
    const s = signalSlots(signal);
    // 1. If signal is aborted, then return.
    if (s.abortReason !== undefined) return;
    // 2. Set signal's abort reason to reason if it is given; otherwise to a new "AbortError" DOMException.
    s.abortReason = reason !== undefined ? reason : defaultReason();
    // 3. Let dependentSignalsToAbort be a new list.
    const dependentSignalsToAbort = [];
    // 4. For each dependentSignal of signal's dependent signals: if dependentSignal is not aborted,
    //    then set dependentSignal's abort reason to signal's abort reason and append
    //    dependentSignal to dependentSignalsToAbort.
    for (const dependentSignal of s.dependentSignals) {
      const d = signalSlots(dependentSignal);
      if (d.abortReason === undefined) {
        d.abortReason = s.abortReason;
        dependentSignalsToAbort.push(dependentSignal);
      }
    }
    // (An aborted signal never aborts again: its dependents need not be kept any longer.)
    s.dependentSignals.clear();
    // 5. Run the abort steps for signal.
    runAbortSteps(signal, s);
    // 6. For each dependentSignal of dependentSignalsToAbort, run the abort steps for dependentSignal.
    for (const dependentSignal of dependentSignalsToAbort) runAbortSteps(dependentSignal, signalSlots(dependentSignal));
  }

  // https://dom.spec.whatwg.org/#run-the-abort-steps
  function runAbortSteps(signal, s) {
    // 1. For each algorithm of signal's abort algorithms: run algorithm.
    //    (Iterates a copy: an algorithm may remove others, e.g. by removing event listeners.)
    const algorithms = Array.from(s.abortAlgorithms);
    // 2. Empty signal's abort algorithms.
    s.abortAlgorithms.clear();
    for (const algorithm of algorithms) algorithm();
    // 3. Fire an event named abort at signal.
    lib.fireEvent(signal, 'abort');
  }

  // https://dom.spec.whatwg.org/#interface-abortcontroller
  class AbortController {
    #signal;

    // https://dom.spec.whatwg.org/#dom-abortcontroller-abortcontroller
    constructor() {
      // 1. Let signal be a new AbortSignal object.
      // 2. Set this's signal to signal.
      this.#signal = new AbortSignal(webidl.internal);
    }

    // https://dom.spec.whatwg.org/#dom-abortcontroller-signal: "return this's signal."
    get signal() {
      if (!(#signal in this)) webidl.illegalInvocation();
      return this.#signal;
    }

    // https://dom.spec.whatwg.org/#dom-abortcontroller-abort
    // "signal abort on this with reason if it is given."
    abort(reason = undefined) {
      if (!(#signal in this)) webidl.illegalInvocation();
      signalAbort(this.#signal, reason);
    }
  }

  webidl.defineInterface(AbortSignal, { length: 0 });
  lib.defineEventHandler(AbortSignal.prototype, 'onabort', (value) => signalSlots(value) !== undefined);
  webidl.defineInterface(AbortController);

  lib.AbortSignal = AbortSignal;
  lib.AbortController = AbortController;
  lib.isAbortSignal = (value) => signalSlots(value) !== undefined;
  // https://dom.spec.whatwg.org/#abortsignal-aborted
  lib.signalIsAborted = (signal) => signalSlots(signal).abortReason !== undefined;
  // https://dom.spec.whatwg.org/#abortsignal-add
  // "1. If signal is aborted, then return. 2. Append algorithm to signal's abort algorithms."
  lib.signalAddAlgorithm = (signal, algorithm) => {
    const s = signalSlots(signal);
    if (s.abortReason !== undefined) return;
    s.abortAlgorithms.add(algorithm);
  };
  // https://dom.spec.whatwg.org/#abortsignal-remove
  // "remove an algorithm algorithm from an AbortSignal signal, remove algorithm from signal's abort algorithms."
  lib.signalRemoveAlgorithm = (signal, algorithm) => {
    signalSlots(signal).abortAlgorithms.delete(algorithm);
  };
  lib.signalAbort = signalAbort;
  // A new, not aborted signal for bindings that own its controller side.
  lib.createAbortSignal = () => new AbortSignal(webidl.internal);
})
