package dev.onewaydoor.plan;

import static dev.onewaydoor.plan.PlanRun.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaModel;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.sql.Dialect;
import dev.onewaydoor.sql.SqlFrontend;
import dev.onewaydoor.sql.Statement;
import dev.onewaydoor.sql.StatementSplitter;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;

/**
 * MySQL plans: every statement of every phase parses as MySQL, and replaying the phases on
 * the schema model gives both columns after the expand phase and the head's column after the
 * contract phase.
 */
class MySqlPlansTest {
  private static final String BASE = "CREATE TABLE reservations (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, "
      + "booking_ref varchar(12) NOT NULL, note varchar(50), email varchar(80), status varchar(10) NOT NULL DEFAULT 'new');";
  private static final Column REF = col("booking_ref", "varchar(12)", true, null);

  @Test
  void renameColumn() {
    Plan plan = plan("rename-column", Subject.column("mysql", "reservations", "booking_ref", REF, REF).renamedTo("confirmation_code"));
    SchemaModel expanded = replay(BASE, plan.phase(1).up());
    assertNotNull(expanded.column("reservations", "booking_ref"));
    assertNotNull(expanded.column("reservations", "confirmation_code"));
    assertTrue(plan.phase(1).up().contains("CREATE TRIGGER `reservations_booking_ref_confirmation_code_sync_insert`")
        || plan.phase(1).up().contains("CREATE TRIGGER reservations_booking_ref_confirmation_code_sync_insert"));
    SchemaModel contracted = replay(BASE, plan.phase(1).up() + plan.phase(3).up());
    assertEquals(headColumn("ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;", "confirmation_code"),
        contracted.column("reservations", "confirmation_code"));
    assertNull(contracted.column("reservations", "booking_ref"));
    assertEquals(replay(BASE, plan.phase(1).up()).column("reservations", "booking_ref"),
        replay(BASE, plan.phase(1).up() + plan.phase(3).up() + plan.phase(3).down()).column("reservations", "booking_ref"));
  }

  @Test
  void renameAndDropTables() {
    Plan rename = plan("rename-table", Subject.table("mysql", "reservations").renamedTo("bookings"));
    assertTrue(rename.phase(1).up().startsWith("RENAME TABLE reservations TO bookings;\nCREATE VIEW reservations"));
    assertTrue(replay(BASE, rename.phase(1).up()).hasTable("bookings"));
    Plan drop = plan("drop-table", Subject.table("mysql", "reservations"));
    assertTrue(replay(BASE, drop.phase(1).up()).hasTable("reservations"));
    assertFalse(replay(BASE, drop.phase(1).up() + drop.phase(3).up()).hasTable("reservations"));
  }

  @Test
  void dropColumnAndTypeChanges() {
    Plan drop = plan("drop-column", Subject.column("mysql", "reservations", "booking_ref", REF, null));
    assertFalse(replay(BASE, drop.phase(1).up()).column("reservations", "booking_ref").notNull(), "inserts may leave it out");
    assertNull(replay(BASE, drop.phase(1).up() + drop.phase(3).up()).column("reservations", "booking_ref"));
    Column note = col("note", "varchar(50)", false, null);
    Plan lossy = plan("lossy-type-change", Subject.column("mysql", "reservations", "note", note, col("note", "varchar(5)", false, null)));
    assertTrue(lossy.phase(1).up().contains("CAST(NEW.note AS CHAR(5))"), lossy.phase(1).up());
    parses(lossy.phase(3).check());
    assertEquals(headColumn("ALTER TABLE reservations MODIFY COLUMN note varchar(5);", "note"),
        replay(BASE, lossy.phase(1).up() + lossy.phase(3).up()).column("reservations", "note"));
  }

  @Test
  void notNullAndDefaults() {
    Column email = col("email", "varchar(80)", false, null);
    Plan setNotNull = plan("set-not-null", Subject.column("mysql", "reservations", "email", email, null));
    assertEquals(headColumn("ALTER TABLE reservations MODIFY COLUMN email varchar(80) NOT NULL;", "email"),
        replay(BASE, setNotNull.phase(1).up() + setNotNull.phase(3).up()).column("reservations", "email"));
    Column channel = col("channel", "varchar(20)", true, null);
    Plan add = plan("add-required-column", Subject.column("mysql", "reservations", "channel", null, channel));
    assertFalse(replay(BASE, add.phase(1).up()).column("reservations", "channel").notNull());
    assertTrue(replay(BASE, add.phase(1).up() + add.phase(3).up()).column("reservations", "channel").notNull());
    Column status = col("status", "varchar(10)", true, "'new'");
    Plan drop = plan("drop-default", Subject.column("mysql", "reservations", "status", status, null));
    assertEquals(headColumn("ALTER TABLE reservations ALTER COLUMN status DROP DEFAULT;", "status"),
        replay(BASE, drop.phase(1).up() + drop.phase(3).up()).column("reservations", "status"));
  }

  /** The plan, with every statement of every phase (up, down, check) parsed as MySQL. */
  private static Plan plan(String rule, Subject subject) {
    Plan plan = PlanRun.plan(rule, subject);
    assertEquals("mysql", plan.dialect());
    for (Phase p : plan.phases()) {
      parses(p.up());
      parses(p.down());
      parses(p.check());
    }
    return plan;
  }

  private static void parses(String script) {
    for (Statement st : StatementSplitter.split(script, Dialect.MYSQL)) {
      try {
        CCJSqlParserUtil.parseStatements(st.text(), p -> p.withDialect(AbstractJSqlParser.Dialect.MYSQL));
      } catch (Exception e) {
        fail("not MySQL: " + st.text() + "\n" + e.getMessage());
      }
    }
  }

  private static Column headColumn(String headSql, String column) {
    return replay(BASE, headSql).column("reservations", column);
  }

  private static SchemaModel replay(String... scripts) {
    SchemaModel model = new SchemaModel();
    for (String sql : scripts) {
      for (SchemaChange c : SqlFrontend.parse("plan.sql", sql, 1, Dialect.MYSQL).changes()) model.apply(c);
    }
    return model;
  }
}
