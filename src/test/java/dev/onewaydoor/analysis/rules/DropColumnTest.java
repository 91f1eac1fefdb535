package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropColumnTest {
  private static final String V1 = "CREATE TABLE users (id int, email text, fax text);";

  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "ALTER TABLE users DROP COLUMN fax;").findings("drop-column");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().startsWith("Drops column `users.fax`"));
  }

  @Test
  void positiveKeywordAsColumnNameThatJSqlParserRejects() {
    // JSqlParser rejects DROP COLUMN local / path / read; the recognizer does not.
    List<Finding> f = Fixture.repo().file("db/V2__drop.sql",
        "ALTER TABLE users DROP COLUMN local;\nALTER TABLE users DROP COLUMN \"read\";").findings("drop-column");
    assertEquals(2, f.size());
  }

  @Test
  void positiveMySql() {
    List<Finding> f = Fixture.repo().file("db/V2__drop.sql", "ALTER TABLE `users` DROP `fax`, ENGINE=InnoDB;")
        .findings("drop-column");
    assertEquals(1, f.size());
  }

  @Test
  void columnNoMigrationCreatedIsReportedWithThatContext() {
    List<Finding> f = Fixture.repo().applied("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "ALTER TABLE users DROP COLUMN nickname;").findings("drop-column");
    assertTrue(f.get(0).message().contains("No earlier migration creates this column"));
  }

  @Test
  void negativeAddColumn() {
    assertTrue(Fixture.repo().applied("db/V1__init.sql", V1)
        .file("db/V2__add.sql", "ALTER TABLE users ADD COLUMN phone text;").findings("drop-column").isEmpty());
  }

  @Test
  void negativeTableCreatedInTheSameChange() {
    assertTrue(Fixture.repo().withBase().file("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "ALTER TABLE users DROP COLUMN fax;").findings("drop-column").isEmpty());
  }
}
