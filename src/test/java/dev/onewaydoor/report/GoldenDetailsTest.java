package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.testing.BookingCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format with code references (base and head) and plans, byte for byte, against
 * {@code src/test/resources/golden/booking-code.*} (rewrite with {@code -Dgolden.update=true}).
 */
class GoldenDetailsTest {
  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json", "sarif"})
  void matchesGoldenFile(String format) throws IOException {
    String actual = Renderer.forFormat(format).render(BookingCode.enriched());
    Path golden = Path.of("src/test/resources/golden/booking-code." + format);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /** What the App writes: the check run's summary with details collapsed, and the inline comments with suggestions. */
  @Test
  void gitHubTextMatchesGoldenFiles() throws IOException {
    Enriched e = BookingCode.enriched();
    Verdict verdict = Verdict.of(e.report(), AckState.NONE, "rollback-not-possible");
    compare("booking-code.check-run.md",
        new CheckRunRenderer().output(verdict, e, List.of(), "https://onewaydoor.example.com/reports/abc", 65_535).summary());
    ReviewRenderer rr = new ReviewRenderer();
    StringBuilder comments = new StringBuilder();
    for (Finding f : e.report().findings()) {
      Optional<Suggestion> s = Suggestion.of(f, e.details(f).plan(), BookingCode.V2);
      comments.append(s.map(x -> "lines " + x.startLine() + "-" + x.endLine() + "\n" + rr.comment(f, x))
          .orElse("line " + f.line() + "\n" + rr.comment(f))).append("\n---\n");
    }
    compare("booking-code.review.md", comments.toString());
  }

  private static void compare(String name, String actual) throws IOException {
    Path golden = Path.of("src/test/resources/golden/" + name);
    if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
