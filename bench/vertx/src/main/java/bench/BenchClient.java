package bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The raw Vert.x client: bench/client.js in Java, the ceiling for wsjs (Vert.x plus the binding).
 *
 * <p>Same parameters (one query string argument), same payloads, same checks, same
 * {@code BENCH_MARK} and {@code BENCH_RESULT} lines. Everything runs on one event loop, as a
 * JS runtime would. Message handlers aggregate frames into messages, as browsers do.
 *
 * <p>Usage: {@code BenchClient 'test=B1&port=1234&window=64&size=1024'}.
 */
public final class BenchClient {
  static final int MAX_SIZE = 256 * 1024 * 1024;
  static final int PERIOD = 251;

  private final Map<String, String> p;
  private final String test;
  private final String host;
  private final int port;
  private final int stride;
  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
  /** Strongly referenced: an unreferenced Vert.x 5 client can be cleaned up mid-use. */
  private final WebSocketClient client;
  private final List<WebSocket> sockets = new ArrayList<>();
  private final CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
  private final long origin = System.nanoTime();

  private BenchClient(Map<String, String> params) {
    this.p = params;
    this.test = params.getOrDefault("test", "A");
    this.host = params.getOrDefault("host", "127.0.0.1");
    this.port = num("port", 8080);
    this.stride = "full".equals(params.get("verify")) ? 1 : 61;
    this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setMaxFrameSize(MAX_SIZE)
        .setMaxMessageSize(MAX_SIZE)
        .setMaxConnections(1_000_000)
        .setTcpNoDelay(true)
        .setTryUsePerMessageCompression(false)
        .setTryUsePerFrameCompression(false));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> params = parse(args.length > 0 ? args[0] : "");
    BenchClient c = new BenchClient(params);
    int timeout = c.num("timeout", 60000);
    Map<String, Object> result;
    try {
      c.vertx.runOnContext(v -> c.start());
      result = c.done.get(timeout, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      result = failure("timeout after " + timeout + " ms");
    } catch (java.util.concurrent.ExecutionException e) {
      result = failure(String.valueOf(e.getCause()));
    }
    result.put("test", c.test);
    result.putIfAbsent("ok", Boolean.TRUE);
    System.out.println("BENCH_RESULT " + json(result));
    System.out.flush();
    c.vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    System.exit(0);
  }

  private void start() {
    try {
      switch (test) {
        case "A" -> testA();
        case "B1", "B2" -> testB(false);
        case "B3" -> testB(true);
        case "C1", "C2" -> testC();
        case "D" -> testD();
        case "E" -> testE();
        default -> fail("unknown test " + test);
      }
    } catch (Exception e) {
      fail(String.valueOf(e));
    }
  }

  // ---- A: sequential round trips, 32 B text ------------------------------------------------
  private void testA() {
    double warmMs = num("warm", 1000), durMs = num("dur", 2000);
    connect(host).onFailure(this::fail).onSuccess(ws -> {
      watchClose(ws);
      double[] lat = new double[1_000_000];
      long[] st = new long[6]; // seq, n, phase, t0, start, mStart
      st[4] = System.nanoTime();
      String[] expectedText = {smallText(0)};
      long[] sums = new long[1];
      ws.textMessageHandler(data -> {
        long now = System.nanoTime();
        if (!data.equals(expectedText[0])) {
          fail("payload mismatch at " + st[0]);
          return;
        }
        sums[0] = wrap32(sums[0] + st[0]);
        if (st[2] == 1) lat[(int) st[1]++] = (now - st[3]) / 1e6;
        st[0]++;
        if (st[2] == 0 && (now - st[4]) / 1e6 >= warmMs) {
          st[2] = 1;
          st[5] = now;
          mark("begin", null);
        } else if (st[2] == 1 && ((now - st[5]) / 1e6 >= durMs || st[1] == lat.length)) {
          mark("end", null);
          int n = (int) st[1];
          double[] sorted = Arrays.copyOf(lat, n);
          Arrays.sort(sorted);
          double ms = (now - st[5]) / 1e6;
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("msgs", n);
          r.put("ms", ms);
          r.put("msgs_per_s", n / (ms / 1000));
          r.put("p50_us", sorted[(int) Math.floor(n * 0.5)] * 1000);
          r.put("p99_us", sorted[(int) Math.floor(n * 0.99)] * 1000);
          r.put("sent", st[0]);
          r.put("received", st[0]);
          r.put("checksum", sums[0]);
          r.put("expected", sums[0]);
          finish(r);
          return;
        }
        expectedText[0] = smallText(st[0]);
        st[3] = System.nanoTime();
        ws.writeTextMessage(expectedText[0]);
      });
      st[3] = System.nanoTime();
      ws.writeTextMessage(expectedText[0]);
    });
  }

  // ---- B1/B2/B3: pipelined with a window of messages in flight -----------------------------
  private void testB(boolean text) {
    double warmMs = num("warm", 1000), durMs = num("dur", 2000);
    int window = num("window", 64), size = num("size", 1024);
    byte[] tape = text ? null : makeTape(size + PERIOD);
    String[] pool = text ? textPool(size) : null;
    connect(host).onFailure(this::fail).onSuccess(ws -> {
      watchClose(ws);
      long[] st = new long[7]; // sent, recv, phase, mRecv, mStart, sum, expected
      long start = System.nanoTime();
      Runnable sendNext = () -> {
        long i = st[0]++;
        if (text) {
          ws.writeTextMessage(pool[(int) (i % PERIOD)]);
        } else {
          int off = (int) (i % PERIOD);
          ws.writeBinaryMessage(Buffer.buffer(size).appendBytes(tape, off, size));
        }
      };
      java.util.function.LongConsumer received = c -> {
        long recv = st[1];
        if (c < 0) {
          fail("payload mismatch at message " + recv);
          return;
        }
        st[5] = wrap32(st[5] + c);
        st[6] = wrap32(st[6] + (text ? (recv % PERIOD) + 1 : expectedBinary(tape, recv, size)));
        recv = ++st[1];
        if ((recv & 127) == 0) {
          long now = System.nanoTime();
          if (st[2] == 0 && (now - start) / 1e6 >= warmMs) {
            st[2] = 1;
            st[4] = now;
            st[3] = recv;
            mark("begin", null);
          } else if (st[2] == 1 && (now - st[4]) / 1e6 >= durMs) {
            st[2] = 2;
          }
        }
        if (st[2] < 2) {
          sendNext.run();
        } else if (recv == st[0]) {
          double ms = (System.nanoTime() - st[4]) / 1e6;
          mark("end", null);
          long msgs = recv - st[3];
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("msgs", msgs);
          r.put("ms", ms);
          r.put("msgs_per_s", msgs / (ms / 1000));
          r.put("mib_per_s", (msgs * (double) size) / 1048576 / (ms / 1000));
          r.put("sent", st[0]);
          r.put("received", recv);
          r.put("checksum", st[5]);
          r.put("expected", st[6]);
          finish(r);
        }
      };
      if (text) {
        ws.textMessageHandler(s -> {
          int k = (int) (st[1] % PERIOD);
          received.accept(s.equals(pool[k]) ? k + 1 : -1);
        });
      } else {
        ws.binaryMessageHandler(b -> received.accept(checkBinary(b, tape, st[1], size)));
      }
      for (int i = 0; i < window; i++) {
        sendNext.run();
      }
    });
  }

  // ---- C1/C2: many concurrent connections --------------------------------------------------
  private void testC() {
    int conns = num("conns", 1000), hosts = num("hosts", 1);
    long heapBase = heapAfterGc();
    mark("baseline", "{\"heap\":" + heapBase + "}");
    vertx.setTimer(300, t -> {
      long t0 = System.nanoTime();
      int[] count = new int[3]; // opened, echoed, errors
      long[] times = new long[3]; // tOpen, tEcho start, tEcho
      long[] sums = new long[2];
      WebSocket[] all = new WebSocket[conns];
      Runnable echoAll = () -> {
        times[1] = System.nanoTime();
        for (int i = 0; i < conns; i++) {
          int k = i;
          String msg = "c" + i;
          sums[1] += i;
          all[i].textMessageHandler(data -> {
            if (!data.equals(msg)) {
              fail("payload mismatch on connection " + k);
              return;
            }
            sums[0] += k;
            if (++count[1] == conns) {
              times[2] = System.nanoTime();
              long heap = heapAfterGc();
              mark("hold", "{\"heap\":" + heap + "}");
              vertx.setTimer(300, t2 -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("conns", conns);
                r.put("open_ms", (times[0] - t0) / 1e6);
                r.put("echo_ms", (times[2] - times[1]) / 1e6);
                r.put("errors", count[2]);
                r.put("sent", conns);
                r.put("received", count[1]);
                r.put("checksum", sums[0]);
                r.put("expected", sums[1]);
                r.put("heap_base", heapBase);
                r.put("heap_hold", heap);
                r.put("heap_per_conn", (heap - heapBase) / (double) conns);
                finish(r);
              });
            }
          });
          all[i].writeTextMessage(msg);
        }
      };
      for (int i = 0; i < conns; i++) {
        int k = i;
        connect("127.0.0." + (1 + (i % hosts))).onComplete(ar -> {
          if (ar.failed()) {
            count[2]++;
            fail("connection " + k + " failed: " + ar.cause());
            return;
          }
          all[k] = ar.result();
          all[k].closeHandler(v -> fail("connection " + k + " closed early"));
          if (++count[0] == conns) {
            times[0] = System.nanoTime();
            echoAll.run();
          }
        });
      }
    });
  }

  // ---- D: hello world (connect, echo once, close) ------------------------------------------
  private void testD() {
    connect(host).onFailure(this::fail).onSuccess(ws -> {
      String[] got = {null};
      ws.textMessageHandler(s -> {
        got[0] = s;
        ws.close((short) 1000);
      });
      ws.closeHandler(v -> {
        if (!"hello".equals(got[0])) {
          fail("no echo before close");
          return;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("msgs", 1);
        r.put("ms", (System.nanoTime() - origin) / 1e6);
        r.put("sent", 1);
        r.put("received", 1);
        r.put("checksum", 1);
        r.put("expected", 1);
        finish(r);
      });
      ws.writeTextMessage("hello");
    });
  }

  // ---- E: one large binary message: the cold first one, then repetitions for warmMs (not
  // measured), then reps measured ones ------------------------------------------------------------
  private void testE() {
    int size = num("size", 16 * 1024 * 1024), reps = num("reps", 10);
    double warmMs = num("warm", 1000);
    byte[] tape = makeTape(size + PERIOD);
    connect(host).onFailure(this::fail).onSuccess(ws -> {
      watchClose(ws);
      List<Double> times = new ArrayList<>();
      long[] st = new long[4]; // rep, t0, sum, expected
      double[] coldAndWarmEnd = new double[2]; // ms
      boolean[] measuring = new boolean[1];
      Runnable send = () -> {
        st[1] = System.nanoTime();
        ws.writeBinaryMessage(Buffer.buffer(size).appendBytes(tape, (int) (st[0] % PERIOD), size));
      };
      ws.binaryMessageHandler(b -> {
        long now = System.nanoTime();
        long c = checkBinary(b, tape, st[0], size);
        if (c < 0) {
          fail("payload mismatch at repetition " + st[0]);
          return;
        }
        st[2] = wrap32(st[2] + c);
        st[3] = wrap32(st[3] + expectedBinary(tape, st[0], size));
        if (measuring[0]) {
          times.add((now - st[1]) / 1e6);
        } else if (st[0] == 0) {
          coldAndWarmEnd[0] = (now - st[1]) / 1e6;
          coldAndWarmEnd[1] = now / 1e6 + warmMs;
        }
        st[0]++;
        if (!measuring[0] && now / 1e6 >= coldAndWarmEnd[1]) {
          measuring[0] = true;
          mark("begin", null);
        }
        if (times.size() == reps) {
          mark("end", null);
          double[] warm = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          double med = warm[warm.length / 2];
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("msgs", reps);
          r.put("cold_ms", coldAndWarmEnd[0]);
          r.put("warm_ms", med);
          r.put("warm_min_ms", warm[0]);
          r.put("warm_max_ms", warm[warm.length - 1]);
          r.put("warmup_reps", st[0] - 1 - reps);
          r.put("mib_per_s", size / 1048576.0 / (med / 1000));
          r.put("sent", st[0]);
          r.put("received", st[0]);
          r.put("checksum", st[2]);
          r.put("expected", st[3]);
          finish(r);
          return;
        }
        send.run();
      });
      send.run();
    });
  }

  // ---- payloads and checks (identical to client.js) ----------------------------------------
  static byte[] makeTape(int len) {
    byte[] t = new byte[len];
    int x = 0x9e3779b9;
    for (int i = 0; i < len; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      t[i] = (byte) x;
    }
    return t;
  }

  long checkBinary(Buffer b, byte[] tape, long seq, int size) {
    if (b.length() != size) return -1;
    int off = (int) (seq % PERIOD);
    long sum = 0;
    for (int j = (int) ((seq * 7) % stride); j < size; j += stride) {
      byte v = b.getByte(j);
      if (v != tape[off + j]) return -1;
      sum += v & 255;
    }
    if (b.getByte(size - 1) != tape[off + size - 1]) return -1;
    return sum + (b.getByte(size - 1) & 255);
  }

  // The running checksums wrap at 32 bits as client.js's do (`| 0` there, see its checkBinary).
  static long wrap32(long v) {
    return (int) v;
  }

  long expectedBinary(byte[] tape, long seq, int size) {
    int off = (int) (seq % PERIOD);
    long sum = 0;
    for (int j = (int) ((seq * 7) % stride); j < size; j += stride) sum += tape[off + j] & 255;
    return sum + (tape[off + size - 1] & 255);
  }

  static String smallText(long seq) {
    String s = Long.toString(seq);
    return "0".repeat(Math.max(0, 10 - s.length())) + s + "abcdefghijklmnopqrstuv";
  }

  static String[] textPool(int bytes) {
    int[] alphabet = {0xe9, 0x20ac, 0x436, 0x65e5, 0x1F600, 0xdf, 0x4e2d, 'a'};
    String[] pool = new String[PERIOD];
    for (int k = 0; k < PERIOD; k++) {
      StringBuilder s = new StringBuilder();
      int n = 0;
      for (int m = 0; ; m++) {
        int cp = alphabet[(k + m * 5 + ((m * m) % 7)) % alphabet.length];
        int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (n + len > bytes) break;
        s.appendCodePoint(cp);
        n += len;
      }
      while (n < bytes) {
        s.append('x');
        n++;
      }
      pool[k] = s.toString();
      if (pool[k].getBytes(StandardCharsets.UTF_8).length != bytes) throw new IllegalStateException("text pool");
    }
    return pool;
  }

  // ---- plumbing ----------------------------------------------------------------------------
  private Future<WebSocket> connect(String h) {
    return client.connect(new WebSocketConnectOptions().setHost(h).setPort(port).setURI("/"))
        .onSuccess(sockets::add);
  }

  private void watchClose(WebSocket ws) {
    ws.exceptionHandler(t -> fail("error: " + t));
    ws.closeHandler(v -> fail("closed early: " + ws.closeStatusCode()));
  }

  private void mark(String name, String extra) {
    System.out.println("BENCH_MARK " + name + (extra == null ? "" : " " + extra));
    System.out.flush();
  }

  private void finish(Map<String, Object> r) {
    if (done.isDone()) return;
    for (WebSocket ws : sockets) {
      if (ws.isClosed()) continue;
      ws.closeHandler(null);
      ws.exceptionHandler(null);
    }
    done.complete(r);
  }

  private void fail(Throwable t) {
    fail(String.valueOf(t));
  }

  private void fail(String error) {
    done.complete(failure(error));
  }

  private static Map<String, Object> failure(String error) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ok", Boolean.FALSE);
    r.put("error", error);
    return r;
  }

  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private int num(String k, int d) {
    String v = p.get(k);
    return v == null || v.isEmpty() ? d : (int) Double.parseDouble(v);
  }

  static Map<String, String> parse(String q) {
    Map<String, String> out = new HashMap<>();
    for (String part : q.replaceFirst("^\\?", "").split("&")) {
      if (part.isEmpty()) continue;
      int eq = part.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
      out.put(k, eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  static String json(Map<String, Object> m) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : m.entrySet()) {
      if (b.length() > 1) b.append(',');
      b.append('"').append(e.getKey()).append("\":");
      Object v = e.getValue();
      if (v == null) {
        b.append("null");
      } else if (v instanceof Number || v instanceof Boolean) {
        double d = v instanceof Number n ? n.doubleValue() : 0;
        b.append(v instanceof Double && (Double.isNaN(d) || Double.isInfinite(d)) ? "null" : v.toString());
      } else {
        b.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")).append('"');
      }
    }
    return b.append('}').toString();
  }
}
