package dev.onewaydoor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward (DESIGN.md): the analysis core knows no I/O, no HTTP, no GitHub,
 * no database; renderers know no GitHub transport. Checked on the imports of every source file.
 */
class ArchitectureTest {
  /** What the outer layers and the libraries of I/O are: the core imports none of them. */
  private static final List<String> OUTSIDE = List.of(
      "dev.onewaydoor.github", "dev.onewaydoor.app", "dev.onewaydoor.server", "dev.onewaydoor.cli",
      "dev.onewaydoor.verify", "dev.onewaydoor.snapshot", "dev.onewaydoor.config", "dev.onewaydoor.check",
      "dev.onewaydoor.report", "com.fasterxml", "okhttp3", "io.javalin", "org.eclipse.jetty", "org.slf4j",
      "java.sql", "java.net", "java.nio.file", "java.io.File", "io.zonky", "org.postgresql", "org.mariadb");

  private static final Map<String, List<String>> FORBIDDEN = Map.of(
      "analysis", OUTSIDE,
      "sql", OUTSIDE,
      "migrations", OUTSIDE,
      "report", List.of("dev.onewaydoor.github", "dev.onewaydoor.app", "dev.onewaydoor.server",
          "dev.onewaydoor.cli", "okhttp3", "io.javalin", "java.sql", "java.net"));

  @Test
  void innerPackagesDoNotImportOuterOnes() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
      Path dir = Path.of("src/main/java/dev/onewaydoor", rule.getKey());
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          for (String line : Files.readAllLines(f)) {
            if (!line.startsWith("import ")) continue;
            String imported = line.substring(7).replace("static ", "");
            for (String banned : rule.getValue()) {
              if (imported.startsWith(banned)) offending.add(f + ": " + line);
            }
          }
        }
      }
    }
    assertEquals(List.of(), offending);
  }
}
