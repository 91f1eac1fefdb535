package dev.onewaydoor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over its DevTools protocol (a WebSocket from the JDK,
 * JSON through Jackson): open a page at a phone's width, wait for it to load, evaluate
 * JavaScript in it. Runs as root with a fresh profile and no network of its own.
 */
public final class Chromium implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 30;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile, String browserUrl) throws Exception {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(browserUrl), new Listener()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Starts Chromium; fails with a clear message when it is not installed (.ci/run installs it). */
  public static Chromium start() throws Exception {
    Path profile = Files.createTempDirectory("onewaydoor-chromium");
    Process p;
    try {
      p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
          "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IllegalStateException("chromium is not installed (apt-get install -y chromium)", e);
    }
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) url.complete(line.substring(at).strip());
        }
        url.completeExceptionally(new IOException("chromium exited before listening"));
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return new Chromium(p, profile, url.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
  }

  /** Opens {@code url} in a new tab whose viewport is {@code width}×{@code height} (a phone), once loaded. */
  public Tab open(String url, int width, int height) throws Exception {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .path("sessionId").asText();
    call(session, "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
    call(session, "Page.enable", Map.of());
    Tab tab = new Tab(session);
    tab.navigate(url);
    return tab;
  }

  /** A page in a tab. */
  public final class Tab {
    private final String session;

    Tab(String session) {
      this.session = session;
    }

    /** Navigates and waits for the load event. */
    public void navigate(String url) throws Exception {
      CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
      awaited.put(session + "/Page.loadEventFired", loaded);
      call(session, "Page.navigate", Map.of("url", url));
      loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The value of a JavaScript expression (JSON-serialisable). */
    public JsonNode eval(String expression) throws Exception {
      JsonNode r = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (r.has("exceptionDetails")) throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
      return r.path("result").path("value");
    }
  }

  private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = MAPPER.createObjectNode().put("id", id).put("method", method);
    msg.set("params", MAPPER.valueToTree(params));
    if (session != null) msg.put("sessionId", session);
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(MAPPER.writeValueAsString(msg), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    JsonNode r = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (r.has("error")) throw new IllegalStateException(method + ": " + r.get("error"));
    return r.path("result");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        dispatch(text.toString());
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    private void dispatch(String message) {
      try {
        JsonNode m = MAPPER.readTree(message);
        if (m.has("id")) {
          CompletableFuture<JsonNode> f = replies.remove(m.get("id").asInt());
          if (f != null) f.complete(m);
        } else if (m.has("method")) {
          CompletableFuture<JsonNode> f = awaited.remove(m.path("sessionId").asText() + "/" + m.get("method").asText());
          if (f != null) f.complete(m);
        }
      } catch (IOException e) {
        replies.values().forEach(f -> f.completeExceptionally(e));
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
