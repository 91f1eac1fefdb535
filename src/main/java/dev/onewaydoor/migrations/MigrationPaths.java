package dev.onewaydoor.migrations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which repository paths can hold migrations, by convention, when the config names no
 * paths: framework file names anywhere, or {@code .sql} files under a folder whose name
 * says migrations. Test fixtures and schema dumps elsewhere are left alone.
 */
public final class MigrationPaths {
  private static final Pattern NAMED = Pattern.compile(
      "(?:^|.*/)(?:[VURB]\\d*(?:[._]\\d+)*__[^/]+\\.sql|\\d+_[^/]+\\.(?:up|down)\\.sql|sqitch\\.plan)$");
  private static final Pattern FOLDER = Pattern.compile("(?:^|/)[^/]*(?:migrat|changelog|deploy/|revert/)[^/]*/");

  private MigrationPaths() {}

  /** Test sources and fixtures: their migrations are inputs of tests, not the schema's history. */
  private static final Pattern TEST_TREE = Pattern.compile("(?:^|/)(?:src/test|test/fixtures|testdata)/");

  /** True when {@code path} may be a migration or a file that says how migrations are laid out. */
  public static boolean isCandidate(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (TEST_TREE.matcher(lower).find()) return false;
    if (NAMED.matcher(path).matches()) return true;
    if (!lower.endsWith(".sql")) return false;
    return FOLDER.matcher(lower).find() || lower.contains("/deploy/") || lower.contains("/revert/")
        || lower.startsWith("deploy/") || lower.startsWith("revert/");
  }
}
