package dev.wsjs.jstests;

import dev.wsjs.runtime.JsRuntime;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every {@code *.test.js} / {@code *.test.mjs} under src/test/js as its own test, in a fresh
 * runtime, with our harness loaded first (then the folder's {@code support.js}, when there is one),
 * until the event loop is idle. A file fails on any failed or
 * unfinished subtest, on any reported error, or when its output differs from a sibling
 * {@code <name>.stdout.expected} / {@code <name>.stderr.expected} file.
 * {@code -Dwsjs.test.filter=dom/} runs only the files whose relative path contains the filter.
 */
class JsTests {
    static final Path ROOT = Path.of(System.getProperty("wsjs.jsTestRoot", "src/test/js"));
    private static Vertx vertx;
    private static TestServers servers;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setMaxEventLoopExecuteTime(30).setMaxEventLoopExecuteTimeUnit(TimeUnit.SECONDS));
        servers = TestServers.start(vertx);
    }

    @AfterAll
    static void stop() {
        if (servers != null) servers.stop();
        vertx.close().await();
    }

    @TestFactory
    Stream<DynamicTest> jsTests() throws IOException {
        String filter = System.getProperty("wsjs.test.filter", "");
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.test\\.m?js"))
                    .filter(p -> ROOT.relativize(p).toString().contains(filter))
                    .sorted().toList();
        }
        if (files.isEmpty()) fail("no *.test.js files matched under " + ROOT + " (filter '" + filter + "')");
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), f.toUri(), () -> run(f)));
    }

    private static void run(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        JsRuntime rt = JsRuntime.builder().vertx(vertx).location(URI.create(servers.location()))
                .property("tls.cert", servers.certPem().toString()).out(o).err(e).build();
        String summary;
        try {
            rt.runScript(ROOT.resolve("harness/harness.js")).handle((r, x) -> null).get(60, TimeUnit.SECONDS);
            Path support = file.resolveSibling("support.js");
            if (Files.exists(support)) rt.runScript(support).handle((r, x) -> null).get(60, TimeUnit.SECONDS);
            var run = file.toString().endsWith(".mjs") ? rt.runModule(file) : rt.runScript(file);
            run.handle((r, x) -> null).get(60, TimeUnit.SECONDS);
            try {
                rt.idle().get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException t) {
                fail("the event loop was not idle after 120 s (keep-alive count " + rt.loop().keepAliveCount() + ")\n" + err);
            }
            summary = rt.submit(ctx -> ctx.eval("js", "__harness.summary()").asString()).get(30, TimeUnit.SECONDS);
        } finally {
            rt.close();
        }
        List<String> problems = new ArrayList<>();
        JsonArray results = new JsonArray(summary);
        int passed = 0;
        for (Object r : results) {
            JsonObject t = (JsonObject) r;
            if ("PASS".equals(t.getString("status"))) passed++;
            else problems.add(t.getString("status") + " " + t.getString("name") + "\n      " + t.getString("message", "").replace("\n", "\n      "));
        }
        System.out.println(file.getFileName() + ": " + passed + "/" + results.size() + " subtests passed");
        if (results.isEmpty()) problems.add("no subtests ran");
        compareGolden(file, ".stdout.expected", out, problems);
        boolean goldenErr = compareGolden(file, ".stderr.expected", err, problems);
        if (!goldenErr && rt.reportedErrors() > 0) problems.add(rt.reportedErrors() + " error(s) reported:\n" + err);
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }

    private static boolean compareGolden(Path file, String suffix, ByteArrayOutputStream actual, List<String> problems) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.test\\.m?js$", "");
        Path expected = file.resolveSibling(base + suffix);
        if (!Files.exists(expected)) return false;
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        String got = actual.toString(StandardCharsets.UTF_8);
        try {
            assertEquals(want, got, "output differs from " + expected.getFileName());
        } catch (AssertionError a) {
            problems.add(a.getMessage());
        }
        return true;
    }
}
