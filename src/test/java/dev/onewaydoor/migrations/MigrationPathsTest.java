package dev.onewaydoor.migrations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationPathsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "src/main/resources/db/migration/V1__init.sql", "db/migrations/20240101_x.sql", "migrations/0001_a.up.sql",
      "migrations/2024-01-01-000000_x/up.sql", "prisma/migrations/2024_init/migration.sql", "sqitch.plan",
      "deploy/users.sql", "db/changelog/changes.sql", "V2__anywhere.sql"})
  void conventionalMigrationPaths(String path) {
    assertTrue(MigrationPaths.isCandidate(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "README.md", "schema.sql", "db/structure.sql", "src/test/resources/db/migration/V1__fixture.sql",
      "sql/queries/report.sql", "pkg/testdata/migrations/1_x.up.sql"})
  void otherPaths(String path) {
    assertFalse(MigrationPaths.isCandidate(path), path);
  }
}
