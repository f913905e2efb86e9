package dev.wsjs.bindings.websockets;

import dev.wsjs.runtime.EventLoop;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledHeapByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.compression.DecompressionException;
import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.websocket.WebSocketFrameImpl;
import io.vertx.core.http.impl.websocket.WebSocketFrameInternal;
import io.vertx.core.internal.buffer.BufferInternal;
import io.vertx.core.internal.http.WebSocketInternal;
import io.vertx.core.net.impl.VertxConnection;
import io.vertx.core.net.impl.VertxHandler;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One WebSocket connection (the object {@code establish} returns to websocket.js). Methods exported to
 * JS are the RFC 6455 operations; everything that happens on the wire reaches JS through the cached
 * feedback functions, each call its own task, never during the JS call that caused it.
 *
 * <p>Life: QUEUED (behind another handshake to the same host) -> CONNECTING -> OPEN -> CLOSING -> CLOSED.
 * {@code closed} is delivered exactly once; the loop is retained from {@code establish} until then.
 * Thread contract: loop thread only.
 */
public final class WebSocketConnection {
    private enum State { QUEUED, CONNECTING, OPEN, CLOSING, CLOSED }

    final HandshakeRequest request;
    private final WebSocketHost host;
    private final EventLoop loop;
    private final int maxMessageSize;
    private final Value fbEstablished, fbMessageReceived, fbClosingHandshakeStarted, fbClosed;

    private State state = State.QUEUED;
    private boolean abandoned;          // JS gave up (fail() or opening timeout) before the handshake finished
    private WebSocket ws;
    private ChannelHandlerContext chctx;
    private FrameEncoder encoder;
    private long openingTimer = -1, closingTimer = -1;
    private boolean closeSent, closeReceived, failed, timedOut;
    private int closeCode = 1005;
    private String closeReason = "";

    // A fragmented message so far: its frames' bytes, joined by one copy when the last one arrives.
    private List<byte[]> partial;
    private int partialLength;
    private boolean partialText;

    // The message the reusable delivery task hands to JS.
    private boolean messageIsText;
    private Object messageData;
    private final Runnable deliverMessage = this::deliverMessage;

    // bufferedAmount: lengths of writes in flight (completions arrive in write order); bytes written
    // before the current task began (JS may take them) and bytes written during task number writtenInTask.
    private int[] inFlight = new int[16];
    private int inFlightHead, inFlightCount;
    private long transmitted, recentlyWritten, writtenInTask;
    private final Completable<Object> writeDone = (r, err) -> writeDone(err == null);

    WebSocketConnection(WebSocketHost host, HandshakeRequest request, Value feedback) {
        this.host = host;
        this.request = request;
        this.loop = host.loop;
        this.maxMessageSize = host.maxMessageSize;
        this.fbEstablished = feedback.getMember("established");
        this.fbMessageReceived = feedback.getMember("messageReceived");
        this.fbClosingHandshakeStarted = feedback.getMember("closingHandshakeStarted");
        this.fbClosed = feedback.getMember("closed");
    }

    // ------------------------------------------------------------------ JS -> Java

    /**
     * Sends one text message and returns its length in UTF-8 bytes (what bufferedAmount grows by,
     * sent or not); that length reaches JS again as a bufferedAmount decrease once written.
     */
    @HostAccess.Export
    public int sendText(String data) {
        // send() passes a USVString (lone surrogates already replaced), so its UTF-8 form is exact.
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (state != State.OPEN || closeSent) return bytes.length;
        track(bytes.length);
        // The one final text frame that writeTextMessage() makes of a message up to the frame size
        // limit (WebSocketHost sets it to maxMessageSize), from these bytes: writeTextMessage() would
        // encode the string a second time.
        Future<Void> written = bytes.length <= maxMessageSize
                ? ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, bytes, true))
                : ws.writeTextMessage(data);
        written.onComplete(writeDone);
        return bytes.length;
    }

    /**
     * Sends {@code length} bytes of {@code buffer} (ArrayBuffer or view) from {@code offset} as one binary
     * message; copies now (JS may change its buffer right after send()). The copy goes into the host's
     * spare array when it is large enough; once the frame encoder has masked it into the output (at once,
     * unless Vert.x queued the write) the array is spare again, so a stream of messages reuses one array.
     */
    @HostAccess.Export
    public void sendBinary(Value buffer, int offset, int length) {
        if (state != State.OPEN || closeSent) return;
        byte[] bytes = host.takeSpare(length);
        if (length > 0) buffer.readBuffer(offset, bytes, 0, length);
        track(length);
        ws.writeBinaryMessage(BufferInternal.buffer(Unpooled.wrappedBuffer(bytes, 0, length))).onComplete(writeDone);
        if (encoder != null && encoder.consumed(bytes)) host.giveSpare(bytes);
    }

    /** Starts the closing handshake: a Close frame with {@code code} (-1: none) and {@code reason} ('' = none). */
    @HostAccess.Export
    public void startClosingHandshake(int code, String reason) {
        if (state == State.QUEUED || state == State.CONNECTING) {
            fail();
            return;
        }
        if (state != State.OPEN || closeSent) return;
        closeSent = true;
        state = State.CLOSING;
        CloseWebSocketFrame frame = code < 0 ? new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER)
                : reason == null || reason.isEmpty() ? new CloseWebSocketFrame(true, 0, Unpooled.copyShort(code))
                : new CloseWebSocketFrame(code, reason);
        if (chctx.handler() instanceof VertxHandler<?> h && h.getConnection() instanceof VertxConnection) {
            // WebSocketConnectionImpl.close(frame) keeps Vert.x's closing state; ws.close() cannot send an empty Close.
            ((io.vertx.core.http.impl.websocket.WebSocketConnectionImpl) h.getConnection()).close(frame);
        } else {
            frame.release();
            ws.close((short) (code < 0 ? 1000 : code), reason == null || reason.isEmpty() ? null : reason);
        }
        startClosingTimer();
    }

    /** Fails the connection (close() while CONNECTING, or JS gave up): closed(false, 1006) follows as a task. */
    @HostAccess.Export
    public void fail() {
        if (state == State.CLOSED || abandoned) return;
        if (state == State.QUEUED || state == State.CONNECTING) {
            abandoned = true;
            host.printFailure(request.url(), "WebSocket is closed before the connection is established.");
            host.handshakeDone(this);
            finish(false, 1006, "", true);
            return;
        }
        failed = true;
        if (chctx != null) chctx.channel().close();
    }

    // ------------------------------------------------------------------ opening handshake

    void startOpeningTimer() {
        openingTimer = loop.setTimer(host.openingTimeoutMs, () -> {
            openingTimer = -1;
            if (abandoned || (state != State.QUEUED && state != State.CONNECTING)) return;
            abandoned = true;
            host.printFailure(request.url(), "WebSocket opening handshake timed out");
            host.handshakeDone(this);
            finish(false, 1006, "", false);
        });
    }

    /** Starts the handshake (a task; also when it leaves the per-host queue). */
    void connect() {
        if (abandoned || state != State.QUEUED) return;
        state = State.CONNECTING;
        startOpeningTimer();
        try {
            host.client.connect(request.options()).onComplete((w, err) -> {
                if (err != null) connectFailed(err);
                else connected(w);
            });
        } catch (RuntimeException e) {
            connectFailed(e);
        }
    }

    private void connectFailed(Throwable err) {
        if (abandoned || state == State.CLOSED) return;
        host.handshakeDone(this);
        host.printFailure(request.url(), Failures.handshake(err));
        finish(false, 1006, "", false);
    }

    private void connected(WebSocket w) {
        if (abandoned || state == State.CLOSED) {
            ((WebSocketInternal) w).channelHandlerContext().channel().close();
            return;
        }
        host.handshakeDone(this);
        cancelOpeningTimer();
        ws = w;
        chctx = ((WebSocketInternal) w).channelHandlerContext();
        String extensions = w.headers() == null ? null : w.headers().get("sec-websocket-extensions");
        String protocol = w.subProtocol();
        FrameGuard.install(chctx, extensions, maxMessageSize);
        FrameDecoder.install(chctx.pipeline(), maxMessageSize);
        encoder = FrameEncoder.install(chctx.pipeline());
        w.frameHandler(this::frame);
        w.exceptionHandler(this::exception);
        w.closeHandler(v -> tcpClosed());
        state = State.OPEN;
        String p = protocol == null ? "" : protocol, e = extensions == null ? "" : extensions;
        loop.runTask(() -> fbEstablished.executeVoid(p, e));
    }

    // ------------------------------------------------------------------ receiving

    private void frame(WebSocketFrame f) {
        if (state == State.CLOSED || failed) return;
        switch (f.type()) {
            case TEXT, BINARY -> {
                ByteBuf b = ((WebSocketFrameInternal) f).getBinaryData();
                int n = b.readableBytes();
                if (n > maxMessageSize) {
                    tooBig();
                } else if (f.isFinal()) {
                    message(f.isText(), b, n);
                } else {
                    partialText = f.isText();
                    partial = new ArrayList<>();
                    partial.add(owned(b, n));
                    partialLength = n;
                }
            }
            case CONTINUATION -> {
                if (partial == null) return;   // Netty already rejects a continuation outside a message
                ByteBuf b = ((WebSocketFrameInternal) f).getBinaryData();
                int n = b.readableBytes();
                if ((long) partialLength + n > maxMessageSize) {
                    tooBig();
                    return;
                }
                partial.add(owned(b, n));
                partialLength += n;
                if (f.isFinal()) {
                    byte[] whole = new byte[partialLength];
                    int at = 0;
                    for (byte[] part : partial) {
                        System.arraycopy(part, 0, whole, at, part.length);
                        at += part.length;
                    }
                    partial = null;
                    partialLength = 0;
                    if (partialText) text(whole, 0, whole.length);
                    else deliver(false, ByteBuffer.wrap(whole));
                }
            }
            case CLOSE -> closeFrame(f);
            default -> { }   // ping/pong: Vert.x answers pings
        }
    }

    private void message(boolean isText, ByteBuf b, int n) {
        if (isText && b.hasArray()) text(b.array(), b.arrayOffset() + b.readerIndex(), n);
        else if (isText) text(owned(b, n), 0, n);
        else deliver(false, ByteBuffer.wrap(owned(b, n)));
    }

    /**
     * The {@code n} readable bytes of a received frame as an array of exactly that length that nothing
     * else uses. {@link FrameDecoder} reads each payload into an exact-size array, which Vert.x passes
     * on as it is (an unpooled heap buffer, wrapped as unreleasable): that array is taken as is, like
     * any other unpooled array that holds exactly the payload. Anything else is copied.
     */
    private static byte[] owned(ByteBuf b, int n) {
        ByteBuf owner = b.unwrap() == null ? b : b.unwrap();
        if (b.hasArray() && b.arrayOffset() == 0 && b.readerIndex() == 0 && b.array().length == n
                && owner instanceof UnpooledHeapByteBuf) {
            return b.array();
        }
        byte[] a = new byte[n];
        b.getBytes(b.readerIndex(), a);
        return a;
    }

    private void text(byte[] a, int off, int n) {
        String text = Utf8.decode(a, off, n);
        if (text == null) {
            protocolFailure(1007, "Could not decode a text frame as UTF-8.");
            return;
        }
        deliver(true, text);
    }

    private void deliver(boolean isText, Object data) {
        messageIsText = isText;
        messageData = data;
        loop.runTask(deliverMessage);
    }

    private void deliverMessage() {
        Object data = messageData;
        messageData = null;
        fbMessageReceived.executeVoid(messageIsText, data);
    }

    private void tooBig() {
        partial = null;
        protocolFailure(1009, "Could not process a message larger than " + maxMessageSize + " bytes (websocket.maxMessageSize).");
    }

    private void closeFrame(WebSocketFrame f) {
        closeReceived = true;
        ByteBuf b = ((WebSocketFrameInternal) f).getBinaryData();
        if (b.readableBytes() >= 2) {
            closeCode = f.closeStatusCode() & 0xffff;
            String r = f.closeReason();
            closeReason = r == null ? "" : r;
        }
        if (!closeSent) {
            // Server-initiated: Vert.x has already answered with a Close frame; the server closes TCP next.
            closeSent = true;
            state = State.CLOSING;
            startClosingTimer();
            loop.runTask(fbClosingHandshakeStarted::executeVoid);
        }
    }

    private void exception(Throwable t) {
        if (state == State.CLOSED || failed) return;
        if (Failures.isPlainClose(t)) return;
        failed = true;
        int code = t instanceof DecompressionException ? 1009
                : t instanceof CorruptedWebSocketFrameException c ? c.closeStatus().code() : 1002;
        host.printFailure(request.url(), Failures.frame(t, maxMessageSize));
        sendCloseAndDrop(code);
    }

    /** "Fail the WebSocket connection" for a problem we found: Close with {@code code}, then drop TCP. */
    private void protocolFailure(int code, String reason) {
        failed = true;
        host.printFailure(request.url(), reason);
        sendCloseAndDrop(code);
    }

    private void sendCloseAndDrop(int code) {
        if (chctx == null) return;
        if (!closeSent && chctx.channel().isActive()) {
            closeSent = true;
            chctx.writeAndFlush(new CloseWebSocketFrame(true, 0, Unpooled.copyShort(code))).addListener(ChannelFutureListener.CLOSE);
        } else {
            chctx.channel().close();
        }
    }

    // ------------------------------------------------------------------ closing

    private void startClosingTimer() {
        if (closingTimer != -1) return;
        closingTimer = loop.setTimer(host.closingTimeoutMs, () -> {
            closingTimer = -1;
            if (state == State.CLOSED) return;
            timedOut = true;
            if (chctx != null) chctx.channel().close();
        });
    }

    private void tcpClosed() {
        if (state == State.CLOSED) return;
        boolean clean = closeSent && closeReceived && !failed && !timedOut;
        if (clean) finish(true, closeCode, closeReason, false);
        else finish(false, 1006, "", false);
    }

    /** Delivers closed(...) once, as its own task (later when {@code fromJs}), then releases the loop. */
    private void finish(boolean wasClean, int code, String reason, boolean fromJs) {
        if (state == State.CLOSED) return;
        state = State.CLOSED;
        cancelOpeningTimer();
        if (closingTimer != -1) {
            loop.cancelTimer(closingTimer);
            closingTimer = -1;
        }
        partial = null;
        Runnable task = () -> {
            try {
                fbClosed.executeVoid(wasClean, code, reason);
            } finally {
                release();
            }
        };
        if (fromJs) loop.execute(task);
        else loop.runTask(task);
    }

    private boolean released;

    private void release() {
        if (released) return;
        released = true;
        host.released(this);
        loop.release();
    }

    /** Runtime shutdown: drop the connection, no more feedback. */
    void terminate() {
        cancelOpeningTimer();
        if (closingTimer != -1) loop.cancelTimer(closingTimer);
        state = State.CLOSED;
        abandoned = true;
        if (chctx != null) chctx.channel().close();
        release();
    }

    private void cancelOpeningTimer() {
        if (openingTimer != -1) {
            loop.cancelTimer(openingTimer);
            openingTimer = -1;
        }
    }

    // ------------------------------------------------------------------ bufferedAmount

    private void track(int bytes) {
        if (inFlightCount == inFlight.length) {
            int[] bigger = new int[inFlight.length * 2];
            for (int i = 0; i < inFlightCount; i++) bigger[i] = inFlight[(inFlightHead + i) % inFlight.length];
            inFlight = bigger;
            inFlightHead = 0;
        }
        inFlight[(inFlightHead + inFlightCount++) % inFlight.length] = bytes;
    }

    private void writeDone(boolean ok) {
        if (inFlightCount == 0) return;
        int bytes = inFlight[inFlightHead];
        inFlightHead = (inFlightHead + 1) % inFlight.length;
        inFlightCount--;
        if (!ok || state == State.CLOSED) return;
        // A write that completes during task N (send() may flush at once) counts from task N + 1 on;
        // one that completes between tasks N and N + 1 also counts from N + 1 on: stamp it N.
        settleEarlierTasks();
        writtenInTask = loop.tasksStarted();
        recentlyWritten += bytes;
    }

    /** Moves what was written in an earlier task than the current one to {@code transmitted}. */
    private void settleEarlierTasks() {
        if (writtenInTask != loop.tasksStarted()) {
            transmitted += recentlyWritten;
            recentlyWritten = 0;
        }
    }

    /**
     * Takes the bytes whose writes completed before the current task began: what bufferedAmount
     * decreases by in this task. JS asks (bufferedAmount getter, send() once the amount passes 1 MiB,
     * and once more when closed), so completed writes cost no call into JS. An int, at most 2^31 - 1
     * at a time (JS asks again for the rest), so that JS keeps bufferedAmount an int32: a double
     * stored into it would change the WebSocket's shape in GraalJS and throw away the compiled code
     * that touched it.
     */
    @HostAccess.Export
    public int takeTransmitted() {
        settleEarlierTasks();
        int n = (int) Math.min(transmitted, Integer.MAX_VALUE);
        transmitted -= n;
        return n;
    }
}
