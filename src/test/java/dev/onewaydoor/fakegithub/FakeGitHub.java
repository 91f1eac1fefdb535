package dev.onewaydoor.fakegithub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * An in-process GitHub over real HTTP. Every request is checked against GitHub's REST API
 * description and its credentials (a valid App JWT for /app, an issued installation token
 * elsewhere); violations are collected for the test to assert on. Faults (5xx, rate limits)
 * can be injected for the next matching requests.
 */
public final class FakeGitHub implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One received request, as the test sees it. */
  public record Received(String method, String path, String query, JsonNode body) {}

  private record Fault(String method, String pathRegex, int status, Map<String, String> headers, int[] remaining) {}

  private final HttpServer server;
  private final OpenApiValidator validator;
  private final PublicKey appKey;
  private final String appId;
  final Map<String, FakeRepo> repos = new ConcurrentHashMap<>();
  final Set<String> tokens = ConcurrentHashMap.newKeySet();
  public final List<Received> requests = Collections.synchronizedList(new ArrayList<>());
  public final List<String> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());
  public final Set<String> teamMembers = ConcurrentHashMap.newKeySet();
  /** The App's webhook deliveries, newest first, as {@code GET /app/hook/deliveries} lists them. */
  public final List<Map<String, Object>> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final FakeRoutes routes = new FakeRoutes(this);

  public FakeGitHub(String appId, PublicKey appKey) throws IOException {
    this.appId = appId;
    this.appKey = appKey;
    this.validator = new OpenApiValidator("/github/rest-api-subset.openapi.json");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FakeRepo repo(String fullName) {
    return repos.computeIfAbsent(fullName, FakeRepo::new);
  }

  /** Answers the next {@code times} requests matching {@code method} and {@code pathRegex} with a fault. */
  public void fail(String method, String pathRegex, int status, Map<String, String> headers, int times) {
    faults.add(new Fault(method, pathRegex, status, headers, new int[] {times}));
  }

  /**
   * Waits until {@code condition} holds, re-checking after each request the fake answers (and
   * every 200 ms, for conditions on other things); returns false when {@code timeout} passes first.
   */
  public synchronized boolean await(java.util.function.BooleanSupplier condition, java.time.Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, Math.min(200, left / 1_000_000)));
    }
    return true;
  }

  /** Requests received whose path matches, in order. */
  public List<Received> requests(String method, String pathRegex) {
    List<Received> out = new ArrayList<>();
    synchronized (requests) {
      for (Received r : requests) if (r.method.equals(method) && r.path.matches(pathRegex)) out.add(r);
    }
    return out;
  }

  long appIdNumber() {
    return Long.parseLong(appId);
  }

  private void handle(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    if (path.startsWith("/_codeload/")) {
      codeload(ex, path);
      return;
    }
    String query = ex.getRequestURI().getRawQuery();
    byte[] raw = ex.getRequestBody().readAllBytes();
    JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
    String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
    requests.add(new Received(method, decoded, query, body));
    violations.addAll(validator.validate(method, decoded, queryNames(query), body));
    checkHeaders(ex, decoded);
    Fault fault = takeFault(method, decoded);
    if (fault != null) {
      fault.headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      send(ex, fault.status, "{\"message\":\"injected fault\"}".getBytes(StandardCharsets.UTF_8), "application/json");
      return;
    }
    FakeRoutes.Reply reply;
    try {
      reply = routes.route(method, decoded, query == null ? Map.of() : params(query), body, ex.getRequestHeaders().getFirst("Accept"));
    } catch (RuntimeException e) {
      violations.add(method + " " + decoded + ": fake failed: " + e);
      reply = FakeRoutes.Reply.json(500, Map.of("message", e.toString()));
    }
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    send(ex, reply.status(), reply.body(), reply.contentType());
    synchronized (this) {
      notifyAll();
    }
  }

  /**
   * The archive download a tarball redirect points to (codeload on GitHub): a signed, short-lived
   * URL, so no API token is checked here, and not part of the REST API description.
   */
  private void codeload(HttpExchange ex, String path) throws IOException {
    String[] parts = path.substring("/_codeload/".length()).split("/");
    requests.add(new Received("GET", path, ex.getRequestURI().getRawQuery(), null));
    FakeRepo repo = parts.length == 4 ? repos.get(parts[0] + "/" + parts[1]) : null;
    Map<String, byte[]> files = repo == null ? null : repo.files(parts[3]);
    if (files == null) {
      send(ex, 404, "Not Found".getBytes(StandardCharsets.UTF_8), "text/plain");
      return;
    }
    byte[] archive = repo.tarballOverrides.getOrDefault(parts[3], null);
    if (archive == null) archive = TarBuilder.of(repo.fullName, parts[3], files);
    send(ex, 200, archive, "application/x-gzip");
  }

  private void checkHeaders(HttpExchange ex, String path) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (ex.getRequestHeaders().getFirst("Accept") == null) violations.add(path + ": no Accept header");
    if (auth == null) {
      violations.add(path + ": no Authorization header");
    } else if (path.startsWith("/app/")) {
      try {
        Claims c = Jwts.parser().verifyWith(appKey).build().parseSignedClaims(auth.substring("Bearer ".length())).getPayload();
        long lifetime = (c.getExpiration().getTime() - c.getIssuedAt().getTime()) / 1000;
        if (!appId.equals(c.getIssuer()) || lifetime > 600) violations.add(path + ": bad JWT claims");
      } catch (RuntimeException e) {
        violations.add(path + ": invalid App JWT: " + e.getMessage());
      }
    } else if (!auth.startsWith("token ") || !tokens.contains(auth.substring(6))) {
      violations.add(path + ": not an issued installation token");
    }
  }

  private Fault takeFault(String method, String path) {
    synchronized (faults) {
      for (Fault f : faults) {
        if (f.method.equals(method) && path.matches(f.pathRegex) && f.remaining[0] > 0) {
          f.remaining[0]--;
          return f;
        }
      }
    }
    return null;
  }

  private static Set<String> queryNames(String query) {
    Set<String> names = new HashSet<>();
    if (query != null) for (String p : query.split("&")) names.add(p.split("=", 2)[0]);
    return names;
  }

  private static Map<String, String> params(String query) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : query.split("&")) {
      String[] kv = p.split("=", 2);
      out.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
