import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.graalvm.polyglot.Engine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark F (wsjs alone) through the embedding API; run by the benchmark harness as
 * {@code WSJS_MAIN=bench/embed/EmbedBench.java ./wsjs 'test=FE&port=...'} (same JVM set-up as the CLI).
 * <ul>
 * <li>FE: a runtime on the shared Engine vs one with its own Engine: time to build one, and messages
 *     echoed in a new runtime's first 2 s (the shared Engine was warmed by an earlier runtime).</li>
 * <li>FL: 1, 10 and 100 runtimes on one Vert.x event loop, each echoing 1 KiB messages with 8 in
 *     flight: aggregate messages per second, and heap per runtime with its socket open.</li>
 * </ul>
 * Prints one {@code BENCH_RESULT {json}} line, as bench/client.js does.
 */
public class EmbedBench {
    // Each runtime keeps WINDOW messages of SIZE bytes in flight and counts the echoes.
    static final String CLIENT = """
            const ws = new WebSocket(new URLSearchParams(location.search).get('ws'));
            ws.binaryType = 'arraybuffer';
            const SIZE = 1024, WINDOW = 8, payload = new Uint8Array(SIZE);
            globalThis.echoed = 0;
            let stop = false;
            globalThis.stopBench = () => { stop = true; ws.close(); };
            ws.onopen = () => { for (let i = 0; i < WINDOW; i++) ws.send(payload); };
            ws.onmessage = (e) => {
              if (e.data.byteLength !== SIZE) throw new Error('wrong echo size ' + e.data.byteLength);
              globalThis.echoed++;
              if (!stop) ws.send(payload);
            };
            ws.onerror = () => { throw new Error('WebSocket error'); };
            """;

    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    public static void main(String[] args) throws Exception {
        Map<String, String> q = query(args.length > 0 ? args[0] : "");
        String wsUrl = "ws://" + q.getOrDefault("host", "127.0.0.1") + ":" + q.get("port") + "/";
        long dur = Long.parseLong(q.getOrDefault("dur", "2000"));
        long warm = Long.parseLong(q.getOrDefault("warm", "3000"));
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1)
                .setMaxEventLoopExecuteTime(365L * 24 * 3600).setMaxEventLoopExecuteTimeUnit(TimeUnit.SECONDS));
        Map<String, Object> r = new LinkedHashMap<>();
        try {
            switch (q.getOrDefault("test", "")) {
                case "FE" -> engines(vertx, wsUrl, warm, r);
                case "FL" -> loops(vertx, wsUrl, warm, dur, r);
                default -> throw new IllegalArgumentException("test=FE or test=FL");
            }
            r.put("ok", true);
        } catch (Exception e) {
            r.put("ok", false);
            r.put("error", String.valueOf(e));
        }
        r.put("test", q.get("test"));
        System.out.println("BENCH_RESULT " + json(r));
        vertx.close().await();
        System.exit(0);
    }

    static JsRuntime runtime(Vertx vertx, io.vertx.core.Context loop, Engine engine, String wsUrl) {
        JsRuntime.Builder b = JsRuntime.builder().vertx(vertx).out(QUIET).err(System.err)
                .location(java.net.URI.create("http://127.0.0.1/?ws=" + wsUrl));
        if (loop != null) b.vertxContext(loop);
        if (engine != null) b.engine(engine);
        return b.build();
    }

    static long echoed(JsRuntime rt) {
        return rt.submit(ctx -> ctx.getBindings("js").getMember("echoed").asLong()).join();
    }

    static void stop(List<JsRuntime> rts) {
        for (JsRuntime rt : rts) {
            rt.evaluate("stopBench()", "stop");
        }
        for (JsRuntime rt : rts) {
            rt.idle().orTimeout(30, TimeUnit.SECONDS).join();
            if (rt.reportedErrors() > 0) throw new IllegalStateException("a runtime reported an error");
            rt.close();
        }
    }

    /** FE: build time (median of 5) and a new runtime's first 2 s, shared Engine vs its own. */
    static void engines(Vertx vertx, String wsUrl, long warm, Map<String, Object> r) throws Exception {
        // Warm the shared Engine: one runtime echoes for `warm` ms.
        JsRuntime first = runtime(vertx, null, null, wsUrl);
        first.evaluate(CLIENT, "client.js").join();
        Thread.sleep(warm);
        stop(List.of(first));
        for (boolean shared : new boolean[] {true, false}) {
            double[] builds = new double[5];
            for (int i = 0; i < builds.length; i++) {
                long t0 = System.nanoTime();
                JsRuntime rt = runtime(vertx, null, shared ? null : JsRuntime.newEngine(JsRuntime.Jit.LATENCY), wsUrl);
                builds[i] = (System.nanoTime() - t0) / 1e6;
                if (i < builds.length - 1) rt.close();
                else {
                    rt.evaluate(CLIENT, "client.js").join();
                    Thread.sleep(2000);
                    r.put((shared ? "shared" : "own") + "_first2s_msgs_per_s", echoed(rt) / 2.0);
                    stop(List.of(rt));
                }
            }
            Arrays.sort(builds);
            r.put((shared ? "shared" : "own") + "_build_ms", builds[builds.length / 2]);
        }
    }

    /** FL: N runtimes on one event loop, each with 8 messages in flight. */
    static void loops(Vertx vertx, String wsUrl, long warm, long dur, Map<String, Object> r) throws Exception {
        io.vertx.core.Context loop = vertx.getOrCreateContext();
        for (int n : new int[] {1, 10, 100}) {
            long heap0 = heapAfterGc();
            List<JsRuntime> rts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                JsRuntime rt = runtime(vertx, loop, null, wsUrl);
                rt.evaluate(CLIENT, "client.js").join();
                rts.add(rt);
            }
            Thread.sleep(warm);
            long c0 = 0, c1 = 0;
            for (JsRuntime rt : rts) c0 += echoed(rt);
            long t0 = System.nanoTime();
            Thread.sleep(dur);
            for (JsRuntime rt : rts) c1 += echoed(rt);
            double seconds = (System.nanoTime() - t0) / 1e9;
            r.put("n" + n + "_msgs_per_s", (c1 - c0) / seconds);
            if (n == 100) r.put("heap_per_runtime_kib", (heapAfterGc() - heap0) / 1024.0 / n);
            stop(rts);
        }
    }

    static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    static Map<String, String> query(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String part : s.replaceFirst("^\\?", "").split("&")) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            m.put(URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    static String json(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (sb.length() > 1) sb.append(',');
            sb.append('"').append(e.getKey()).append("\":");
            Object v = e.getValue();
            if (v instanceof Number || v instanceof Boolean) sb.append(v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v);
            else sb.append('"').append(String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }
}
