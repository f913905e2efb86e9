package dev.wsjs.jstests;

import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java side of WebSocket through real runtimes and the conformance server: what JS cannot observe
 * (stderr causes, handshake queueing, timeouts, limits, keep-alive). Each test runs a small script
 * that logs events, waits until the loop is idle, and asserts the whole log.
 */
class WebSocketHostTest {
    static Vertx vertx;
    static TestServers servers;

    /** Shared by every script: watch(ws, name) logs its events as "name:event". */
    static final String PRELUDE = """
            const log = [];
            function watch(ws, name = 'ws') {
              ws.binaryType = 'arraybuffer';
              ws.onopen = () => log.push(name + ':open:' + ws.protocol + ':' + ws.extensions);
              ws.onmessage = (e) => log.push(name + ':message:' + (typeof e.data === 'string' ? e.data : 'bytes=' + e.data.byteLength));
              ws.onerror = () => log.push(name + ':error');
              ws.onclose = (e) => log.push(name + ':close:' + e.code + ':' + e.reason + ':' + e.wasClean);
              return ws;
            }
            """;

    record Result(String log, String err) { }

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        servers = TestServers.start(vertx);
    }

    @AfterAll
    static void stop() {
        servers.stop();
        vertx.close().await();
    }

    static Result run(String script, Map<String, String> properties, boolean trustCert) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        JsRuntime.Builder b = JsRuntime.builder().vertx(vertx).location(URI.create(servers.location()))
                .out(new PrintStream(out, true, StandardCharsets.UTF_8)).err(new PrintStream(err, true, StandardCharsets.UTF_8));
        if (trustCert) b.property("tls.cert", servers.certPem().toString());
        properties.forEach(b::property);
        JsRuntime rt = b.build();
        try {
            rt.evaluate(PRELUDE + script, "test.js").get(30, TimeUnit.SECONDS);
            rt.idle().get(60, TimeUnit.SECONDS);
            assertEquals(0, rt.loop().keepAliveCount());
            assertEquals(0, rt.reportedErrors(), () -> "reported errors:\n" + err);
            String log = rt.submit(ctx -> ctx.eval("js", "JSON.stringify(log)").asString()).get(10, TimeUnit.SECONDS);
            System.out.println("--- " + log + "\n" + err.toString(StandardCharsets.UTF_8));
            return new Result(log, err.toString(StandardCharsets.UTF_8));
        } finally {
            rt.close();
        }
    }

    static Result run(String script) throws Exception {
        return run(script, Map.of(), true);
    }

    static String json(String... entries) {
        return io.vertx.core.json.Json.encode(java.util.List.of(entries));
    }

    @Test
    void echoTextBinaryAndClientClose() throws Exception {
        Result r = run("""
                const ws = watch(new WebSocket('/deflate'));
                ws.onopen = () => {
                  log.push('open:' + ws.extensions);
                  ws.send('hi');
                  ws.send(new Uint8Array([1, 2, 3]));
                  log.push('buffered:' + ws.bufferedAmount);
                };
                let n = 0;
                ws.addEventListener('message', () => { if (++n === 2) { log.push('buffered:' + ws.bufferedAmount); ws.close(4001, 'done'); } });
                """);
        assertEquals(json("open:permessage-deflate", "buffered:5", "ws:message:hi", "ws:message:bytes=3", "buffered:0",
                "ws:close:4001:done:true"), r.log());
        assertEquals("", r.err());
    }

    @Test
    void closeWithoutCodeGets1005() throws Exception {
        Result r = run("const ws = watch(new WebSocket('/echo')); ws.addEventListener('open', () => ws.close());");
        assertEquals(json("ws:open::", "ws:close:1005::true"), r.log());
    }

    @Test
    void serverInitiatedClose() throws Exception {
        Result r = run("watch(new WebSocket('/close?code=4000&reason=bye'), 'a').addEventListener('close', () => watch(new WebSocket('/close'), 'b'));");
        assertEquals(json("a:open::", "a:close:4000:bye:true", "b:open::", "b:close:1005::true"), r.log());
    }

    @Test
    void rejectedHandshakesFailWithChromeMessages() throws Exception {
        Result r = run("watch(new WebSocket('/status?code=404'), 'a'); watch(new WebSocket('/redirect'), 'b');");
        assertEquals(json("a:error", "a:close:1006::false", "b:error", "b:close:1006::false"), r.log());
        int port = servers.httpPort();
        assertTrue(r.err().contains("WebSocket connection to 'ws://127.0.0.1:" + port + "/status?code=404' failed: "
                + "Error during WebSocket handshake: Unexpected response code: 404"), r.err());
        assertTrue(r.err().contains("Unexpected response code: 302"), r.err());
    }

    @Test
    void misbehavingPeersFailTheConnection() throws Exception {
        for (String path : new String[] {"/bad-accept", "/bogus-protocol", "/bogus-extension"}) {
            Result r = run("watch(new WebSocket('ws://127.0.0.1:" + servers.rawPort() + path + "'));");
            assertEquals(json("ws:error", "ws:close:1006::false"), r.log(), path);
            assertTrue(r.err().contains("WebSocket connection to 'ws://127.0.0.1:" + servers.rawPort() + path + "' failed: "), path + ": " + r.err());
        }
        for (String path : new String[] {"/invalid-utf8", "/reserved-opcode", "/reserved-bits", "/reserved-bits-with-101"}) {
            // /reserved-bits sends its frame in reply to a first message.
            Result r = run("watch(new WebSocket('ws://127.0.0.1:" + servers.rawPort() + path + "')).addEventListener('open', (e) => e.target.send('go'));");
            assertEquals(json("ws:open::", "ws:error", "ws:close:1006::false"), r.log(), path);
            assertTrue(r.err().contains("failed: "), path + ": " + r.err());
            if (path.startsWith("/reserved-bits")) assertTrue(r.err().contains("reserved bits are on: reserved1 = 1, reserved2 = 0, reserved3 = 0"), path + ": " + r.err());
        }
        Result r = run("watch(new WebSocket('ws://127.0.0.1:" + servers.rawPort() + "/close-1005'));");
        assertEquals(json("ws:open::", "ws:close:1005::true"), r.log());
    }

    @Test
    void framesAClientMustRejectFailTheConnection() throws Exception {
        Map<String, String> causes = new LinkedHashMap<>();
        causes.put("/reserved-opcode", "Unrecognized frame opcode: 3");
        causes.put("/masked", "A server must not mask any frames that it sends to the client.");
        causes.put("/non-minimal-length", "The minimal number of bytes MUST be used to encode the length");
        causes.put("/fragmented-ping", "Received fragmented control frame: opcode = 9");
        causes.put("/long-ping", "Received a control frame having too long payload: 126");
        causes.put("/unexpected-continuation", "Received unexpected continuation frame.");
        causes.put("/unfinished-message", "Received start of new message but previous message is unfinished.");
        causes.put("/close-1-byte", "Received a broken close frame containing invalid size body.");
        causes.put("/close-reserved-code", "Received a broken close frame containing a reserved status code.");
        causes.put("/close-invalid-utf8", "Received a broken close frame containing invalid UTF-8.");
        for (Map.Entry<String, String> c : causes.entrySet()) {
            String url = "ws://127.0.0.1:" + servers.rawPort() + c.getKey();
            Result r = run("watch(new WebSocket('" + url + "'));");
            assertEquals(json("ws:open::", "ws:error", "ws:close:1006::false"), r.log(), c.getKey());
            assertTrue(r.err().contains("WebSocket connection to '" + url + "' failed: " + c.getValue()), c.getKey() + ": " + r.err());
        }
    }

    @Test
    void framesSplitIntoSmallWritesArriveWhole() throws Exception {
        Result r = run("const url = 'ws://127.0.0.1:" + servers.rawPort() + "/split-frames';" + """
                const ws = new WebSocket(url);
                ws.binaryType = 'arraybuffer';
                ws.onopen = () => log.push('open');
                ws.onerror = () => log.push('error');
                ws.onclose = (e) => log.push('close:' + e.code + ':' + e.wasClean);
                ws.onmessage = (e) => {
                  if (typeof e.data === 'string') {
                    log.push('text:' + e.data.length + ':' + (e.data === 'hi' || e.data === '\u00e9'.repeat(150)));
                    return;
                  }
                  const b = new Uint8Array(e.data);
                  log.push('binary:' + b.length + ':' + b.every((x, i) => x === i % 251));
                  if (b.length === 0) ws.close();
                };
                """);
        assertEquals(json("open", "text:2:true", "binary:70000:true", "text:150:true", "binary:0:true", "close:1005:true"), r.log());
    }

    @Test
    void subprotocolMustBeOneOffered() throws Exception {
        Result r = run("""
                const a = watch(new WebSocket('/protocol?select=chat', ['chat', 'superchat']), 'a');
                a.addEventListener('open', () => a.close());
                a.addEventListener('close', () => watch(new WebSocket('/protocol', ['chat']), 'b'));
                """);
        assertEquals(json("a:open:chat:", "a:close:1005::true", "b:error", "b:close:1006::false"), r.log());
    }

    @Test
    void eachMessageIsItsOwnTaskEvenInOneWrite() throws Exception {
        Result r = run("""
                const ws = new WebSocket('/burst?count=3');
                ws.onmessage = (e) => { log.push('m' + e.data); queueMicrotask(() => log.push('micro' + e.data)); if (e.data === '2') ws.close(); };
                """);
        assertEquals(json("m0", "micro0", "m1", "micro1", "m2", "micro2"), r.log());
    }

    @Test
    void everyFrameHasAFreshMaskingKey() throws Exception {
        // RFC 6455 5.3: each client frame is masked with a new random key. 1,100 frames use more keys
        // than one fill of MaskingKeys' buffer (1,024); random 32-bit keys may collide, so up to two
        // repeats are allowed (a refill that repeated the buffer would repeat 76 keys). The Close
        // frame comes after the report and is not counted.
        Result r = run("""
                const ws = new WebSocket('/mask-keys');
                let echoes = 0;
                ws.onopen = () => {
                  for (let i = 0; i < 1100; i++) ws.send(i % 2 ? String(i) : new Uint8Array([i & 255, 7]));
                  ws.send('report');
                };
                ws.onmessage = (e) => {
                  if (typeof e.data !== 'string' || !e.data.startsWith('frames=')) { echoes++; return; }
                  const [, frames, unmasked, distinct] = /frames=(\\d+) unmasked=(\\d+) distinct=(\\d+)/.exec(e.data).map(Number);
                  log.push('echoes:' + echoes, 'frames:' + frames, 'unmasked:' + unmasked, 'fresh keys:' + (distinct >= frames - 2));
                  ws.close();
                };
                ws.onclose = (e) => log.push('close:' + e.code + ':' + e.wasClean);
                """);
        assertEquals(json("echoes:1100", "frames:1100", "unmasked:0", "fresh keys:true", "close:1005:true"), r.log());
    }

    @Test
    void fragmentedAndLargeMessages() throws Exception {
        Result r = run("""
                watch(new WebSocket('/fragmented?parts=3'), 'f').addEventListener('message', (e) => { if (typeof e.data !== 'string') e.target.close(); });
                const big = watch(new WebSocket('/large?size=16777216'), 'big');
                big.addEventListener('message', (e) => {
                  const b = new Uint8Array(e.data);
                  let ok = b.length === 16777216;
                  for (let i = 0; i < b.length && ok; i += 4093) ok = b[i] === (i & 0xff);
                  log.push('pattern:' + ok);
                  if (b.length === 16777216 && log.filter((x) => x.startsWith('pattern')).length === 1) big.send(e.data);
                  else big.close();
                });
                """);
        String log = r.log();
        assertTrue(log.contains("\"f:message:part0part1part2\",\"f:message:bytes=3\""), log);
        assertEquals(2, log.split("big:message:bytes=16777216").length - 1, log);
        assertEquals(2, log.split("pattern:true").length - 1, log);
        assertTrue(log.contains("big:close:1005::true"), log);
    }

    @Test
    void compressionBombClosesWith1009WithoutOom() throws Exception {
        Result r = run("watch(new WebSocket('/bomb')).addEventListener('open', (e) => e.target.send('go'));");
        assertEquals(json("ws:open::permessage-deflate", "ws:error", "ws:close:1006::false"), r.log());
        assertTrue(r.err().contains("Could not inflate a message larger than 134217728 bytes"), r.err());
    }

    @Test
    void compressionBombRightBehindThe101IsCutOffWhileInflating() throws Exception {
        // The frame starts in the same TCP read as the 101: the bounded decoder must be in place before
        // it is decoded. Vert.x's unbounded one would inflate all 160 MiB, and the message would only
        // fail afterwards, as too large ("Could not process a message larger than ...").
        Result r = run("watch(new WebSocket('ws://127.0.0.1:" + servers.rawPort() + "/bomb-with-101'));");
        assertEquals(json("ws:open::permessage-deflate", "ws:error", "ws:close:1006::false"), r.log());
        assertTrue(r.err().contains("Could not inflate a message larger than 134217728 bytes"), r.err());
    }

    @Test
    void smallMaxMessageSize() throws Exception {
        Result r = run("watch(new WebSocket('/large?size=2000'));", Map.of("websocket.maxMessageSize", "1000"), true);
        assertEquals(json("ws:open::permessage-deflate", "ws:error", "ws:close:1006::false"), r.log());
    }

    @Test
    void openingTimeout() throws Exception {
        Result r = run("watch(new WebSocket('/slow-handshake'));", Map.of("websocket.openingTimeoutMs", "300"), true);
        assertEquals(json("ws:error", "ws:close:1006::false"), r.log());
        assertTrue(r.err().contains("failed: WebSocket opening handshake timed out"), r.err());
    }

    @Test
    void closingTimeout() throws Exception {
        Result r = run("const ws = watch(new WebSocket('/no-close-reply')); ws.addEventListener('open', () => ws.close(1000));",
                Map.of("websocket.closingTimeoutMs", "300"), true);
        assertEquals(json("ws:open::", "ws:error", "ws:close:1006::false"), r.log());
    }

    @Test
    void tcpDrop() throws Exception {
        Result r = run("watch(new WebSocket('/drop'), 'a'); watch(new WebSocket('/drop-after-message'), 'b');");
        assertEquals(json("a:open::", "a:error", "a:close:1006::false", "b:open::", "b:message:bye", "b:error", "b:close:1006::false"), r.log());
    }

    @Test
    void oneConnectingHandshakePerHost() throws Exception {
        String script = "watch(new WebSocket('/slow-handshake'), 'slow'); watch(new WebSocket('/close?code=1000'), 'next');";
        Result queued = run(script, Map.of("websocket.openingTimeoutMs", "300"), true);
        assertEquals(json("slow:error", "slow:close:1006::false", "next:open::", "next:close:1000::true"), queued.log());
        Result parallel = run(script, Map.of("websocket.openingTimeoutMs", "300", "websocket.parallelHandshakes", "true"), true);
        assertEquals(json("next:open::", "next:close:1000::true", "slow:error", "slow:close:1006::false"), parallel.log());
    }

    @Test
    void handshakeHeadersAreABrowsers() throws Exception {
        Result r = run("""
                const ws = new WebSocket('ws://user:p%%40ss@127.0.0.1:%d/headers', { headers: { 'X-Extra': 'yes' } });
                ws.onmessage = (e) => { const h = JSON.parse(e.data); log.push(h.origin, h['user-agent'].startsWith('Mozilla/5.0 (') && h['user-agent'].includes(' wsjs/'),
                  h['sec-websocket-extensions'], h.authorization, h['x-extra'], 'referer' in h); ws.close(); };
                """.formatted(servers.httpPort()));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("user:p@ss".getBytes(StandardCharsets.UTF_8));
        assertEquals("[\"http://127.0.0.1:" + servers.httpPort() + "\",true,\"permessage-deflate;client_max_window_bits\",\"" + basic + "\",\"yes\",false]", r.log());
    }

    @Test
    void tlsVerifiesAgainstJdkTrustPlusCert() throws Exception {
        String script = "watch(new WebSocket('wss://127.0.0.1:" + servers.httpsPort() + "/close?code=1000'));";
        Result trusted = run(script, Map.of(), true);
        assertEquals(json("ws:open::", "ws:close:1000::true"), trusted.log());
        Result untrusted = run(script, Map.of(), false);
        assertEquals(json("ws:error", "ws:close:1006::false"), untrusted.log());
        assertTrue(untrusted.err().contains("WebSocket connection to 'wss://127.0.0.1:" + servers.httpsPort()
                + "/close?code=1000' failed: Error in connection establishment: net::ERR_CERT_AUTHORITY_INVALID"), untrusted.err());
        Result insecure = run(script, Map.of("tls.insecure", "true"), false);
        assertEquals(json("ws:open::", "ws:close:1000::true"), insecure.log());
        assertTrue(insecure.err().contains("WARNING: TLS certificate and host name verification is DISABLED"), insecure.err());
    }

    @Test
    void proxyFromPropertiesAndNoProxyBypass() throws Exception {
        String script = "watch(new WebSocket('/close?code=1000'));";
        int before = servers.tunnels().size();
        Result proxied = run(script, Map.of("proxy.http", "127.0.0.1:" + servers.proxyPort(), "proxy.ignoreEnvironment", "true"), true);
        assertEquals(json("ws:open::", "ws:close:1000::true"), proxied.log());
        assertEquals(java.util.List.of("127.0.0.1:" + servers.httpPort()), servers.tunnels().subList(before, servers.tunnels().size()));
        Result bypassed = run(script, Map.of("proxy.http", "127.0.0.1:" + servers.proxyPort(), "proxy.no", "localhost,127.0.0.1"), true);
        assertEquals(json("ws:open::", "ws:close:1000::true"), bypassed.log());
        assertEquals(before + 1, servers.tunnels().size());
        Result wss = run("watch(new WebSocket('wss://localhost:" + servers.httpsPort() + "/close?code=1000'));",
                Map.of("proxy.https", "http://127.0.0.1:" + servers.proxyPort()), true);
        assertEquals(json("ws:open::", "ws:close:1000::true"), wss.log());
        assertEquals("localhost:" + servers.httpsPort(), servers.tunnels().get(servers.tunnels().size() - 1));
    }
}
