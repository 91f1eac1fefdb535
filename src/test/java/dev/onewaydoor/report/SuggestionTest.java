package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A suggestion covers exactly the statement's lines and keeps whatever else is on them. */
class SuggestionTest {
  private static final String FILE = "ALTER TABLE reservations ADD COLUMN channel text;\n"
      + "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code; -- the incident\n"
      + "CREATE INDEX i ON reservations (channel);\n";
  private static final String PHASE1 = "ALTER TABLE reservations ADD COLUMN confirmation_code varchar(12);\n";

  @Test
  void replacesTheStatementLinesKeepingItsSemicolonAndComment() {
    Finding f = at(2, 1, "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code");
    Suggestion s = Suggestion.of(f, FILE, PHASE1).orElseThrow();
    assertEquals(2, s.startLine());
    assertEquals(3, s.endLine());
    assertEquals("ALTER TABLE reservations ADD COLUMN confirmation_code varchar(12); -- the incident", s.lines());
    assertEquals("```suggestion\n" + s.lines() + "\n```\n", s.markdown());
  }

  @Test
  void keepsOtherStatementsOnTheSameLine() {
    String file = "SELECT 1; ALTER TABLE t DROP COLUMN a; SELECT 2;\n";
    Suggestion s = Suggestion.of(at(1, 11, "ALTER TABLE t DROP COLUMN a"), file, "-- keep `a`: later release\n").orElseThrow();
    assertEquals("SELECT 1; -- keep `a`: later release\n; SELECT 2;", s.lines(), "the comment must not swallow SELECT 2");
    Suggestion alone = Suggestion.of(at(1, 1, "ALTER TABLE t DROP COLUMN a"), "ALTER TABLE t DROP COLUMN a;\n",
        "-- keep `a`: later release\n").orElseThrow();
    assertEquals("-- keep `a`: later release;", alone.lines());
  }

  @Test
  void crlfFilesAndFencesInsideTheSql() {
    Finding f = at(2, 1, "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code");
    assertTrue(Suggestion.of(f, FILE.replace("\n", "\r\n"), PHASE1).isPresent());
    Suggestion fenced = new Suggestion(1, 1, "-- ```\nSELECT 1");
    assertTrue(fenced.markdown().startsWith("````suggestion\n") && fenced.markdown().endsWith("\n````\n"));
  }

  @Test
  void noSuggestionWhenTheFileDoesNotHoldTheStatementThere() {
    Finding f = at(2, 1, "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code");
    assertTrue(Suggestion.of(f, "-- moved\n" + FILE, PHASE1).isEmpty());
    assertTrue(Suggestion.of(f, "short\n", PHASE1).isEmpty());
    assertTrue(Suggestion.of(at(1, 1, ""), FILE, PHASE1).isEmpty(), "a finding about a whole file has no statement");
  }

  private static Finding at(int line, int column, String statement) {
    Source src = new Source("db/migration/V2.sql", line, column, statement);
    return new Finding("rename-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true, src, "m", "h",
        Subject.NONE, List.of(src), "");
  }
}
