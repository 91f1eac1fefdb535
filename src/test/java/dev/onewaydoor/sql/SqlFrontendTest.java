package dev.onewaydoor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlFrontendTest {
  private static List<SchemaChange> pg(String sql) {
    return SqlFrontend.parse("m.sql", sql, 1, Dialect.POSTGRESQL).changes();
  }

  @Test
  void createTableColumns() {
    CreateTable t = (CreateTable) pg("CREATE TABLE IF NOT EXISTS public.\"Users\" (id bigserial PRIMARY KEY, "
        + "email character varying(255) NOT NULL, at timestamp(3) with time zone DEFAULT now(), "
        + "price numeric(10, 2), CONSTRAINT u UNIQUE (email));").get(0);
    assertEquals("Users", t.table());
    List<ColumnDef> c = t.columns();
    assertEquals(4, c.size());
    assertEquals(new ColumnDef("id", "bigint", true, "nextval()"), c.get(0));
    assertEquals(new ColumnDef("email", "varchar(255)", true, null), c.get(1));
    assertEquals("timestamptz(3)", c.get(2).type());
    assertEquals("now()", c.get(2).defaultValue());
    assertEquals("numeric(10,2)", c.get(3).type());
  }

  @Test
  void alterTableWithSeveralActions() {
    List<SchemaChange> c = pg("ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS a int, DROP COLUMN IF EXISTS b CASCADE, "
        + "ALTER COLUMN c TYPE bigint USING c::bigint, ALTER c SET NOT NULL, ALTER COLUMN d DROP DEFAULT;");
    assertEquals(5, c.size());
    assertInstanceOf(AddColumn.class, c.get(0));
    assertInstanceOf(DropColumn.class, c.get(1));
    assertEquals("bigint", ((AlterColumnType) c.get(2)).to());
    assertInstanceOf(SetNotNull.class, c.get(3));
    assertInstanceOf(DropDefault.class, c.get(4));
  }

  @Test
  void unknownStatementsFallBackToJSqlParserThenToRawUnknown() {
    List<SchemaChange> known = pg("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a;");
    assertTrue(known.stream().noneMatch(c -> c instanceof RawUnknown), "JSqlParser understands MERGE");
    RawUnknown u = (RawUnknown) pg("FROBNICATE TABLE t;").get(0);
    assertTrue(u.reason().startsWith("not understood by the SQL parser"));
  }

  @Test
  void linesOfScriptsCutFromALargerFileAreShifted() {
    ParsedScript s = SqlFrontend.parse("f.sql", "\nDROP TABLE t;", 10, Dialect.POSTGRESQL);
    assertEquals(11, s.changes().get(0).source().line());
  }

  @Test
  void doBlocksAreOnlyUnknownWhenTheyDestroy() {
    assertTrue(pg("DO $$ BEGIN INSERT INTO t VALUES (1); END $$;").isEmpty());
    RawUnknown u = (RawUnknown) pg("DO $$ BEGIN EXECUTE 'DROP TABLE ' || 'x'; END $$;").get(0);
    assertTrue(u.destructive());
  }

  @Test
  void deeplyNestedStatementIsRefusedBeforeTheParser() {
    String sql = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + " FROM x WHERE DROP;";
    RawUnknown u = (RawUnknown) pg("FROBNICATE " + sql).get(0);
    assertTrue(u.reason().contains("too deeply nested"));
  }
}
