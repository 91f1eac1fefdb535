package dev.onewaydoor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.check.Enricher;
import dev.onewaydoor.references.CodeTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code at a commit, read from git's object store: what the CLI's git mode scans at base and head. */
class GitTreeTest {
  @TempDir Path tmp;

  @Test
  void listsFilesAtTheCommitReadsThemOnDemandAndSkipsLinks() throws Exception {
    write("src/Repo.java", "String q = \"SELECT booking_ref FROM reservations\";");
    write("README.md", "hello");
    Files.createSymbolicLink(tmp.resolve("outside"), Path.of("/etc/passwd"));
    String v1 = commit("v1");
    write("src/Repo.java", "String q = \"SELECT confirmation_code FROM reservations\";"); // working tree ≠ commit
    GitRepo git = new GitRepo(tmp);
    TreeMap<String, String> seen = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    new GitTree(git, v1).forEach(new CodeTree.Visitor() {
      @Override
      public void file(String path, long size, CodeTree.Content content) throws IOException {
        String text = new String(content.read(), StandardCharsets.UTF_8);
        assertEquals(size, text.getBytes(StandardCharsets.UTF_8).length);
        seen.put(path, text);
      }

      @Override
      public void skipped(String path, String reason) {
        skipped.add(path + ": " + reason);
      }
    });
    assertEquals(List.of("README.md", "src/Repo.java"), List.copyOf(seen.keySet()));
    assertTrue(seen.get("src/Repo.java").contains("booking_ref"), "the commit's content, not the working tree's");
    assertEquals(List.of("outside: symbolic link, not followed"), skipped);
  }

  @Test
  void baseAndHeadCommitsAreScannedForWhatAFindingRemoves() throws Exception {
    write("src/Repo.java", "String q = \"SELECT booking_ref FROM reservations\";");
    String base = commit("base");
    write("src/Repo.java", "String q = \"SELECT confirmation_code FROM reservations\";");
    write("src/Report.py", "SQL = 'SELECT booking_ref FROM reservations'\n");
    String head = commit("head");
    GitRepo git = new GitRepo(tmp);
    Column ref = new Column("booking_ref", "varchar(12)", true, null);
    Source at = new Source("db/migration/V2__r.sql", 1, 1, "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code");
    Finding rename = new Finding("rename-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true, at, "m", "h",
        Subject.column("postgresql", "reservations", "booking_ref", ref, ref).renamedTo("confirmation_code"), List.of(at), "");
    Report report = new Report(List.of(rename), 1, 1);
    Enriched e = new Enricher(p -> p.startsWith("db/")).enrich(report, new GitTree(git, base), new GitTree(git, head),
        later -> {
          List<Finding> all = new ArrayList<>(report.findings());
          all.addAll(later);
          return new Report(all, 1, 1);
        });
    assertEquals(List.of("src/Repo.java:1"), e.details(rename).base().stream().map(r -> r.location()).toList());
    assertEquals(List.of("src/Report.py:1"), e.details(rename).head().stream().map(r -> r.location()).toList());
    assertEquals(List.of("rename-column", "head-references-removed"), e.report().findings().stream().map(Finding::rule).toList());
  }

  private void write(String path, String text) throws IOException {
    Path p = tmp.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String commit(String message) throws Exception {
    if (!Files.isDirectory(tmp.resolve(".git"))) git("init", "-q", "-b", "main");
    git("add", "-A");
    git("-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", message);
    return git("rev-parse", "HEAD").strip();
  }

  private String git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", tmp.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
    return output;
  }
}
