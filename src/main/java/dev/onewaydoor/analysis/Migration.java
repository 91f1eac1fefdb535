package dev.onewaydoor.analysis;

/**
 * What a migration is, independent of its text: a stable {@code id} (its path, plus the
 * changeset id for Liquibase), the file holding its up script, its version and name, the
 * framework that runs it, and what that framework allows.
 *
 * @param repeatable re-run whenever it changes (Flyway {@code R__}): edits are expected
 * @param downsSupported the framework runs down/undo/revert scripts
 * @param ordered versions must only grow (false for Sqitch, whose plan is the order)
 * @param dialect {@code postgresql} or {@code mysql}
 */
public record Migration(String id, String file, String version, String name, String framework,
    boolean repeatable, boolean downsSupported, boolean ordered, String dialect) {

  public boolean isPostgres() {
    return "postgresql".equals(dialect);
  }
}
