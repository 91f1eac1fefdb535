package dev.onewaydoor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input gets a clear finding, never a crash or a hang. The timeouts are hang guards,
 * far above the real cost; speed is measured in bench/, not here.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {
  private static Report check(SourceFile... files) {
    return new Checker(RepoConfig.defaults()).checkAll(List.of(files), Progress.NONE);
  }

  private static List<Finding> rule(Report r, String id) {
    return r.findings().stream().filter(f -> f.rule().equals(id)).collect(Collectors.toList());
  }

  @Test
  void binaryFileIsReportedNotParsed() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Finding f = rule(check(new SourceFile("db/V1__logo.sql", png)), "unparsed-statement").get(0);
    assertTrue(f.message().contains("binary or not valid UTF-8"));
    assertFalse(f.blocking());
  }

  @Test
  void nonUtf8FileWithDestructiveBytesBlocks() {
    byte[] latin1 = "-- caf\u00e9\nDROP TABLE t;".getBytes(StandardCharsets.ISO_8859_1);
    Finding f = rule(check(new SourceFile("db/V1__x.sql", latin1)), "unparsed-statement").get(0);
    assertTrue(f.blocking());
  }

  @Test
  void fiftyMegabyteFile() {
    StringBuilder sb = new StringBuilder(52_000_000);
    String row = "INSERT INTO events (id, payload) VALUES (1, 'some payload text to make the row long enough');\n";
    while (sb.length() < 50_000_000) sb.append(row);
    sb.append("DROP TABLE events;\n");
    Report r = check(SourceFile.of("db/V9__big.sql", sb.toString()));
    assertEquals(1, rule(r, "drop-table").size());
    assertTrue(r.statements() > 500_000);
  }

  @Test
  void hundredThousandStatements() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) sb.append("ALTER TABLE t").append(i % 50).append(" ADD COLUMN c").append(i).append(" int;\n");
    Report r = check(SourceFile.of("db/V2__many.sql", sb.toString()));
    assertEquals(100_000, r.statements());
    assertTrue(r.findings().isEmpty());
  }

  @Test
  void unterminatedQuotesAndDollarQuotes() {
    Report r = check(SourceFile.of("db/V1__a.sql", "SELECT 'abc;\nDROP TABLE t;"),
        SourceFile.of("db/V2__b.sql", "CREATE FUNCTION f() AS $body$ SELECT 1;"),
        SourceFile.of("db/V3__c.sql", "SELECT \"abc;"));
    List<Finding> f = rule(r, "unparsed-statement");
    assertEquals(3, f.size());
    assertTrue(f.get(0).message().contains("unterminated string literal"));
    assertTrue(f.get(1).message().contains("unterminated dollar-quoted body"));
    assertTrue(f.get(2).message().contains("unterminated quoted identifier"));
  }

  @Test
  void tenThousandNestedParentheses() {
    String sql = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ";\n"
        + "FROBNICATE " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ";";
    Report r = check(SourceFile.of("db/V1__deep.sql", sql));
    List<Finding> f = rule(r, "unparsed-statement");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("too deeply nested"));
  }

  @Test
  void emptyAndCommentOnlyFiles() {
    Report r = check(SourceFile.of("db/V1__empty.sql", ""), SourceFile.of("db/V2__c.sql", "-- nothing\n/* here */"));
    assertTrue(r.findings().isEmpty());
    assertEquals(2, r.migrations());
  }
}
