package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddRequiredColumnTest {
  private static final String V1 = "CREATE TABLE t (id int);";

  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", V1)
        .file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN tier varchar(10) NOT NULL;").findings("add-required-column");
    assertEquals(1, f.size());
  }

  @Test
  void negativeWithDefaultNullableOrIdentity() {
    assertTrue(Fixture.repo().applied("db/V1__a.sql", V1).file("db/V2__b.sql",
        "ALTER TABLE t ADD COLUMN a text NOT NULL DEFAULT 'x';\n"
            + "ALTER TABLE t ADD COLUMN b text;\n"
            + "ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY NOT NULL;\n"
            + "ALTER TABLE t ADD COLUMN d bigserial NOT NULL;").findings("add-required-column").isEmpty());
  }

  @Test
  void negativeTableCreatedInTheSameChange() {
    assertTrue(Fixture.repo().withBase().file("db/V1__a.sql", V1)
        .file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN tier text NOT NULL;").findings("add-required-column").isEmpty());
  }
}
