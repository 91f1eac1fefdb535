package dev.onewaydoor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command's contract: exit codes, usage errors, git mode, config from the base. */
class CheckCommandTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void bookingExampleBlocksWithExitOne() {
    assertEquals(1, run("examples/booking"));
    assertTrue(stdout().contains("rename-column"));
    assertTrue(stdout().contains("4 findings (4 blocking) in 2 migrations"));
  }

  @Test
  void cleanMigrationsExitZero() throws IOException {
    Files.writeString(tmp.resolve("V1__a.sql"), "CREATE TABLE t (id int);");
    assertEquals(0, run(tmp.toString()));
    assertTrue(stdout().contains("No one-way doors found"));
  }

  @Test
  void usageErrorsExitTwoWithOneLineAndNoStackTrace() {
    assertEquals(2, run("--format", "xml", "examples/booking"));
    assertEquals("onewaydoor: unknown format 'xml' (expected text, markdown, json or sarif)\n", stderr());
    err.reset();
    assertEquals(2, run("does/not/exist"));
    assertEquals("onewaydoor: no such file or directory: does/not/exist\n", stderr());
    err.reset();
    assertEquals(2, run("--head", "main"));
    assertTrue(stderr().startsWith("onewaydoor: --head needs --base"));
    assertEquals("", stdout());
  }

  @Test
  void badConfigIsAUsageError() throws IOException {
    Path cfg = tmp.resolve("c.yml");
    Files.writeString(cfg, "rules:\n  nope: off\n");
    assertEquals(2, run("examples/booking", "--config", cfg.toString()));
    assertTrue(stderr().contains("unknown rule 'nope'"));
    assertFalse(stderr().contains("Exception"));
  }

  @Test
  void gitModeReplaysHistoryAndReadsConfigFromTheBase() throws Exception {
    git("init", "-q", "-b", "main");
    write("db/migration/V1__init.sql", "CREATE TABLE users (id int, fax text);");
    write(".github/onewaydoor.yml", "rules:\n  non-concurrent-index: error\n");
    git("add", "-A");
    git("commit", "-q", "-m", "v1");
    git("checkout", "-q", "-b", "feature");
    write("db/migration/V2__drop.sql", "ALTER TABLE users DROP COLUMN fax;\nCREATE INDEX i ON users (id);");
    write("db/migration/V1__init.sql", "CREATE TABLE users (id bigint, fax text);");
    // The PR tries to switch the rule off; the base config must win.
    write(".github/onewaydoor.yml", "rules:\n  drop-column: off\n");
    git("add", "-A");
    git("commit", "-q", "-m", "v2");

    int status = run("--base", "main", "--head", "feature", "--repo", tmp.toString(), "--format", "json");
    assertEquals("", stderr());
    assertEquals(1, status);
    String json = stdout();
    assertTrue(json.contains("\"rule\":\"drop-column\""), json);
    assertTrue(json.contains("\"rule\":\"edit-applied-migration\""), json);
    assertTrue(json.contains("\"rule\":\"non-concurrent-index\",\"category\":\"operational-safety\",\"severity\":\"error\",\"blocking\":true"), json);
    assertTrue(json.contains("\"code\":{\"base\":{\"scanned\":true"), "the code at the base commit is scanned: " + json);
  }

  @Test
  void unknownGitRefIsAUsageError() throws Exception {
    git("init", "-q", "-b", "main");
    assertEquals(2, run("--base", "nope", "--repo", tmp.toString()));
    assertTrue(stderr().startsWith("onewaydoor: unknown git ref 'nope'"));
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
