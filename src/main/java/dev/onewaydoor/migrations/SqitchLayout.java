package dev.onewaydoor.migrations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sqitch: {@code sqitch.plan} lists changes in deploy order; each has {@code deploy/<name>.sql}
 * and {@code revert/<name>.sql} (and {@code verify/}, which changes nothing) beside the plan.
 */
final class SqitchLayout {
  private SqitchLayout() {}

  /** Returns the planned changes and marks every file it took in {@code used}. */
  static List<RawMigration> discover(List<SourceFile> files, Set<String> used) {
    Map<String, SourceFile> byPath = new HashMap<>();
    for (SourceFile f : files) byPath.put(f.path(), f);
    List<RawMigration> out = new ArrayList<>();
    for (SourceFile plan : files) {
      if (!plan.name().equals("sqitch.plan") || plan.text() == null) continue;
      String root = plan.dir().isEmpty() ? "" : plan.dir() + "/";
      int index = 0;
      for (String line : plan.text().split("\n")) {
        String name = changeName(line);
        if (name == null) continue;
        index++;
        SourceFile deploy = byPath.get(root + "deploy/" + name + ".sql");
        if (deploy == null) continue;
        SourceFile revert = byPath.get(root + "revert/" + name + ".sql");
        used.add(deploy.path());
        if (revert != null) used.add(revert.path());
        SourceFile verify = byPath.get(root + "verify/" + name + ".sql");
        if (verify != null) used.add(verify.path());
        out.add(new RawMigration(deploy.path(), Framework.SQITCH, String.format("%06d", index), name, false, true,
            false, MigrationLayout.script(deploy), revert == null ? null : MigrationLayout.script(revert)));
      }
    }
    // Scripts of a Sqitch project that the plan does not name are not migrations.
    for (SourceFile f : files) {
      if (f.path().matches("(?:.*/)?(?:deploy|revert|verify)/[^/]+\\.sql") && hasPlan(files, f)) used.add(f.path());
    }
    return out;
  }

  private static boolean hasPlan(List<SourceFile> files, SourceFile script) {
    String dir = script.dir();
    String root = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
    String plan = root.isEmpty() ? "sqitch.plan" : root + "/sqitch.plan";
    return files.stream().anyMatch(f -> f.path().equals(plan));
  }

  /** The change name of a plan line, or null for pragmas, tags, comments and blank lines. */
  static String changeName(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.startsWith("%") || s.startsWith("@") || s.startsWith("#")) return null;
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '[') end++;
    return end == 0 ? null : s.substring(0, end);
  }
}
