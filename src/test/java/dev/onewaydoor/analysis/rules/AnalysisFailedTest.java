package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Engine;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Migration;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.Report;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The frontend turns its own exceptions into {@link ParsedScript#errors()}; no SQL is known to
 * trigger one (that would be a bug to fix), so these tests hand the engine such a script.
 */
class AnalysisFailedTest {
  private static MigrationUnit unit(String file, List<Throwable> errors) {
    Migration m = new Migration(file, file, "2", "x", "flyway", false, false, true, "postgresql");
    return new MigrationUnit(m, "ALTER TABLE t ADD COLUMN a int;", new ParsedScript(file, List.of(), List.of(), 1, errors),
        null, null, null);
  }

  private static Report analyze(MigrationUnit u) {
    return new Engine(Rules.all(), Map.of()).analyze(ChangeSet.allNew(List.of(u)));
  }

  @Test
  void positiveAnInternalErrorBlocksAndIsKeptForTheLog() {
    IllegalStateException bug = new IllegalStateException("tokenizer lost its place");
    Report r = analyze(unit("db/V2__x.sql", List.of(bug)));
    Finding f = r.findings().get(0);
    assertEquals("analysis-failed", f.rule());
    assertTrue(f.blocking());
    assertEquals("Internal error in OneWayDoor while reading db/V2__x.sql (IllegalStateException: tokenizer lost its "
        + "place). The file was not analysed; this is a bug in OneWayDoor, not in the migration.", f.message());
    assertEquals(List.of(bug), r.internalErrors());
  }

  @Test
  void negativeAScriptReadWithoutErrors() {
    Report r = analyze(unit("db/V2__x.sql", List.of()));
    assertTrue(r.findings().isEmpty());
    assertTrue(r.internalErrors().isEmpty());
  }
}
