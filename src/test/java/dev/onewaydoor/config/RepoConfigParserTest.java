package dev.onewaydoor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.migrations.Framework;
import dev.onewaydoor.sql.Dialect;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepoConfigParserTest {
  private static RepoConfig parse(String yaml) throws ConfigException {
    return RepoConfigParser.parse(yaml, ".github/onewaydoor.yml");
  }

  private static String error(String yaml) {
    return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void fullConfig() throws ConfigException {
    RepoConfig c = parse(String.join("\n",
        "migrations:",
        "  paths: [db/migration, ./sql/]",
        "  framework: flyway",
        "dialect: mysql",
        "rules:",
        "  drop-column: off",
        "  non-concurrent-index: error",
        "  set-not-null: { severity: warning, blocking: false }",
        "acknowledge:",
        "  label: one-way-door-ok",
        "  allowed: [alice, \"@acme/dba\"]"));
    assertEquals(List.of("db/migration", "sql/"), c.paths());
    assertEquals(Framework.FLYWAY, c.framework());
    assertEquals(Dialect.MYSQL, c.dialect());
    assertFalse(c.rules().get("drop-column").enabled());
    assertEquals(Severity.ERROR, c.rules().get("non-concurrent-index").severity());
    assertEquals(false, c.rules().get("set-not-null").blocking());
    assertEquals("one-way-door-ok", c.label());
    assertEquals(List.of("alice", "@acme/dba"), c.allowed());
    assertTrue(c.inMigrationPaths("sql/V1__a.sql"));
    assertFalse(c.inMigrationPaths("src/test/x.sql"));
  }

  @Test
  void emptyFileMeansDefaults() throws ConfigException {
    RepoConfig c = parse("# nothing yet\n");
    assertEquals("rollback-not-possible", c.label());
    assertNull(c.dialect());
  }

  @Test
  void mistakesAreNamed() {
    assertTrue(error("rulez: {}").contains("unknown key 'rulez' (expected one of: acknowledge, dialect, migrations, rules)"));
    assertTrue(error("rules:\n  drop-colum: off").contains("unknown rule 'drop-colum'"));
    assertTrue(error("rules:\n  drop-column: loud").contains("'rules.drop-column': unknown severity 'loud'"));
    assertTrue(error("dialect: oracle").contains("unknown dialect 'oracle'"));
    assertTrue(error("migrations:\n  framework: rails").contains("unknown framework 'rails'"));
    assertTrue(error("migrations:\n  paths: [../etc]").contains("'..' is not allowed"));
    assertTrue(error("acknowledge: yes").contains("'acknowledge': expected a mapping"));
    assertTrue(error("rules: [").contains("not valid YAML"));
  }

  @Test
  void overridesApplyInTheEngine() throws ConfigException {
    Fixture fx = Fixture.repo().file("db/V2__x.sql", "ALTER TABLE t DROP COLUMN a;\nCREATE INDEX i ON t (b);")
        .config(parse("rules:\n  drop-column: off\n  non-concurrent-index: {severity: error, blocking: true}"));
    assertTrue(fx.findings("drop-column").isEmpty());
    assertTrue(fx.findings("non-concurrent-index").get(0).blocking());
  }
}
