package dev.onewaydoor.plan;

import dev.onewaydoor.sql.Dialect;

/**
 * PostgreSQL (11 or later) spellings: triggers in PL/pgSQL, NOT NULL through a validated
 * CHECK constraint (12+ then skips the table scan), batched backfills in a {@code DO} loop.
 */
final class PostgresSql extends DialectSql {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  char quote() {
    return '"';
  }

  @Override
  String renameTable(String from, String to) {
    return "ALTER TABLE " + q(from) + " RENAME TO " + q(to.substring(to.lastIndexOf('.') + 1)) + ";\n";
  }

  @Override
  String setNotNull(String t, String col, String type, String defaultValue) {
    String check = q(objectName(t, col, "not_null"));
    String table = "ALTER TABLE " + q(t);
    return table + " ADD CONSTRAINT " + check + " CHECK (" + q(col) + " IS NOT NULL) NOT VALID;\n"
        + table + " VALIDATE CONSTRAINT " + check + ";\n"
        + table + " ALTER COLUMN " + q(col) + " SET NOT NULL;\n"
        + table + " DROP CONSTRAINT " + check + ";\n";
  }

  @Override
  String dropNotNull(String t, String col, String type, String defaultValue) {
    return "ALTER TABLE " + q(t) + " ALTER COLUMN " + q(col) + " DROP NOT NULL;\n";
  }

  @Override
  String setDefault(String t, String col, String type, boolean notNull, String defaultValue) {
    return "ALTER TABLE " + q(t) + " ALTER COLUMN " + q(col) + " SET DEFAULT " + defaultValue + ";\n";
  }

  @Override
  String dropDefault(String t, String col, String type, boolean notNull) {
    return "ALTER TABLE " + q(t) + " ALTER COLUMN " + q(col) + " DROP DEFAULT;\n";
  }

  @Override
  String createRenameSync(String t, String a, String b) {
    String name = objectName(t, a, b, "sync");
    String na = "NEW." + q(a);
    String nb = "NEW." + q(b);
    return "CREATE FUNCTION " + q(name) + "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        + "BEGIN\n"
        + "  IF TG_OP = 'INSERT' THEN\n"
        + "    IF " + nb + " IS NULL THEN " + nb + " := " + na + "; ELSE " + na + " := " + nb + "; END IF;\n"
        + "  ELSIF " + na + " IS DISTINCT FROM OLD." + q(a) + " THEN\n"
        + "    " + nb + " := " + na + ";\n"
        + "  ELSIF " + nb + " IS DISTINCT FROM OLD." + q(b) + " THEN\n"
        + "    " + na + " := " + nb + ";\n"
        + "  END IF;\n"
        + "  RETURN NEW;\n"
        + "END $$;\n"
        + trigger(t, name);
  }

  @Override
  String dropRenameSync(String t, String a, String b) {
    String name = objectName(t, a, b, "sync");
    return "DROP TRIGGER " + q(name) + " ON " + q(t) + ";\nDROP FUNCTION " + q(name) + "();\n";
  }

  @Override
  String createConvertSync(String t, String from, String fromType, String to, String toType) {
    String convert = objectName(t, from, "to", baseName(toType));
    String name = objectName(t, from, to, "sync");
    return "CREATE FUNCTION " + q(convert) + "(v " + fromType + ") RETURNS " + toType
        + " LANGUAGE plpgsql IMMUTABLE AS $$\n"
        + "BEGIN\n  RETURN v::" + toType + ";\nEXCEPTION WHEN others THEN\n  RETURN NULL; -- counted by the check before the contract phase\nEND $$;\n"
        + "CREATE FUNCTION " + q(name) + "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        + "BEGIN\n  NEW." + q(to) + " := " + q(convert) + "(NEW." + q(from) + ");\n  RETURN NEW;\nEND $$;\n"
        + trigger(t, name);
  }

  @Override
  String dropConvertSync(String t, String from, String fromType, String to, String toType) {
    String name = objectName(t, from, to, "sync");
    return "DROP TRIGGER " + q(name) + " ON " + q(t) + ";\nDROP FUNCTION " + q(name) + "();\n"
        + "DROP FUNCTION " + q(objectName(t, from, "to", baseName(toType))) + "(" + fromType + ");\n";
  }

  @Override
  String backfillCopy(String t, String target, String source) {
    return batched(t, q(target) + " = " + q(source), q(target) + " IS DISTINCT FROM " + q(source));
  }

  @Override
  String backfillConvert(String t, String from, String fromType, String to, String toType) {
    String convert = q(objectName(t, from, "to", baseName(toType))) + "(" + q(from) + ")";
    return batched(t, q(to) + " = " + convert, q(to) + " IS DISTINCT FROM " + convert);
  }

  @Override
  String cast(String expr, String type) {
    return expr + "::" + type;
  }

  /** An UPDATE in batches of {@value #BATCH} rows, until no row differs; each batch is one short statement. */
  private String batched(String t, String assignment, String differs) {
    return "DO $$\nBEGIN\n  LOOP\n"
        + "    UPDATE " + q(t) + " SET " + assignment + "\n"
        + "    WHERE ctid IN (SELECT ctid FROM " + q(t) + " WHERE " + differs + " LIMIT " + BATCH + ");\n"
        + "    EXIT WHEN NOT FOUND;\n  END LOOP;\nEND $$;\n";
  }

  private String trigger(String t, String name) {
    return "CREATE TRIGGER " + q(name) + " BEFORE INSERT OR UPDATE ON " + q(t)
        + " FOR EACH ROW EXECUTE FUNCTION " + q(name) + "();\n";
  }

  static String baseName(String type) {
    return type.replaceAll("\\(.*", "").replaceAll("[^a-z0-9]+", "_").replaceAll("_+$", "");
  }
}
