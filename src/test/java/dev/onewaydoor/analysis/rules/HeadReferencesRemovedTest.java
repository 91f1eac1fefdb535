package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.SchemaModel;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule judges data: a removal finding and the uses a head scan found. */
class HeadReferencesRemovedTest {
  private static final Source AT = new Source("db/migration/V2__rename.sql", 3, 1,
      "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;");
  private static final SchemaModel.Column REF = new SchemaModel.Column("booking_ref", "varchar(12)", true, null);
  private static final Finding RENAME = removal("rename-column",
      Subject.column("postgresql", "reservations", "booking_ref", REF, REF).renamedTo("confirmation_code"));
  private static final CodeUse SQL = new CodeUse(new Source("src/main/java/ReservationRepository.java", 42, 20,
      "SELECT booking_ref FROM reservations WHERE id = ?"), "certain", "SQL naming reservations");
  private static final CodeUse FIELD = new CodeUse(new Source("src/main/java/Reservation.java", 12, 18,
      "private String bookingRef;"), "likely", "field of an entity of reservations");
  private static final CodeUse BARE = new CodeUse(new Source("src/main/js/app.js", 3, 5, "x.booking_ref"), "possible",
      "identifier");

  private final HeadReferencesRemoved rule = new HeadReferencesRemoved();

  @Test
  void positiveCertainUseBlocksAndSaysWhere() {
    Finding f = rule.judge(RENAME, List.of(SQL, FIELD)).orElseThrow();
    assertEquals("head-references-removed", f.rule());
    assertTrue(f.blocking());
    assertEquals(AT, f.at(), "reported on the statement that removes the name");
    assertTrue(f.message().contains("`reservations.booking_ref`, which this migration renames to `confirmation_code`"),
        f.message());
    assertTrue(f.message().contains("src/main/java/ReservationRepository.java:42 `SELECT booking_ref FROM reservations"),
        f.message());
    assertFalse(f.message().contains("Reservation.java:12"), "likely uses are not listed next to certain ones");
    assertTrue(f.help().contains("`confirmation_code`"));
  }

  @Test
  void positiveLikelyUsesOnlyWarn() {
    Finding f = rule.judge(removal("drop-table", Subject.table("postgresql", "reservations")), List.of(FIELD))
        .orElseThrow();
    assertFalse(f.blocking());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("Probably used at src/main/java/Reservation.java:12"), f.message());
  }

  @Test
  void negativeNoUseAtTheHead() {
    assertTrue(rule.judge(RENAME, List.of()).isEmpty());
    assertTrue(rule.judge(RENAME, List.of(BARE)).isEmpty(), "the bare name somewhere is not enough");
  }

  @Test
  void negativeFindingsThatRemoveNoName() {
    Finding setNotNull = removal("set-not-null", Subject.column("postgresql", "reservations", "booking_ref", REF, REF));
    assertTrue(rule.judge(setNotNull, List.of(SQL)).isEmpty());
    assertTrue(rule.judge(removal("drop-column", Subject.NONE), List.of(SQL)).isEmpty(), "no subject, nothing to judge");
  }

  private static Finding removal(String id, Subject subject) {
    return new Finding(id, Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true, AT, "m", "h", subject, List.of(AT), "");
  }
}
