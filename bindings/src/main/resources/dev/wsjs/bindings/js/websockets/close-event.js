// CloseEvent (https://websockets.spec.whatwg.org/#the-closeevent-interface): the event a WebSocket
// fires once its connection is closed.
// Adds: CloseEvent on the global; lib.CloseEvent.
(function (host, lib) {
  'use strict';

  const { webidl } = lib;

  class CloseEvent extends lib.Event {
    #wasClean = false;
    #code = 0;
    #reason = '';

    // https://websockets.spec.whatwg.org/#closeevent
    // constructor(DOMString type, optional CloseEventInit eventInitDict = {})
    constructor(type, eventInitDict = undefined) {
      if (arguments.length < 1) throw new TypeError("Failed to construct 'CloseEvent': 1 argument required, but only 0 present.");
      super(type, eventInitDict); // converts type and the EventInit members (bubbles, cancelable, composed)
      if (eventInitDict === undefined || eventInitDict === null) return;
      // CloseEventInit members in IDL dictionary order: code, reason, wasClean.
      const init = eventInitDict;
      // unsigned short code = 0;
      const code = init.code;
      if (code !== undefined) this.#code = webidl.toUnsignedShort(code);
      // USVString reason = "";
      const reason = init.reason;
      if (reason !== undefined) this.#reason = webidl.toUSVString(reason);
      // boolean wasClean = false;
      this.#wasClean = Boolean(init.wasClean);
    }

    // https://websockets.spec.whatwg.org/#dom-closeevent-wasclean
    // "The wasClean attribute must return the value it was initialized to. It represents whether
    //  the connection closed cleanly or not."
    get wasClean() {
      if (!(typeof this === 'object' && this !== null && #code in this)) webidl.illegalInvocation();
      return this.#wasClean;
    }

    // https://websockets.spec.whatwg.org/#dom-closeevent-code
    // "The code attribute must return the value it was initialized to. It represents the WebSocket
    //  connection close code provided by the server."
    get code() {
      if (!(typeof this === 'object' && this !== null && #code in this)) webidl.illegalInvocation();
      return this.#code;
    }

    // https://websockets.spec.whatwg.org/#dom-closeevent-reason
    // "The reason attribute must return the value it was initialized to. It represents the WebSocket
    //  connection close reason provided by the server."
    get reason() {
      if (!(typeof this === 'object' && this !== null && #code in this)) webidl.illegalInvocation();
      return this.#reason;
    }
  }

  webidl.defineInterface(CloseEvent);
  lib.CloseEvent = CloseEvent;
})
