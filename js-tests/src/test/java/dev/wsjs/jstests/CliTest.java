package dev.wsjs.jstests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ./wsjs} launcher as a user runs it: exit statuses, error reports, idle exit, flags. */
class CliTest {
    static final Path LAUNCHER = Path.of(System.getProperty("wsjs.repoRoot", "..")).toAbsolutePath().normalize().resolve("wsjs");

    @TempDir
    Path dir;

    record Result(int status, String out, String err) { }

    static Result wsjs(Path cwd, String... args) throws IOException, InterruptedException {
        return wsjs(Map.of(), cwd, args);
    }

    static Result wsjs(Map<String, String> env, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("WSJS_NO_BUILD", "1"); // the Maven build that runs this test built it
        pb.environment().remove("HTTPS_PROXY");
        pb.environment().remove("HTTP_PROXY");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(cwd, "out", ".txt"), err = Files.createTempFile(cwd, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("wsjs did not exit within 120 s: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void versionSaysTheJitIsActive() throws Exception {
        Result r = wsjs(dir, "--version");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("JIT active"), "the launcher must run GraalJS with its JIT compiler:\n" + r.out + r.err);
        assertFalse(r.out.contains("interpreter only"), r.out);
        assertTrue(r.out.matches("(?s)wsjs \\S+\nGraalJS 25\\.0\\.3: .*\nVert\\.x 5\\.1\\.6\nJDK 25.*"), r.out);
        assertFalse(r.err.contains("fallback runtime"), "no interpreter-only warning:\n" + r.err);
    }

    @Test
    void launcherRunsOnThePreparedJdkCopyAndFallsBackToTheStockJdk() throws Exception {
        // The bindings build made the JDK copy without its own Graal compiler (scripts/prepare-jdk.sh),
        // where GraalJS's compiler is on the plain module path and the AOT cache can be used.
        Path image = LAUNCHER.getParent().resolve("bindings/target/jdk");
        assertTrue(Files.isExecutable(image.resolve("bin/java")), "the build prepares " + image);
        assertTrue(Files.isRegularFile(LAUNCHER.getParent().resolve("bindings/target/wsjs.aot")), "the build trains the AOT cache");
        Result prepared = wsjs(Map.of("WSJS_JAVA_OPTS", "-Xlog:aot=info"), dir, "--version");
        assertEquals(0, prepared.status, prepared.err);
        assertTrue(prepared.out.contains("JIT active") && prepared.out.contains(image.toString()), prepared.out);
        assertTrue(prepared.out.contains("Opened AOT cache") && prepared.out.contains(", AOT cache "), "the AOT cache is used:\n" + prepared.out);
        Result stock = wsjs(Map.of("WSJS_STOCK_JDK", "1"), dir, "--version");
        assertEquals(0, stock.status, stock.err);
        assertTrue(stock.out.contains("JIT active") && !stock.out.contains(image.toString()), stock.out);
        assertEquals("", stock.err);
    }

    @Test
    void singleFileJavaProgramRunsWithoutTheAotCacheAndWithoutErrors() throws Exception {
        // WSJS_MAIN=*.java (the benchmark suite's embedding test): the source launcher adds modules the
        // training run did not have, so the JVM would refuse the cache with "[error][aot]" lines.
        Path program = dir.resolve("Hello.java");
        Files.writeString(program, "public class Hello { public static void main(String[] a) { System.out.println(\"hello \" + a[0]); } }");
        Result r = wsjs(Map.of("WSJS_MAIN", program.toString()), dir, "there");
        assertEquals(0, r.status, r.err);
        assertEquals("hello there\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void echoServerWithoutLocationIsTheScriptsOrigin() throws Exception {
        Result r = wsjs(dir, "--echo-server", "0", "-e", """
                const ws = new WebSocket('/');
                ws.onopen = () => ws.send('hi');
                ws.onmessage = (e) => { console.log(ws.url === location.href.replace('http:', 'ws:'), location.hostname, e.data); ws.close(1000); };
                ws.onclose = (e) => console.log('close', e.code, e.wasClean);
                """);
        assertEquals(0, r.status, r.err);
        assertEquals("true localhost hi\nclose 1000 true\n", r.out);
        assertTrue(r.err.matches("wsjs: echo server listening on ws://localhost:\\d+/\n"), r.err);
    }

    @Test
    void interpreterFlagIsReportedAsSuch() throws Exception {
        Result r = wsjs(dir, "--interpreter", "--version");
        assertEquals(0, r.status, r.err);
        assertTrue(r.out.contains("interpreter only"), r.out);
    }

    @Test
    void heapUsedIsExposedOnlyOnRequest() throws Exception {
        String probe = "console.log(typeof wsjsHeapUsed, typeof wsjsHeapUsed === 'function' && wsjsHeapUsed() > 1e6)";
        Result on = wsjs(dir, "--expose-heap-used", "-e", probe);
        assertEquals(0, on.status, on.err);
        assertEquals("function true", on.out.strip());
        Result off = wsjs(dir, "-e", probe);
        assertEquals("undefined false", off.out.strip());
    }

    @Test
    void jitModesAreReportedAndBadModesRejected() throws Exception {
        Result latency = wsjs(dir, "--version");
        assertTrue(latency.out.contains("JIT active") && latency.out.contains("--jit latency"), latency.out);
        Result throughput = wsjs(dir, "--jit", "throughput", "--version");
        assertTrue(throughput.out.contains("JIT active") && throughput.out.contains("--jit throughput"), throughput.out);
        Result off = wsjs(dir, "--jit", "off", "--version");
        assertTrue(off.out.contains("interpreter only"), off.out);
        Result bad = wsjs(dir, "--jit", "fast", "--version");
        assertEquals(2, bad.status);
        assertEquals("wsjs: --jit needs latency, throughput or off, got 'fast'", bad.err.strip());
    }

    @Test
    void helpListsEveryFlag() throws Exception {
        Result r = wsjs(dir, "--help");
        assertEquals(0, r.status);
        for (String flag : List.of("--eval", "--module", "--location", "--fail-fast", "--echo-server", "--max-message-size", "--handshake-timeout", "--close-timeout", "--parallel-handshakes",
                "--cert", "--unsafely-ignore-certificate-errors", "--no-proxy", "--jit", "--expose-heap-used", "--interpreter", "--version", "--help")) {
            assertTrue(r.out.contains(flag), "help mentions " + flag);
        }
    }

    @Test
    void scriptsRunInOrderInOneGlobalAndExitWhenIdle() throws Exception {
        file("a.js", "var shared = 'from a';\nlet n = 0;\nconst id = setInterval(() => { console.log('tick', ++n); if (n === 3) clearInterval(id); }, 1);\n");
        file("b.js", "console.log(shared);\nPromise.resolve().then(() => console.log('microtask'));\nsetTimeout(() => console.log('timeout'), 0);\n");
        Result r = wsjs(dir, "a.js", "b.js");
        assertEquals(0, r.status, r.err);
        assertEquals("from a\nmicrotask\ntimeout\ntick 1\ntick 2\ntick 3\n", r.out);
        assertEquals("", r.err);
    }

    @Test
    void evalRunsInlineCode() throws Exception {
        Result r = wsjs(dir, "-e", "console.log(typeof window, typeof WebSocket, 1 + 1)");
        assertEquals(0, r.status, r.err);
        assertEquals("object function 2\n", r.out);
    }

    @Test
    void uncaughtExceptionIsReportedLikeABrowserAndTheScriptKeepsRunning() throws Exception {
        file("throws.js", "setTimeout(() => console.log('still running'), 0);\nfunction boom() {\n  throw new RangeError('too far');\n}\nboom();\n");
        file("next.js", "console.log('next script');\n");
        Result r = wsjs(dir, "throws.js", "next.js");
        assertEquals(1, r.status);
        assertEquals("next script\nstill running\n", r.out);
        assertTrue(r.err.startsWith("Uncaught RangeError: too far\n    at boom ("), r.err);
        assertTrue(r.err.contains("throws.js:3:9)"), "frame names file:line:column\n" + r.err);
        assertFalse(r.err.contains("wsjs:"), "no internal frames\n" + r.err);
    }

    @Test
    void unhandledRejectionIsReported() throws Exception {
        file("reject.js", "Promise.reject(new TypeError('nope'));\nconst handled = Promise.reject(new Error('handled'));\nhandled.catch(() => {});\n");
        Result r = wsjs(dir, "reject.js");
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith("Uncaught (in promise) TypeError: nope\n    at "), r.err);
        assertFalse(r.err.contains("handled"), r.err);
    }

    @Test
    void throwingANonErrorPrintsTheValue() throws Exception {
        Result r = wsjs(dir, "-e", "throw 42");
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith("Uncaught 42"), r.err);
    }

    @Test
    void failFastStopsAtTheFirstReport() throws Exception {
        file("ff.js", "setTimeout(() => { throw new Error('first'); }, 0);\nsetTimeout(() => console.log('never'), 50);\n");
        Result r = wsjs(dir, "--fail-fast", "ff.js");
        assertEquals(1, r.status);
        assertEquals("", r.out);
        assertTrue(r.err.startsWith("Uncaught Error: first"), r.err);
    }

    @Test
    void syntaxErrorNamesFileLineColumnAndExitsOne() throws Exception {
        file("syntax.js", "const ok = 1;\nconst = 2;\n");
        Result r = wsjs(dir, "syntax.js");
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith("Uncaught SyntaxError: "), r.err);
        assertTrue(r.err.contains("syntax.js:2:"), r.err);
    }

    @Test
    void usageErrorsExitTwoWithOneClearLine() throws Exception {
        Result unknown = wsjs(dir, "--bogus", "x.js");
        assertEquals(2, unknown.status);
        assertEquals("wsjs: unknown option '--bogus' (see wsjs --help)\n", unknown.err);
        Result missing = wsjs(dir, "missing.js");
        assertEquals(2, missing.status);
        assertEquals("wsjs: cannot find file 'missing.js'\n", missing.err);
        Result nothing = wsjs(dir);
        assertEquals(2, nothing.status);
        Result badLocation = wsjs(dir, "--location", "ftp://x/", "-e", "1");
        assertEquals(2, badLocation.status);
        assertTrue(badLocation.err.startsWith("wsjs: --location must be an http: or https: URL"), badLocation.err);
        Result noValue = wsjs(dir, "--location");
        assertEquals(2, noValue.status);
    }

    @Test
    void modulesImportRelativeFiles() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        file("lib/math.mjs", "export const twice = (x) => x * 2;\n");
        file("main.mjs", "import { twice } from './lib/math.mjs';\nconsole.log(twice(21), typeof setTimeout);\nawait new Promise((r) => setTimeout(r, 1));\nconsole.log('after await');\n");
        Result r = wsjs(dir, "main.mjs");
        assertEquals(0, r.status, r.err);
        assertEquals("42 function\nafter await\n", r.out);
        file("plain.js", "import { twice } from './lib/math.mjs';\nconsole.log(twice(2));\n");
        Result forced = wsjs(dir, "--module", "plain.js");
        assertEquals(0, forced.status, forced.err);
        assertEquals("4\n", forced.out);
    }

    @Test
    void locationFlagSetsTheGlobalLocation() throws Exception {
        Result r = wsjs(dir, "--location", "https://example.com:8443/app/?q=1", "-e", "console.log(location.href, location.origin)");
        assertEquals(0, r.status, r.err);
        assertEquals("https://example.com:8443/app/?q=1 https://example.com:8443\n", r.out);
        Result none = wsjs(dir, "-e", "console.log(typeof location)");
        assertEquals("undefined\n", none.out);
    }
}
