package dev.onewaydoor.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.testing.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code target/onewaydoor.jar serve} as its own process, sized as {@code fly.toml} sizes it
 * on a 512 MB machine ({@code JAVA_TOOL_OPTIONS} read from fly.toml, and {@code -XX:MaxRAM=512m}
 * so that its percentages mean what they mean there), talking to a {@link FakeGitHub}.
 */
final class JarServer implements AutoCloseable {
  static final Path JAR = Path.of("target/onewaydoor.jar");
  private final FakeGitHub github;
  private final Path dataDir;
  private final Path log;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int port;

  JarServer(FakeGitHub github, Path dataDir) throws Exception {
    this.github = github;
    this.dataDir = dataDir;
    this.log = Files.createTempFile("onewaydoor-it-", ".log");
    start();
  }

  /** fly.toml's {@code JAVA_TOOL_OPTIONS}, exactly as deployed. */
  static String flyJvmOptions() throws IOException {
    Matcher m = Pattern.compile("(?m)^\\s*JAVA_TOOL_OPTIONS\\s*=\\s*\"([^\"]*)\"").matcher(Files.readString(Path.of("fly.toml")));
    if (!m.find()) throw new IllegalStateException("fly.toml sets no JAVA_TOOL_OPTIONS");
    return m.group(1);
  }

  /** Starts (or restarts, as Fly.io does after a crash) the process and waits until it answers. */
  void start() throws Exception {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: integration tests run after `mvn package`");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:MaxRAM=512m", "-jar", JAR.toString(), "serve");
    pb.environment().putAll(Map.of("JAVA_TOOL_OPTIONS", flyJvmOptions(), "APP_ID", "12345",
        "PRIVATE_KEY", TestKeys.pkcs1Pem(), "WEBHOOK_SECRET", AppHarness.SECRET, "PORT", String.valueOf(port),
        "GITHUB_API_URL", github.url(), "DATA_DIR", dataDir.toString(), "LOG_LEVEL", "info"));
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
    for (int i = 0; i < 300; i++) {
      if (!process.isAlive()) throw new IllegalStateException("the server exited at start-up:\n" + log());
      try {
        if (get("/healthz") == 200) return;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100); // polling a process that is starting: nothing to wait on but the port
    }
    throw new IllegalStateException("the server did not answer within 30 s:\n" + log());
  }

  /** Ends the process abruptly, as the kernel's OOM killer or a crash does (SIGKILL). */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** The highest resident set size the process has had so far (Linux's VmHWM), in kB. */
  long peakRssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
    }
    throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  int get(String path) throws IOException, InterruptedException {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build();
    return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** POSTs a body with these headers; returns the status. */
  int post(byte[] body, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/github/webhooks"))
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  int deliver(String event, Object payload) throws IOException, InterruptedException {
    byte[] body = new ObjectMapper().writeValueAsBytes(payload);
    return post(body, Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", UUID.randomUUID().toString(),
        "X-Hub-Signature-256", new WebhookSignature(AppHarness.SECRET).sign(body)));
  }

  @Override
  public void close() throws Exception {
    if (process != null) kill();
    Files.deleteIfExists(log);
  }
}
