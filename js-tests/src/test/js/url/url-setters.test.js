// URL setters (https://url.spec.whatwg.org/#urlutils-members): each attribute's setter runs the basic
// URL parser with a state override on the URL's record; invalid values leave the URL unchanged.
// Also: the href setter's failure, and the searchParams object staying in sync with the query.
(() => {
  'use strict';

  // Each case: [start href, attribute, new value, expected href, expected value of the attribute].
  const cases = [
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'https', 'https://user:pass@example.com:8080/a?q#f', 'https:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'HTTP', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'ws:', 'ws://user:pass@example.com:8080/a?q#f', 'ws:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'file', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'sc', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'https:foo', 'https://user:pass@example.com:8080/a?q#f', 'https:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', '', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', '1x', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'ht tp', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://user:pass@example.com:8080/a?q#f', 'protocol', 'é', 'http://user:pass@example.com:8080/a?q#f', 'http:'],
    ['http://example.com:443/', 'protocol', 'https', 'https://example.com/', 'https:'],
    ['http://example.com:443/', 'protocol', 'wss', 'wss://example.com/', 'wss:'],
    ['sc://h/p', 'protocol', 'http', 'sc://h/p', 'sc:'],
    ['sc://h/p', 'protocol', 'other', 'other://h/p', 'other:'],
    ['sc://h/p', 'protocol', 'file', 'sc://h/p', 'sc:'],
    ['file:///x', 'protocol', 'http', 'file:///x', 'file:'],
    ['file:///x', 'protocol', 'sc', 'file:///x', 'file:'],
    ['file://host/x', 'protocol', 'https', 'https://host/x', 'https:'],
    ['http://u@h/', 'protocol', 'file', 'http://u@h/', 'http:'],
    ['mailto:a@b', 'protocol', 'sc', 'sc:a@b', 'sc:'],
    ['mailto:a@b', 'protocol', 'http', 'mailto:a@b', 'mailto:'],
    ['http://example.com/', 'username', 'u', 'http://u@example.com/', 'u'],
    ['http://example.com/', 'username', 'a b', 'http://a%20b@example.com/', 'a%20b'],
    ['http://example.com/', 'username', 'a:b@c', 'http://a%3Ab%40c@example.com/', 'a%3Ab%40c'],
    ['http://example.com/', 'username', 'ü', 'http://%C3%BC@example.com/', '%C3%BC'],
    ['http://example.com/', 'username', '%41', 'http://%41@example.com/', '%41'],
    ['http://example.com/', 'username', '/\\?#', 'http://%2F%5C%3F%23@example.com/', '%2F%5C%3F%23'],
    ['http://example.com/', 'username', '', 'http://example.com/', ''],
    ['http://u:p@h/', 'username', '', 'http://:p@h/', ''],
    ['sc:opaque', 'username', 'u', 'sc:opaque', ''],
    ['file:///x', 'username', 'u', 'file:///x', ''],
    ['sc:///p', 'username', 'u', 'sc:///p', ''],
    ['http://example.com/', 'password', 'p', 'http://:p@example.com/', 'p'],
    ['http://example.com/', 'password', 'a b', 'http://:a%20b@example.com/', 'a%20b'],
    ['http://example.com/', 'password', 'a:b@c', 'http://:a%3Ab%40c@example.com/', 'a%3Ab%40c'],
    ['http://example.com/', 'password', '[]^|', 'http://:%5B%5D%5E%7C@example.com/', '%5B%5D%5E%7C'],
    ['http://u:p@h/', 'password', '', 'http://u@h/', ''],
    ['file://host/x', 'password', 'p', 'file://host/x', ''],
    ['http://example.com:8080/p?q#f', 'host', 'other.com', 'http://other.com:8080/p?q#f', 'other.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'other.com:99', 'http://other.com:99/p?q#f', 'other.com:99'],
    ['http://example.com:8080/p?q#f', 'host', 'Other.COM:80', 'http://other.com/p?q#f', 'other.com'],
    ['http://example.com:8080/p?q#f', 'host', ':80', 'http://example.com:8080/p?q#f', 'example.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', '', 'http://example.com:8080/p?q#f', 'example.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a b', 'http://example.com:8080/p?q#f', 'example.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a/b', 'http://a:8080/p?q#f', 'a:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a?b', 'http://a:8080/p?q#f', 'a:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a#b', 'http://a:8080/p?q#f', 'a:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a\\b', 'http://a:8080/p?q#f', 'a:8080'],
    ['http://example.com:8080/p?q#f', 'host', '[::2]:5', 'http://[::2]:5/p?q#f', '[::2]:5'],
    ['http://example.com:8080/p?q#f', 'host', '[::2', 'http://example.com:8080/p?q#f', 'example.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', '1.2.3', 'http://1.2.0.3:8080/p?q#f', '1.2.0.3:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'x:abc', 'http://x:8080/p?q#f', 'x:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'x:99999', 'http://x:8080/p?q#f', 'x:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'x:', 'http://x:8080/p?q#f', 'x:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'ü.com', 'http://xn--tda.com:8080/p?q#f', 'xn--tda.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'ex%41.com', 'http://exa.com:8080/p?q#f', 'exa.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', 'a@b', 'http://example.com:8080/p?q#f', 'example.com:8080'],
    ['http://example.com:8080/p?q#f', 'host', '0x7f.1', 'http://127.0.0.1:8080/p?q#f', '127.0.0.1:8080'],
    ['sc://h/p', 'host', 'other', 'sc://other/p', 'other'],
    ['sc://h/p', 'host', '', 'sc:///p', ''],
    ['sc://h/p', 'host', 'a b', 'sc://h/p', 'h'],
    ['sc://h/p', 'host', 'ü', 'sc://%C3%BC/p', '%C3%BC'],
    ['sc://h/p', 'host', 'x:5', 'sc://x:5/p', 'x:5'],
    ['sc://h/p', 'host', '[::1]', 'sc://[::1]/p', '[::1]'],
    ['sc:opaque', 'host', 'h', 'sc:opaque', ''],
    ['file:///x', 'host', 'host', 'file://host/x', 'host'],
    ['file:///x', 'host', 'localhost', 'file:///x', ''],
    ['file:///x', 'host', 'h:8', 'file:///x', ''],
    ['file:///x', 'host', '', 'file:///x', ''],
    ['file://host/x', 'host', '', 'file:///x', ''],
    ['http://u@h/', 'host', '', 'http://u@h/', 'h'],
    ['http://example.com:8080/p', 'hostname', 'other.com', 'http://other.com:8080/p', 'other.com'],
    ['http://example.com:8080/p', 'hostname', 'other.com:99', 'http://example.com:8080/p', 'example.com'],
    ['http://example.com:8080/p', 'hostname', '', 'http://example.com:8080/p', 'example.com'],
    ['http://example.com:8080/p', 'hostname', 'a b', 'http://example.com:8080/p', 'example.com'],
    ['http://example.com:8080/p', 'hostname', 'a/b', 'http://a:8080/p', 'a'],
    ['http://example.com:8080/p', 'hostname', '[::2]', 'http://[::2]:8080/p', '[::2]'],
    ['http://example.com:8080/p', 'hostname', '0x7f.1', 'http://127.0.0.1:8080/p', '127.0.0.1'],
    ['http://example.com:8080/p', 'hostname', 'ü', 'http://xn--tda:8080/p', 'xn--tda'],
    ['http://example.com:8080/p', 'hostname', '%00', 'http://example.com:8080/p', 'example.com'],
    ['http://example.com:8080/p', 'hostname', 'a#b', 'http://a:8080/p', 'a'],
    ['sc://h/p', 'hostname', 'other', 'sc://other/p', 'other'],
    ['sc://h/p', 'hostname', '', 'sc:///p', ''],
    ['file://host/x', 'hostname', 'localhost', 'file:///x', ''],
    ['file://host/x', 'hostname', 'other', 'file://other/x', 'other'],
    ['sc:opaque', 'hostname', 'h', 'sc:opaque', ''],
    ['http://example.com:8080/', 'port', '81', 'http://example.com:81/', '81'],
    ['http://example.com:8080/', 'port', '80', 'http://example.com/', ''],
    ['http://example.com:8080/', 'port', '', 'http://example.com/', ''],
    ['http://example.com:8080/', 'port', '0', 'http://example.com:0/', '0'],
    ['http://example.com:8080/', 'port', '65535', 'http://example.com:65535/', '65535'],
    ['http://example.com:8080/', 'port', '65536', 'http://example.com:8080/', '8080'],
    ['http://example.com:8080/', 'port', '12ab', 'http://example.com:12/', '12'],
    ['http://example.com:8080/', 'port', 'ab', 'http://example.com:8080/', '8080'],
    ['http://example.com:8080/', 'port', ' 12', 'http://example.com:8080/', '8080'],
    ['http://example.com:8080/', 'port', '-1', 'http://example.com:8080/', '8080'],
    ['http://example.com:8080/', 'port', '8080/x', 'http://example.com:8080/', '8080'],
    ['http://example.com:8080/', 'port', '00081', 'http://example.com:81/', '81'],
    ['http://example.com:8080/', 'port', '\t81', 'http://example.com:81/', '81'],
    ['https://example.com/', 'port', '443', 'https://example.com/', ''],
    ['https://example.com/', 'port', '80', 'https://example.com:80/', '80'],
    ['sc://h/', 'port', '80', 'sc://h:80/', '80'],
    ['sc://h/', 'port', '1', 'sc://h:1/', '1'],
    ['file://host/', 'port', '80', 'file://host/', ''],
    ['sc:opaque', 'port', '80', 'sc:opaque', ''],
    ['http://example.com/a/b?q#f', 'pathname', '/x', 'http://example.com/x?q#f', '/x'],
    ['http://example.com/a/b?q#f', 'pathname', 'x', 'http://example.com/x?q#f', '/x'],
    ['http://example.com/a/b?q#f', 'pathname', '', 'http://example.com/?q#f', '/'],
    ['http://example.com/a/b?q#f', 'pathname', '/a/../b', 'http://example.com/b?q#f', '/b'],
    ['http://example.com/a/b?q#f', 'pathname', 'a b?#', 'http://example.com/a%20b%3F%23?q#f', '/a%20b%3F%23'],
    ['http://example.com/a/b?q#f', 'pathname', '\\a\\b', 'http://example.com/a/b?q#f', '/a/b'],
    ['http://example.com/a/b?q#f', 'pathname', '//x', 'http://example.com//x?q#f', '//x'],
    ['http://example.com/a/b?q#f', 'pathname', '/./.', 'http://example.com/?q#f', '/'],
    ['http://example.com/a/b?q#f', 'pathname', 'ü', 'http://example.com/%C3%BC?q#f', '/%C3%BC'],
    ['http://example.com/a/b?q#f', 'pathname', '%2e%2E/x', 'http://example.com/x?q#f', '/x'],
    ['http://example.com/a/b?q#f', 'pathname', '/{}`', 'http://example.com/%7B%7D%60?q#f', '/%7B%7D%60'],
    ['sc://h/p', 'pathname', 'x', 'sc://h/x', '/x'],
    ['sc://h/p', 'pathname', '\\a', 'sc://h/\\a', '/\\a'],
    ['sc://h/p', 'pathname', '', 'sc://h', ''],
    ['sc:opaque', 'pathname', 'x', 'sc:opaque', 'opaque'],
    ['file:///C:/x', 'pathname', '/C|/y', 'file:///C:/y', '/C:/y'],
    ['file:///C:/x', 'pathname', 'C:/../z', 'file:///C:/z', '/C:/z'],
    ['file:///C:/x', 'pathname', '/..', 'file:///', '/'],
    ['file://host/x', 'pathname', '', 'file://host/', '/'],
    ['http://example.com/p?old#f', 'search', 'a=b', 'http://example.com/p?a=b#f', '?a=b'],
    ['http://example.com/p?old#f', 'search', '?a=b', 'http://example.com/p?a=b#f', '?a=b'],
    ['http://example.com/p?old#f', 'search', '', 'http://example.com/p#f', ''],
    ['http://example.com/p?old#f', 'search', '?', 'http://example.com/p?#f', ''],
    ['http://example.com/p?old#f', 'search', '??', 'http://example.com/p??#f', '??'],
    ['http://example.com/p?old#f', 'search', '#x', 'http://example.com/p?%23x#f', '?%23x'],
    ['http://example.com/p?old#f', 'search', 'a b\'c', 'http://example.com/p?a%20b%27c#f', '?a%20b%27c'],
    ['http://example.com/p?old#f', 'search', 'ü', 'http://example.com/p?%C3%BC#f', '?%C3%BC'],
    ['http://example.com/p?old#f', 'search', '%zz', 'http://example.com/p?%zz#f', '?%zz'],
    ['sc://h/p?old', 'search', 'a b\'c', 'sc://h/p?a%20b\'c', '?a%20b\'c'],
    ['sc://h/p?old', 'search', '', 'sc://h/p', ''],
    ['sc:opaque#f', 'search', 'q', 'sc:opaque?q#f', '?q'],
    ['http://example.com/p?q#old', 'hash', 'x', 'http://example.com/p?q#x', '#x'],
    ['http://example.com/p?q#old', 'hash', '#x', 'http://example.com/p?q#x', '#x'],
    ['http://example.com/p?q#old', 'hash', '', 'http://example.com/p?q', ''],
    ['http://example.com/p?q#old', 'hash', '#', 'http://example.com/p?q#', ''],
    ['http://example.com/p?q#old', 'hash', '##', 'http://example.com/p?q##', '##'],
    ['http://example.com/p?q#old', 'hash', 'a b`c<>"', 'http://example.com/p?q#a%20b%60c%3C%3E%22', '#a%20b%60c%3C%3E%22'],
    ['http://example.com/p?q#old', 'hash', 'ü', 'http://example.com/p?q#%C3%BC', '#%C3%BC'],
    ['http://example.com/p?q#old', 'hash', '?q', 'http://example.com/p?q#?q', '#?q'],
    ['sc:opaque', 'hash', 'f', 'sc:opaque#f', '#f'],
    ['sc:opaque', 'hash', '', 'sc:opaque', ''],
    ['sc:opaque?q', 'hash', 'f', 'sc:opaque?q#f', '#f'],
    ['http://example.com/p?q#f', 'href', 'http://new.com/', 'http://new.com/', 'http://new.com/'],
    ['http://example.com/p?q#f', 'href', 'sc:x', 'sc:x', 'sc:x'],
    ['http://example.com/p?q#f', 'href', 'file:///C|/z', 'file:///C:/z', 'file:///C:/z'],
    ['http://example.com/p?q#f', 'href', 'ws://h:80/chat', 'ws://h/chat', 'ws://h/chat'],
    ['http://example.com/p?q#f', 'href', 'http://x/?a=1&b=2', 'http://x/?a=1&b=2', 'http://x/?a=1&b=2'],
    // Spec cases where older engines differ.
    ['http://example.com/', 'pathname', '/a^b', 'http://example.com/a%5Eb', '/a%5Eb'],
    ['sc://h/p', 'host', ':80', 'sc://h/p', 'h'],
    ['sc://h/p', 'pathname', '%2e%2E', 'sc://h/', '/'],
    ['sc:/p', 'host', 'h:5', 'sc://h:5/p', 'h:5'],
    ['sc:/p', 'hostname', 'h', 'sc://h/p', 'h'],
  ];

  for (const [href, attribute, value, expectedHref, expectedValue] of cases) {
    test(() => {
      const url = new URL(href);
      url[attribute] = value;
      assert_equals(url.href, expectedHref, 'href');
      assert_equals(url[attribute], expectedValue, attribute);
    }, `${attribute} = ${JSON.stringify(value)} on ${href}`);
  }

  test(() => {
    const url = new URL('http://example.com/p?q#f');
    const e = assert_throws_js(TypeError, () => { url.href = 'not a url'; });
    assert_equals(e.message, "Failed to set the 'href' property on 'URL': Invalid URL");
    assert_equals(url.href, 'http://example.com/p?q#f', 'the URL is unchanged');
    assert_throws_js(TypeError, () => { url.href = '/relative'; }, 'href is parsed without a base');
  }, 'href setter throws TypeError for an invalid URL');

  test(() => {
    const url = new URL('http://example.com/');
    for (const name of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
      const setter = Object.getOwnPropertyDescriptor(URL.prototype, name).set;
      assert_throws_js(TypeError, () => setter.call(url), `${name} setter without an argument`);
      assert_throws_js(TypeError, () => setter.call({}, 'x'), `${name} setter on a non-URL`);
    }
    assert_equals(url.href, 'http://example.com/');
  }, 'setters check their argument count and brand');

  test(() => {
    const url = new URL('http://example.com/');
    url.pathname = '/a\uD800b';
    assert_equals(url.pathname, '/a%EF%BF%BDb');
    url.hash = { toString: () => 'obj' };
    assert_equals(url.hash, '#obj');
    url.search = null;
    assert_equals(url.search, '?null');
    url.port = 8080;
    assert_equals(url.port, '8080');
  }, 'setters convert values to USVString');

  test(() => {
    const url = new URL('http://example.com/?a=1&b=2');
    const params = url.searchParams;
    assert_equals(url.searchParams, params, 'the same object each time');
    assert_array_equals([...params.keys()], ['a', 'b']);
    url.search = '?c=3';
    assert_array_equals([...params.keys()], ['c'], 'search setter updates the list');
    url.search = '';
    assert_equals(params.size, 0, 'empty search empties the list');
    url.href = 'http://other.example/?d=4&e=5';
    assert_equals(url.searchParams, params, 'href setter keeps the object');
    assert_array_equals([...params.keys()], ['d', 'e'], 'href setter updates the list');
    url.hash = 'x';
    url.pathname = '/p';
    assert_array_equals([...params.keys()], ['d', 'e'], 'other setters leave the list alone');
  }, 'searchParams follows the URL');

  test(() => {
    const url = new URL('http://example.com/p?x=1#frag');
    const params = url.searchParams;
    params.append('y', 'a b&c');
    assert_equals(url.href, 'http://example.com/p?x=1&y=a+b%26c#frag');
    params.set('x', '\u00E9');
    assert_equals(url.search, '?x=%C3%A9&y=a+b%26c');
    params.delete('x');
    params.delete('y');
    assert_equals(url.href, 'http://example.com/p#frag', 'an empty list makes the query null');
    assert_equals(url.search, '');
    params.append('k', '');
    assert_equals(url.href, 'http://example.com/p?k=#frag');
    params.sort();
    assert_equals(url.search, '?k=');
  }, 'searchParams changes update the URL');

  test(() => {
    const url = new URL('http://example.com/?a=%20b+c&a=%zz');
    assert_equals(url.search, '?a=%20b+c&a=%zz', 'the query is kept as written');
    assert_array_equals(url.searchParams.getAll('a'), [' b c', '%zz']);
    url.searchParams.sort();
    assert_equals(url.search, '?a=+b+c&a=%25zz', 'a searchParams change reserializes the query');
  }, 'searchParams parses the query with the form-urlencoded parser');

  test(() => {
    const url = new URL('sc:opaque ?q#f');
    assert_equals(url.pathname, 'opaque%20');
    url.search = '';
    url.hash = '';
    assert_equals(url.href, 'sc:opaque%20', 'the percent-encoded space survives');
    assert_equals(new URL(url.href).href, url.href, 'round trip');
  }, 'removing the query and fragment of an opaque path that ends in a space');
})();
