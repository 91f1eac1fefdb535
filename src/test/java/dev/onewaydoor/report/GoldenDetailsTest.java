package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.testing.BookingCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
