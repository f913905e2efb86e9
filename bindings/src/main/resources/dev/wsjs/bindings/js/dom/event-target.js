// EventTarget and event dispatch (https://dom.spec.whatwg.org/#interface-eventtarget), HTML event
// handler IDL attributes (https://html.spec.whatwg.org/#event-handler-attributes), and the global
// object as an EventTarget (window is one in browsers). Targets have no parents: an event's path
// is just its target.
// Adds: EventTarget on the global; lib.EventTarget, lib.isEventTarget, lib.dispatchEvent,
// lib.fireEvent, lib.defineEventHandler; global onerror/onunhandledrejection/onrejectionhandled.
(function (host, lib) {
  'use strict';

  const { webidl } = lib;
  const global = globalThis;
  const AT_TARGET = 2;
  const apply = Reflect.apply;

  // The internal slots of an event target: its event listener list and event handler map, both
  // kept as records keyed by event type with no prototype (see newSlots).
  // Optimisation: these are plain objects rather than Maps, so that finding the listeners of a
  // message costs a property read and no call of a built-in: a built-in's compiled code is shared by
  // every caller, and the first call with new argument types anywhere (a timer's Map of numbers,
  // user code) would invalidate the compiled message path that calls it.
  const newSlots = () => ({ eventListenerList: Object.create(null), eventHandlerMap: null });
  // The global object cannot get private fields, so its internal slots are kept here.
  const globalSlots = newSlots();

  // The internal slots of an event target, or undefined for anything that is not one.
  let targetSlots;
  // Calls callback(event) with target as the this value (see the static block below).
  let callWithTarget;

  class EventTarget {
    // https://dom.spec.whatwg.org/#concept-event-listener-list and
    // https://html.spec.whatwg.org/#event-handler-map.
    // Optimisation: the event listener list is kept per type (type -> list, in order); only
    // listeners of the event's type can ever run, so this is not observable.
    #slots = newSlots();
    // The function that callWithTarget is calling, for the duration of the call.
    #callee = undefined;

    // https://dom.spec.whatwg.org/#dom-eventtarget-eventtarget
    // "The new EventTarget() constructor steps are to do nothing."
    constructor() {}

    static {
      targetSlots = (value) => {
        if (value === global) return globalSlots;
        return typeof value === 'object' && value !== null && #slots in value ? value.#slots : undefined;
      };
      // Invoking a callback with the event's currentTarget as its this value, written as a method
      // call through a private field: the same call as Reflect.apply(callback, target, [event]),
      // without the built-in's shared call site and the arguments array (see newSlots). The global
      // object has no private fields and goes through Reflect.apply.
      callWithTarget = (target, callback, event) => {
        if (target === global) return apply(callback, target, [event]);
        target.#callee = callback;
        try {
          return target.#callee(event);
        } finally {
          target.#callee = undefined;
        }
      };
    }

    // https://dom.spec.whatwg.org/#dom-eventtarget-addeventlistener
    addEventListener(type, callback, options = undefined) {
      // https://webidl.spec.whatwg.org/#dfn-create-operation-function: a null or undefined
      // this value means the global object.
      const target = this ?? global;
      const slots = brand(target);
      webidl.requireArguments(arguments.length, 2, 'addEventListener', 'EventTarget');
      type = webidl.toDOMString(type);
      callback = toEventListener(callback, 'addEventListener');
      // 1. Let capture, passive, once, and signal be the result of flattening more options.
      const { capture, passive, once, signal } = flattenMore(options);
      // 2. Add an event listener with this and an event listener whose type is type, callback is
      //    callback, capture is capture, passive is passive, once is once, and signal is signal.
      addAnEventListener(slots, { type, callback, capture, passive, once, signal, removed: false, abortSteps: null, handler: false });
    }

    // https://dom.spec.whatwg.org/#dom-eventtarget-removeeventlistener
    removeEventListener(type, callback, options = undefined) {
      const target = this ?? global;
      const slots = brand(target);
      webidl.requireArguments(arguments.length, 2, 'removeEventListener', 'EventTarget');
      type = webidl.toDOMString(type);
      callback = toEventListener(callback, 'removeEventListener');
      // 1. Let capture be the result of flattening options.
      const capture = flatten(options);
      // 2. If this's event listener list contains an event listener whose type is type, callback
      //    is callback, and capture is capture, then remove an event listener with this and that
      //    event listener.
      const list = slots.eventListenerList[type];
      if (!list) return;
      const listener = list.find((l) => l.callback === callback && l.capture === capture);
      if (listener) removeAnEventListener(slots, listener);
    }

    // https://dom.spec.whatwg.org/#dom-eventtarget-dispatchevent
    dispatchEvent(event) {
      const target = this ?? global;
      brand(target);
      webidl.requireArguments(arguments.length, 1, 'dispatchEvent', 'EventTarget');
      const s = lib.eventSlots(event);
      if (!s) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      // 1. If event's dispatch flag is set, or if its initialized flag is not set, then throw an
      //    "InvalidStateError" DOMException.
      if (s.dispatch || !s.initialized) {
        throw new lib.DOMException("Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", 'InvalidStateError');
      }
      // 2. Initialize event's isTrusted attribute to false.
      s.isTrusted = false;
      // 3. Return the result of dispatching event to this.
      return dispatch(target, event);
    }
  }

  function brand(target) {
    const slots = targetSlots(target);
    if (!slots) webidl.illegalInvocation();
    return slots;
  }

  // EventListener? (a callback interface): null/undefined -> null; any object is accepted.
  function toEventListener(value, operation) {
    if (value === undefined || value === null) return null;
    if (!webidl.isObject(value)) {
      throw new TypeError(`Failed to execute '${operation}' on 'EventTarget': parameter 2 is not of type 'Object'.`);
    }
    return value;
  }

  // https://dom.spec.whatwg.org/#concept-flatten-options
  // "1. If options is a boolean, then return options. 2. Return options["capture"]."
  // (EventListenerOptions or boolean): null/undefined/objects are the dictionary, anything else a boolean.
  function flatten(options) {
    if (options === undefined || options === null) return false;
    if (!webidl.isObject(options)) return Boolean(options);
    return Boolean(options.capture);
  }

  // https://dom.spec.whatwg.org/#event-flatten-more
  function flattenMore(options) {
    // 1. Let capture be the result of flattening options.
    // 2. Let once be false. 3. Let passive and signal be null.
    const result = { capture: flatten(options), once: false, passive: null, signal: null };
    // 4. If options is a dictionary, then: set once to options["once"]; if options["passive"]
    //    exists, set passive to it; if options["signal"] exists, set signal to it.
    if (webidl.isObject(options)) {
      result.once = Boolean(options.once);
      const passive = options.passive;
      if (passive !== undefined) result.passive = Boolean(passive);
      const signal = options.signal;
      if (signal !== undefined) {
        if (!lib.isAbortSignal || !lib.isAbortSignal(signal)) {
          throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': Failed to read the 'signal' property from 'AddEventListenerOptions': Failed to convert value to 'AbortSignal'.");
        }
        result.signal = signal;
      }
    }
    // 5. Return capture, passive, once, and signal.
    return result;
  }

  // https://dom.spec.whatwg.org/#add-an-event-listener
  function addAnEventListener(slots, listener) {
    // 2. If listener's signal is not null and is aborted, then return.
    if (listener.signal !== null && lib.signalIsAborted(listener.signal)) return;
    // 3. If listener's callback is null, then return.
    if (listener.callback === null) return;
    // 4. If listener's passive is null, then set it to the default passive value given listener's
    //    type and eventTarget. (Only touch and wheel events on nodes default to true.)
    if (listener.passive === null) listener.passive = false;
    // 5. If eventTarget's event listener list does not contain an event listener whose type is
    //    listener's type, callback is listener's callback, and capture is listener's capture, then
    //    append listener to eventTarget's event listener list.
    let list = slots.eventListenerList[listener.type];
    if (!list) slots.eventListenerList[listener.type] = list = [];
    if (list.some((l) => l.callback === listener.callback && l.capture === listener.capture)) {
      // Step 6 would add abort steps removing this (never appended) listener: a no-op, so skipped.
      return;
    }
    list.push(listener);
    // 6. If listener's signal is not null, then add the following abort steps to it:
    //    Remove an event listener with eventTarget and listener.
    if (listener.signal !== null) {
      listener.abortSteps = () => removeAnEventListener(slots, listener);
      lib.signalAddAlgorithm(listener.signal, listener.abortSteps);
    }
  }

  // https://dom.spec.whatwg.org/#remove-an-event-listener
  function removeAnEventListener(slots, listener) {
    // 2. Set listener's removed to true and remove listener from eventTarget's event listener list.
    listener.removed = true;
    const list = slots.eventListenerList[listener.type];
    const index = list ? list.indexOf(listener) : -1;
    if (index !== -1) {
      list.splice(index, 1);
      if (list.length === 0) delete slots.eventListenerList[listener.type];
    }
    // Not in the spec, not observable: a removed listener's abort steps would do nothing, so they
    // are dropped now rather than kept alive by the signal.
    if (listener.abortSteps) {
      lib.signalRemoveAlgorithm(listener.signal, listener.abortSteps);
      listener.abortSteps = null;
    }
  }

  // https://dom.spec.whatwg.org/#concept-event-dispatch (without a tree: the path is the target).
  // This is the hot path of every WebSocket message, so "invoke" and "inner invoke" are written
  // into it rather than called: fewer, smaller functions for the JIT to compile.
  function dispatch(target, event) {
    const s = lib.eventSlots(event);
    const slots = targetSlots(target);
    if (!slots) throw new TypeError('dispatch: the target is not an EventTarget');
    // 1. Set event's dispatch flag.
    s.dispatch = true;
    try {
      // 5. ... Append to an event path with event, target, targetOverride, relatedTarget,
      //    touchTargets, and false. (get the parent of target returns null, so the path is this
      //    one struct: event.js keeps it as the target itself.)
      s.path = target;
      // 5.13 For each struct in event's path, in reverse order: ... set event's eventPhase
      //      attribute to AT_TARGET; invoke with struct, event, "capturing".
      // 5.14 For each struct in event's path: ... set event's eventPhase attribute to AT_TARGET;
      //      invoke with struct, event, "bubbling".
      for (let capturing = true; ; capturing = false) {
        s.eventPhase = AT_TARGET;
        // https://dom.spec.whatwg.org/#concept-event-listener-invoke
        // 1. Set event's target to the shadow-adjusted target of the last struct in event's path ...
        s.target = target;
        // 4. If event's stop propagation flag is set, then return.
        if (s.stopPropagation) break;
        // 5. Initialize event's currentTarget attribute to struct's invocation target.
        s.currentTarget = target;
        // 6. Let listeners be a clone of event's currentTarget attribute value's event listener
        //    list. NOTE: This avoids event listeners added after this point from being run. Note
        //    that removal still has an effect due to the removed field. (One listener needs no
        //    copy: it is read before anything can run.)
        const list = slots.eventListenerList[s.type];
        if (list !== undefined) {
          const count = list.length;
          const listeners = count === 1 ? list : list.slice();
          // 7. Let found be the result of running inner invoke with event, listeners, phase, ...
          // https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke
          // 2. For each listener of listeners, whose removed is false:
          for (let i = 0; i < count; i++) {
            const listener = listeners[i];
            if (listener.removed) continue;
            // 2.1 If event's type attribute value is not listener's type, then continue. (Lists are per type.)
            // 2.3 If phase is "capturing" and listener's capture is false, then continue.
            // 2.4 If phase is "bubbling" and listener's capture is true, then continue.
            if (listener.capture !== capturing) continue;
            // 2.5 If listener's once is true, then remove an event listener given event's
            //     currentTarget attribute value and listener.
            if (listener.once) removeAnEventListener(slots, listener);
            // 2.9 If listener's passive is true, then set event's in passive listener flag.
            if (listener.passive) s.inPassiveListener = true;
            // 2.11 Call a user object's operation with listener's callback, "handleEvent",
            //      « event », and event's currentTarget attribute value. If this throws an
            //      exception exception: report exception for listener's callback's associated
            //      realm's global object. (An event handler's listener runs the event handler
            //      processing algorithm directly: its callback is never visible to scripts.)
            try {
              if (listener.handler) processEventHandler(slots, listener.type, event, s);
              else callUserObjectOperation(listener.callback, event, target);
            } catch (exception) {
              reportException(exception);
            }
            // 2.12 Unset event's in passive listener flag.
            s.inPassiveListener = false;
            // 2.14 If event's stop immediate propagation flag is set, then break.
            if (s.stopImmediatePropagation) break;
          }
        }
        if (!capturing) break;
      }
    } finally {
      // 6. Set event's eventPhase attribute to NONE.
      s.eventPhase = 0;
      // 7. Set event's currentTarget attribute to null.
      s.currentTarget = null;
      // 8. Set event's path to the empty list.
      s.path = null;
      // 9. Unset event's dispatch flag, stop propagation flag, and stop immediate propagation flag.
      s.dispatch = false;
      s.stopPropagation = false;
      s.stopImmediatePropagation = false;
    }
    // 12. Return false if event's canceled flag is set; otherwise true.
    return !s.canceled;
  }

  // https://webidl.spec.whatwg.org/#call-a-user-objects-operation with opName "handleEvent".
  function callUserObjectOperation(callback, event, thisArg) {
    // 7. If ! IsCallable(O) is true, then set X to O (and thisArg stays the callback this value).
    if (typeof callback === 'function') return callWithTarget(thisArg, callback, event);
    // 8. Otherwise: 1. Let getResult be Get(O, opName). 3. Set X to getResult.[[Value]].
    //    4. If ! IsCallable(X) is false, then throw a TypeError. 5. Set thisArg to O.
    const handleEvent = callback.handleEvent;
    if (typeof handleEvent !== 'function') {
      throw new TypeError("Failed to execute 'handleEvent' on 'EventListener': The provided callback is not callable.");
    }
    return apply(handleEvent, callback, [event]);
  }

  function reportException(exception) {
    if (typeof lib.reportException === 'function') lib.reportException(exception);
    else host.reportError(`Uncaught ${String(exception)}`);
  }

  // --- Event handlers (https://html.spec.whatwg.org/#event-handlers) ---

  function handlerMapOf(slots) {
    return slots.eventHandlerMap || (slots.eventHandlerMap = Object.create(null));
  }

  // https://html.spec.whatwg.org/#getting-the-current-value-of-the-event-handler
  function currentValue(slots, type) {
    const handler = slots.eventHandlerMap && slots.eventHandlerMap[type];
    return handler ? handler.value : null;
  }

  // https://html.spec.whatwg.org/#activate-an-event-handler
  function activate(slots, type) {
    // 1. Let eventHandler be eventTarget's event handler map[name].
    const eventHandler = handlerMapOf(slots)[type];
    // 2. If eventHandler's listener is not null, then return.
    if (eventHandler.listener !== null) return;
    // 3. Let callback be the result of creating a Web IDL EventListener instance representing a
    //    reference to a function of one argument that executes the steps of the event handler
    //    processing algorithm, given eventTarget, name, and its argument.
    //    (Here the listener names the event handler; dispatch runs the processing algorithm.)
    // 4. Let listener be a new event listener whose type is the event handler event type
    //    corresponding to eventHandler and callback is callback.
    const listener = { type, callback: eventHandler, capture: false, passive: null, once: false, signal: null, removed: false, abortSteps: null, handler: true };
    // 5. Add an event listener with eventTarget and listener.
    addAnEventListener(slots, listener);
    // 6. Set eventHandler's listener to listener.
    eventHandler.listener = listener;
  }

  // https://html.spec.whatwg.org/#deactivate-an-event-handler
  function deactivate(slots, type) {
    // 1-2. Let eventHandler be eventTarget's event handler map[name].
    const eventHandler = slots.eventHandlerMap && slots.eventHandlerMap[type];
    if (!eventHandler) return;
    // 3. Set eventHandler's value to null.
    eventHandler.value = null;
    // 4. Let listener be eventHandler's listener.
    // 5. If listener is not null, then remove an event listener with eventTarget and listener.
    if (eventHandler.listener !== null) removeAnEventListener(slots, eventHandler.listener);
    // 6. Set eventHandler's listener to null.
    eventHandler.listener = null;
  }

  // https://html.spec.whatwg.org/#the-event-handler-processing-algorithm
  function processEventHandler(slots, type, event, s) {
    // 1. Let callback be the result of getting the current value of the event handler given
    //    eventTarget and name.
    const callback = currentValue(slots, type);
    // 2. If callback is null, then return.
    if (callback === null) return;
    // 3. Let special error event handling be true if event is an ErrorEvent object, event's type
    //    is "error", and event's currentTarget implements the WindowOrWorkerGlobalScope mixin.
    const errorArguments = s.type === 'error' && s.currentTarget === global && typeof lib.errorEventArguments === 'function'
      ? lib.errorEventArguments(event) : null;
    // 4. Invoke callback with five arguments (message, filename, lineno, colno, error) if special
    //    error event handling is true, otherwise with one argument, event; with the callback this
    //    value set to event's currentTarget. Let return value be the callback's return value.
    //    If an exception gets thrown by the callback, end these steps and allow the exception to
    //    propagate. (https://webidl.spec.whatwg.org/#invoke-a-callback-function: a non-callable
    //    [LegacyTreatNonObjectAsNull] value returns undefined.)
    if (typeof callback !== 'function') return;
    const returnValue = errorArguments ? apply(callback, s.currentTarget, errorArguments) : callWithTarget(s.currentTarget, callback, event);
    // 5. If special error event handling is true: if return value is true, then set event's
    //    canceled flag. Otherwise: if return value is false, then set event's canceled flag.
    if (errorArguments ? returnValue === true : returnValue === false) {
      if (s.cancelable && !s.inPassiveListener) s.canceled = true;
    }
  }

  // Defines the event handler IDL attribute `name` ("onopen"; the event type "open" is accepted
  // too) on `proto` as an enumerable accessor. `isBranded(value)` optionally narrows the brand
  // check (default: any EventTarget).
  function defineEventHandler(proto, name, isBranded = undefined) {
    const attribute = name.startsWith('on') ? name : `on${name}`;
    const type = attribute.slice(2);
    const checked = (self) => {
      const target = self ?? global;
      const slots = targetSlots(target);
      if (!slots || (isBranded && !isBranded(target))) webidl.illegalInvocation();
      return slots;
    };
    const accessors = {
      // https://html.spec.whatwg.org/#event-handler-idl-attributes
      // "On getting, it must return the result of getting the current value of the event handler
      //  given this and name."
      get [attribute]() {
        return currentValue(checked(this), type);
      },
      // "On setting, if the given value is null, deactivate an event handler given this and name.
      //  Otherwise: 1. Let handlerMap be eventTarget's event handler map. 2. Let eventHandler be
      //  handlerMap[name]. 3. Set eventHandler's value to the given value. 4. Activate an event
      //  handler given eventTarget and name."
      set [attribute](value) {
        const slots = checked(this);
        // EventHandler is [LegacyTreatNonObjectAsNull]: any non-object is null.
        if (!webidl.isObject(value)) {
          deactivate(slots, type);
          return;
        }
        const map = handlerMapOf(slots);
        if (map[type] === undefined) map[type] = { value: null, listener: null };
        map[type].value = value;
        activate(slots, type);
      },
    };
    const desc = Object.getOwnPropertyDescriptor(accessors, attribute);
    Object.defineProperty(proto, attribute, { get: desc.get, set: desc.set, enumerable: true, configurable: true });
  }

  webidl.defineInterface(EventTarget);

  // --- The global object is an EventTarget ---
  // In browsers the global object is a Window, whose prototype chain includes EventTarget.prototype.
  // Here the global gets a prototype object inheriting from EventTarget.prototype, and the brand
  // check (targetSlots) accepts the global object itself.
  const globalTag = Object.prototype.toString.call(global).slice(8, -1);
  const globalPrototype = Object.create(EventTarget.prototype, {
    [Symbol.toStringTag]: { value: globalTag, writable: false, enumerable: false, configurable: true },
  });
  Object.setPrototypeOf(global, globalPrototype);
  // Window's own event handler attributes for errors (GlobalEventHandlers onerror,
  // WindowEventHandlers onunhandledrejection/onrejectionhandled); [Global] puts them on the object.
  defineEventHandler(global, 'onerror');
  defineEventHandler(global, 'onunhandledrejection');
  defineEventHandler(global, 'onrejectionhandled');

  lib.EventTarget = EventTarget;
  lib.isEventTarget = (value) => targetSlots(value) !== undefined;
  // https://dom.spec.whatwg.org/#concept-event-dispatch: returns false if the event was canceled.
  lib.dispatchEvent = dispatch;
  // https://dom.spec.whatwg.org/#concept-event-fire: "fire an event named type at target, using
  // ctor, with init's attributes"; the event is trusted. Returns the result of dispatching.
  lib.fireEvent = (target, type, ctor = lib.Event, init = undefined) => dispatch(target, lib.createTrustedEvent(ctor, type, init));
  lib.defineEventHandler = defineEventHandler;
})
