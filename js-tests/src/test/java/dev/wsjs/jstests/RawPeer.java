package dev.wsjs.jstests;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A TCP server with a hand-written WebSocket handshake, for the misbehaviours no HTTP server library
 * will produce: a wrong Sec-WebSocket-Accept, a subprotocol or extension the client did not offer, an
 * invalid UTF-8 text frame, a reserved opcode, RSV bits without an extension, an empty Close, frames
 * in the same write as the 101 response, the frames RFC 6455 makes a client reject (masked, a
 * non-minimal length, bad control frames and Close bodies, broken fragmentation), frames split into
 * small writes.
 */
final class RawPeer {
    private RawPeer() {
    }

    static NetServer start(Vertx vertx) {
        return vertx.createNetServer(new NetServerOptions().setHost("127.0.0.1").setPort(0))
                .connectHandler(s -> handshake(vertx, s))
                .listen().await();
    }

    private static void handshake(Vertx vertx, NetSocket s) {
        WsFrames.readHead(s, (head, rest) -> {
            String[] lines = head.split("\r\n");
            String path = lines[0].split(" ")[1];
            int q = path.indexOf('?');
            if (q >= 0) path = path.substring(0, q);
            String key = "";
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                    key = line.substring(colon + 1).trim();
                }
            }
            respond(vertx, s, path, key);
        });
    }

    private static void respond(Vertx vertx, NetSocket s, String path, String key) {
        String accept = WsFrames.accept(key);
        String extra = "";
        // Frames in the same write as the 101 start in the client's first TCP read (FrameGuard must see them too).
        Buffer withResponse = Buffer.buffer();
        switch (path) {
            case "/bad-accept" -> accept = WsFrames.accept(key + "x");
            case "/bogus-protocol" -> extra = "Sec-WebSocket-Protocol: bogus\r\n";
            case "/bogus-extension" -> extra = "Sec-WebSocket-Extensions: x-bogus\r\n";
            case "/reserved-bits-with-101" -> withResponse = WsFrames.frame(WsFrames.TEXT, true, 4, "hi".getBytes(StandardCharsets.UTF_8));
            case "/bomb-with-101" -> {
                extra = "Sec-WebSocket-Extensions: permessage-deflate\r\n";
                withResponse = WsFrames.frame(WsFrames.BINARY, true, 4, ConformanceServer.bomb());
            }
            default -> { }
        }
        s.write(Buffer.buffer("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                + accept + "\r\n" + extra + "\r\n").appendBuffer(withResponse));
        WsFrames.echo(s, true);
        switch (path) {
            case "/invalid-utf8" -> s.write(WsFrames.frame(WsFrames.TEXT, true, 0, new byte[] {(byte) 0xc3, 0x28, (byte) 0xff}));
            case "/reserved-opcode" -> s.write(WsFrames.frame(3, true, 0, "x".getBytes(StandardCharsets.UTF_8)));
            // In reply to the client's first message (its handler replaces the echo above), so in a later
            // read than the 101 (/reserved-bits-with-101: the same one).
            case "/reserved-bits" -> WsFrames.replyToFirstMessage(s, WsFrames.frame(WsFrames.TEXT, true, 4, "hi".getBytes(StandardCharsets.UTF_8)));
            // Frames a client must reject (RFC 6455 5.1, 5.2, 5.4, 5.5, 7.4).
            case "/masked" -> s.write(Buffer.buffer(new byte[] {(byte) 0x81, (byte) 0x82, 1, 2, 3, 4, 'h' ^ 1, 'i' ^ 2}));
            case "/non-minimal-length" -> s.write(Buffer.buffer(new byte[] {(byte) 0x81, 126, 0, 2, 'h', 'i'}));
            case "/fragmented-ping" -> s.write(WsFrames.frame(WsFrames.PING, false, 0, new byte[] {'x'}));
            case "/long-ping" -> s.write(WsFrames.frame(WsFrames.PING, true, 0, new byte[126]));
            case "/unexpected-continuation" -> s.write(WsFrames.frame(WsFrames.CONTINUATION, true, 0, new byte[] {'x'}));
            case "/unfinished-message" -> s.write(WsFrames.frame(WsFrames.TEXT, false, 0, new byte[] {'a'})
                    .appendBuffer(WsFrames.frame(WsFrames.TEXT, true, 0, new byte[] {'b'})));
            case "/close-1-byte" -> s.write(WsFrames.frame(WsFrames.CLOSE, true, 0, new byte[] {3}));
            case "/close-reserved-code" -> s.write(WsFrames.close(1005, ""));
            case "/close-invalid-utf8" -> s.write(WsFrames.frame(WsFrames.CLOSE, true, 0, new byte[] {3, (byte) 0xe8, (byte) 0xff}));
            case "/split-frames" -> {
                // Four frames (7-, 16- and 64-bit lengths, one empty), written a few bytes at a time.
                byte[] big = new byte[70_000];
                for (int i = 0; i < big.length; i++) big[i] = (byte) (i % 251);
                Buffer all = WsFrames.text("hi").appendBuffer(WsFrames.frame(WsFrames.BINARY, true, 0, big))
                        .appendBuffer(WsFrames.text("\u00e9".repeat(150))).appendBuffer(WsFrames.frame(WsFrames.BINARY, true, 0, new byte[0]));
                // Headers and short frames 1 to 7 bytes at a time, the middle of the large one in 4 KiB writes.
                for (int at = 0, step = 1; at < all.length(); step = step % 7 + 1) {
                    int n = Math.min(all.length() - at, at < 100 || at > all.length() - 400 ? step : 4096);
                    s.write(all.getBuffer(at, at + n));
                    at += n;
                }
            }
            case "/close-1005" -> {
                s.write(WsFrames.close(-1, ""));
                s.end();
            }
            default -> { }
        }
    }
}
