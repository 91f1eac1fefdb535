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
    assertTrue(error("rulez: {}").contains("unknown key 'rulez' (expected one of: acknowledge, dialect, migrations, rules, verify)"));
    assertTrue(error("rules:\n  drop-colum: off").contains("unknown rule 'drop-colum'"));
    assertTrue(error("rules:\n  drop-column: loud").contains("'rules.drop-column': unknown severity 'loud'"));
    assertTrue(error("dialect: oracle").contains("unknown dialect 'oracle'"));
    assertTrue(error("migrations:\n  framework: rails").contains("unknown framework 'rails'"));
    assertTrue(error("migrations:\n  paths: [../etc]").contains("'..' is not allowed"));
    assertTrue(error("acknowledge: yes").contains("'acknowledge': expected a mapping"));
    assertTrue(error("rules: [").contains("not valid YAML"));
  }

  @Test
  void verifyIsOffByDefaultAndTakesLimitsInSeconds() throws ConfigException {
    assertFalse(parse("").verify().enabled());
    assertEquals(java.time.Duration.ofSeconds(120), parse("").verify().budget());
    assertTrue(parse("verify: true").verify().enabled());
    VerifyConfig v = parse("verify:\n  budget: 2m\n  statement-timeout: 20\n  lock-timeout: \"5s\"").verify();
    assertTrue(v.enabled(), "a verify: mapping switches it on unless enabled: false");
    assertEquals(java.time.Duration.ofSeconds(120), v.budget());
    assertEquals(java.time.Duration.ofSeconds(20), v.statementTimeout());
    assertEquals(java.time.Duration.ofSeconds(5), v.lockTimeout());
    assertFalse(parse("verify: {enabled: false, budget: 30}").verify().enabled());
  }

  @Test
  void verifyMistakesAreNamed() {
    assertTrue(error("verify: {budgit: 3}").contains("'verify': unknown key 'budgit'"));
    assertTrue(error("verify: {budget: 0}").contains("'verify.budget': must be from 1 to 600 seconds"));
    assertTrue(error("verify: {budget: soon}").contains("'verify.budget': expected seconds"));
    assertTrue(error("verify: {budget: 10, statement-timeout: 30}").contains("'verify.statement-timeout': must be from 1 to 10"));
  }

  @Test
  void overridesApplyInTheEngine() throws ConfigException {
    Fixture fx = Fixture.repo().file("db/V2__x.sql", "ALTER TABLE t DROP COLUMN a;\nCREATE INDEX i ON t (b);")
        .config(parse("rules:\n  drop-column: off\n  non-concurrent-index: {severity: error, blocking: true}"));
    assertTrue(fx.findings("drop-column").isEmpty());
    assertTrue(fx.findings("non-concurrent-index").get(0).blocking());
  }
}
