package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each output format, byte for byte, against files in {@code src/test/resources/golden}.
 * Run with {@code -Dgolden.update=true} to rewrite them after an intended change, then
 * review the diff.
 */
class GoldenOutputTest {
  private static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  fax_number varchar(40)\n);\n";
  private static final String V2 = "ALTER TABLE reservations ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'web';\n"
      + "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code;\n"
      + "ALTER TABLE reservations DROP COLUMN fax_number;\n"
      + "CREATE INDEX reservations_channel ON reservations (channel);\n";

  static Stream<Arguments> cases() {
    return Stream.of("text", "markdown", "json", "sarif").flatMap(format -> Stream.of(
        Arguments.of(format, "booking", booking(V2)),
        Arguments.of(format, "booking", booking(V2.replace("\n", "\r\n"))),
        Arguments.of(format, "empty", Fixture.repo().applied("db/migration/V1__init.sql", V1)
            .file("db/migration/V2__add.sql", "ALTER TABLE reservations ADD COLUMN note text;").check())));
  }

  private static Report booking(String v2) {
    return Fixture.repo().applied("db/migration/V1__init.sql", V1).file("db/migration/V2__rename.sql", v2).check();
  }

  @ParameterizedTest(name = "{1}.{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String format, String name, Report report) throws IOException {
    String actual = Renderer.forFormat(format).render(report);
    Path golden = Path.of("src/test/resources/golden/" + name + "." + format);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
