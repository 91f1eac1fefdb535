package dev.onewaydoor.app;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new-file lines a pull request diff shows, read from the {@code patch} field of the PR
 * files API (hunks without file headers). Review comments may only target these lines:
 * GitHub rejects a whole review that names any other.
 */
public final class DiffLines {
  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");
  private final BitSet lines = new BitSet();

  private DiffLines() {}

  /** Parses a patch; null (binary or too large for GitHub to diff) yields no lines. */
  public static DiffLines of(String patch) {
    DiffLines d = new DiffLines();
    if (patch == null) return d;
    int line = 0;
    for (String raw : patch.split("\n", -1)) {
      Matcher m = HUNK.matcher(raw);
      if (m.find()) {
        line = Integer.parseInt(m.group(1));
        continue;
      }
      if (line == 0 || raw.isEmpty()) continue;
      char kind = raw.charAt(0);
      if (kind == '+' || kind == ' ') d.lines.set(line++);
      // '-' lines exist only in the old file; '\' is "No newline at end of file"
    }
    return d;
  }

  /**
   * True when lines {@code from}…{@code to} are all visible: one hunk shows them (hunks show
   * runs of new-file lines, and git joins runs that touch), so a comment may span them.
   */
  public boolean containsAll(int from, int to) {
    if (from < 1 || to < from) return false;
    int firstHidden = lines.nextClearBit(from);
    return firstHidden > to;
  }

  /** True when {@code line} of the new file is visible in the diff. */
  public boolean contains(int line) {
    return line > 0 && lines.get(line);
  }
}
