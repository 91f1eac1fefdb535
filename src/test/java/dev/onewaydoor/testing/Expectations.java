package dev.onewaydoor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.migrations.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asserts findings against markers written in the SQL, Error Prone style: a comment
 * {@code -- expect: <rule> "<message prefix>"} on a line says that exactly this finding is
 * reported on that line (several markers may share one comment). Every finding must be expected and every expectation found, so a
 * file without markers asserts that nothing at all is reported. {@code -- expect-warning:}
 * marks a finding that must not block.
 */
public final class Expectations {
  private static final Pattern MARKER = Pattern.compile("(?:--\\s*|\\s)expect(-warning)?:\\s*([a-z-]+)(?:\\s+\"([^\"]*)\")?");

  private Expectations() {}

  /** One expected or actual finding, compared by rule, place, blocking and the start of its message. */
  record Expected(String rule, String file, int line, boolean blocking, String messagePrefix)
      implements Comparable<Expected> {
    boolean matches(Finding f) {
      return f.rule().equals(rule) && f.file().equals(file) && f.line() == line && f.blocking() == blocking
          && f.message().startsWith(messagePrefix);
    }

    @Override
    public int compareTo(Expected o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + rule + (blocking ? "" : " (warning)") + " \"" + messagePrefix + "\"";
    }
  }

  /**
   * Checks {@code report} against the markers in {@code files}. With {@code rules} given, only
   * findings of those rules are compared (for tests about one rule among noisy neighbours).
   */
  public static void check(Report report, List<SourceFile> files, String... rules) {
    Set<String> only = Set.of(rules);
    List<Expected> expected = new ArrayList<>();
    for (SourceFile f : files) expected.addAll(markers(f));
    expected.removeIf(e -> !only.isEmpty() && !only.contains(e.rule()));
    List<Finding> actual = new ArrayList<>(report.findings());
    actual.removeIf(f -> !only.isEmpty() && !only.contains(f.rule()));
    Set<Expected> missing = new TreeSet<>();
    List<Finding> unmatched = new ArrayList<>(actual);
    for (Expected e : expected) {
      Finding hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
      if (hit == null) missing.add(e);
      else unmatched.remove(hit);
    }
    StringBuilder why = new StringBuilder();
    for (Expected e : missing) why.append("\n  expected, not reported: ").append(e);
    for (Finding f : unmatched) {
      why.append("\n  reported, not expected: ").append(f.file()).append(':').append(f.line()).append(' ')
          .append(f.rule()).append(f.blocking() ? "" : " (warning)").append(" \"").append(f.message()).append('"');
    }
    assertTrue(why.length() == 0, "findings differ from the markers:" + why);
    assertEquals(expected.size(), actual.size());
  }

  private static List<Expected> markers(SourceFile f) {
    List<Expected> out = new ArrayList<>();
    String text = f.text();
    if (text == null) return out;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      while (m.find()) {
        out.add(new Expected(m.group(2), f.path(), i + 1, m.group(1) == null, m.group(3) == null ? "" : m.group(3)));
      }
    }
    return out;
  }
}
