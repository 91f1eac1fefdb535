package dev.onewaydoor.config;

import dev.onewaydoor.analysis.RuleOverride;
import dev.onewaydoor.migrations.Framework;
import dev.onewaydoor.sql.Dialect;
import java.util.List;
import java.util.Map;

/**
 * A repository's {@code .github/onewaydoor.yml}, validated. The GitHub App reads it from the
 * base branch, never from the pull request, so a PR cannot switch its own check off.
 *
 * @param paths directories holding migrations; empty means "find them by convention"
 * @param framework forced framework, or null to detect
 * @param dialect forced SQL dialect, or null to detect per file
 * @param rules per-rule overrides by rule id
 * @param label the acknowledgment label (default {@code rollback-not-possible})
 * @param allowed who may acknowledge: logins and {@code @org/team}; empty means anyone with write access
 * @param verify verification on a real database ({@code verify:}), off by default
 */
public record RepoConfig(List<String> paths, Framework framework, Dialect dialect, Map<String, RuleOverride> rules,
    String label, List<String> allowed, VerifyConfig verify) {
  public static final String PATH = ".github/onewaydoor.yml";
  public static final String DEFAULT_LABEL = "rollback-not-possible";

  public static RepoConfig defaults() {
    return new RepoConfig(List.of(), null, null, Map.of(), DEFAULT_LABEL, List.of(), VerifyConfig.defaults());
  }

  /**
   * True when {@code path} may hold a migration: under a configured path (for {@code .sql}
   * files and Sqitch plans), or, with no paths configured, by framework convention.
   */
  public boolean wants(String path) {
    if (paths.isEmpty()) return dev.onewaydoor.migrations.MigrationPaths.isCandidate(path);
    return inMigrationPaths(path) && (path.endsWith(".sql") || path.endsWith("sqitch.plan"));
  }

  /** True when {@code path} is under one of the configured migration paths (all paths when none). */
  public boolean inMigrationPaths(String path) {
    if (paths.isEmpty()) return true;
    for (String p : paths) {
      String dir = p.endsWith("/") ? p : p + "/";
      if (path.startsWith(dir) || path.equals(p)) return true;
    }
    return false;
  }
}
