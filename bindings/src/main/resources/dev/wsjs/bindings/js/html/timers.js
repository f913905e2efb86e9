// HTML timers (https://html.spec.whatwg.org/#timers): setTimeout, setInterval, clearTimeout,
// clearInterval over one-shot host timers, plus lib.schedule/lib.unschedule for internal timers
// that user code cannot see or clear. The host runs each due timer as its own task.
(function (host, lib) {
  'use strict';
  const { expose, toLong, setLength, requireArguments } = lib.webidl;

  // The map of active timers: id -> { handler, args, timeout, repeat, nesting, internal }
  const active = new Map();
  let nextId = 1;
  // The timer nesting level of the task that is running now (0 outside timer tasks).
  let currentNesting = 0;

  function fired(id) {
    const timer = active.get(id);
    if (timer === undefined) return;
    // https://html.spec.whatwg.org/#timer-initialisation-steps
    // 8.1 "If id does not exist in global's map of active timers, then abort these steps." (checked above)
    if (timer.internal) {
      active.delete(id);
      timer.handler();
      return;
    }
    const saved = currentNesting;
    currentNesting = timer.nesting;
    try {
      // 8.4 "If handler is a Function, then invoke handler given arguments and "report", and with callback this value set to thisArg."
      if (typeof timer.handler === 'function') {
        try {
          Reflect.apply(timer.handler, globalThis, timer.args);
        } catch (e) {
          report(e);
        }
      } else {
        // 8.5 Otherwise: create a classic script from handler and run it (an indirect eval: global scope).
        try {
          (0, eval)(timer.handler);
        } catch (e) {
          report(e);
        }
      }
    } finally {
      currentNesting = saved;
    }
    // 8.6 "If id does not exist in global's map of active timers, then abort these steps."
    if (!active.has(id)) return;
    if (timer.repeat) {
      // 8.8 "If repeat is true, then perform the timer initialization steps again, given global,
      //      handler, timeout, arguments, true, and id." (nesting level +1 each time)
      timer.nesting += 1;
      start(id, timer);
    } else {
      // 8.9 "Otherwise, remove global's map of active timers[id]."
      active.delete(id);
    }
  }
  host.onTimerFired(fired);

  function report(e) {
    if (lib.reportException) lib.reportException(e);
    else throw e;
  }

  function start(id, timer) {
    // 5. "If timeout is less than 0, then set timeout to 0."
    let timeout = timer.timeout < 0 ? 0 : timer.timeout;
    // 6. "If nesting level is greater than 5, and timeout is less than 4, then set timeout to 4."
    if (timer.nesting > 5 && timeout < 4) timeout = 4;
    host.timerStart(id, timeout, true);
  }

  // https://html.spec.whatwg.org/#timer-initialisation-steps
  function initialize(handler, timeout, args, repeat) {
    // The handler: a Function, or else converted to a string now (TrustedScript/DOMString).
    if (typeof handler !== 'function') handler = String(handler);
    // 3. "If previousId was given, let id be previousId; otherwise, let id be an implementation-defined
    //    integer that is greater than zero and does not already exist in global's map of active timers."
    while (active.has(nextId) || nextId <= 0) nextId = nextId >= 0x7fffffff ? 1 : nextId + 1;
    const id = nextId;
    nextId = nextId >= 0x7fffffff ? 1 : nextId + 1;
    // 4. "If the surrounding agent's event loop's currently running task is a task that was created by
    //    this algorithm, then let nesting level be the task's timer nesting level. Otherwise, let nesting level be 0."
    // 7. "Increment nesting level by one." / 8. "Let task's timer nesting level be nesting level."
    const timer = { handler, args, timeout: toLong(timeout), repeat, nesting: currentNesting + 1, internal: false };
    active.set(id, timer);
    start(id, timer);
    return id;
  }

  function clear(id) {
    // https://html.spec.whatwg.org/#dom-cleartimeout: "remove this's map of active timers[id]."
    id = toLong(id);
    const timer = active.get(id);
    if (timer === undefined || timer.internal) return;
    active.delete(id);
    host.timerCancel(id);
  }

  // https://html.spec.whatwg.org/#dom-settimeout
  function setTimeout(handler, timeout = 0, ...args) {
    if (arguments.length === 0) requireArguments(0, 1, 'setTimeout', 'Window');
    return initialize(handler, timeout, args, false);
  }
  // https://html.spec.whatwg.org/#dom-setinterval
  function setInterval(handler, timeout = 0, ...args) {
    if (arguments.length === 0) requireArguments(0, 1, 'setInterval', 'Window');
    return initialize(handler, timeout, args, true);
  }
  function clearTimeout(id = 0) {
    clear(id);
  }
  function clearInterval(id = 0) {
    clear(id);
  }
  // Web IDL lengths: setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments) -> 1
  for (const [fn, length] of [[setTimeout, 1], [setInterval, 1], [clearTimeout, 0], [clearInterval, 0]]) {
    expose(fn.name, setLength(fn, length));
  }

  // Internal timers for other bindings (AbortSignal.timeout, WebSocket timeouts): ids are negative,
  // so user code cannot clear them; keepAlive false lets the loop go idle while they are pending.
  let nextInternal = -1;
  lib.schedule = function (fn, ms, keepAlive = true) {
    const id = nextInternal--;
    active.set(id, { handler: fn, internal: true });
    host.timerStart(id, Math.max(0, ms), keepAlive);
    return id;
  };
  lib.unschedule = function (id) {
    if (active.delete(id)) host.timerCancel(id);
  };
})
