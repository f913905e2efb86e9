// The order of WebSocket events and of microtasks around them, per "Feedback from the protocol"
// (https://websockets.spec.whatwg.org/#feedback-from-the-protocol): each event is its own task,
// and each received message is its own task even when many arrive in one TCP read.
'use strict';

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const log = await lifecycle(ws, {
    open(ws) { ws.send('hello'); },
    message(ws, e, log) { ws.close(1000, 'done'); log.push(`after-close-call:${ws.readyState}`); },
  });
  assert_array_equals(log, ['open:1:', 'message:1:hello', 'after-close-call:2', 'close:3:1000:done:true']);
}, 'echo: open, message, close with the echoed code and reason');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('/echo');
  log.push(`constructed:${ws.readyState}`);
  queueMicrotask(() => log.push(`microtask-after-construct:${ws.readyState}`));
  ws.onopen = () => {
    log.push(`open:${ws.readyState}`);
    queueMicrotask(() => log.push('microtask-in-open'));
    Promise.resolve().then(() => log.push('promise-in-open'));
    ws.send('a');
    ws.send('b');
  };
  ws.onmessage = (e) => {
    log.push(`message:${e.data}`);
    queueMicrotask(() => log.push(`microtask-in-message:${e.data}`));
    if (e.data === 'b') ws.close();
  };
  ws.onclose = (e) => {
    log.push(`close:${e.code}:${e.wasClean}`);
    queueMicrotask(() => log.push('microtask-in-close'));
  };
  await new Promise((resolve) => ws.addEventListener('close', () => queueMicrotask(() => queueMicrotask(resolve))));
  assert_array_equals(log, [
    'constructed:0', 'microtask-after-construct:0',
    'open:1', 'microtask-in-open', 'promise-in-open',
    'message:a', 'microtask-in-message:a',
    'message:b', 'microtask-in-message:b',
    'close:1005:true', 'microtask-in-close',
  ]);
}, 'microtasks queued in a handler run before the next event');

promise_test(async () => {
  // /burst writes all messages in ONE TCP write: they still arrive as separate tasks.
  const log = [];
  const ws = new WebSocket('/burst?count=5');
  ws.onmessage = (e) => {
    log.push(`message:${e.data}`);
    queueMicrotask(() => log.push(`microtask:${e.data}`));
    Promise.resolve().then(() => Promise.resolve()).then(() => log.push(`chained:${e.data}`));
  };
  await lifecycle(ws, { message(ws, e) { if (e.data === '4') ws.close(); } });
  assert_array_equals(log, [0, 1, 2, 3, 4].flatMap((i) => [`message:${i}`, `microtask:${i}`, `chained:${i}`]));
}, 'each received message is its own task (a burst in one TCP write)');

promise_test(async () => {
  const ws = new WebSocket('/burst?count=100');
  const seen = [];
  let pending = 0;
  ws.onmessage = (e) => {
    // The previous message's microtask has run: pending is back to 0.
    seen.push(`${e.data}:${pending}`);
    pending++;
    queueMicrotask(() => pending--);
    if (e.data === '99') ws.close();
  };
  await lifecycle(ws);
  assert_equals(seen.length, 100);
  assert_array_equals(seen, Array.from({ length: 100 }, (_, i) => `${i}:0`));
}, 'one hundred messages in one write: every one is a task, in order');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('/echo');
  ws.addEventListener('open', () => log.push('listener1'));
  ws.onopen = () => log.push('handler');
  ws.addEventListener('open', () => log.push('listener2'));
  ws.onopen = () => log.push('handler-replaced'); // keeps the position of the first assignment
  ws.addEventListener('open', { handleEvent() { log.push('handleEvent'); ws.close(); } });
  await lifecycle(ws);
  assert_array_equals(log, ['listener1', 'handler-replaced', 'listener2', 'handleEvent']);
}, 'event handlers and listeners run in registration order (HTML event handler semantics)');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const events = [];
  for (const type of ['open', 'message', 'error', 'close']) {
    ws.addEventListener(type, (e) => events.push(e));
  }
  ws.onopen = () => ws.send('x');
  ws.onmessage = () => ws.close(3001, 'r');
  await lifecycle(ws);
  assert_equals(events.length, 3);
  const [open, message, close] = events;
  assert_equals(Object.getPrototypeOf(open), Event.prototype, 'open is a plain Event');
  assert_equals(Object.getPrototypeOf(message), MessageEvent.prototype);
  assert_equals(Object.getPrototypeOf(close), CloseEvent.prototype);
  for (const e of events) {
    assert_true(e.isTrusted, `${e.type} isTrusted`);
    assert_false(e.bubbles, `${e.type} bubbles`);
    assert_false(e.cancelable, `${e.type} cancelable`);
    assert_false(e.composed, `${e.type} composed`);
    assert_equals(e.target, ws, `${e.type} target`);
    assert_equals(e.currentTarget, null, `${e.type} currentTarget after dispatch`);
    assert_equals(e.eventPhase, 0);
    assert_equals(typeof e.timeStamp, 'number');
  }
  assert_equals(message.data, 'x');
  assert_equals(message.origin, WS, 'origin is the URL origin, not the URL');
  assert_equals(message.lastEventId, '');
  assert_equals(message.source, null);
  assert_array_equals(message.ports, []);
  assert_true(Object.isFrozen(message.ports));
  assert_equals(message.ports, message.ports, 'the same FrozenArray each time');
  assert_equals(close.code, 3001);
  assert_equals(close.reason, 'r');
  assert_true(close.wasClean);
}, 'open is a trusted Event; message a MessageEvent; close a CloseEvent; none bubbles or is cancelable');

promise_test(async () => {
  const ws = new WebSocket('/echo');
  const log = [];
  // Handlers assigned after construction, in a later microtask, still see every event.
  await Promise.resolve();
  ws.onopen = () => { log.push('open'); ws.send('1'); ws.send('2'); ws.send('3'); };
  ws.onmessage = (e) => {
    log.push(`message:${e.data}`);
    if (e.data === '2') ws.onmessage = null; // no handler for '3'
  };
  ws.addEventListener('message', (e) => { if (e.data === '3') ws.close(); });
  await lifecycle(ws);
  assert_array_equals(log, ['open', 'message:1', 'message:2']);
}, 'handlers set after construction see every event; onmessage = null removes the handler');

promise_test(async () => {
  // An exception in one listener is reported (here: cancelled by a global error listener) and
  // neither stops the other listeners nor the following messages.
  const reported = [];
  const onGlobalError = (e) => { reported.push(e.error && e.error.message); e.preventDefault(); };
  addEventListener('error', onGlobalError);
  try {
    const ws = new WebSocket('/burst?count=3');
    const log = [];
    ws.addEventListener('message', (e) => { log.push(`first:${e.data}`); throw new Error(`boom${e.data}`); });
    ws.addEventListener('message', (e) => { log.push(`second:${e.data}`); if (e.data === '2') ws.close(); });
    await lifecycle(ws);
    assert_array_equals(log, ['first:0', 'second:0', 'first:1', 'second:1', 'first:2', 'second:2']);
    assert_array_equals(reported, ['boom0', 'boom1', 'boom2']);
  } finally {
    removeEventListener('error', onGlobalError);
  }
}, 'an exception in a listener is reported and does not stop later listeners or messages');

promise_test(async () => {
  // Messages that arrive after close() was called are not delivered: readyState is CLOSING.
  const ws = new WebSocket('/burst?count=10');
  const log = await lifecycle(ws, { message(ws, e) { if (e.data === '1') ws.close(); } });
  assert_array_equals(log, ['open:1:', 'message:1:0', 'message:1:1', 'close:3:1005::true']);
}, 'no message events after close(): "If ready state is not OPEN, then return"');

promise_test(async () => {
  // A server-initiated close: the server's Close frame starts the closing handshake (CLOSING),
  // then the connection closes cleanly with the server's code and reason.
  const ws = new WebSocket('/close?code=4000&reason=bye');
  const log = await lifecycle(ws, { open(ws) { ws.send('after-open'); } });
  assert_array_equals(log, ['open:1:', 'close:3:4000:bye:true']);
  assert_equals(ws.readyState, WebSocket.CLOSED);
}, 'server-initiated close: open, then close with the server code and reason');

promise_test(async () => {
  // Several sockets interleave but each keeps its own order.
  const a = new WebSocket('/echo');
  const b = new WebSocket('/echo');
  const log = [];
  for (const [name, ws] of [['a', a], ['b', b]]) {
    ws.onopen = () => { ws.send(`${name}1`); ws.send(`${name}2`); };
    ws.onmessage = (e) => { log.push(e.data); if (e.data.endsWith('2')) ws.close(); };
  }
  await Promise.all([lifecycle(a), lifecycle(b)]);
  assert_array_equals(log.filter((m) => m[0] === 'a'), ['a1', 'a2']);
  assert_array_equals(log.filter((m) => m[0] === 'b'), ['b1', 'b2']);
}, 'two sockets: each one keeps its message order');

promise_test(async () => {
  // A socket the script keeps no reference to still runs to its close event (the open
  // connection keeps it, and the event loop, alive).
  const log = await new Promise((resolve) => {
    (() => {
      const entries = [];
      const ws = new WebSocket('/echo');
      ws.onopen = () => { entries.push('open'); ws.send('unreferenced'); };
      ws.onmessage = (e) => { entries.push(`message:${e.data}`); ws.close(); };
      ws.onclose = (e) => { entries.push(`close:${e.code}`); resolve(entries); };
    })();
  });
  assert_array_equals(log, ['open', 'message:unreferenced', 'close:1005']);
}, 'a socket without references from script still delivers every event');
