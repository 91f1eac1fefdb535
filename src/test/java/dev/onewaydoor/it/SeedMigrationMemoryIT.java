package dev.onewaydoor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.testing.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request adding a 10 MB INSERT-only seed migration, reviewed by the real jar under
 * fly.toml's JVM flags on a 256 MB machine: the server stays up, the check completes red with
 * the file reported as too large to analyse, and the next pull request is still reviewed; a
 * history larger than the memory reviews may share fails its check saying so.
 */
class SeedMigrationMemoryIT {
  private static final String SECRET = "It's a Secret to Everybody";
  private static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  guest_name varchar(200) NOT NULL\n);\n";
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  @TempDir Path data;

  @Test
  void aTenMegabyteSeedMigrationIsReportedAndTheServerSurvives() throws Exception {
    try (FakeGitHub github = new FakeGitHub("12345", TestKeys.publicKey());
        ServerProcess server = new ServerProcess(Map.of("APP_ID", "12345", "PRIVATE_KEY", TestKeys.pkcs1Pem(),
            "WEBHOOK_SECRET", SECRET, "GITHUB_API_URL", github.url(), "DATA_DIR", data.toString()))) {
      FakeRepo repo = github.repo("acme/booking");
      String base = repo.commit(Map.of("db/migration/V1__reservations.sql", V1));
      Map<String, String> head = new LinkedHashMap<>(Map.of("db/migration/V1__reservations.sql", V1));
      head.put("db/migration/V2__seed.sql", seed(10 << 20));
      String seedHead = repo.commit(head);
      repo.openPr(1, base, seedHead);
      assertEquals(202, deliver(server, opened(1, base, seedHead)));
      github.await(() -> completed(repo, seedHead) || !server.process.isAlive(), Duration.ofSeconds(120));
      assertTrue(server.process.isAlive(), "the server survived: " + server.log);
      assertTrue(completed(repo, seedHead), "the check completed: " + server.log);

      FakeRepo.CheckRun run = repo.latestRun(seedHead);
      assertEquals("failure", run.conclusion);
      assertEquals("1 one-way door blocking", run.title);
      assertEquals("too-large-to-analyse (blocking)", run.annotations.get(0).get("title"));

      Map<String, String> next = new LinkedHashMap<>(Map.of("db/migration/V1__reservations.sql", V1));
      next.put("db/migration/V2__drop.sql", "ALTER TABLE reservations DROP COLUMN guest_name;\n");
      String nextHead = repo.commit(next);
      repo.openPr(2, base, nextHead);
      assertEquals(202, deliver(server, opened(2, base, nextHead)));
      assertTrue(github.await(() -> completed(repo, nextHead), Duration.ofSeconds(60)), "valid work completes");
      assertEquals("1 one-way door blocking", repo.latestRun(nextHead).title);

      Map<String, String> longHistory = new LinkedHashMap<>(Map.of("db/migration/V1__reservations.sql", V1));
      for (int i = 2; i < 3600; i++) longHistory.put("db/migration/V" + i + "__t" + i + ".sql", table(i));
      String historyBase = repo.commit(longHistory);
      longHistory.put("db/migration/V3600__drop.sql", "ALTER TABLE reservations DROP COLUMN guest_name;\n");
      String historyHead = repo.commit(longHistory);
      repo.openPr(3, historyBase, historyHead);
      assertEquals(202, deliver(server, opened(3, historyBase, historyHead)));
      assertTrue(github.await(() -> repo.latestRun(historyHead) != null && "completed".equals(repo.latestRun(historyHead).status),
          Duration.ofSeconds(120)), "a history larger than the analysis memory fails the check, saying so: " + server.log);
      assertEquals("failure", repo.latestRun(historyHead).conclusion);
      assertTrue(repo.latestRun(historyHead).title.startsWith("Migrations over "), repo.latestRun(historyHead).title);

      assertEquals(200, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + "/healthz")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
      System.out.println("peak RSS of the server after a 10 MB seed migration: " + server.peakRssKb() / 1024 + " MB");
      assertEquals(List.of(), github.violations);
    }
  }

  private static boolean completed(FakeRepo repo, String sha) {
    synchronized (repo) {
      FakeRepo.CheckRun run = repo.latestRun(sha);
      return run != null && "completed".equals(run.status) && !run.annotations.isEmpty();
    }
  }

  /** A 2 KB migration creating table {@code t<i>} with forty columns. */
  static String table(int i) {
    StringBuilder sb = new StringBuilder("CREATE TABLE t" + i + " (id bigserial PRIMARY KEY);\n");
    for (int c = 0; c < 40; c++) sb.append("ALTER TABLE t").append(i).append(" ADD COLUMN c").append(c).append(" varchar(100);\n");
    return sb.toString();
  }

  /** INSERT statements only, {@code bytes} long. */
  static String seed(int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 200);
    for (int i = 0; sb.length() < bytes; i++) {
      sb.append("INSERT INTO reservations (booking_ref, guest_name) VALUES ('R").append(i).append("', 'Guest number ")
          .append(i).append("');\n");
    }
    return sb.toString();
  }

  private ObjectNode opened(int number, String base, String head) throws Exception {
    ObjectNode p = (ObjectNode) mapper.readTree(TestKeys.resource("/github/webhooks/pull_request.opened.json"));
    p.putObject("installation").put("id", 4242);
    ObjectNode repo = (ObjectNode) p.get("repository");
    repo.put("full_name", "acme/booking").put("name", "booking");
    p.put("number", number);
    ObjectNode pr = (ObjectNode) p.get("pull_request");
    pr.put("number", number).put("state", "open").putArray("labels");
    ((ObjectNode) pr.get("head")).put("sha", head);
    ((ObjectNode) pr.get("base")).put("sha", base).put("ref", "main");
    return p;
  }

  private int deliver(ServerProcess server, ObjectNode payload) throws Exception {
    byte[] body = mapper.writeValueAsBytes(payload);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + "/api/github/webhooks"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json")
        .header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", UUID.randomUUID().toString())
        .header("X-Hub-Signature-256", new WebhookSignature(SECRET).sign(body)).build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
