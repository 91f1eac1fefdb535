package dev.onewaydoor.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: an in-memory tree of files, scanned for targets. */
final class Scan {
  static final Target BOOKING_REF = Target.column("reservations", "booking_ref");
  static final Target RESERVATIONS = Target.table("reservations");

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  static Scan tree() {
    return new Scan();
  }

  Scan file(String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Scan bytes(String path, byte[] content) {
    files.put(path, content);
    return this;
  }

  ScanResult scan(Target... targets) {
    try {
      return new ReferenceScanner(p -> p.contains("migration")).scan(CodeTree.of(files), List.of(targets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code path:line confidence} for each reference to {@code target}, in the order reported. */
  List<String> found(Target target) {
    return scan(target).of(target).stream().map(r -> r.location() + " " + r.confidence().id())
        .collect(Collectors.toList());
  }
}
