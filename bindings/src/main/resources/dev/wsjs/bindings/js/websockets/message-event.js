// MessageEvent (https://html.spec.whatwg.org/multipage/comms.html#the-messageevent-interface): the
// event a WebSocket fires for each received message.
// Adds: MessageEvent on the global; lib.MessageEvent, lib.createMessageEvent(data, origin) (a trusted
// "message" event, the WebSocket hot path: no dictionary conversion).
(function (host, lib) {
  'use strict';

  const { webidl } = lib;
  const global = globalThis;

  // FrozenArray<MessagePort>: there are no MessagePorts here, so every event has no ports.
  // Deviation: all events share one frozen empty array (Web IDL gives each event its own object);
  // only an identity comparison between two events could tell.
  const noPorts = Object.freeze([]);

  // MessageEventSource is (WindowProxy or MessagePort or ServiceWorker): the global object plays
  // the window here; MessagePort and ServiceWorker do not exist.
  function toMessageEventSource(value, context) {
    if (value === null || value === undefined) return null;
    if (value === global) return value;
    throw new TypeError(`${context}: The provided value is not of type '(MessagePort or ServiceWorker or Window)'.`);
  }

  // sequence<MessagePort>: any element fails the conversion, as no MessagePort exists.
  function toPorts(value, context) {
    const ports = webidl.toSequence(value, (port) => {
      throw new TypeError(`${context}: Failed to convert value to 'MessagePort'.`);
    }, context);
    return ports.length === 0 ? noPorts : Object.freeze(ports);
  }

  let createMessageEvent;

  class MessageEvent extends lib.Event {
    #data = null;
    #origin = '';
    #lastEventId = '';
    #source = null;
    #ports = noPorts;

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-messageevent
    // constructor(DOMString type, optional MessageEventInit eventInitDict = {})
    constructor(type, eventInitDict = undefined) {
      if (arguments.length < 1) throw new TypeError("Failed to construct 'MessageEvent': 1 argument required, but only 0 present.");
      super(type, eventInitDict); // converts type and the EventInit members (bubbles, cancelable, composed)
      if (eventInitDict === undefined || eventInitDict === null) return;
      // MessageEventInit members in IDL dictionary order: data, lastEventId, origin, ports, source.
      const context = "Failed to construct 'MessageEvent'";
      const init = eventInitDict;
      // any data = null;
      const data = init.data;
      if (data !== undefined) this.#data = data;
      // DOMString lastEventId = "";
      const lastEventId = init.lastEventId;
      if (lastEventId !== undefined) this.#lastEventId = webidl.toDOMString(lastEventId);
      // USVString origin = "";
      const origin = init.origin;
      if (origin !== undefined) this.#origin = webidl.toUSVString(origin);
      // sequence<MessagePort> ports = [];
      const ports = init.ports;
      if (ports !== undefined) this.#ports = toPorts(ports, `${context}: Failed to read the 'ports' property from 'MessageEventInit'`);
      // MessageEventSource? source = null;
      const source = init.source;
      if (source !== undefined) this.#source = toMessageEventSource(source, `${context}: Failed to read the 'source' property from 'MessageEventInit'`);
    }

    static {
      // https://dom.spec.whatwg.org/#concept-event-create, as the WebSocket's "fire an event named
      // message ... using MessageEvent, with the origin attribute initialized to ... and the data
      // attribute initialized to dataForEvent": a trusted event; the other members keep their defaults.
      createMessageEvent = (data, origin) => {
        const event = new MessageEvent('message');
        event.#data = data;
        event.#origin = origin;
        lib.eventSlots(event).isTrusted = true;
        return event;
      };
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-data
    // "The data attribute must return the value it was initialized to. It represents the message being sent."
    get data() {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      return this.#data;
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-origin
    // "The origin attribute must return the value it was initialized to. It represents, in
    //  server-sent events and cross-document messaging, the origin of the document that sent the message"
    get origin() {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      return this.#origin;
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-lasteventid
    // "The lastEventId attribute must return the value it was initialized to."
    get lastEventId() {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      return this.#lastEventId;
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-source
    // "The source attribute must return the value it was initialized to."
    get source() {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      return this.#source;
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-ports
    // "The ports attribute must return the value it was initialized to."
    get ports() {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      return this.#ports;
    }

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-initmessageevent
    // "The initMessageEvent(type, bubbles, cancelable, data, origin, lastEventId, source, ports)
    //  method must initialize the event in a manner analogous to the similarly-named initEvent() method."
    initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '', source = null, ports = undefined) {
      if (!(typeof this === 'object' && this !== null && #data in this)) webidl.illegalInvocation();
      webidl.requireArguments(arguments.length, 1, 'initMessageEvent', 'MessageEvent');
      const context = "Failed to execute 'initMessageEvent' on 'MessageEvent'";
      type = webidl.toDOMString(type);
      bubbles = Boolean(bubbles);
      cancelable = Boolean(cancelable);
      origin = webidl.toUSVString(origin);
      lastEventId = webidl.toDOMString(lastEventId);
      source = toMessageEventSource(source, `${context}: parameter 7`);
      ports = ports === undefined ? noPorts : toPorts(ports, `${context}: parameter 8`);
      // initEvent step 1: "If this's dispatch flag is set, then return."
      if (lib.eventSlots(this).dispatch) return;
      // initEvent step 2: "Initialize this with type, bubbles, and cancelable."
      lib.initializeEvent(this, type, bubbles, cancelable);
      this.#data = data;
      this.#origin = origin;
      this.#lastEventId = lastEventId;
      this.#source = source;
      this.#ports = ports;
    }
  }

  webidl.defineInterface(MessageEvent);
  lib.MessageEvent = MessageEvent;
  lib.createMessageEvent = createMessageEvent;
})
