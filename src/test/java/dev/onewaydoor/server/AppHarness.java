package dev.onewaydoor.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.cli.ServeCommand;
import dev.onewaydoor.config.ServerConfig;
import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.github.PrivateKeys;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.testing.TestKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real server on a real port, talking to a {@link FakeGitHub} over real HTTP, fed with
 * real webhook payloads (GitHub's published examples, adapted to the test's repository).
 */
final class AppHarness implements AutoCloseable {
  static final String SECRET = "It's a Secret to Everybody";
  static final String REPO = "acme/booking";
  static final long INSTALLATION = 4242;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  final FakeGitHub github;
  final ServeCommand.Running running;
  final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  AppHarness(Map<String, String> extraEnv) throws Exception {
    this(extraEnv, gh -> { });
  }

  /** {@code beforeStart} prepares the fake before the server starts (and replays its inbox). */
  AppHarness(Map<String, String> extraEnv, java.util.function.Consumer<FakeGitHub> beforeStart) throws Exception {
    github = new FakeGitHub("12345", TestKeys.publicKey());
    beforeStart.accept(github);
    Map<String, String> env = new java.util.HashMap<>(Map.of("APP_ID", "12345", "PRIVATE_KEY", TestKeys.pkcs1Pem(),
        "WEBHOOK_SECRET", SECRET, "PORT", "0", "GITHUB_API_URL", github.url()));
    env.putAll(extraEnv);
    ServerConfig config = ServerConfig.fromEnv(env);
    // Retries wait for real, shortened 20-fold so a test of five attempts stays quick;
    // the waits asked for are recorded for assertions.
    running = ServeCommand.start(config, PrivateKeys.parse(config.privateKeyPem()), Clock.systemUTC(), millis -> {
      sleeps.add(millis);
      Thread.sleep(millis / 20);
    });
  }

  AppHarness() throws Exception {
    this(Map.of());
  }

  String url(String path) {
    return "http://127.0.0.1:" + running.server().port() + path;
  }

  /** POSTs a correctly signed delivery and returns the status. */
  int deliver(String event, Object payload) throws Exception {
    return deliver(event, payload, UUID.randomUUID().toString());
  }

  int deliver(String event, Object payload, String delivery) throws Exception {
    byte[] body = MAPPER.writeValueAsBytes(payload);
    return post(body, Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", delivery,
        "X-Hub-Signature-256", new WebhookSignature(SECRET).sign(body)));
  }

  int post(byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/api/github/webhooks")))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json");
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until no job runs or waits (jobs may queue follow-up jobs, so it checks twice). */
  void awaitIdle() throws InterruptedException {
    if (!running.server().awaitReplayed(30)) throw new AssertionError("the inbox was not replayed within 30 s");
    long deadline = System.currentTimeMillis() + 30_000;
    int quiet = 0;
    while (quiet < 3) {
      if (System.currentTimeMillis() > deadline) throw new AssertionError("jobs did not finish within 30 s");
      Thread.sleep(20);
      quiet = running.app().queue().idle() ? quiet + 1 : 0;
    }
  }

  /** A real example payload with this test's installation, repository, PR and commits. */
  static ObjectNode pullRequestEvent(String example, int number, String baseSha, String headSha, List<String> labels,
      String sender) throws IOException {
    ObjectNode p = payload(example);
    p.put("number", number);
    ObjectNode pr = (ObjectNode) p.get("pull_request");
    pr.put("number", number).put("state", "open");
    ((ObjectNode) pr.get("head")).put("sha", headSha);
    ((ObjectNode) pr.get("base")).put("sha", baseSha).put("ref", "main");
    var arr = pr.putArray("labels");
    for (String l : labels) arr.addObject().put("name", l);
    ((ObjectNode) p.get("sender")).put("login", sender).put("type", "User");
    return p;
  }

  static ObjectNode payload(String example) throws IOException {
    ObjectNode p = (ObjectNode) MAPPER.readTree(TestKeys.resource("/github/webhooks/" + example + ".json"));
    p.putObject("installation").put("id", INSTALLATION).put("node_id", "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI0Mg==");
    ObjectNode repo = (ObjectNode) p.get("repository");
    if (repo != null) {
      repo.put("full_name", REPO).put("name", "booking");
      ((ObjectNode) repo.get("owner")).put("login", "acme");
    }
    return p;
  }

  @Override
  public void close() {
    running.stop();
    github.close();
  }
}
