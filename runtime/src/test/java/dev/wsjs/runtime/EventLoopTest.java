package dev.wsjs.runtime;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event loop without the web platform: tasks, keep-alive, idle, error reporting, close. */
class EventLoopTest {
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private JsRuntime bare() {
        return JsRuntime.builder().vertx(vertx).extensions(List.of())
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
    }

    @Test
    void evaluateReturnsJavaValuesAndRunsOnTheLoopThread() throws Exception {
        try (JsRuntime rt = bare()) {
            assertEquals(42, rt.evaluate("40 + 2", "a.js").get(10, TimeUnit.SECONDS));
            assertEquals("x", rt.evaluate("'x'", "b.js").get(10, TimeUnit.SECONDS));
            assertEquals(null, rt.evaluate("undefined", "c.js").get(10, TimeUnit.SECONDS));
            assertTrue(rt.submit(ctx -> rt.loop().onThread()).get(10, TimeUnit.SECONDS));
            assertFalse(rt.loop().onThread());
        }
    }

    @Test
    void idleWhenNothingIsAliveAndNotBefore() throws Exception {
        try (JsRuntime rt = bare()) {
            rt.idle().get(10, TimeUnit.SECONDS);
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> idle = new CompletableFuture<>();
            rt.submit(ctx -> {
                rt.loop().retain();
                rt.loop().setTimer(20, () -> {
                    log.add("timer");
                    rt.loop().release();
                });
                return null;
            }).get(10, TimeUnit.SECONDS);
            rt.idle().thenRun(() -> log.add("idle")).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("timer", "idle"), log);
            assertEquals(0, rt.loop().keepAliveCount());
        }
    }

    @Test
    void tasksRunInOrderAndZeroMsTimersAreTasks() throws Exception {
        try (JsRuntime rt = bare()) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            rt.submit(ctx -> {
                rt.loop().setTimer(0, () -> log.add("t0"));
                long cancelled = rt.loop().setTimer(0, () -> log.add("cancelled"));
                rt.loop().cancelTimer(cancelled);
                rt.loop().execute(() -> log.add("task"));
                log.add("sync");
                return null;
            }).get(10, TimeUnit.SECONDS);
            rt.idle().get(10, TimeUnit.SECONDS);
            assertEquals(List.of("sync", "t0", "task"), log);
        }
    }

    @Test
    void uncaughtExceptionsAreReportedAndFailTheStage() throws Exception {
        try (JsRuntime rt = bare()) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> rt.evaluate("function f() { throw new TypeError('bad'); }\nf();", "boom.js").get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof JsRuntime.JsException);
            assertEquals(1, rt.reportedErrors());
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("Uncaught TypeError: bad\n    at f (boom.js:1:22)"), text);
            // The realm survives: later scripts still run (as in a browser).
            assertEquals(2, rt.evaluate("1 + 1", "next.js").get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        try (JsRuntime rt = bare()) {
            assertThrows(ExecutionException.class, () -> rt.evaluate("let a = 1;\nlet = = 2;", "bad.js").get(10, TimeUnit.SECONDS));
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("Uncaught SyntaxError: "), text);
            assertTrue(text.contains("bad.js:2:"), text);
            assertEquals(1, rt.reportedErrors());
        }
    }

    @Test
    void closeFromAnotherThreadStopsARunawayScript() throws Exception {
        JsRuntime rt = bare();
        rt.evaluate("for (;;) {}", "spin.js");
        long start = System.nanoTime();
        rt.close();
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "close returned");
        assertThrows(ExecutionException.class, () -> rt.evaluate("1", "after.js").get(10, TimeUnit.SECONDS));
    }
}
