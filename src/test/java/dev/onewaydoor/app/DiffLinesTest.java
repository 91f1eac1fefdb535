package dev.onewaydoor.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiffLinesTest {
  @Test
  void mapsNewFileLinesOfEveryHunk() {
    DiffLines d = DiffLines.of(String.join("\n",
        "@@ -1,3 +1,4 @@", " a", "-b", "+B", "+B2", " c",
        "@@ -20,2 +21,2 @@ CREATE TABLE x", " y", "-z", "+Z", "\\ No newline at end of file"));
    for (int line : new int[] {1, 2, 3, 4, 21, 22}) assertTrue(d.contains(line), "line " + line);
    for (int line : new int[] {0, 5, 20, 23}) assertFalse(d.contains(line), "line " + line);
  }

  @Test
  void aCommentMaySpanLinesOfOneHunkOnly() {
    DiffLines d = DiffLines.of(String.join("\n",
        "@@ -1,3 +1,4 @@", " a", "-b", "+B", "+B2", " c",
        "@@ -20,2 +21,2 @@ CREATE TABLE x", " y", "-z", "+Z"));
    assertTrue(d.containsAll(1, 4));
    assertTrue(d.containsAll(2, 3));
    assertTrue(d.containsAll(21, 22));
    assertFalse(d.containsAll(4, 21), "two hunks");
    assertFalse(d.containsAll(3, 5), "past the hunk's end");
    assertFalse(d.containsAll(0, 2));
    assertFalse(d.containsAll(3, 2));
  }

  @Test
  void noPatchMeansNoLines() {
    assertFalse(DiffLines.of(null).contains(1));
  }
}
