package dev.wsjs.jstests;

import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The embedding API: many runtimes in one JVM share one Vertx and one Engine without cross-talk. */
class EmbeddingTest {

    @Test
    void hundredRuntimesConcurrentlyWithoutCrossTalk() throws Exception {
        Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setMaxEventLoopExecuteTime(30).setMaxEventLoopExecuteTimeUnit(TimeUnit.SECONDS));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<JsRuntime> runtimes = new ArrayList<>();
        try {
            List<ByteArrayOutputStream> outs = new ArrayList<>();
            List<CompletableFuture<JsRuntime>> building = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                outs.add(out);
                // Built from several threads at once: every public method is thread-safe.
                building.add(CompletableFuture.supplyAsync(() -> JsRuntime.builder().vertx(vertx)
                        .out(new PrintStream(out, true, StandardCharsets.UTF_8)).build(), callers));
            }
            for (var b : building) runtimes.add(b.get(120, TimeUnit.SECONDS));
            List<CompletableFuture<Object>> evals = new ArrayList<>();
            for (int i = 0; i < runtimes.size(); i++) {
                // Each realm has its own globals, timers and microtasks; the same names everywhere.
                String script = "var me = " + i + "; var ticks = [];\n"
                        + "let n = 0; const id = setInterval(() => { ticks.push(me); Promise.resolve().then(() => ticks.push(-me));"
                        + " if (++n === 5) { clearInterval(id); console.log('done', me, ticks.length); } }, 1 + (me % 3));\n"
                        + "globalThis.onlyHere" + i + " = true;\n";
                int k = i;
                evals.add(CompletableFuture.supplyAsync(() -> runtimes.get(k).evaluate(script, "r" + k + ".js"), callers)
                        .thenCompose(f -> f));
            }
            for (var e : evals) e.get(60, TimeUnit.SECONDS);
            for (JsRuntime rt : runtimes) rt.idle().get(60, TimeUnit.SECONDS);
            for (int i = 0; i < runtimes.size(); i++) {
                JsRuntime rt = runtimes.get(i);
                Object summary = rt.evaluate("JSON.stringify([me, ticks, Object.keys(globalThis).filter(k => k.startsWith('onlyHere'))])", "check.js")
                        .get(30, TimeUnit.SECONDS);
                StringBuilder expect = new StringBuilder("[" + i + ",[");
                for (int t = 0; t < 5; t++) expect.append(t == 0 ? "" : ",").append(i).append(',').append(i == 0 ? "0" : "-" + i);
                expect.append("],[\"onlyHere").append(i).append("\"]]");
                assertEquals(expect.toString(), summary, "runtime " + i);
                assertEquals("done " + i + " 9\n", outs.get(i).toString(StandardCharsets.UTF_8), "runtime " + i + " output");
                assertEquals(0, rt.reportedErrors());
            }
        } finally {
            for (JsRuntime rt : runtimes) rt.close();
            callers.shutdownNow();
            vertx.close().await();
        }
    }
}
