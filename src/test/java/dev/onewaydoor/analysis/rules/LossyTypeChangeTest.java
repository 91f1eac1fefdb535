package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossyTypeChangeTest {
  private static final String V1 = "CREATE TABLE t (code varchar(255), n integer, price numeric(10,2), at timestamptz);";

  private List<Finding> change(String alter) {
    return Fixture.repo().applied("db/V1__a.sql", V1).file("db/V2__b.sql", alter).findings("lossy-type-change");
  }

  @Test
  void positiveShorterVarchar() {
    List<Finding> f = change("ALTER TABLE t ALTER COLUMN code TYPE varchar(50);");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("from varchar(255) to varchar(50)"));
  }

  @Test
  void positiveNarrowerNumbersAndTimezones() {
    assertEquals(1, change("ALTER TABLE t ALTER COLUMN price TYPE integer;").size());
    assertEquals(1, change("ALTER TABLE t ALTER COLUMN at SET DATA TYPE timestamp;").size());
    assertEquals(1, change("ALTER TABLE t ALTER n TYPE smallint;").size());
  }

  @Test
  void positiveMySqlModify() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`code` varchar(255) NOT NULL);")
        .file("db/V2__b.sql", "ALTER TABLE `t` MODIFY COLUMN `code` varchar(20) NOT NULL;").findings("lossy-type-change");
    assertEquals(1, f.size());
  }

  @Test
  void negativeWidening() {
    assertTrue(change("ALTER TABLE t ALTER COLUMN n TYPE bigint;").isEmpty());
    assertTrue(change("ALTER TABLE t ALTER COLUMN code TYPE text;").isEmpty());
    assertTrue(change("ALTER TABLE t ALTER COLUMN code TYPE character varying(300);").isEmpty());
    assertTrue(change("ALTER TABLE t ALTER COLUMN price TYPE numeric(12,2);").isEmpty());
  }
}
