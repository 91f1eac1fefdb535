package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the App writes on GitHub — check-run summaries, annotations, review bodies and
 * comments, pull request comments — byte for byte against {@code src/test/resources/golden}.
 * Run with {@code -Dgolden.update=true} to rewrite after an intended change, then review the diff.
 */
class GitHubTextGoldenTest {
  private static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL,\n  fax_number varchar(40)\n);\n";
  private static final String V2 = "ALTER TABLE reservations ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'web';\n"
      + "ALTER TABLE reservations RENAME COLUMN booking_ref\n  TO confirmation_code;\n"
      + "ALTER TABLE reservations DROP COLUMN fax_number;\n"
      + "CREATE INDEX reservations_channel ON reservations (channel);\n";
  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

  static Report booking(String v2) {
    return Fixture.repo().applied("db/migration/V1__init.sql", V1).file("db/migration/V2__rename.sql", v2).check();
  }

  static Report empty() {
    return Fixture.repo().applied("db/migration/V1__init.sql", V1)
        .file("db/migration/V2__add.sql", "ALTER TABLE reservations ADD COLUMN note text;").check();
  }

  static Stream<Arguments> cases() {
    Function<Report, String> failing = r -> new CheckRunRenderer().summary(Verdict.of(r, AckState.NONE, "rollback-not-possible"),
        r, List.of("`db/seed.sql` (10 MB) on the base branch is over the 2 MB per-file cap and was not replayed."));
    Function<Report, String> acknowledged = r -> new CheckRunRenderer().summary(
        Verdict.of(r, AckState.accepted("alice", AT, "the `rollback-not-possible` label"), "rollback-not-possible"), r, List.of());
    Function<Report, String> annotations = r -> r.findings().stream()
        .map(f -> CheckRunRenderer.annotationTitle(f) + "\n" + CheckRunRenderer.annotationMessage(f))
        .collect(Collectors.joining("\n---\n")) + "\n";
    Function<Report, String> review = r -> {
      ReviewRenderer rr = new ReviewRenderer();
      List<Finding> outside = r.findings().stream().filter(f -> !f.blocking()).collect(Collectors.toList());
      return rr.body(r, outside) + "\n===\n" + r.findings().stream().map(rr::comment).collect(Collectors.joining("\n---\n")) + "\n";
    };
    Function<Report, String> comments = r -> PrComments.uncovered("rollback-not-possible", "alice", r.findings(), true)
        + "\n---\n" + PrComments.uncovered("rollback-not-possible", "unknown", r.findings(), false)
        + "\n---\n" + PrComments.labelRefused("tina", "rollback-not-possible", List.of("bob", "@acme/dba"))
        + "\n---\n" + PrComments.missingChecksPermission() + "\n";
    return Stream.of(
        Arguments.of("booking.check-run.md", failing, booking(V2)),
        Arguments.of("booking.check-run.md", failing, booking(V2.replace("\n", "\r\n"))),
        Arguments.of("booking.check-run-acknowledged.md", acknowledged, booking(V2)),
        Arguments.of("empty.check-run.md", failing, empty()),
        Arguments.of("booking.annotations.txt", annotations, booking(V2)),
        Arguments.of("booking.review.md", review, booking(V2)),
        Arguments.of("booking.comments.md", comments, booking(V2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String name, Function<Report, String> render, Report report) throws IOException {
    String actual = render.apply(report);
    Path golden = Path.of("src/test/resources/golden/" + name);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
