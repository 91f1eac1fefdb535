import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.onewaydoor.github.AppJwt;
import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.CheckRunUpdate;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.Review;
import dev.onewaydoor.github.ReviewComment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestReviewEvent;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

/**
 * One review's GitHub calls through OneWayDoor's gateway (OkHttp + RepoApi) and through
 * org.kohsuke:github-api 1.330, against the same local stub of GitHub: requests per review,
 * bytes allocated per review (all client threads), and what each does when the rate limit is
 * spent for the next hour.
 */
public final class ClientBench {
  static final String B = "1111111111111111111111111111111111111111";
  static final String H = "2222222222222222222222222222222222222222";
  static final byte[] ARCHIVE = new byte[64 * 1024];
  static final AtomicBoolean RATE_LIMITED = new AtomicBoolean();
  static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  static String base;

  public static void main(String[] args) throws Exception {
    new Random(1).nextBytes(ARCHIVE);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ClientBench::answer);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> new Thread(r, "fake-github")));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;

    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    PrivateKey key = g.generateKeyPair().getPrivate();
    GitHubHttp http = new GitHubHttp(new OkHttpClient(), base, Clock.systemUTC(), ms -> Thread.sleep(ms));
    InstallationTokens tokens = new InstallationTokens(http, new AppJwt("12345", key, Clock.systemUTC()), Clock.systemUTC());
    RepoApi ours = new RepoApi(http, tokens, 4242, "acme/booking");
    String jwt = new AppJwt("12345", key, Clock.systemUTC()).create();
    GitHub app = new GitHubBuilder().withEndpoint(base).withJwtToken(jwt).build();
    String token = app.getApp().getInstallationById(4242).createToken().create().getToken();
    GitHub hub4j = new GitHubBuilder().withEndpoint(base).withAppInstallationToken(token).build();

    measure("onewaydoor RepoApi (OkHttp 5)", warmup, runs, () -> oursReview(ours));
    measure("github-api 1.330 (java.net.http)", warmup, runs, () -> hub4jReview(hub4j));
    rateLimit("onewaydoor RepoApi", () -> ours.compare(B, H));
    rateLimit("github-api 1.330, default handler", () -> hub4j.getRepository("acme/booking").getCompare(B, H));
    server.stop(0);
    System.exit(0);
  }

  interface Review0 {
    void run() throws Exception;
  }

  /** The calls ReviewJob makes for a PR changing one migration, on a cold archive cache. */
  static void oursReview(RepoApi api) throws Exception {
    api.contents(".github/onewaydoor.yml", B);
    api.compare(B, H);
    api.tarball(B, in -> in.readAllBytes().length);
    api.blob("3333333333333333333333333333333333333333", 2 << 20);
    long id = api.createCheckRun("OneWayDoor", H, CheckRunUpdate.inProgress(Instant.now(), null));
    api.updateCheckRun(id, CheckRunUpdate.completed("failure", Instant.now(), null,
        new CheckRunOutput("1 one-way door blocking", "summary"), List.of()));
    api.reviews(7);
    api.createReview(7, new Review(H, "body", List.of(new ReviewComment("db/migration/V2__drop.sql", 1, "drop"))));
  }

  /** The same review with github-api's typed builders. */
  static void hub4jReview(GitHub gh) throws Exception {
    GHRepository repo = gh.getRepository("acme/booking");
    repo.getFileContent(".github/onewaydoor.yml", B).read().readAllBytes();
    repo.getCompare(B, H).getFiles();
    repo.readTar(in -> in.readAllBytes().length, B);
    repo.getBlob("3333333333333333333333333333333333333333").read().readAllBytes();
    GHCheckRun run = repo.createCheckRun("OneWayDoor", H).withStatus(GHCheckRun.Status.IN_PROGRESS).create();
    run.update().withConclusion(GHCheckRun.Conclusion.FAILURE).withStatus(GHCheckRun.Status.COMPLETED)
        .add(new GHCheckRunBuilder.Output("1 one-way door blocking", "summary")).create();
    GHPullRequest pr = repo.getPullRequest(7);
    pr.listReviews().toList();
    pr.createReview().commitId(H).body("body").event(GHPullRequestReviewEvent.COMMENT)
        .comment("drop", "db/migration/V2__drop.sql", 1).create();
  }

  static void measure(String name, int warmup, int runs, Review0 review) throws Exception {
    for (int i = 0; i < warmup; i++) review.run();
    CALLS.clear();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = allocated(mx);
    for (int i = 0; i < runs; i++) review.run();
    long bytes = allocated(mx) - before;
    int calls = CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    // No timings: the JDK's stub server adds ~40 ms per request (delayed ACKs), which would swamp them.
    System.out.printf("%-34s %5.1f requests/review  %7.1f KB allocated/review%n", name, calls / (double) runs,
        bytes / 1024.0 / runs);
    System.out.println("    " + new java.util.TreeMap<>(CALLS).keySet());
  }

  /** Bytes allocated by every live thread but the stub server's. */
  static long allocated(com.sun.management.ThreadMXBean mx) {
    long sum = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.getName().startsWith("fake-github")) sum += Math.max(0, mx.getThreadAllocatedBytes(t.getId()));
    }
    return sum;
  }

  static void rateLimit(String name, Review0 call) throws Exception {
    RATE_LIMITED.set(true);
    long t0 = System.nanoTime();
    String[] outcome = {"still waiting after 5 s (it sleeps until the reset, an hour away)"};
    Thread t = new Thread(() -> {
      try {
        call.run();
        outcome[0] = "returned";
      } catch (GitHubException e) {
        outcome[0] = "failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e.getMessage();
      } catch (Exception e) {
        outcome[0] = "failed after " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + e;
      }
    });
    t.setDaemon(true);
    t.start();
    t.join(5000);
    System.out.println("rate limit spent for an hour, " + name + ": " + outcome[0]);
    RATE_LIMITED.set(false);
  }

  static void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    boolean raw = String.valueOf(ex.getRequestHeaders().getFirst("Accept")).contains("raw");
    ex.getRequestBody().readAllBytes();
    CALLS.computeIfAbsent(method + " " + path.replaceAll("[0-9a-f]{40}", "{sha}").replaceAll("/\\d+", "/{n}"),
        k -> new AtomicInteger()).incrementAndGet();
    String repo = base + "/repos/acme/booking";
    if (RATE_LIMITED.get() && path.contains("/compare/")) {
      ex.getResponseHeaders().add("x-ratelimit-remaining", "0");
      ex.getResponseHeaders().add("x-ratelimit-limit", "5000");
      ex.getResponseHeaders().add("x-ratelimit-reset", String.valueOf(Instant.now().getEpochSecond() + 3600));
      send(ex, 403, "{\"message\":\"API rate limit exceeded\"}", "application/json");
      return;
    }
    String b64 = Base64.getEncoder().encodeToString("acknowledge:\n  label: rollback-not-possible\n".getBytes(StandardCharsets.UTF_8));
    if (path.endsWith("/access_tokens")) {
      send(ex, 201, "{\"token\":\"ghs_bench\",\"expires_at\":\"2099-01-01T00:00:00Z\",\"permissions\":{}}", "application/json");
    } else if (path.equals("/app")) {
      send(ex, 200, "{\"id\":12345,\"slug\":\"onewaydoor\",\"name\":\"OneWayDoor\",\"owner\":{\"login\":\"acme\"}}", "application/json");
    } else if (path.equals("/app/installations/4242")) {
      send(ex, 200, "{\"id\":4242,\"app_id\":12345,\"account\":{\"login\":\"acme\",\"id\":1},\"access_tokens_url\":\""
          + base + "/app/installations/4242/access_tokens\",\"permissions\":{},\"events\":[]}", "application/json");
    } else if (path.equals("/repos/acme/booking")) {
      send(ex, 200, "{\"id\":1,\"name\":\"booking\",\"full_name\":\"acme/booking\",\"owner\":{\"login\":\"acme\"},\"url\":\""
          + repo + "\",\"html_url\":\"https://github.com/acme/booking\"}", "application/json");
    } else if (path.contains("/contents/")) {
      if (raw) send(ex, 200, "acknowledge:\n  label: rollback-not-possible\n", "application/vnd.github.raw");
      else send(ex, 200, "{\"type\":\"file\",\"encoding\":\"base64\",\"content\":\"" + b64 + "\",\"name\":\"onewaydoor.yml\","
          + "\"path\":\".github/onewaydoor.yml\",\"sha\":\"4444444444444444444444444444444444444444\",\"size\":44,\"url\":\""
          + repo + "/contents/.github/onewaydoor.yml\"}", "application/json");
    } else if (path.contains("/compare/")) {
      send(ex, 200, "{\"status\":\"ahead\",\"ahead_by\":1,\"behind_by\":0,\"total_commits\":1,\"merge_base_commit\":{\"sha\":\"" + B
          + "\"},\"base_commit\":{\"sha\":\"" + B + "\"},\"commits\":[],\"files\":[{\"sha\":\"3333333333333333333333333333333333333333\","
          + "\"filename\":\"db/migration/V2__drop.sql\",\"status\":\"added\",\"additions\":1,\"deletions\":0,\"changes\":1,"
          + "\"patch\":\"@@ -0,0 +1 @@\\n+ALTER TABLE t DROP COLUMN c;\"}]}", "application/json");
    } else if (path.contains("/tarball/")) {
      ex.getResponseHeaders().add("Content-Type", "application/x-gzip");
      ex.sendResponseHeaders(200, ARCHIVE.length);
      ex.getResponseBody().write(ARCHIVE);
      ex.close();
    } else if (path.contains("/git/blobs/")) {
      if (raw) send(ex, 200, "ALTER TABLE t DROP COLUMN c;\n", "application/vnd.github.raw");
      else send(ex, 200, "{\"sha\":\"3333333333333333333333333333333333333333\",\"size\":29,\"encoding\":\"base64\",\"content\":\""
          + Base64.getEncoder().encodeToString("ALTER TABLE t DROP COLUMN c;\n".getBytes(StandardCharsets.UTF_8)) + "\"}", "application/json");
    } else if (path.contains("/check-runs")) {
      send(ex, method.equals("POST") ? 201 : 200, "{\"id\":1,\"name\":\"OneWayDoor\",\"head_sha\":\"" + H
          + "\",\"status\":\"in_progress\",\"url\":\"" + repo + "/check-runs/1\"}", "application/json");
    } else if (path.endsWith("/pulls/7")) {
      send(ex, 200, "{\"id\":7,\"number\":7,\"state\":\"open\",\"url\":\"" + repo + "/pulls/7\",\"head\":{\"sha\":\"" + H
          + "\",\"ref\":\"f\"},\"base\":{\"sha\":\"" + B + "\",\"ref\":\"main\"},\"labels\":[]}", "application/json");
    } else if (path.endsWith("/reviews")) {
      if (method.equals("GET")) send(ex, 200, "[]", "application/json");
      else send(ex, 200, "{\"id\":9,\"body\":\"body\",\"commit_id\":\"" + H + "\",\"state\":\"COMMENTED\"}", "application/json");
    } else {
      send(ex, 404, "{\"message\":\"Not Found\"}", "application/json");
    }
  }

  static void send(HttpExchange ex, int status, String body, String type) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }
}
