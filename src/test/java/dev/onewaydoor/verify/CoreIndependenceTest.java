package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Verification does I/O: the pure analysis core must not know it, nor JDBC, nor zonky. */
class CoreIndependenceTest {
  @Test
  void analysisSqlAndMigrationsImportNeitherVerifyNorJdbc() throws IOException {
    List<String> offending = new ArrayList<>();
    for (String pkg : List.of("analysis", "sql", "migrations")) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/onewaydoor", pkg))) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          for (String line : Files.readAllLines(f)) {
            if (line.startsWith("import dev.onewaydoor.verify") || line.startsWith("import java.sql")
                || line.startsWith("import io.zonky") || line.startsWith("import org.postgresql")) {
              offending.add(f + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}
