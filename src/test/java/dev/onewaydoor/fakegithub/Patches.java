package dev.onewaydoor.fakegithub;

/**
 * Builds the {@code patch} field GitHub puts in the PR files API: one hunk around the lines
 * that differ, with up to three lines of context, no file headers.
 */
final class Patches {
  private Patches() {}

  /** The new-file lines (1-based) the hunk of {@link #of} shows: context and added lines. */
  static java.util.Set<Integer> newLines(String before, String after) {
    java.util.Set<Integer> lines = new java.util.HashSet<>();
    String patch = of(before, after);
    String header = patch.split("\n", 2)[0];
    String[] plus = header.substring(header.indexOf('+') + 1, header.lastIndexOf(" @@")).split(",");
    int start = Integer.parseInt(plus[0]);
    int count = Integer.parseInt(plus[1]);
    for (int i = 0; i < count; i++) lines.add(start + i);
    return lines;
  }

  static String of(String before, String after) {
    String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\n", -1);
    String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) prefix++;
    int suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix
        && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
      suffix++;
    }
    int from = Math.max(0, prefix - 3);
    int aEnd = Math.min(a.length, a.length - suffix + 3);
    int bEnd = Math.min(b.length, b.length - suffix + 3);
    StringBuilder sb = new StringBuilder();
    sb.append("@@ -").append(a.length == 0 ? 0 : from + 1).append(',').append(aEnd - from)
        .append(" +").append(b.length == 0 ? 0 : from + 1).append(',').append(bEnd - from).append(" @@");
    for (int i = from; i < prefix; i++) sb.append("\n ").append(a[i]);
    for (int i = prefix; i < a.length - suffix; i++) sb.append("\n-").append(a[i]);
    for (int i = prefix; i < b.length - suffix; i++) sb.append("\n+").append(b[i]);
    for (int i = b.length - suffix; i < bEnd; i++) sb.append("\n ").append(b[i]);
    return sb.toString();
  }
}
