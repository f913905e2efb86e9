package dev.wsjs.jstests;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetSocket;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * The WebSocket peers of the conformance server, by path (the same on the ws: and the wss: port).
 * Well-behaved endpoints use Vert.x's server; the ones that must send exactly these bytes complete the
 * handshake by hand ({@code toNetSocket()} after setting the 101 headers) and write frames themselves.
 * Every raw endpoint echoes afterwards and answers a Close (echoing its payload exactly, so an empty
 * Close gets an empty one), unless its name says otherwise. Only /deflate (and /headers, /large,
 * /echo-frames, which use Vert.x) negotiate permessage-deflate.
 */
final class ConformanceServer {
    /** Bytes the /bomb message inflates to: beyond the default 128 MiB limit. */
    static final int BOMB_SIZE = 160 * 1024 * 1024;
    private static volatile byte[] bomb;
    private static final Map<String, NetSocket> PAUSED = new ConcurrentHashMap<>();

    private ConformanceServer() {
    }

    static void handle(Vertx vertx, HttpServerRequest req) {
        String path = req.path();
        switch (path) {
            // Raw, so that a Close is echoed byte for byte (Vert.x answers an empty Close with 1000).
            case "/echo" -> raw(req, null, null, s -> WsFrames.echo(s, true));
            case "/echo-frames" -> webSocket(req, ws -> {
                ws.frameHandler(f -> {
                    if (f.isText() || f.isBinary() || f.isContinuation()) ws.writeFrame(f);
                });
                ws.exceptionHandler(e -> { });
            });
            case "/close" -> raw(req, null, null, s -> {
                String code = req.getParam("code");
                String reason = req.getParam("reason", "");
                s.write(WsFrames.close(code == null ? -1 : Integer.parseInt(code), reason));
                WsFrames.echo(s, true);
            });
            case "/protocol" -> raw(req, req.getParam("select"), null, s -> WsFrames.echo(s, true));
            case "/status" -> req.response().setStatusCode(Integer.parseInt(req.getParam("code", "404"))).end("status");
            case "/redirect" -> req.response().setStatusCode(302).putHeader("Location", "/echo").end();
            case "/headers" -> {
                JsonObject json = new JsonObject();
                for (Map.Entry<String, String> h : req.headers()) {
                    String name = h.getKey().toLowerCase(Locale.ROOT);
                    String prev = json.getString(name);
                    json.put(name, prev == null ? h.getValue() : prev + ", " + h.getValue());
                }
                // Selects ?select=, else the first offered subprotocol, so any offer opens.
                String offered = req.getHeader("Sec-WebSocket-Protocol");
                String select = req.getParam("select");
                if (select == null && offered != null) select = offered.split(",")[0].trim();
                String selected = select;
                raw(req, selected, null, s -> {
                    s.write(WsFrames.text(json.encode()));
                    WsFrames.echo(s, true);
                });
            }
            case "/burst" -> raw(req, null, null, s -> {
                int count = Integer.parseInt(req.getParam("count", "10"));
                Buffer all = Buffer.buffer();
                for (int i = 0; i < count; i++) all.appendBuffer(WsFrames.text(String.valueOf(i)));
                s.write(all);
                WsFrames.echo(s, true);
            });
            case "/mask-keys" -> raw(req, null, null, s -> {
                // Echoes, and records each client frame's masking key; a text frame "report" is answered
                // with "frames=N unmasked=U distinct=D" over the frames before it.
                java.util.Set<Long> keys = new java.util.HashSet<>();
                int[] counts = new int[2];   // frames, unmasked frames
                WsFrames.echo(s, true, f -> {
                    if (f.opcode() == WsFrames.TEXT && "report".equals(new String(f.payload(), java.nio.charset.StandardCharsets.UTF_8))) {
                        s.write(WsFrames.text("frames=" + counts[0] + " unmasked=" + counts[1] + " distinct=" + keys.size()));
                        return true;
                    }
                    counts[0]++;
                    if (f.mask() < 0) counts[1]++;
                    else keys.add(f.mask());
                    return false;
                });
            });
            case "/fragmented" -> raw(req, null, null, s -> {
                int parts = Math.max(1, Integer.parseInt(req.getParam("parts", "3")));
                Buffer all = Buffer.buffer();
                for (int i = 0; i < parts; i++) {
                    all.appendBuffer(WsFrames.frame(i == 0 ? WsFrames.TEXT : WsFrames.CONTINUATION, i == parts - 1, 0,
                            ("part" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                for (int i = 0; i < parts; i++) {
                    all.appendBuffer(WsFrames.frame(i == 0 ? WsFrames.BINARY : WsFrames.CONTINUATION, i == parts - 1, 0, new byte[] {(byte) i}));
                }
                s.write(all);
                WsFrames.echo(s, true);
            });
            case "/large" -> webSocket(req, ws -> {
                int size = Integer.parseInt(req.getParam("size", "1048576"));
                byte[] b = new byte[size];
                for (int i = 0; i < size; i++) b[i] = (byte) i;
                ws.writeBinaryMessage(Buffer.buffer(b));
                echo(ws);
            });
            case "/deflate" -> {
                String ext = req.getHeader("Sec-WebSocket-Extensions");
                if (ext == null || !ext.toLowerCase(Locale.ROOT).contains("permessage-deflate")) {
                    req.response().setStatusCode(400).end("permessage-deflate required");
                } else {
                    webSocket(req, ConformanceServer::echo);
                }
            }
            // In reply to the client's first message, so in a later read than the 101 (RawPeer's
            // /bomb-with-101 sends it in the same write).
            case "/bomb" -> raw(req, null, "permessage-deflate",
                    s -> WsFrames.replyToFirstMessage(s, WsFrames.frame(WsFrames.BINARY, true, 4, bomb())));
            case "/slow-handshake" -> { }   // never answered: the client's opening timeout must fire
            // An echo that does not read until /resume?id= (another connection) says so: the client's
            // writes back up into its own queues meanwhile.
            case "/paused-echo" -> raw(req, null, null, s -> {
                s.pause();
                PAUSED.put(req.getParam("id", ""), s);
                WsFrames.echo(s, true);
            });
            case "/resume" -> raw(req, null, null, s -> {
                NetSocket paused = PAUSED.remove(req.getParam("id", ""));
                if (paused != null) paused.resume();
                s.write(WsFrames.text(paused != null ? "resumed" : "no such id"));
                WsFrames.echo(s, true);
            });
            case "/no-close-reply" -> raw(req, null, null, s -> WsFrames.echo(s, false));
            case "/drop" -> raw(req, null, null, NetSocket::close);
            case "/drop-after-message" -> raw(req, null, null, s -> {
                s.write(WsFrames.text("bye"));
                s.close();
            });
            case "/" -> req.response().end("wsjs test server\n");
            default -> req.response().setStatusCode(404).end("no such endpoint: " + path + "\n");
        }
    }

    private static void webSocket(HttpServerRequest req, io.vertx.core.Handler<ServerWebSocket> then) {
        req.toWebSocket().onSuccess(ws -> {
            faithfulClose(ws);
            then.handle(ws);
        }).onFailure(e -> { });
    }

    /**
     * Vert.x's server answers a Close without a status code with 1000 (and reports 1000); RFC 6455 wants
     * the peer's Close echoed, so an empty Close is answered here with an empty one before Vert.x sees it.
     */
    private static void faithfulClose(ServerWebSocket ws) {
        ChannelHandlerContext ctx = ((WebSocketInternal) ws).channelHandlerContext();
        ctx.pipeline().addBefore(ctx.name(), "faithful-close", new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext c, Object msg) throws Exception {
                if (msg instanceof CloseWebSocketFrame f && !f.content().isReadable()) {
                    f.release();
                    c.writeAndFlush(new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER)).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
                super.channelRead(c, msg);
            }
        });
    }

    /** Echo: text as text, binary as binary; Vert.x answers the client's Close with its code and reason. */
    static void echo(ServerWebSocket ws) {
        ws.textMessageHandler(ws::writeTextMessage);
        ws.binaryMessageHandler(ws::writeBinaryMessage);
        ws.exceptionHandler(e -> { });
    }

    /** Completes the handshake by hand (101 with exactly these headers) and hands over the raw socket. */
    private static void raw(HttpServerRequest req, String protocol, String extensions, io.vertx.core.Handler<NetSocket> then) {
        String key = req.getHeader("Sec-WebSocket-Key");
        if (key == null) {
            req.response().setStatusCode(400).end("not a WebSocket handshake");
            return;
        }
        req.response().putHeader("Upgrade", "websocket").putHeader("Connection", "Upgrade")
                .putHeader("Sec-WebSocket-Accept", WsFrames.accept(key));
        if (protocol != null) req.response().putHeader("Sec-WebSocket-Protocol", protocol);
        if (extensions != null) req.response().putHeader("Sec-WebSocket-Extensions", extensions);
        Future<NetSocket> f = req.toNetSocket();
        f.onSuccess(then).onFailure(e -> { });
    }

    /** A raw DEFLATE stream (RFC 7692: no zlib header, no trailing 00 00 ff ff) of BOMB_SIZE zero bytes. */
    static byte[] bomb() {
        byte[] b = bomb;
        if (b != null) return b;
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        for (int fed = 0; fed < BOMB_SIZE; fed += zeros.length) {
            d.setInput(zeros);
            while (!d.needsInput()) out.write(chunk, 0, d.deflate(chunk, 0, chunk.length, Deflater.NO_FLUSH));
        }
        int n;
        while ((n = d.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH)) > 0) out.write(chunk, 0, n);
        d.end();
        byte[] all = out.toByteArray();
        b = java.util.Arrays.copyOf(all, all.length - 4);   // drop 00 00 ff ff
        bomb = b;
        return b;
    }
}
