package dev.onewaydoor.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a scan left out, grouped by reason, with a few example paths each. */
final class ScanNotes {
  private static final int EXAMPLES = 3;

  private final Map<String, List<String>> byReason = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void skipped(String reason, String path) {
    counts.merge(reason, 1, Integer::sum);
    List<String> examples = byReason.computeIfAbsent(reason, r -> new ArrayList<>());
    if (examples.size() < EXAMPLES) examples.add(path);
  }

  /** One line per reason: {@code 2 files skipped (minified (mentions a name)): a.js, b.js}. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      List<String> examples = byReason.get(e.getKey());
      out.add(n + (n == 1 ? " file" : " files") + " skipped, " + e.getKey() + ": " + String.join(", ", examples)
          + (n > examples.size() ? ", …" : ""));
    }
    return out;
  }
}
