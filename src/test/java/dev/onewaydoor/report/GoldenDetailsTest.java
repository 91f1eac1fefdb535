package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.check.Enricher;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format with code references (base and head) and plans, byte for byte, against
 * {@code src/test/resources/golden/booking-code.*} (rewrite with {@code -Dgolden.update=true}).
 * The findings get their subjects here, as the engine gives them.
 */
class GoldenDetailsTest {
  private static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  fax_number varchar(40)\n);\n";
  private static final String V2 = "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code;\n"
      + "ALTER TABLE reservations DROP COLUMN fax_number;\n";
  private static final Column REF = new Column("booking_ref", "varchar(12)", true, null);
  private static final Column FAX = new Column("fax_number", "varchar(40)", false, null);
  private static final String REPO = "src/main/java/app/ReservationRepository.java";
  private static final String MAPPER = "src/main/resources/mapper/ReservationMapper.xml";

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json", "sarif"})
  void matchesGoldenFile(String format) throws IOException {
    String actual = Renderer.forFormat(format).render(enriched());
    Path golden = Path.of("src/test/resources/golden/booking-code." + format);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  static Enriched enriched() {
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
    Map<String, byte[]> bytes = new java.util.HashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return CodeTree.of(bytes);
  }
}
