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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onewaydoor check} on the bundled booking example, which has a tiny Java service: the
 * code that uses what the release renames and drops, at the head (path mode) and at the base
 * too (git mode: where a rollback to the release running now breaks), and the plan.
 */
class CodeReferencesEndToEndTest {
  private static final Path EXAMPLE = Path.of("examples/booking");
  private static final String PARTNER = "src/main/java/com/example/booking/partner/PartnerApi.java";
  private static final String REPOSITORY = "src/main/java/com/example/booking/ReservationRepository.java";
  /** The repository class as the release running now has it: it still selects both old columns. */
  private static final String REPOSITORY_AT_BASE = "package com.example.booking;\n\n"
      + "public final class ReservationRepository {\n"
      + "  static final String FIND = \"SELECT id, booking_ref, fax_number FROM reservations WHERE booking_ref = ?\";\n"
      + "}\n";

  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void pathModeScansTheExamplesOwnCodeAndFindsThePartnerApi() throws Exception {
    assertEquals(1, run("examples/booking", "--format", "json"), err.toString(StandardCharsets.UTF_8));
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    JsonNode head = finding(json, "head-references-removed");
    assertEquals(List.of("head examples/booking/" + PARTNER + ":18 certain"), references(head, "certain"));
    JsonNode rename = finding(json, "rename-column");
    assertTrue(rename.at("/plan/phases/0/up").asText().startsWith(
        "ALTER TABLE reservations ADD COLUMN confirmation_code varchar(12);\n"), rename.toString());
    assertEquals("examples/booking/" + PARTNER, rename.at("/plan/phases/1/checklist/0/path").asText());
    for (JsonNode f : json.get("findings")) {
      for (JsonNode r : f.get("references")) {
        assertTrue(r.get("path").asText().startsWith("examples/booking/"), "only the example's own code: " + r);
      }
    }
    assertTrue(json.at("/code/head/scanned").asBoolean());
    assertFalse(json.at("/code/base/scanned").asBoolean(), "path mode has no base");
  }

  @Test
  void gitModeSaysWhereTheRollbackBreaksAndWhereTheDeployBreaks() throws Exception {
    git("init", "-q", "-b", "main");
    copyExample();
    Files.delete(tmp.resolve("db/migration/V2__confirmation_codes.sql"));
    Files.writeString(tmp.resolve(REPOSITORY), REPOSITORY_AT_BASE);
    git("add", "-A");
    git("commit", "-q", "-m", "release 1.0");
    git("checkout", "-q", "-b", "feature");
    copyExample();
    git("add", "-A");
    git("commit", "-q", "-m", "release 2.0");

    assertEquals(1, run("--repo", tmp.toString(), "--base", "main", "--head", "feature", "--format", "json"));
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    JsonNode rename = finding(json, "rename-column");
    assertEquals(List.of("base " + REPOSITORY + ":4 certain", "base " + PARTNER + ":18 certain",
        "head " + PARTNER + ":18 certain"), references(rename, "certain"));
    JsonNode drop = finding(json, "drop-column");
    assertEquals(List.of("base " + REPOSITORY + ":4 certain"), references(drop, "certain"));
    assertTrue(finding(json, "head-references-removed").get("blocking").asBoolean());

    out.reset();
    run("--repo", tmp.toString(), "--base", "main", "--head", "feature");
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Rollback to the release running now breaks here:\n      certain  " + REPOSITORY + ":4"), text);
    assertTrue(text.contains("No code at the head uses `reservations.fax_number`."), text);
  }

  private void copyExample() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path to = tmp.resolve(EXAMPLE.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static JsonNode finding(JsonNode json, String rule) {
    for (JsonNode f : json.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
    throw new AssertionError("no " + rule + " finding in " + json);
  }

  /** {@code commit path:line confidence} of the finding's references of that confidence, in order. */
  private static List<String> references(JsonNode finding, String confidence) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : finding.get("references")) {
      if (!r.get("confidence").asText().equals(confidence)) continue;
      out.add(r.get("commit").asText() + " " + r.get("path").asText() + ":" + r.get("line").asInt() + " " + confidence);
    }
    return out;
  }

  private int run(String... args) {
    return new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
  }

  private void git(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", tmp.toString(), "-c", "user.email=test@example.com",
        "-c", "user.name=Test"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
  }
}
