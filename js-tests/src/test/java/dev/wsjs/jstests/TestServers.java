package dev.wsjs.jstests;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyStoreOptions;
import io.vertx.core.net.NetServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local servers JS tests talk to, all on 127.0.0.1 and port 0:
 * <ul>
 * <li>the conformance server ({@link ConformanceServer}: /echo, /close, /protocol, /status, ...), whose
 *     URL is the runtime's {@code location}, so tests use relative URLs as web-platform-tests do;</li>
 * <li>the same endpoints over TLS, with a self-signed certificate for 127.0.0.1/localhost generated at
 *     start by the JDK's keytool ({@link #certPem()} is the PEM the test runtimes trust via tls.cert);</li>
 * <li>the raw peer ({@link RawPeer}) for handshakes and frames no server library produces;</li>
 * <li>an HTTP CONNECT proxy ({@link ConnectProxy}) that records its tunnels.</li>
 * </ul>
 * JS finds the other ports in location's query: {@code ?wss=<port>&raw=<port>&proxy=<port>}.
 */
final class TestServers {
    private final HttpServer http;
    private final HttpServer https;
    private final NetServer raw;
    private final ConnectProxy proxy;
    private final Path dir;
    private final Path certPem;

    private TestServers(HttpServer http, HttpServer https, NetServer raw, ConnectProxy proxy, Path dir, Path certPem) {
        this.http = http;
        this.https = https;
        this.raw = raw;
        this.proxy = proxy;
        this.dir = dir;
        this.certPem = certPem;
    }

    static TestServers start(Vertx vertx) {
        try {
            Path dir = Files.createTempDirectory("wsjs-test-servers");
            Path keystore = dir.resolve("server.p12");
            Path pem = dir.resolve("server-cert.pem");
            keytool("-genkeypair", "-alias", "wsjs", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "wsjs-test", "-keypass", "wsjs-test");
            keytool("-exportcert", "-rfc", "-alias", "wsjs", "-keystore", keystore.toString(), "-storepass", "wsjs-test",
                    "-file", pem.toString());
            HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                    .setMaxWebSocketFrameSize(256 * 1024 * 1024)
                    .setMaxWebSocketMessageSize(256 * 1024 * 1024)
                    .setPerMessageWebSocketCompressionSupported(true)
                    .setPerFrameWebSocketCompressionSupported(false);
            HttpServer http = vertx.createHttpServer(options).requestHandler(req -> ConformanceServer.handle(vertx, req)).listen().await();
            HttpServer https = vertx.createHttpServer(new HttpServerOptions(options).setSsl(true)
                            .setKeyCertOptions(new KeyStoreOptions().setType("PKCS12").setPath(keystore.toString()).setPassword("wsjs-test")))
                    .requestHandler(req -> ConformanceServer.handle(vertx, req)).listen().await();
            NetServer raw = RawPeer.start(vertx);
            ConnectProxy proxy = ConnectProxy.start(vertx);
            return new TestServers(http, https, raw, proxy, dir, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keytool(String... args) throws IOException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> cmd = new java.util.ArrayList<>(List.of(tool.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("keytool failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The runtime's location: the conformance server, with the other ports in the query. */
    String location() {
        return "http://127.0.0.1:" + http.actualPort() + "/?wss=" + https.actualPort() + "&raw=" + raw.actualPort()
                + "&proxy=" + proxy.port();
    }

    int httpPort() { return http.actualPort(); }

    int httpsPort() { return https.actualPort(); }

    int rawPort() { return raw.actualPort(); }

    int proxyPort() { return proxy.port(); }

    /** The CONNECT proxy's tunnels so far ("host:port" each). */
    List<String> tunnels() { return proxy.tunnels(); }

    /** PEM of the TLS server's self-signed certificate (trusted by test runtimes through tls.cert). */
    Path certPem() { return certPem; }

    void stop() {
        http.close().await();
        https.close().await();
        raw.close().await();
        proxy.server.close().await();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
