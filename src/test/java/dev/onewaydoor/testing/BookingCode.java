package dev.onewaydoor.testing;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
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
 * {@code booking_ref}. Findings get their subjects here, as the engine gives them.
 */
public final class BookingCode {
  static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  fax_number varchar(40)\n);\n";
  static final String V2 = "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code;\n"
      + "ALTER TABLE reservations DROP COLUMN fax_number;\n";
  private static final Column REF = new Column("booking_ref", "varchar(12)", true, null);
  private static final Column FAX = new Column("fax_number", "varchar(40)", false, null);
  private static final String REPO = "src/main/java/app/ReservationRepository.java";
  private static final String MAPPER = "src/main/resources/mapper/ReservationMapper.xml";

  private BookingCode() {}

  public static Enriched enriched() {
    Report report = Fixture.repo().applied("db/migration/V1__init.sql", V1).file("db/migration/V2__rename.sql", V2).check();
    List<Finding> withSubjects = new ArrayList<>();
    for (Finding f : report.findings()) withSubjects.add(withSubject(f));
    Report r = new Report(withSubjects, report.migrations(), report.statements());
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

  private static Finding withSubject(Finding f) {
    Subject s = switch (f.rule()) {
      case "rename-column" -> Subject.column("postgresql", "reservations", "booking_ref", REF, REF)
          .renamedTo("confirmation_code");
      case "drop-column" -> Subject.column("postgresql", "reservations", "fax_number", FAX, null);
      default -> Subject.NONE;
    };
    return new Finding(f.rule(), f.category(), f.severity(), f.blocking(), f.at(), f.message(), f.help(), s, f.causes(),
        f.verifiedOn());
  }

  private static CodeTree tree(Map<String, String> files) {
    Map<String, byte[]> bytes = new HashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return CodeTree.of(bytes);
  }
}
