package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code drop-schema}: dropping a schema drops every table in it; one no migration put tables in is a warning. */
class DropSchemaTest {
  /** Each table the schema takes with it is also named by {@code drop-table}. */
  @Test
  void positive() {
    Fixture.repo().applied("db/V1__s.sql", """
            CREATE SCHEMA reporting;
            CREATE TABLE reporting.daily (day date, total int);
            CREATE TABLE reporting.monthly (month date, total int);
            """)
        .file("db/V3__s.sql", """
            DROP SCHEMA reporting CASCADE; -- expect: drop-schema "Drops schema `reporting` with CASCADE, with its 2 tables. Every table"  expect: drop-table "Drops table `reporting.daily`. Every row"  expect: drop-table "Drops table `reporting.monthly`. Every row"
            """).expect();
  }

  @Test
  void positiveSchemaWithoutTablesIsAWarning() {
    Fixture.repo().file("db/V3__s.sql", """
        DROP SCHEMA IF EXISTS reporting CASCADE; -- expect-warning: drop-schema "Drops schema `reporting` with CASCADE. No migration creates a table in it"
        """).expect();
  }

  @Test
  void negative() {
    Fixture.repo().file("db/V3__s.sql", "CREATE SCHEMA reporting;\nDROP TYPE mood;").expect();
  }
}
