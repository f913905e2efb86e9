// The opening handshake a browser sends, as seen by the server (/headers answers with a JSON object
// of the request headers it received, names lower-cased), and our `headers` option.
// https://websockets.spec.whatwg.org/#concept-websocket-establish
'use strict';

// Connects to /headers (plus query), returns the request headers the server saw.
async function requestHeaders(url = '/headers', protocols = undefined) {
  const ws = new WebSocket(url, protocols);
  let headers;
  const log = await lifecycle(ws, { message(ws, e) { headers = JSON.parse(e.data); ws.close(); } });
  assert_equals(log.length, 3, `events: ${log}`);
  return headers;
}

promise_test(async () => {
  const h = await requestHeaders();
  assert_equals(h.origin, location.origin, 'Origin is the origin of location');
  assert_equals(h.upgrade.toLowerCase(), 'websocket');
  assert_regexp_match(h.connection, /upgrade/i);
  assert_equals(h['sec-websocket-version'], '13');
  assert_regexp_match(h['sec-websocket-key'], /^[A-Za-z0-9+/]{22}==$/);
  assert_regexp_match(h['sec-websocket-extensions'], /^permessage-deflate(;\s*client_max_window_bits)?/);
  assert_regexp_match(h['user-agent'], /wsjs/);
  assert_equals(h.host, location.host);
  assert_equals(h.referer, undefined, 'no Referer');
  assert_equals(h.cookie, undefined, 'no Cookie');
  assert_equals(h['sec-websocket-protocol'], undefined, 'no protocols offered');
  assert_equals(h.authorization, undefined);
}, 'a browser handshake: Origin, User-Agent, version 13, a key, the permessage-deflate offer, no Referer');

promise_test(async () => {
  const h = await requestHeaders('/headers', ['chat', 'superchat']);
  assert_regexp_match(h['sec-websocket-protocol'], /^chat,\s*superchat$/);
}, 'offered protocols are sent in order');

promise_test(async () => {
  const h = await requestHeaders(`ws://user:p%40ss@${location.host}/headers`);
  assert_equals(h.authorization, 'Basic dXNlcjpwQHNz'); // base64 of user:p@ss
}, 'URL userinfo is sent as Authorization: Basic');

promise_test(async () => {
  const h = await requestHeaders('/headers', { headers: { 'X-Token': 'abc', 'x-empty': '', Authorization: 'Bearer t', 'X-Trim': '  v  ' } });
  assert_equals(h['x-token'], 'abc');
  assert_equals(h['x-empty'], '');
  assert_equals(h.authorization, 'Bearer t');
  assert_equals(h['x-trim'], 'v', 'values are trimmed of HTTP whitespace');
  assert_equals(h.origin, location.origin);
}, 'our headers option (a record) adds request headers');

promise_test(async () => {
  const h = await requestHeaders('/headers', { headers: [['X-A', '1'], ['X-B', '2']], protocols: 'chat' });
  assert_equals(h['x-a'], '1');
  assert_equals(h['x-b'], '2');
  assert_equals(h['sec-websocket-protocol'], 'chat');
}, 'our headers option as a sequence of pairs, with protocols in the same dictionary');

promise_test(async () => {
  const h = await requestHeaders('/headers', { headers: { Origin: 'https://app.example' } });
  assert_equals(h.origin, 'https://app.example');
}, 'an Origin in the headers option replaces the origin of location');
