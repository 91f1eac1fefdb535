package dev.onewaydoor.testing;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.check.Enricher;
import dev.onewaydoor.references.CodeTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The booking incident with code: a release renames {@code booking_ref} and drops
 * {@code fax_number}; the base's repository selects both, the head's MyBatis mapper still uses
 * {@code booking_ref}. The engine's findings carry their subjects (table, column, shape) for
 * the plans.
 */
public final class BookingCode {
  static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  fax_number varchar(40)\n);\n";
  public static final String V2 = "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code;\n"
      + "ALTER TABLE reservations DROP COLUMN fax_number;\n";
  private static final String REPO = "src/main/java/app/ReservationRepository.java";
  private static final String MAPPER = "src/main/resources/mapper/ReservationMapper.xml";

  private BookingCode() {}

  public static Enriched enriched() {
    Report r = Fixture.repo().applied("db/migration/V1__init.sql", V1).file("db/migration/V2__rename.sql", V2).check();
    CodeTree base = tree(Map.of(REPO, "class ReservationRepository {\n  static final String FIND =\n"
        + "      \"SELECT id, booking_ref, fax_number FROM reservations WHERE id = ?\";\n}\n",
        MAPPER, "<mapper>\n  <select id=\"byRef\">SELECT id FROM reservations WHERE booking_ref = #{ref}</select>\n</mapper>\n"));
    CodeTree head = tree(Map.of(REPO, "class ReservationRepository {\n  static final String FIND =\n"
        + "      \"SELECT id, confirmation_code FROM reservations WHERE id = ?\";\n}\n",
        MAPPER, "<mapper>\n  <select id=\"byRef\">SELECT id FROM reservations WHERE booking_ref = #{ref}</select>\n</mapper>\n"));
    return new Enricher(p -> p.startsWith("db/migration/")).enrich(r, base, head, later -> {
      List<Finding> all = new ArrayList<>(r.findings());
      all.addAll(later);
      all.sort(Comparator.comparing(Finding::line).thenComparing(Finding::rule));
      return new Report(all, r.migrations(), r.statements());
    });
  }

  private static CodeTree tree(Map<String, String> files) {
    Map<String, byte[]> bytes = new HashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return CodeTree.of(bytes);
  }
}
