// Event and CustomEvent (https://dom.spec.whatwg.org/#interface-event).
// The dispatch algorithm lives in event-target.js; it reaches an event's internal slots (flags,
// target, path...) through lib.eventSlots, because private fields cannot be shared across files.
// Adds: Event, CustomEvent on the global; lib.Event, lib.CustomEvent, lib.eventSlots,
// lib.initializeEvent, lib.createTrustedEvent.
(function (host, lib) {
  'use strict';

  const { webidl } = lib;

  // Chromium's wording for a constructor called with too few arguments.
  function requireConstructArguments(present, required, iface) {
    if (present < required) {
      throw new TypeError(`Failed to construct '${iface}': ${required} argument${required === 1 ? '' : 's'} required, but only ${present} present.`);
    }
  }

  // https://dom.spec.whatwg.org/#ref-for-dom-event-istrusted: [LegacyUnforgeable], so isTrusted is
  // an own accessor of every instance; one getter function is shared by all of them.
  const isTrustedGetter = {
    get isTrusted() {
      const s = slotsOf(this);
      if (!s) webidl.illegalInvocation();
      return s.isTrusted;
    },
  };
  const isTrustedDescriptor = Object.getOwnPropertyDescriptor(isTrustedGetter, 'isTrusted');
  isTrustedDescriptor.configurable = false;
  isTrustedDescriptor.enumerable = true;

  // The internal slots record of an event, or undefined for anything that is not an Event.
  let slotsOf;

  class Event {
    // The event's internal slots (https://dom.spec.whatwg.org/#concept-event): one record, so that
    // the dispatch algorithm in event-target.js can read and set them through lib.eventSlots.
    #slots;

    // https://dom.spec.whatwg.org/#dom-event-event
    constructor(type, eventInitDict = undefined) {
      // (The checks that pass are written in place: this constructor runs for every message.)
      if (arguments.length < 1) requireConstructArguments(arguments.length, 1, 'Event');
      if (typeof type !== 'string') type = webidl.toDOMString(type);
      // Dictionary members in IDL order: bubbles, cancelable, composed (all false when absent).
      let bubbles = false, cancelable = false, composed = false;
      if (eventInitDict !== undefined) {
        const init = webidl.toDictionary(eventInitDict, "Failed to construct 'Event'");
        bubbles = Boolean(init.bubbles);
        cancelable = Boolean(init.cancelable);
        composed = Boolean(init.composed);
      }
      // "1. Let event be the result of running the inner event creation steps with this interface,
      //     null, now, and eventInitDict."
      //   Inner event creation: "2. Set event's initialized flag. 3. Initialize event's timeStamp
      //   attribute to the relative high resolution coarse time given time ... 4. For each member ->
      //   value in dictionary, if event has an attribute whose identifier is member, then initialize
      //   that attribute to value."
      // "2. Initialize event's type attribute to type."
      this.#slots = {
        type,
        target: null,
        relatedTarget: null,
        currentTarget: null,
        eventPhase: 0,
        path: null, // the event's path: at most one target here (no tree), null when empty
        bubbles,
        cancelable,
        composed,
        isTrusted: false,
        timeStamp: host.now(), // https://dom.spec.whatwg.org/#now: relative to the time origin
        stopPropagation: false,
        stopImmediatePropagation: false,
        canceled: false,
        inPassiveListener: false,
        initialized: true,
        dispatch: false,
      };
      Object.defineProperty(this, 'isTrusted', isTrustedDescriptor);
    }

    static {
      slotsOf = (value) => (typeof value === 'object' && value !== null && #slots in value ? value.#slots : undefined);
    }

    // https://dom.spec.whatwg.org/#dom-event-type: "return the value it was initialized to"
    get type() { return slots(this).type; }

    // https://dom.spec.whatwg.org/#dom-event-target: "return this's target."
    get target() { return slots(this).target; }

    // https://dom.spec.whatwg.org/#dom-event-srcelement: "return this's target."
    get srcElement() { return slots(this).target; }

    // https://dom.spec.whatwg.org/#dom-event-currenttarget
    // "return the value it was initialized to. When an event is created the attribute must be
    //  initialized to null."
    get currentTarget() { return slots(this).currentTarget; }

    // https://dom.spec.whatwg.org/#dom-event-composedpath
    composedPath() {
      const s = slots(this);
      // 1. Let composedPath be an empty list.
      // 2. Let path be this's path.
      // 3. If path is empty, then return composedPath.
      if (s.path === null) return [];
      // 4. Let currentTarget be this's currentTarget attribute value.
      // 5. Append currentTarget to composedPath.
      // (Steps 6-13 walk the rest of a tree; here targets have no parents, so the path is one item.)
      return [s.currentTarget];
    }

    // https://dom.spec.whatwg.org/#dom-event-eventphase
    // "return the value it was initialized to, which must be one of the following: NONE (0) ..."
    get eventPhase() { return slots(this).eventPhase; }

    // https://dom.spec.whatwg.org/#dom-event-stoppropagation
    // "set this's stop propagation flag."
    stopPropagation() {
      slots(this).stopPropagation = true;
    }

    // https://dom.spec.whatwg.org/#dom-event-cancelbubble
    // "The cancelBubble getter steps are to return true if this's stop propagation flag is set;
    //  otherwise false. The cancelBubble setter steps are to set this's stop propagation flag if
    //  the given value is true; otherwise do nothing."
    get cancelBubble() { return slots(this).stopPropagation; }
    set cancelBubble(value) {
      const s = slots(this);
      if (value) s.stopPropagation = true;
    }

    // https://dom.spec.whatwg.org/#dom-event-stopimmediatepropagation
    // "set this's stop propagation flag and this's stop immediate propagation flag."
    stopImmediatePropagation() {
      const s = slots(this);
      s.stopPropagation = true;
      s.stopImmediatePropagation = true;
    }

    // https://dom.spec.whatwg.org/#dom-event-bubbles: "return the value it was initialized to."
    get bubbles() { return slots(this).bubbles; }

    // https://dom.spec.whatwg.org/#dom-event-cancelable: "return the value it was initialized to."
    get cancelable() { return slots(this).cancelable; }

    // https://dom.spec.whatwg.org/#dom-event-returnvalue
    // "The returnValue getter steps are to return false if this's canceled flag is set; otherwise
    //  true. The returnValue setter steps are to set the canceled flag with this if the given value
    //  is false; otherwise do nothing."
    get returnValue() { return !slots(this).canceled; }
    set returnValue(value) {
      const s = slots(this);
      if (!value) setCanceledFlag(s);
    }

    // https://dom.spec.whatwg.org/#dom-event-preventdefault: "set the canceled flag with this."
    preventDefault() {
      setCanceledFlag(slots(this));
    }

    // https://dom.spec.whatwg.org/#dom-event-defaultprevented
    // "return true if this's canceled flag is set; otherwise false."
    get defaultPrevented() { return slots(this).canceled; }

    // https://dom.spec.whatwg.org/#dom-event-composed
    // "return true if this's composed flag is set; otherwise false."
    get composed() { return slots(this).composed; }

    // https://dom.spec.whatwg.org/#dom-event-timestamp: "return the value it was initialized to."
    // (A DOMHighResTimeStamp relative to the time origin, from host.now().)
    get timeStamp() { return slots(this).timeStamp; }

    // https://dom.spec.whatwg.org/#dom-event-initevent
    initEvent(type, bubbles = false, cancelable = false) {
      const s = slots(this);
      webidl.requireArguments(arguments.length, 1, 'initEvent', 'Event');
      type = webidl.toDOMString(type);
      // 1. If this's dispatch flag is set, then return.
      if (s.dispatch) return;
      // 2. Initialize this with type, bubbles, and cancelable.
      initialize(s, type, Boolean(bubbles), Boolean(cancelable));
    }
  }

  function slots(event) {
    const s = slotsOf(event);
    if (!s) webidl.illegalInvocation();
    return s;
  }

  // https://dom.spec.whatwg.org/#set-the-canceled-flag
  // "To set the canceled flag, given an event event, if event's cancelable attribute value is true
  //  and event's in passive listener flag is unset, then set event's canceled flag, and do nothing
  //  otherwise."
  function setCanceledFlag(s) {
    if (s.cancelable && !s.inPassiveListener) s.canceled = true;
  }

  // https://dom.spec.whatwg.org/#concept-event-initialize
  function initialize(s, type, bubbles, cancelable) {
    // 1. Set event's initialized flag.
    s.initialized = true;
    // 2. Unset event's stop propagation flag, stop immediate propagation flag, and canceled flag.
    s.stopPropagation = false;
    s.stopImmediatePropagation = false;
    s.canceled = false;
    // 3. Set event's isTrusted attribute to false.
    s.isTrusted = false;
    // 4. Set event's target to null.
    s.target = null;
    // 5. Set event's type attribute to type.
    s.type = type;
    // 6. Set event's bubbles attribute to bubbles.
    s.bubbles = bubbles;
    // 7. Set event's cancelable attribute to cancelable.
    s.cancelable = cancelable;
  }

  // https://dom.spec.whatwg.org/#interface-customevent
  class CustomEvent extends Event {
    #detail;

    // "Event constructors can be used to create CustomEvent objects" with CustomEventInit.detail (default null).
    constructor(type, eventInitDict = undefined) {
      requireConstructArguments(arguments.length, 1, 'CustomEvent');
      super(type, eventInitDict);
      const init = eventInitDict === undefined || eventInitDict === null ? {} : eventInitDict;
      this.#detail = init.detail === undefined ? null : init.detail;
    }

    // https://dom.spec.whatwg.org/#dom-customevent-detail: "return the value it was initialized to."
    get detail() {
      if (!(#detail in this)) webidl.illegalInvocation();
      return this.#detail;
    }

    // https://dom.spec.whatwg.org/#dom-customevent-initcustomevent
    initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
      if (!(#detail in this)) webidl.illegalInvocation();
      webidl.requireArguments(arguments.length, 1, 'initCustomEvent', 'CustomEvent');
      type = webidl.toDOMString(type);
      const s = slotsOf(this);
      // 1. If this's dispatch flag is set, then return.
      if (s.dispatch) return;
      // 2. Initialize this with type, bubbles, and cancelable.
      initialize(s, type, Boolean(bubbles), Boolean(cancelable));
      // 3. Set this's detail attribute to detail.
      this.#detail = detail;
    }
  }

  webidl.defineInterface(Event, { constants: { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 } });
  webidl.defineInterface(CustomEvent);

  lib.Event = Event;
  lib.CustomEvent = CustomEvent;
  lib.eventSlots = slotsOf;
  // For subclasses' legacy initXEvent() methods: https://dom.spec.whatwg.org/#concept-event-initialize
  lib.initializeEvent = (event, type, bubbles, cancelable) => initialize(slots(event), type, bubbles, cancelable);
  // Creates an event as the user agent does (https://dom.spec.whatwg.org/#concept-event-create):
  // "Initialize event's isTrusted attribute to true."
  lib.createTrustedEvent = (ctor, type, init) => {
    const event = new ctor(type, init);
    slots(event).isTrusted = true;
    return event;
  };
})
