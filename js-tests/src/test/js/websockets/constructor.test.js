// new WebSocket(url, protocols): URL parsing against location, scheme mapping, SyntaxErrors,
// protocol validation, our {protocols, headers} options, and the asynchronous bad-port failure.
// https://websockets.spec.whatwg.org/#dom-websocket-websocket
'use strict';

const ORIGIN = location.origin; // http://127.0.0.1:<port>
// WS (ws://127.0.0.1:<port>) comes from support.js.

// Every socket constructed here is closed at once: close() while CONNECTING fails it, which
// gives error then close 1006. Resolves with the whole log.
function closeNow(ws) {
  const log = [];
  ws.onopen = () => log.push('open');
  ws.onerror = (e) => log.push(`error:${ws.readyState}:${e.constructor.name}`);
  return new Promise((resolve) => {
    ws.onclose = (e) => { log.push(`close:${ws.readyState}:${e.code}:${e.reason}:${e.wasClean}`); resolve(log); };
    ws.close();
    log.push(`closed-called:${ws.readyState}`);
  });
}
const failedLog = ['closed-called:2', 'error:3:Event', 'close:3:1006::false'];

test(() => {
  const e = assert_throws_js(TypeError, () => new WebSocket());
  assert_equals(e.message, "Failed to construct 'WebSocket': 1 argument required, but only 0 present.");
  assert_throws_js(TypeError, () => WebSocket(`${WS}/echo`), 'called without new');
}, 'new WebSocket() and WebSocket() throw TypeError');

promise_test(async () => {
  const ws = new WebSocket('/echo?a=1');
  assert_equals(ws.url, `${WS}/echo?a=1`);
  assert_equals(ws.readyState, WebSocket.CONNECTING);
  assert_array_equals(await closeNow(ws), failedLog);
}, 'a relative URL resolves against location');

promise_test(async () => {
  const ws = new WebSocket(`${ORIGIN}/echo`);
  assert_equals(ws.url, `${WS}/echo`);
  assert_array_equals(await closeNow(ws), failedLog);
  const wss = new WebSocket('https://127.0.0.1:1234/x');
  assert_equals(wss.url, 'wss://127.0.0.1:1234/x');
  assert_array_equals(await closeNow(wss), failedLog);
}, 'http: becomes ws: and https: becomes wss:');

promise_test(async () => {
  const cases = [
    [`WS://127.0.0.1:${location.port}/a b`, `${WS}/a%20b`],
    ['ws://127.0.0.1:80/x', 'ws://127.0.0.1/x'],
    ['wss://127.0.0.1:443', 'wss://127.0.0.1/'],
    [`${WS}/?q=\u00e9`, `${WS}/?q=%C3%A9`],
    [`${WS}/\uD800`, `${WS}/%EF%BF%BD`],
    ['//127.0.0.1:1234/p', 'ws://127.0.0.1:1234/p'],
    ['?x=y', `${WS}/?x=y`],
  ];
  for (const [input, expected] of cases) {
    const ws = new WebSocket(input);
    assert_equals(ws.url, expected, input);
    assert_array_equals(await closeNow(ws), failedLog, input);
  }
}, 'url is the parsed URL, serialized (USVString conversion, default ports dropped)');

test(() => {
  for (const url of [`${WS}/#`, `${WS}/#frag`, '/echo#x', `${ORIGIN}/#a`]) {
    const e = assert_throws_dom('SyntaxError', () => new WebSocket(url), url);
    assert_regexp_match(e.message, /^Failed to construct 'WebSocket': The URL contains a fragment identifier \('.*'\)\. Fragment identifiers are not allowed in WebSocket URLs\.$/, url);
  }
  const e = assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/#frag`));
  assert_equals(e.message, "Failed to construct 'WebSocket': The URL contains a fragment identifier ('frag'). Fragment identifiers are not allowed in WebSocket URLs.");
}, 'a fragment, even empty, throws SyntaxError');

test(() => {
  for (const url of ['ftp://127.0.0.1/', 'file:///tmp/x', 'data:text/plain,x', 'javascript:1', 'mailto:a@b', 'about:blank', 'blob:x']) {
    const e = assert_throws_dom('SyntaxError', () => new WebSocket(url), url);
    assert_regexp_match(e.message, /^Failed to construct 'WebSocket': The URL's scheme must be either 'http', 'https', 'ws', or 'wss'\. '[a-z]+' is not allowed\.$/, url);
  }
}, 'other schemes throw SyntaxError');

test(() => {
  for (const url of ['ws://', 'ws://:80/', 'ws://127.0.0.1:99999/', 'http://[::1/', 'ws://a b/']) {
    const e = assert_throws_dom('SyntaxError', () => new WebSocket(url), url);
    assert_equals(e.message, `Failed to construct 'WebSocket': The URL '${url}' is invalid.`, url);
  }
}, 'unparsable URLs throw SyntaxError');

test(() => {
  const bad = ['', ' ', 'a b', 'a,b', 'a;b', '\u00e9', '"x"', 'a/b', '(x)', '[x]', '{x}', 'x=y', 'x@y', 'x:y', 'x?', '\t', '\x7f'];
  for (const p of bad) {
    const e = assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/echo`, p), JSON.stringify(p));
    assert_equals(e.message, `Failed to construct 'WebSocket': The subprotocol '${p}' is invalid.`);
    assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/echo`, ['ok', p]), `in a list: ${JSON.stringify(p)}`);
  }
}, 'a protocol that is not a token throws SyntaxError');

test(() => {
  let e = assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/echo`, ['chat', 'chat']));
  assert_equals(e.message, "Failed to construct 'WebSocket': The subprotocol 'chat' is duplicated.");
  e = assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/echo`, ['chat', 'x', 'CHAT']));
  assert_equals(e.message, "Failed to construct 'WebSocket': The subprotocol 'CHAT' is duplicated.");
  assert_throws_dom('SyntaxError', () => new WebSocket(`${WS}/echo`, { protocols: ['a', 'A'] }));
}, 'duplicate protocols (ASCII case-insensitive) throw SyntaxError');

test(() => {
  // The URL is checked before the protocols.
  const e = assert_throws_dom('SyntaxError', () => new WebSocket('ftp://x/', ['a', 'a']));
  assert_regexp_match(e.message, /scheme/);
  // Conversions run before any check: a throwing toString propagates as is.
  const boom = new Error('boom');
  assert_throws_exactly(boom, () => new WebSocket({ toString() { throw boom; } }, '('));
  assert_throws_exactly(boom, () => new WebSocket('ftp://x/', [{ toString() { throw boom; } }]));
}, 'argument conversion happens first, then the URL, then the protocols');

promise_test(async () => {
  const protocolsSeen = [];
  for (const protocols of ['chat', ['chat', 'superchat'], [], new Set(['a', 'b']), (function* () { yield 'g'; })(), { protocols: 'x' }, { protocols: ['y', 'z'] }, {}, null, 42]) {
    const ws = new WebSocket(`${WS}/echo`, protocols);
    protocolsSeen.push(ws.protocol);
    assert_array_equals(await closeNow(ws), failedLog);
  }
  assert_array_equals(protocolsSeen, ['', '', '', '', '', '', '', '', '', ''], 'protocol is empty until open');
}, 'protocols: a string, any iterable, our options dictionary, or a value converted to a string');

test(() => {
  for (const name of ['Sec-WebSocket-Key', 'sec-websocket-version', 'Sec-WebSocket-Extensions', 'Sec-WebSocket-Accept', 'Sec-WebSocket-Protocol', 'Sec-WebSocket-Anything', 'Upgrade', 'Connection', 'Host', 'Content-Length', 'Transfer-Encoding']) {
    const e = assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: { [name]: 'x' } }), name);
    assert_regexp_match(e.message, new RegExp(`^Failed to construct 'WebSocket': Failed to read the 'headers' property from 'WebSocketOptions': The header '${name}' is set by the WebSocket handshake`), name);
    assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: [[name, 'x']] }), `${name} as a pair`);
  }
  assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: { 'Bad Name': 'x' } }), 'not a token');
  assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: { 'X-A': 'a\r\nInjected: yes' } }), 'CR LF in a value');
  assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: { 'X-A': '\u0100' } }), 'not a ByteString');
  assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: [['X-A']] }), 'a pair needs a name and a value');
  assert_throws_js(TypeError, () => new WebSocket(`${WS}/echo`, { headers: 'X-A: 1' }), 'not an object');
}, 'headers that would break the handshake, and invalid headers, throw TypeError');

promise_test(async () => {
  // 25 (SMTP) is on the Fetch "bad port" list: no exception, the connection fails asynchronously.
  const log = [];
  const ws = new WebSocket('ws://127.0.0.1:25/');
  log.push(`constructed:${ws.readyState}:${ws.url}`);
  ws.onopen = () => log.push('open');
  ws.onerror = (e) => log.push(`error:${ws.readyState}:${e.constructor.name}:${e.isTrusted}`);
  await new Promise((resolve) => {
    ws.onclose = (e) => { log.push(`close:${ws.readyState}:${e.code}:${e.reason}:${e.wasClean}`); resolve(); };
    Promise.resolve().then(() => log.push(`microtask:${ws.readyState}`));
  });
  assert_array_equals(log, ['constructed:0:ws://127.0.0.1:25/', 'microtask:0', 'error:3:Event:true', 'close:3:1006::false']);
}, 'a bad port fails the connection asynchronously (error, then close 1006)');

promise_test(async () => {
  const log = [];
  const ws = new WebSocket('wss://127.0.0.1:6667/');
  ws.onerror = () => log.push(`error:${ws.readyState}`);
  await new Promise((resolve) => {
    ws.onclose = (e) => { log.push(`close:${e.code}:${e.wasClean}`); resolve(); };
    ws.close();
    ws.close();
    log.push(`after-close:${ws.readyState}`);
  });
  assert_array_equals(log, ['after-close:2', 'error:3', 'close:1006:false']);
}, 'close() on a bad-port socket while CONNECTING gives one error and one close');

promise_test(async () => {
  const ws = new WebSocket('ws://127.0.0.1:80/');
  assert_equals(ws.url, 'ws://127.0.0.1/');
  assert_array_equals(await closeNow(ws), failedLog);
}, 'port 80 is not a bad port');
