package dev.wsjs.jstests;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The local servers JS tests talk to, on port 0. The runtime's {@code location} points at the main
 * one, so tests use relative URLs (as web-platform-tests do).
 */
final class TestServers {
    private final HttpServer http;

    private TestServers(HttpServer http) {
        this.http = http;
    }

    static TestServers start(Vertx vertx) {
        HttpServer http = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(req -> req.response().end("wsjs test server\n"))
                .listen().await();
        return new TestServers(http);
    }

    String location() {
        return "http://127.0.0.1:" + http.actualPort() + "/";
    }

    void stop() {
        http.close().await();
    }
}
