package dev.onewaydoor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --verify}, path and git mode, each run with its own embedded PostgreSQL as a user gets it. */
class CheckVerifyTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env).run(List.of(args));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void pathModeVerifiesTheBookingExample() {
    assertEquals(1, run(Map.of(), "examples/booking", "--verify"));
    assertTrue(stdout().contains("previous-release-breaks"), stdout());
    assertTrue(stdout().contains("`SELECT booking_ref FROM reservations` fails: 42703"), stdout());
    assertTrue(stdout().contains("\nVerified on PostgreSQL 17.7 (embedded, loopback only)"), stdout());
    assertFalse(stdout().contains("rename-column"), "replaced by what the probes observed");
  }

  @Test
  void gitModeVerifiesTheChangeOnItsBaseWithTheBaseConfigAndJsonStaysParseable() throws Exception {
    git("init", "-q", "-b", "main");
    write("migrations/000001_users.up.sql", "CREATE TABLE users (id serial PRIMARY KEY, fax text);\n");
    write("migrations/000001_users.down.sql", "DROP TABLE users;\n");
    write(".github/onewaydoor.yml", "verify:\n  budget: 60\n");
    git("add", "-A");
    git("commit", "-q", "-m", "v1");
    git("checkout", "-q", "-b", "feature");
    write("migrations/000002_fax.up.sql", "ALTER TABLE users DROP COLUMN fax;\n");
    write("migrations/000002_fax.down.sql", "ALTER TABLE users ADD COLUMN fax text;\n");
    git("add", "-A");
    git("commit", "-q", "-m", "v2");
    assertEquals(1, run(Map.of(), "--base", "main", "--repo", tmp.toString(), "--format", "json", "--verify"));
    JsonNode json = new ObjectMapper().readTree(stdout());
    boolean lost = false;
    for (JsonNode f : json.get("findings")) {
      lost |= f.get("rule").asText().equals("down-loses-data")
          && f.get("message").asText().contains("`users.fax` is back but NULL in 3 of 3 sample rows")
          && f.get("verifiedOn").asText().equals("PostgreSQL 17.7");
      if (f.get("rule").asText().equals("drop-column")) assertFalse(f.has("verifiedOn"), "a static finding");
    }
    assertTrue(lost, stdout());
    assertTrue(stderr().contains("Verified on PostgreSQL 17.7 (embedded, loopback only)"), stderr());
    assertTrue(stderr().contains("of a 60 s budget"), "limits come from the base's config: " + stderr());
    assertTrue(stderr().contains("- server: started in "), stderr());
  }

  @Test
  void malformedDatabaseUrlIsAUsageErrorWithoutThePassword() {
    assertEquals(2, run(Map.of("DATABASE_URL", "oracle://scott:tiger@db/x"), "examples/booking", "--verify"));
    assertEquals("onewaydoor: DATABASE_URL must start with postgresql://, mysql:// or mariadb://\n", stderr());
    assertFalse(stderr().contains("tiger"));
  }

  private void write(String path, String text) throws IOException {
    Path p = tmp.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void git(String... args) throws Exception {
    String[] cmd = new String[args.length + 7];
    cmd[0] = "git";
    cmd[1] = "-C";
    cmd[2] = tmp.toString();
    cmd[3] = "-c";
    cmd[4] = "user.email=test@example.com";
    cmd[5] = "-c";
    cmd[6] = "user.name=Test";
    System.arraycopy(args, 0, cmd, 7, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
  }
}
