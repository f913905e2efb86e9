package dev.wsjs.jstests;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * A minimal server-side RFC 6455 codec for the conformance peers that must misbehave in ways Vert.x's
 * server refuses to: hand-written 101 responses, frames with arbitrary opcodes/RSV bits, several frames
 * in one TCP write, a silent closing handshake.
 */
final class WsFrames {
    static final int CONTINUATION = 0, TEXT = 1, BINARY = 2, CLOSE = 8, PING = 9, PONG = 10;

    private WsFrames() {
    }

    /**
     * Reads an HTTP request head from {@code s}: once the blank line has arrived, stops reading and
     * calls {@code onHead} with the head (ISO-8859-1, without the blank line) and the bytes after it.
     */
    static void readHead(NetSocket s, java.util.function.BiConsumer<String, Buffer> onHead) {
        Buffer received = Buffer.buffer();
        s.exceptionHandler(e -> { });
        s.handler(data -> {
            received.appendBuffer(data);
            int end = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            if (end < 0) return;
            s.handler(null);
            onHead.accept(received.getString(0, end, "ISO-8859-1"), received.getBuffer(end + 4, received.length()));
        });
    }

    /** Sec-WebSocket-Accept for a client key. */
    static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key.trim() + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One unmasked (server) frame. */
    static Buffer frame(int opcode, boolean fin, int rsv, byte[] payload) {
        Buffer b = Buffer.buffer(payload.length + 10);
        b.appendByte((byte) ((fin ? 0x80 : 0) | (rsv << 4) | opcode));
        int n = payload.length;
        if (n < 126) {
            b.appendByte((byte) n);
        } else if (n < 65536) {
            b.appendByte((byte) 126).appendShort((short) n);
        } else {
            b.appendByte((byte) 127).appendLong(n);
        }
        return b.appendBytes(payload);
    }

    static Buffer text(String s) {
        return frame(TEXT, true, 0, s.getBytes(StandardCharsets.UTF_8));
    }

    /** A Close frame; code < 0 means an empty payload. */
    static Buffer close(int code, String reason) {
        if (code < 0) return frame(CLOSE, true, 0, new byte[0]);
        byte[] r = reason.getBytes(StandardCharsets.UTF_8);
        byte[] p = new byte[2 + r.length];
        p[0] = (byte) (code >> 8);
        p[1] = (byte) code;
        System.arraycopy(r, 0, p, 2, r.length);
        return frame(CLOSE, true, 0, p);
    }

    /** A received (client) frame, unmasked; {@code mask} is its masking key, or -1 when it had none. */
    record Frame(boolean fin, int rsv, int opcode, byte[] payload, long mask) { }

    /** Splits a byte stream into frames (unmasking them). */
    static Handler<Buffer> parser(Handler<Frame> onFrame) {
        return new Handler<>() {
            private Buffer pending = Buffer.buffer();

            @Override
            public void handle(Buffer data) {
                pending.appendBuffer(data);
                while (true) {
                    if (pending.length() < 2) return;
                    int b0 = pending.getUnsignedByte(0), b1 = pending.getUnsignedByte(1);
                    int pos = 2;
                    long len = b1 & 0x7f;
                    if (len == 126) {
                        if (pending.length() < 4) return;
                        len = pending.getUnsignedShort(2);
                        pos = 4;
                    } else if (len == 127) {
                        if (pending.length() < 10) return;
                        len = pending.getLong(2);
                        pos = 10;
                    }
                    boolean masked = (b1 & 0x80) != 0;
                    int maskPos = pos;
                    if (masked) pos += 4;
                    if (pending.length() < pos + len) return;
                    byte[] payload = pending.getBytes(pos, (int) (pos + len));
                    if (masked) for (int i = 0; i < payload.length; i++) payload[i] ^= pending.getByte(maskPos + (i & 3));
                    long mask = masked ? pending.getUnsignedInt(maskPos) : -1;
                    pending = pending.getBuffer((int) (pos + len), pending.length());
                    onFrame.handle(new Frame((b0 & 0x80) != 0, (b0 >> 4) & 7, b0 & 0x0f, payload, mask));
                }
            }
        };
    }

    /**
     * After a raw handshake: echo data frames as they are, answer pings, answer a Close by echoing it and
     * closing TCP (unless {@code answerClose} is false: then the Close is ignored and TCP stays open).
     */
    static void echo(NetSocket socket, boolean answerClose) {
        echo(socket, answerClose, f -> false);
    }

    /** {@link #echo(NetSocket, boolean)}, except for the frames {@code intercept} takes (returns true for). */
    static void echo(NetSocket socket, boolean answerClose, java.util.function.Predicate<Frame> intercept) {
        socket.handler(parser(f -> {
            if (intercept.test(f)) return;
            switch (f.opcode()) {
                case CLOSE -> {
                    if (answerClose) {
                        socket.write(frame(CLOSE, true, 0, f.payload()));
                        socket.end();
                    }
                }
                case PING -> socket.write(frame(PONG, true, 0, f.payload()));
                case PONG -> { }
                default -> socket.write(frame(f.opcode(), f.fin(), 0, f.payload()));
            }
        }));
        socket.exceptionHandler(e -> { });
    }

    /**
     * {@link #echo(NetSocket, boolean)}, except that the client's first data frame is not echoed: it
     * writes {@code reply} instead. A client sends only once its open event has run, so the reply comes
     * in a later read than the 101 (the "-with-101" endpoints test the same read), without a timer.
     */
    static void replyToFirstMessage(NetSocket socket, Buffer reply) {
        boolean[] replied = {false};
        echo(socket, true, f -> {
            if (replied[0] || (f.opcode() != TEXT && f.opcode() != BINARY)) return false;
            replied[0] = true;
            socket.write(reply);
            return true;
        });
    }
}
