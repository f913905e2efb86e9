// URL parsing (https://url.spec.whatwg.org/#url-parsing): the basic URL parser through new URL(),
// URL.parse() and URL.canParse(): special and non-special schemes, IPv4/IPv6 hosts, IDNA,
// percent-encoding, dot segments, relative resolution, file URLs and failures.
// Expected values are literal (checked against a conforming implementation while writing them).
(() => {
  'use strict';

  // Each case: [input, base (null for none), expected href, origin, protocol, username, password,
  // hostname, port, pathname, search, hash], or [input, base, null] when parsing must fail.
  const fields = ['href', 'origin', 'protocol', 'username', 'password', 'hostname', 'port', 'pathname', 'search', 'hash'];
  const cases = [
    ['http://example.com', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['HTTP://EXAMPLE.COM/', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com:80/', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['https://example.com:443', null, 'https://example.com/', 'https://example.com', 'https:', '', '', 'example.com', '', '/', '', ''],
    ['https://example.com:444', null, 'https://example.com:444/', 'https://example.com:444', 'https:', '', '', 'example.com', '444', '/', '', ''],
    ['ws://x:80/', null, 'ws://x/', 'ws://x', 'ws:', '', '', 'x', '', '/', '', ''],
    ['wss://x:443/', null, 'wss://x/', 'wss://x', 'wss:', '', '', 'x', '', '/', '', ''],
    ['ftp://x:21/', null, 'ftp://x/', 'ftp://x', 'ftp:', '', '', 'x', '', '/', '', ''],
    ['ftp://x:22/', null, 'ftp://x:22/', 'ftp://x:22', 'ftp:', '', '', 'x', '22', '/', '', ''],
    ['http://user:pass@host/', null, 'http://user:pass@host/', 'http://host', 'http:', 'user', 'pass', 'host', '', '/', '', ''],
    ['http://user@host', null, 'http://user@host/', 'http://host', 'http:', 'user', '', 'host', '', '/', '', ''],
    ['http://:pass@host', null, 'http://:pass@host/', 'http://host', 'http:', '', 'pass', 'host', '', '/', '', ''],
    ['http://@host', null, 'http://host/', 'http://host', 'http:', '', '', 'host', '', '/', '', ''],
    ['http://a@b@c/', null, 'http://a%40b@c/', 'http://c', 'http:', 'a%40b', '', 'c', '', '/', '', ''],
    ['http://a:b:c@d/', null, 'http://a:b%3Ac@d/', 'http://d', 'http:', 'a', 'b%3Ac', 'd', '', '/', '', ''],
    ['http://us er:p@ss@h/', null, 'http://us%20er:p%40ss@h/', 'http://h', 'http:', 'us%20er', 'p%40ss', 'h', '', '/', '', ''],
    ['http://ü:ö@h', null, 'http://%C3%BC:%C3%B6@h/', 'http://h', 'http:', '%C3%BC', '%C3%B6', 'h', '', '/', '', ''],
    ['http://a%40b@h', null, 'http://a%40b@h/', 'http://h', 'http:', 'a%40b', '', 'h', '', '/', '', ''],
    ['http:/example.com/', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http:example.com/', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http:\\\\example.com\\a\\b', null, 'http://example.com/a/b', 'http://example.com', 'http:', '', '', 'example.com', '', '/a/b', '', ''],
    ['http://example.com\\a', null, 'http://example.com/a', 'http://example.com', 'http:', '', '', 'example.com', '', '/a', '', ''],
    ['  http://example.com/  ', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['\thttp://exa\nmple.com/\r', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com/a/./b/../c', null, 'http://example.com/a/c', 'http://example.com', 'http:', '', '', 'example.com', '', '/a/c', '', ''],
    ['http://example.com/a/%2e/b/%2E%2e/c', null, 'http://example.com/a/c', 'http://example.com', 'http:', '', '', 'example.com', '', '/a/c', '', ''],
    ['http://example.com/..', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com/../../..', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com/a/..', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com/a/.', null, 'http://example.com/a/', 'http://example.com', 'http:', '', '', 'example.com', '', '/a/', '', ''],
    ['http://example.com/a/.%2E/', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://example.com/%2e%2e%2f', null, 'http://example.com/%2e%2e%2f', 'http://example.com', 'http:', '', '', 'example.com', '', '/%2e%2e%2f', '', ''],
    ['http://example.com/ a<b>c"d#e', null, 'http://example.com/%20a%3Cb%3Ec%22d#e', 'http://example.com', 'http:', '', '', 'example.com', '', '/%20a%3Cb%3Ec%22d', '', '#e'],
    ['http://example.com/?a b<c>"d\'e#f g`h', null, 'http://example.com/?a%20b%3Cc%3E%22d%27e#f%20g%60h', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '?a%20b%3Cc%3E%22d%27e', '#f%20g%60h'],
    ['sc://example.com/?a b\'c', null, 'sc://example.com/?a%20b\'c', 'null', 'sc:', '', '', 'example.com', '', '/', '?a%20b\'c', ''],
    ['http://example.com/#a b`c<>"', null, 'http://example.com/#a%20b%60c%3C%3E%22', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', '#a%20b%60c%3C%3E%22'],
    ['http://example.com/ÿ€𝟘', null, 'http://example.com/%C3%BF%E2%82%AC%F0%9D%9F%98', 'http://example.com', 'http:', '', '', 'example.com', '', '/%C3%BF%E2%82%AC%F0%9D%9F%98', '', ''],
    ['http://example.com/?ÿ€𝟘', null, 'http://example.com/?%C3%BF%E2%82%AC%F0%9D%9F%98', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '?%C3%BF%E2%82%AC%F0%9D%9F%98', ''],
    ['http://example.com/#ÿ€𝟘', null, 'http://example.com/#%C3%BF%E2%82%AC%F0%9D%9F%98', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', '#%C3%BF%E2%82%AC%F0%9D%9F%98'],
    ['http://example.com/%zz%4', null, 'http://example.com/%zz%4', 'http://example.com', 'http:', '', '', 'example.com', '', '/%zz%4', '', ''],
    ['http://example.com/{}|\\', null, 'http://example.com/%7B%7D|/', 'http://example.com', 'http:', '', '', 'example.com', '', '/%7B%7D|/', '', ''],
    ['http://192.168.0.1', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://0xc0.0xa8.0.1/', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://0300.0250.0.1', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://3232235521', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://0xC0A80001', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://192.168.1', null, 'http://192.168.0.1/', 'http://192.168.0.1', 'http:', '', '', '192.168.0.1', '', '/', '', ''],
    ['http://192.1', null, 'http://192.0.0.1/', 'http://192.0.0.1', 'http:', '', '', '192.0.0.1', '', '/', '', ''],
    ['http://4294967295', null, 'http://255.255.255.255/', 'http://255.255.255.255', 'http:', '', '', '255.255.255.255', '', '/', '', ''],
    ['http://4294967296', null, null],
    // At the edges of the parser's shortcut for simple URLs (url-parser.js, parseSimpleURL): the
    // first ones take it, the others must fall back to the state machine and give its result.
    ['ws://127.0.0.1:8080/?test=D&port=1#x', null, 'ws://127.0.0.1:8080/?test=D&port=1#x', 'ws://127.0.0.1:8080', 'ws:', '', '', '127.0.0.1', '8080', '/', '?test=D&port=1', '#x'],
    ['ws://0.0.0.0:0080/a//b/', null, 'ws://0.0.0.0/a//b/', 'ws://0.0.0.0', 'ws:', '', '', '0.0.0.0', '', '/a//b/', '', ''],
    ['wss://a-b.c1:443', null, 'wss://a-b.c1/', 'wss://a-b.c1', 'wss:', '', '', 'a-b.c1', '', '/', '', ''],
    ['http://h:8080?q', null, 'http://h:8080/?q', 'http://h:8080', 'http:', '', '', 'h', '8080', '/', '?q', ''],
    ['ftp://h:21/p;x=1', null, 'ftp://h/p;x=1', 'ftp://h', 'ftp:', '', '', 'h', '', '/p;x=1', '', ''],
    ['https://h/a', 'http://other/', 'https://h/a', 'https://h', 'https:', '', '', 'h', '', '/a', '', ''],
    ['ws://1.2.3.04/', null, 'ws://1.2.3.4/', 'ws://1.2.3.4', 'ws:', '', '', '1.2.3.4', '', '/', '', ''],
    ['http://example.com.:80/', null, 'http://example.com./', 'http://example.com.', 'http:', '', '', 'example.com.', '', '/', '', ''],
    ["http://h/a/%2E%2e/b?x'y#z`w", null, 'http://h/b?x%27y#z%60w', 'http://h', 'http:', '', '', 'h', '', '/b', '?x%27y', '#z%60w'],
    ['http://a.0x1/', null, null],
    ['http://h:65536/', null, null],
    ['http://1.2.3.256', null, null],
    ['http://256.1.1.1', null, null],
    ['http://1.2.3.4.', null, 'http://1.2.3.4/', 'http://1.2.3.4', 'http:', '', '', '1.2.3.4', '', '/', '', ''],
    ['http://1.2.3.4..', null, 'http://1.2.3.4../', 'http://1.2.3.4..', 'http:', '', '', '1.2.3.4..', '', '/', '', ''],
    ['http://1.2.3.4.5', null, null],
    ['http://0x', null, 'http://0.0.0.0/', 'http://0.0.0.0', 'http:', '', '', '0.0.0.0', '', '/', '', ''],
    ['http://0x.0x.0', null, 'http://0.0.0.0/', 'http://0.0.0.0', 'http:', '', '', '0.0.0.0', '', '/', '', ''],
    ['http://09', null, null],
    ['http://08.1', null, null],
    ['http://0x1g', null, 'http://0x1g/', 'http://0x1g', 'http:', '', '', '0x1g', '', '/', '', ''],
    ['http://1.2.3.0x', null, 'http://1.2.3.0/', 'http://1.2.3.0', 'http:', '', '', '1.2.3.0', '', '/', '', ''],
    ['http://foo.1', null, null],
    ['http://1.foo', null, 'http://1.foo/', 'http://1.foo', 'http:', '', '', '1.foo', '', '/', '', ''],
    ['http://foo.0x', null, null],
    ['http://foo.09', null, null],
    ['http://foo.0x1', null, null],
    ['http://%30%78%31', null, 'http://0.0.0.1/', 'http://0.0.0.1', 'http:', '', '', '0.0.0.1', '', '/', '', ''],
    ['http://999999999999999999999', null, null],
    ['http://0.0.0.0', null, 'http://0.0.0.0/', 'http://0.0.0.0', 'http:', '', '', '0.0.0.0', '', '/', '', ''],
    ['http://00000000000000000000000001', null, 'http://0.0.0.1/', 'http://0.0.0.1', 'http:', '', '', '0.0.0.1', '', '/', '', ''],
    ['http://1.2.3.4%2e', null, 'http://1.2.3.4/', 'http://1.2.3.4', 'http:', '', '', '1.2.3.4', '', '/', '', ''],
    ['http://[::]', null, 'http://[::]/', 'http://[::]', 'http:', '', '', '[::]', '', '/', '', ''],
    ['http://[::1]', null, 'http://[::1]/', 'http://[::1]', 'http:', '', '', '[::1]', '', '/', '', ''],
    ['http://[1::]', null, 'http://[1::]/', 'http://[1::]', 'http:', '', '', '[1::]', '', '/', '', ''],
    ['http://[1:2:3:4:5:6:7:8]', null, 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:7:8]', 'http:', '', '', '[1:2:3:4:5:6:7:8]', '', '/', '', ''],
    ['http://[1:2:3:4:5:6:7:8:9]', null, null],
    ['http://[1:2:3:4:5:6:7]', null, null],
    ['http://[1::2::3]', null, null],
    ['http://[::ffff:192.168.0.1]', null, 'http://[::ffff:c0a8:1]/', 'http://[::ffff:c0a8:1]', 'http:', '', '', '[::ffff:c0a8:1]', '', '/', '', ''],
    ['http://[::ffff:192.168.0]', null, null],
    ['http://[::ffff:192.168.0.1.2]', null, null],
    ['http://[::ffff:192.168.0.01]', null, null],
    ['http://[::ffff:256.0.0.1]', null, null],
    ['http://[0:0:0:0:0:0:0:0]', null, 'http://[::]/', 'http://[::]', 'http:', '', '', '[::]', '', '/', '', ''],
    ['http://[1:0:0:0:1:0:0:1]', null, 'http://[1::1:0:0:1]/', 'http://[1::1:0:0:1]', 'http:', '', '', '[1::1:0:0:1]', '', '/', '', ''],
    ['http://[1:0:0:1:0:0:0:1]', null, 'http://[1:0:0:1::1]/', 'http://[1:0:0:1::1]', 'http:', '', '', '[1:0:0:1::1]', '', '/', '', ''],
    ['http://[FFFF::ABCD]', null, 'http://[ffff::abcd]/', 'http://[ffff::abcd]', 'http:', '', '', '[ffff::abcd]', '', '/', '', ''],
    ['http://[12345::]', null, null],
    ['http://[::1]:8080/', null, 'http://[::1]:8080/', 'http://[::1]:8080', 'http:', '', '', '[::1]', '8080', '/', '', ''],
    ['http://[::1', null, null],
    ['http://::1]', null, null],
    ['http://[:1]', null, null],
    ['http://[1:]', null, null],
    ['http://[1:2:3:4:5:6:1.2.3.4]', null, 'http://[1:2:3:4:5:6:102:304]/', 'http://[1:2:3:4:5:6:102:304]', 'http:', '', '', '[1:2:3:4:5:6:102:304]', '', '/', '', ''],
    ['http://[1:2:3:4:5:6:7:1.2.3.4]', null, null],
    ['sc://[::1]/', null, 'sc://[::1]/', 'null', 'sc:', '', '', '[::1]', '', '/', '', ''],
    ['sc://[x]/', null, null],
    ['http://[::1%25eth0]', null, null],
    ['http://EXAMPLE.com', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://ex%41mple.com', null, 'http://example.com/', 'http://example.com', 'http:', '', '', 'example.com', '', '/', '', ''],
    ['http://ex ample.com', null, null],
    ['http://ex<ample.com', null, null],
    ['http://ex%20ample.com', null, null],
    ['http://ex%00ample.com', null, null],
    ['http://ex%25ample.com', null, null],
    ['http://ex^ample.com', null, null],
    ['http://ex|ample.com', null, null],
    ['http://ex%7Cample.com', null, null],
    ['http://a.b.c.', null, 'http://a.b.c./', 'http://a.b.c.', 'http:', '', '', 'a.b.c.', '', '/', '', ''],
    ['http://.', null, 'http://./', 'http://.', 'http:', '', '', '.', '', '/', '', ''],
    ['http://..', null, 'http://../', 'http://..', 'http:', '', '', '..', '', '/', '', ''],
    ['http://a..b', null, 'http://a..b/', 'http://a..b', 'http:', '', '', 'a..b', '', '/', '', ''],
    ['http://xn--nxasmq6b.com', null, 'http://xn--nxasmq6b.com/', 'http://xn--nxasmq6b.com', 'http:', '', '', 'xn--nxasmq6b.com', '', '/', '', ''],
    ['http://XN--NXASMQ6B.com', null, 'http://xn--nxasmq6b.com/', 'http://xn--nxasmq6b.com', 'http:', '', '', 'xn--nxasmq6b.com', '', '/', '', ''],
    ['http://日本.jp', null, 'http://xn--wgv71a.jp/', 'http://xn--wgv71a.jp', 'http:', '', '', 'xn--wgv71a.jp', '', '/', '', ''],
    ['http://ÉCOLE.fr', null, 'http://xn--cole-9oa.fr/', 'http://xn--cole-9oa.fr', 'http:', '', '', 'xn--cole-9oa.fr', '', '/', '', ''],
    ['http://straße.de', null, 'http://xn--strae-oqa.de/', 'http://xn--strae-oqa.de', 'http:', '', '', 'xn--strae-oqa.de', '', '/', '', ''],
    ['http://ⓑⓒ.com', null, 'http://bc.com/', 'http://bc.com', 'http:', '', '', 'bc.com', '', '/', '', ''],
    ['http://ｆｕｌｌ.com', null, 'http://full.com/', 'http://full.com', 'http:', '', '', 'full.com', '', '/', '', ''],
    ['http://%ef%bc%86.com', null, 'http://&.com/', 'http://&.com', 'http:', '', '', '&.com', '', '/', '', ''],
    ['http://%ff.com', null, null],
    ['http://a\u00A0b.com', null, null],
    ['http://İ.com', null, 'http://xn--i-9bb.com/', 'http://xn--i-9bb.com', 'http:', '', '', 'xn--i-9bb.com', '', '/', '', ''],
    ['sc://host/path', null, 'sc://host/path', 'null', 'sc:', '', '', 'host', '', '/path', '', ''],
    ['sc://Host/PATH', null, 'sc://Host/PATH', 'null', 'sc:', '', '', 'Host', '', '/PATH', '', ''],
    ['sc://ho st/', null, null],
    ['sc://ho%20st/', null, 'sc://ho%20st/', 'null', 'sc:', '', '', 'ho%20st', '', '/', '', ''],
    ['sc://ü/', null, 'sc://%C3%BC/', 'null', 'sc:', '', '', '%C3%BC', '', '/', '', ''],
    ['sc://@/', null, null],
    ['sc://user@/', null, null],
    ['sc://:1/', null, null],
    ['sc://h:0/', null, 'sc://h:0/', 'null', 'sc:', '', '', 'h', '0', '/', '', ''],
    ['sc://h:65535/', null, 'sc://h:65535/', 'null', 'sc:', '', '', 'h', '65535', '/', '', ''],
    ['sc://h:65536', null, null],
    ['sc:/path', null, 'sc:/path', 'null', 'sc:', '', '', '', '', '/path', '', ''],
    ['sc:path', null, 'sc:path', 'null', 'sc:', '', '', '', '', 'path', '', ''],
    ['sc:', null, 'sc:', 'null', 'sc:', '', '', '', '', '', '', ''],
    ['sc:/', null, 'sc:/', 'null', 'sc:', '', '', '', '', '/', '', ''],
    ['sc://', null, 'sc://', 'null', 'sc:', '', '', '', '', '', '', ''],
    ['sc:///', null, 'sc:///', 'null', 'sc:', '', '', '', '', '/', '', ''],
    ['sc:////', null, 'sc:////', 'null', 'sc:', '', '', '', '', '//', '', ''],
    ['sc://h/./a/../b', null, 'sc://h/b', 'null', 'sc:', '', '', 'h', '', '/b', '', ''],
    ['sc:/./a', null, 'sc:/a', 'null', 'sc:', '', '', '', '', '/a', '', ''],
    ['sc:/.//a', null, 'sc:/.//a', 'null', 'sc:', '', '', '', '', '//a', '', ''],
    ['sc:a/../b', null, 'sc:a/../b', 'null', 'sc:', '', '', '', '', 'a/../b', '', ''],
    ['sc:?q', null, 'sc:?q', 'null', 'sc:', '', '', '', '', '', '?q', ''],
    ['sc:#f', null, 'sc:#f', 'null', 'sc:', '', '', '', '', '', '', '#f'],
    ['sc:a?b#c', null, 'sc:a?b#c', 'null', 'sc:', '', '', '', '', 'a', '?b', '#c'],
    ['sc://h?q', null, 'sc://h?q', 'null', 'sc:', '', '', 'h', '', '', '?q', ''],
    ['sc://h#f', null, 'sc://h#f', 'null', 'sc:', '', '', 'h', '', '', '', '#f'],
    ['sc:\\x', null, 'sc:\\x', 'null', 'sc:', '', '', '', '', '\\x', '', ''],
    ['sc://h\\x', null, null],
    ['SC://H', null, 'sc://H', 'null', 'sc:', '', '', 'H', '', '', '', ''],
    ['a+b-c.d://x', null, 'a+b-c.d://x', 'null', 'a+b-c.d:', '', '', 'x', '', '', '', ''],
    ['1a://x', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/1a://x', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/1a://x', '', ''],
    ['a_b://x', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/a_b://x', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/a_b://x', '', ''],
    ['mailto:user@example.com', null, 'mailto:user@example.com', 'null', 'mailto:', '', '', '', '', 'user@example.com', '', ''],
    ['javascript:alert(1)', null, 'javascript:alert(1)', 'null', 'javascript:', '', '', '', '', 'alert(1)', '', ''],
    ['data:text/html,<b>hi</b>', null, 'data:text/html,<b>hi</b>', 'null', 'data:', '', '', '', '', 'text/html,<b>hi</b>', '', ''],
    ['urn:isbn:0451450523', null, 'urn:isbn:0451450523', 'null', 'urn:', '', '', '', '', 'isbn:0451450523', '', ''],
    ['tel:+1-201-555-0123', null, 'tel:+1-201-555-0123', 'null', 'tel:', '', '', '', '', '+1-201-555-0123', '', ''],
    ['blob:https://a.com/uuid', null, 'blob:https://a.com/uuid', 'https://a.com', 'blob:', '', '', '', '', 'https://a.com/uuid', '', ''],
    ['blob:sc://x/', null, 'blob:sc://x/', 'null', 'blob:', '', '', '', '', 'sc://x/', '', ''],
    ['blob:file:///x', null, 'blob:file:///x', 'null', 'blob:', '', '', '', '', 'file:///x', '', ''],
    ['blob:d3958f5c', null, 'blob:d3958f5c', 'null', 'blob:', '', '', '', '', 'd3958f5c', '', ''],
    ['blob:http://a:80/x', null, 'blob:http://a:80/x', 'http://a', 'blob:', '', '', '', '', 'http://a:80/x', '', ''],
    ['file:///', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file://', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:/', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:///C:/a', null, 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['file:///C|/a', null, 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['file:C:/a', null, 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['file:/C:/a', null, 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['file://C:/a', null, 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['file:///c:/a/../..', null, 'file:///c:/', 'null', 'file:', '', '', '', '', '/c:/', '', ''],
    ['file:///c:/..', null, 'file:///c:/', 'null', 'file:', '', '', '', '', '/c:/', '', ''],
    ['file:///C:/a/../../b', null, 'file:///C:/b', 'null', 'file:', '', '', '', '', '/C:/b', '', ''],
    ['file://localhost/a', null, 'file:///a', 'null', 'file:', '', '', '', '', '/a', '', ''],
    ['file://LOCALHOST/a', null, 'file:///a', 'null', 'file:', '', '', '', '', '/a', '', ''],
    ['file://host/a', null, 'file://host/a', 'null', 'file:', '', '', 'host', '', '/a', '', ''],
    ['file://host', null, 'file://host/', 'null', 'file:', '', '', 'host', '', '/', '', ''],
    ['file://ho st/', null, null],
    ['file://h:80/', null, null],
    ['file://u@h/', null, null],
    ['file:a', null, 'file:///a', 'null', 'file:', '', '', '', '', '/a', '', ''],
    ['file:..', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:.', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:/a/../', null, 'file:///', 'null', 'file:', '', '', '', '', '/', '', ''],
    ['file:\\\\host\\share', null, 'file://host/share', 'null', 'file:', '', '', 'host', '', '/share', '', ''],
    ['file:///a?q#f', null, 'file:///a?q#f', 'null', 'file:', '', '', '', '', '/a', '?q', '#f'],
    ['file://%43%3A', null, null],
    ['file://C|', null, 'file:///C:', 'null', 'file:', '', '', '', '', '/C:', '', ''],
    ['file:///C:', null, 'file:///C:', 'null', 'file:', '', '', '', '', '/C:', '', ''],
    ['file:C|', null, 'file:///C:', 'null', 'file:', '', '', '', '', '/C:', '', ''],
    ['file:?q', null, 'file:///?q', 'null', 'file:', '', '', '', '', '/', '?q', ''],
    ['file:#f', null, 'file:///#f', 'null', 'file:', '', '', '', '', '/', '', '#f'],
    ['FILE:///x', null, 'file:///x', 'null', 'file:', '', '', '', '', '/x', '', ''],
    ['', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?q', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '?q', ''],
    [' ', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?q', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '?q', ''],
    ['a', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/a', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/a', '', ''],
    ['/', 'http://example.org/foo/bar?q#f', 'http://example.org/', 'http://example.org', 'http:', '', '', 'example.org', '', '/', '', ''],
    ['//', 'http://example.org/foo/bar?q#f', null],
    ['///', 'http://example.org/foo/bar?q#f', null],
    ['/a/b', 'http://example.org/foo/bar?q#f', 'http://example.org/a/b', 'http://example.org', 'http:', '', '', 'example.org', '', '/a/b', '', ''],
    ['//host/p', 'http://example.org/foo/bar?q#f', 'http://host/p', 'http://host', 'http:', '', '', 'host', '', '/p', '', ''],
    ['///host/p', 'http://example.org/foo/bar?q#f', 'http://host/p', 'http://host', 'http:', '', '', 'host', '', '/p', '', ''],
    ['a/b', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/a/b', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/a/b', '', ''],
    ['../a', 'http://example.org/foo/bar?q#f', 'http://example.org/a', 'http://example.org', 'http:', '', '', 'example.org', '', '/a', '', ''],
    ['../../../../a', 'http://example.org/foo/bar?q#f', 'http://example.org/a', 'http://example.org', 'http:', '', '', 'example.org', '', '/a', '', ''],
    ['./a', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/a', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/a', '', ''],
    ['.', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/', '', ''],
    ['..', 'http://example.org/foo/bar?q#f', 'http://example.org/', 'http://example.org', 'http:', '', '', 'example.org', '', '/', '', ''],
    ['?q', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?q', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '?q', ''],
    ['#f', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?q#f', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '?q', '#f'],
    ['?', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '', ''],
    ['#', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/bar?q#', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/bar', '?q', ''],
    ['a?b#c', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/a?b#c', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/a', '?b', '#c'],
    ['\\\\host\\p', 'http://example.org/foo/bar?q#f', 'http://host/p', 'http://host', 'http:', '', '', 'host', '', '/p', '', ''],
    ['\\a', 'http://example.org/foo/bar?q#f', 'http://example.org/a', 'http://example.org', 'http:', '', '', 'example.org', '', '/a', '', ''],
    ['C:/x', null, 'c:/x', 'null', 'c:', '', '', '', '', '/x', '', ''],
    ['C|/x', 'http://example.org/foo/bar?q#f', 'http://example.org/foo/C|/x', 'http://example.org', 'http:', '', '', 'example.org', '', '/foo/C|/x', '', ''],
    ['/C:/x', 'http://example.org/foo/bar?q#f', 'http://example.org/C:/x', 'http://example.org', 'http:', '', '', 'example.org', '', '/C:/x', '', ''],
    ['//C:/x', 'http://example.org/foo/bar?q#f', 'http://c/x', 'http://c', 'http:', '', '', 'c', '', '/x', '', ''],
    ['x:y', null, 'x:y', 'null', 'x:', '', '', '', '', 'y', '', ''],
    ['http:', null, null],
    ['http:/', null, null],
    ['http://', null, null],
    ['http:///', null, null],
    ['http:a', null, 'http://a/', 'http://a', 'http:', '', '', 'a', '', '/', '', ''],
    ['https:b', null, 'https://b/', 'https://b', 'https:', '', '', 'b', '', '/', '', ''],
    ['ws:x', null, 'ws://x/', 'ws://x', 'ws:', '', '', 'x', '', '/', '', ''],
    ['file:x', null, 'file:///x', 'null', 'file:', '', '', '', '', '/x', '', ''],
    ['sc:x', null, 'sc:x', 'null', 'sc:', '', '', '', '', 'x', '', ''],
    ['http://x:', null, 'http://x/', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['http://x:/', null, 'http://x/', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['http://x:08', null, 'http://x:8/', 'http://x:8', 'http:', '', '', 'x', '8', '/', '', ''],
    ['http://x:123abc', null, null],
    ['http://x: 1', null, null],
    ['http://x:65535', null, 'http://x:65535/', 'http://x:65535', 'http:', '', '', 'x', '65535', '/', '', ''],
    ['http://x:99999', null, null],
    ['http://x:00000000080', null, 'http://x/', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['http://x:-1', null, null],
    ['http://x/?#', null, 'http://x/?#', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['http://x/??a', null, 'http://x/??a', 'http://x', 'http:', '', '', 'x', '', '/', '??a', ''],
    ['http://x/##a', null, 'http://x/##a', 'http://x', 'http:', '', '', 'x', '', '/', '', '##a'],
    ['http://x#a?b', null, 'http://x/#a?b', 'http://x', 'http:', '', '', 'x', '', '/', '', '#a?b'],
    ['http://x?a#b#c', null, 'http://x/?a#b#c', 'http://x', 'http:', '', '', 'x', '', '/', '?a', '#b#c'],
    ['http://x/\u0000\u001F\u007F', null, 'http://x/%00%1F%7F', 'http://x', 'http:', '', '', 'x', '', '/%00%1F%7F', '', ''],
    ['http://x/?\u0000', null, 'http://x/?', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['http://x/#\u0000', null, 'http://x/#', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['non-spec:/.//', null, 'non-spec:/.//', 'null', 'non-spec:', '', '', '', '', '//', '', ''],
    ['non-spec:/..//', null, 'non-spec:/.//', 'null', 'non-spec:', '', '', '', '', '//', '', ''],
    ['non-spec:/a/..//', null, 'non-spec:/.//', 'null', 'non-spec:', '', '', '', '', '//', '', ''],
    ['non-spec:/.//a', null, 'non-spec:/.//a', 'null', 'non-spec:', '', '', '', '', '//a', '', ''],
    ['web+demo:/.//not-a-host/', null, 'web+demo:/.//not-a-host/', 'null', 'web+demo:', '', '', '', '', '//not-a-host/', '', ''],
    ['web+demo://h/.//', null, 'web+demo://h//', 'null', 'web+demo:', '', '', 'h', '', '//', '', ''],
    ['http://x/.//a', null, 'http://x//a', 'http://x', 'http:', '', '', 'x', '', '//a', '', ''],
    ['http://x//a//b', null, 'http://x//a//b', 'http://x', 'http:', '', '', 'x', '', '//a//b', '', ''],
    ['http://x/a//../b', null, 'http://x/a/b', 'http://x', 'http:', '', '', 'x', '', '/a/b', '', ''],
    ['http://ﬀ.com', null, 'http://ff.com/', 'http://ff.com', 'http:', '', '', 'ff.com', '', '/', '', ''],
    ['http://x.ß', null, 'http://x.xn--zca/', 'http://x.xn--zca', 'http:', '', '', 'x.xn--zca', '', '/', '', ''],
    ['http://-x.com', null, 'http://-x.com/', 'http://-x.com', 'http:', '', '', '-x.com', '', '/', '', ''],
    ['http://x-.com', null, 'http://x-.com/', 'http://x-.com', 'http:', '', '', 'x-.com', '', '/', '', ''],
    ['http://ab--cd.com', null, 'http://ab--cd.com/', 'http://ab--cd.com', 'http:', '', '', 'ab--cd.com', '', '/', '', ''],
    ['http://xn--.com', null, null],
    ['http://xn--a.com', null, null],
    ['http://xn--zca.com', null, 'http://xn--zca.com/', 'http://xn--zca.com', 'http:', '', '', 'xn--zca.com', '', '/', '', ''],
    ['http://xn--ZCA.com', null, 'http://xn--zca.com/', 'http://xn--zca.com', 'http:', '', '', 'xn--zca.com', '', '/', '', ''],
    ['http://a.xn--', null, null],
    ['http://😀.com', null, 'http://xn--e28h.com/', 'http://xn--e28h.com', 'http:', '', '', 'xn--e28h.com', '', '/', '', ''],
    ['http://😀😀.example', null, 'http://xn--e28ha.example/', 'http://xn--e28ha.example', 'http:', '', '', 'xn--e28ha.example', '', '/', '', ''],
    ['http://müller.de', null, 'http://xn--mller-kva.de/', 'http://xn--mller-kva.de', 'http:', '', '', 'xn--mller-kva.de', '', '/', '', ''],
    ['http://bücher.example', null, 'http://xn--bcher-kva.example/', 'http://xn--bcher-kva.example', 'http:', '', '', 'xn--bcher-kva.example', '', '/', '', ''],
    ['http://пример.рф', null, 'http://xn--e1afmkfd.xn--p1ai/', 'http://xn--e1afmkfd.xn--p1ai', 'http:', '', '', 'xn--e1afmkfd.xn--p1ai', '', '/', '', ''],
    ['http://例え.テスト', null, 'http://xn--r8jz45g.xn--zckzah/', 'http://xn--r8jz45g.xn--zckzah', 'http:', '', '', 'xn--r8jz45g.xn--zckzah', '', '/', '', ''],
    ['http://ü.ü.ü', null, 'http://xn--tda.xn--tda.xn--tda/', 'http://xn--tda.xn--tda.xn--tda', 'http:', '', '', 'xn--tda.xn--tda.xn--tda', '', '/', '', ''],
    ['http://aü', null, 'http://xn--a-eha/', 'http://xn--a-eha', 'http:', '', '', 'xn--a-eha', '', '/', '', ''],
    ['http://üa', null, 'http://xn--a-dha/', 'http://xn--a-dha', 'http:', '', '', 'xn--a-dha', '', '/', '', ''],
    ['http://a-ü-b', null, 'http://xn--a--b-1ra/', 'http://xn--a--b-1ra', 'http:', '', '', 'xn--a--b-1ra', '', '/', '', ''],
    ['http://1.ü', null, 'http://1.xn--tda/', 'http://1.xn--tda', 'http:', '', '', '1.xn--tda', '', '/', '', ''],
    ['http://ü.1', null, null],
    ['../a', 'file:///C:/dir/file', 'file:///C:/a', 'null', 'file:', '', '', '', '', '/C:/a', '', ''],
    ['C|/x', 'file:///C:/dir/file', 'file:///C:/x', 'null', 'file:', '', '', '', '', '/C:/x', '', ''],
    ['/C:/x', 'file:///C:/dir/file', 'file:///C:/x', 'null', 'file:', '', '', '', '', '/C:/x', '', ''],
    ['//C:/x', 'file:///C:/dir/file', 'file:///C:/x', 'null', 'file:', '', '', '', '', '/C:/x', '', ''],
    ['..', 'file:///C:/dir/file', 'file:///C:/', 'null', 'file:', '', '', '', '', '/C:/', '', ''],
    ['a', 'file:///C:/dir/file', 'file:///C:/dir/a', 'null', 'file:', '', '', '', '', '/C:/dir/a', '', ''],
    ['?q', 'file:///C:/dir/file', 'file:///C:/dir/file?q', 'null', 'file:', '', '', '', '', '/C:/dir/file', '?q', ''],
    ['#f', 'file:///C:/dir/file', 'file:///C:/dir/file#f', 'null', 'file:', '', '', '', '', '/C:/dir/file', '', '#f'],
    ['//host/x', 'file:///C:/dir/file', 'file://host/x', 'null', 'file:', '', '', 'host', '', '/x', '', ''],
    ['\\\\host\\x', 'file:///C:/dir/file', 'file://host/x', 'null', 'file:', '', '', 'host', '', '/x', '', ''],
    ['file:x', 'file:///C:/dir/file', 'file:///C:/dir/x', 'null', 'file:', '', '', '', '', '/C:/dir/x', '', ''],
    ['file:..', 'file:///C:/dir/file', 'file:///C:/', 'null', 'file:', '', '', '', '', '/C:/', '', ''],
    ['../a', 'sc://h/a/b', 'sc://h/a', 'null', 'sc:', '', '', 'h', '', '/a', '', ''],
    ['./.', 'sc://h/a/b', 'sc://h/a/', 'null', 'sc:', '', '', 'h', '', '/a/', '', ''],
    ['..', 'sc://h/a/b', 'sc://h/', 'null', 'sc:', '', '', 'h', '', '/', '', ''],
    ['//h2', 'sc://h/a/b', 'sc://h2', 'null', 'sc:', '', '', 'h2', '', '', '', ''],
    ['/x', 'sc://h/a/b', 'sc://h/x', 'null', 'sc:', '', '', 'h', '', '/x', '', ''],
    ['?q', 'sc://h/a/b', 'sc://h/a/b?q', 'null', 'sc:', '', '', 'h', '', '/a/b', '?q', ''],
    ['#f', 'sc://h/a/b', 'sc://h/a/b#f', 'null', 'sc:', '', '', 'h', '', '/a/b', '', '#f'],
    ['x:y', 'sc://h/a/b', 'x:y', 'null', 'x:', '', '', '', '', 'y', '', ''],
    ['#f', 'sc:opaque', 'sc:opaque#f', 'null', 'sc:', '', '', '', '', 'opaque', '', '#f'],
    ['?q', 'sc:opaque', null],
    ['a', 'sc:opaque', null],
    ['', 'sc:opaque', null],
    ['sc:b', 'sc:opaque', 'sc:b', 'null', 'sc:', '', '', '', '', 'b', '', ''],
    ['//user:pw@h/p', 'http://example.org/a/b/c', 'http://user:pw@h/p', 'http://h', 'http:', 'user', 'pw', 'h', '', '/p', '', ''],
    ['https:x', 'http://example.org/a/b/c', 'https://x/', 'https://x', 'https:', '', '', 'x', '', '/', '', ''],
    ['http:x', 'http://example.org/a/b/c', 'http://example.org/a/b/x', 'http://example.org', 'http:', '', '', 'example.org', '', '/a/b/x', '', ''],
    ['http:/x', 'http://example.org/a/b/c', 'http://example.org/x', 'http://example.org', 'http:', '', '', 'example.org', '', '/x', '', ''],
    ['ws:x', 'http://example.org/a/b/c', 'ws://x/', 'ws://x', 'ws:', '', '', 'x', '', '/', '', ''],
    ['/\\x', 'http://example.org/a/b/c', 'http://x/', 'http://x', 'http:', '', '', 'x', '', '/', '', ''],
    ['\\\\x\\y', 'http://example.org/a/b/c', 'http://x/y', 'http://x', 'http:', '', '', 'x', '', '/y', '', ''],
    [' ../z ', 'http://example.org/a/b/c', 'http://example.org/a/z', 'http://example.org', 'http:', '', '', 'example.org', '', '/a/z', '', ''],
    ['', 'about:blank', null],
    ['//x/', 'about:blank', null],
    ['/', 'about:blank', null],
    ['https://other/', 'about:blank', 'https://other/', 'https://other', 'https:', '', '', 'other', '', '/', '', ''],
    // Spec changes newer than some engines: U+005E (^) is in the path percent-encode set, and a space
    // that ends an opaque path before "?" or "#" is percent-encoded so that the URL round-trips.
    ['http://a/b c^d`e{f}|g', null, 'http://a/b%20c%5Ed%60e%7Bf%7D|g', 'http://a', 'http:', '', '', 'a', '', '/b%20c%5Ed%60e%7Bf%7D|g', '', ''],
    ['sc://h/^', null, 'sc://h/%5E', 'null', 'sc:', '', '', 'h', '', '/%5E', '', ''],
    ['sc:ab ?x', null, 'sc:ab%20?x', 'null', 'sc:', '', '', '', '', 'ab%20', '?x', ''],
    ['sc:ab #x', null, 'sc:ab%20#x', 'null', 'sc:', '', '', '', '', 'ab%20', '', '#x'],
    ['sc:a b?x', null, 'sc:a b?x', 'null', 'sc:', '', '', '', '', 'a b', '?x', ''],
    ['sc:a b ?x', null, 'sc:a b%20?x', 'null', 'sc:', '', '', '', '', 'a b%20', '?x', ''],
    ['sc:a b  ', null, 'sc:a b', 'null', 'sc:', '', '', '', '', 'a b', '', ''],
    ['data:a  b', null, 'data:a  b', 'null', 'data:', '', '', '', '', 'a  b', '', ''],
    // A double-dot segment at the end leaves an empty segment behind, also for non-special URLs.
    ['..', 'sc://h/p', 'sc://h/', 'null', 'sc:', '', '', 'h', '', '/', '', ''],
    ['a/%2e.', 'sc://h/p', 'sc://h/', 'null', 'sc:', '', '', 'h', '', '/', '', ''],
    // Unicode 15.1 UTS #46: an "xn--" label must decode to a non-ASCII label.
    ['ws://xn--xn--/', null, null],
    // A relative reference against a base with an opaque path fails unless it is only a fragment.
    ['a?b#c', 'sc:opaque', null],
    ['?b', 'data:text/plain,hi', null],
  ];

  const describe = (input, base) => `${JSON.stringify(input)}${base === null ? '' : ` against ${JSON.stringify(base)}`}`;

  for (const [input, base, ...expected] of cases) {
    const args = base === null ? [input] : [input, base];
    if (expected[0] === null) {
      test(() => {
        assert_throws_js(TypeError, () => new URL(...args));
        assert_equals(URL.parse(...args), null, 'URL.parse');
        assert_false(URL.canParse(...args), 'URL.canParse');
      }, `parse ${describe(input, base)} fails`);
      continue;
    }
    test(() => {
      const url = new URL(...args);
      fields.forEach((field, i) => assert_equals(url[field], expected[i], field));
      const port = expected[fields.indexOf('port')];
      assert_equals(url.host, expected[fields.indexOf('hostname')] + (port === '' ? '' : ':' + port), 'host');
      assert_equals(URL.parse(...args).href, expected[0], 'URL.parse');
      assert_true(URL.canParse(...args), 'URL.canParse');
      // The serialization parses back to itself.
      assert_equals(new URL(url.href).href, url.href, 'round trip');
    }, `parse ${describe(input, base)}`);
  }

  // --- The URL interface itself ---

  test(() => {
    assert_equals(typeof URL, 'function');
    assert_equals(URL.length, 1, 'URL.length');
    assert_equals(URL.name, 'URL');
    assert_equals(URL.parse.length, 1, 'URL.parse.length');
    assert_equals(URL.canParse.length, 1, 'URL.canParse.length');
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'URL');
    assert_false(desc.enumerable, 'global property is not enumerable');
    assert_true(desc.writable && desc.configurable, 'global property is writable and configurable');
    assert_equals(Object.prototype.toString.call(new URL('http://x/')), '[object URL]');
  }, 'URL interface object');

  test(() => {
    const members = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search', 'searchParams', 'hash', 'toJSON', 'toString'];
    for (const name of members) {
      const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
      assert_true(desc !== undefined && desc.enumerable && desc.configurable, `${name} is an enumerable, configurable member`);
    }
    for (const name of ['origin', 'searchParams']) {
      assert_equals(Object.getOwnPropertyDescriptor(URL.prototype, name).set, undefined, `${name} is readonly`);
    }
    for (const name of ['parse', 'canParse']) {
      assert_true(Object.getOwnPropertyDescriptor(URL, name).enumerable, `URL.${name} is enumerable`);
    }
  }, 'URL members have the Web IDL shape');

  test(() => {
    const getter = (name) => Object.getOwnPropertyDescriptor(URL.prototype, name).get;
    const fake = Object.create(URL.prototype);
    for (const name of ['href', 'origin', 'host', 'searchParams', 'hash']) {
      const e = assert_throws_js(TypeError, () => getter(name).call(fake), name);
      assert_equals(e.message, 'Illegal invocation');
    }
    assert_throws_js(TypeError, () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').set.call({}, 'http://x/'));
    assert_throws_js(TypeError, () => URL.prototype.toString.call({ href: 'http://x/' }));
    assert_throws_js(TypeError, () => URL.prototype.toJSON.call(fake));
  }, 'URL brand checks throw TypeError');

  test(() => {
    const e = assert_throws_js(TypeError, () => new URL());
    assert_equals(e.message, "Failed to construct 'URL': 1 argument required, but only 0 present.");
    assert_equals(assert_throws_js(TypeError, () => new URL('nope')).message, "Failed to construct 'URL': Invalid URL");
    assert_throws_js(TypeError, () => new URL('/path', 'not a base'), 'an invalid base fails');
    assert_throws_js(TypeError, () => URL('http://x/'), 'calling without new');
    assert_throws_js(TypeError, () => URL.parse(), 'URL.parse needs an argument');
    assert_throws_js(TypeError, () => URL.canParse(), 'URL.canParse needs an argument');
    assert_throws_js(TypeError, () => new URL(Symbol('x')), 'a Symbol does not convert');
  }, 'URL constructor errors');

  test(() => {
    assert_equals(new URL('/p', 'http://h/').href, 'http://h/p');
    assert_equals(new URL('http://h/', undefined).href, 'http://h/', 'an undefined base is no base');
    assert_throws_js(TypeError, () => new URL('/p', undefined));
    assert_throws_js(TypeError, () => new URL('http://h/', null), 'a null base is the string "null"');
    assert_equals(new URL('x', { toString: () => 'http://h/a/' }).href, 'http://h/a/x', 'base converted with ToString');
    assert_equals(new URL({ toString: () => 'http://h/y' }).href, 'http://h/y', 'input converted with ToString');
    assert_equals(new URL('http://h/\uD800').pathname, '/%EF%BF%BD', 'a lone surrogate becomes U+FFFD');
  }, 'URL constructor argument conversions');

  test(() => {
    const a = URL.parse('http://h/x');
    const b = URL.parse('http://h/x');
    assert_true(a instanceof URL);
    assert_not_equals(a, b, 'each call returns a new object');
    assert_equals(a.searchParams.size, 0);
    a.search = '?k=v';
    assert_equals(b.search, '', 'the two do not share state');
    assert_equals(a.searchParams.get('k'), 'v');
    assert_equals(URL.parse('x', 'http://h/a/b').href, 'http://h/a/x');
    assert_equals(URL.parse('http://h/', 'bad base'), null, 'an invalid base fails even for an absolute URL');
    assert_false(URL.canParse('http://h/', 'bad base'));
    assert_true(URL.canParse('x', 'http://h/'));
  }, 'URL.parse() and URL.canParse()');

  test(() => {
    const url = new URL('https://user:pw@h.example:8443/p/q?x=1#frag');
    assert_equals(url.toString(), url.href);
    assert_equals(url.toJSON(), url.href);
    assert_equals(String(url), 'https://user:pw@h.example:8443/p/q?x=1#frag');
    assert_equals(JSON.stringify({ url }), '{"url":"https://user:pw@h.example:8443/p/q?x=1#frag"}');
    assert_equals(`${url}`, url.href);
  }, 'URL toString() and toJSON() return href');

  test(() => {
    assert_equals(new URL('wss://echo.example/chat').origin, 'wss://echo.example');
    assert_equals(new URL('ws://echo.example:8080/chat').origin, 'ws://echo.example:8080');
    assert_equals(new URL('http://[::1]:81/').origin, 'http://[::1]:81');
    assert_equals(new URL('blob:https://a.example:444/uuid').origin, 'https://a.example:444');
    assert_equals(new URL('blob:ws://a.example/uuid').origin, 'null', 'blob: with a ws: path');
    assert_equals(new URL('blob:not a url').origin, 'null');
    assert_equals(new URL('file:///etc/hosts').origin, 'null');
    assert_equals(new URL('ftp://f.example/').origin, 'ftp://f.example');
    assert_equals(new URL('javascript:void 0').origin, 'null');
  }, 'URL origin serialization');
})();
