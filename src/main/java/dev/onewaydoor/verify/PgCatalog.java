package dev.onewaydoor.verify;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PostgreSQL catalog into a {@link Snapshot}: schemas, tables, columns (type,
 * nullability, default), constraints, indexes, views, sequences, enum and domain types,
 * functions, triggers and extensions. Objects that belong to an extension are left out (the
 * extension itself is listed), and so are the system schemas.
 */
final class PgCatalog {
  private static final String USER_NS = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
      + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'";
  private static final String NOT_EXT = " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = %s AND e.deptype = 'e')";

  private static final String COLUMNS = "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
      + " a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' OR a.attgenerated <> '',"
      + " COALESCE(b.typname, t.typname), COALESCE(b.typcategory, t.typcategory),"
      + " CASE WHEN a.atttypmod > 4 AND COALESCE(b.typcategory, t.typcategory) = 'S' THEN a.atttypmod - 4 ELSE 0 END,"
      + " (SELECT array_agg(l.enumlabel::text ORDER BY l.enumsortorder) FROM pg_enum l"
      + "   WHERE l.enumtypid = COALESCE(b.oid, t.oid))"
      + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
      + " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype"
      + " LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
      + " WHERE c.relkind IN ('r', 'p') AND " + USER_NS + String.format(NOT_EXT, "c.oid")
      + " ORDER BY 1, 2, a.attnum";

  private static final String KEYS = "SELECT n.nspname, c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid),"
      + " ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)"
      + "   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.ord),"
      + " fn.nspname, f.relname,"
      + " ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)"
      + "   JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord)"
      + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " LEFT JOIN pg_class f ON f.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace"
      + " WHERE " + USER_NS + String.format(NOT_EXT, "c.oid");

  /** Everything else, as (kind, name, definition). */
  private static final String OTHERS = String.join(" UNION ALL ",
      "SELECT 'schema', n.nspname, 'schema' FROM pg_namespace n WHERE " + USER_NS + " AND n.nspname <> 'public'"
          + String.format(NOT_EXT, "n.oid"),
      "SELECT 'index', n.nspname || '.' || c.relname || '.' || i.relname, pg_get_indexdef(i.oid)"
          + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_NS + String.format(NOT_EXT, "c.oid"),
      "SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized-view' END, n.nspname || '.' || c.relname,"
          + " pg_get_viewdef(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('v', 'm') AND " + USER_NS + String.format(NOT_EXT, "c.oid"),
      "SELECT 'sequence', n.nspname || '.' || c.relname, format_type(s.seqtypid, NULL) || ' increment '"
          + " || s.seqincrement FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_NS + String.format(NOT_EXT, "c.oid"),
      "SELECT 'type', n.nspname || '.' || t.typname, CASE t.typtype WHEN 'e' THEN 'enum ('"
          + " || (SELECT string_agg(quote_literal(l.enumlabel), ', ' ORDER BY l.enumsortorder) FROM pg_enum l"
          + " WHERE l.enumtypid = t.oid) || ')' WHEN 'd' THEN 'domain ' || format_type(t.typbasetype, t.typtypmod)"
          + " || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END ELSE 'composite' END"
          + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND"
          + " (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')) AND " + USER_NS
          + String.format(NOT_EXT, "t.oid"),
      "SELECT 'function', n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
          + " 'returns ' || COALESCE(pg_get_function_result(p.oid), 'nothing') || ', body ' || md5(p.prosrc)"
          + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + USER_NS
          + String.format(NOT_EXT, "p.oid"),
      "SELECT 'trigger', n.nspname || '.' || c.relname || '.' || g.tgname, pg_get_triggerdef(g.oid)"
          + " FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE NOT g.tgisinternal AND " + USER_NS,
      "SELECT 'extension', 'public.' || x.extname, 'extension' FROM pg_extension x WHERE x.extname <> 'plpgsql'");

  private PgCatalog() {}

  static Snapshot read(Connection c) throws SQLException {
    TreeMap<String, String> objects = new TreeMap<>();
    Map<String, List<Snapshot.Column>> columns = new LinkedHashMap<>();
    Map<String, String[]> refs = new LinkedHashMap<>();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery(KEYS)) {
        while (rs.next()) {
          String table = name(rs.getString(1), rs.getString(2));
          objects.put("constraint " + table + "." + rs.getString(3), rs.getString(5));
          List<String> cols = strings(rs.getArray(6));
          if ("p".equals(rs.getString(4))) keys.put(table, cols);
          List<String> fcols = strings(rs.getArray(9));
          if ("f".equals(rs.getString(4)) && cols.size() == 1 && fcols.size() == 1) {
            refs.put(table + "." + cols.get(0), new String[] {name(rs.getString(7), rs.getString(8)), fcols.get(0)});
          }
        }
      }
      try (ResultSet rs = st.executeQuery(COLUMNS)) {
        while (rs.next()) {
          String table = name(rs.getString(1), rs.getString(2));
          String col = rs.getString(3);
          String type = rs.getString(4);
          boolean notNull = rs.getBoolean(5);
          String def = rs.getString(6);
          boolean generated = rs.getBoolean(7) || (def != null && def.startsWith("nextval("));
          objects.put("table " + table, "table");
          objects.put("column " + table + "." + col, type + (notNull ? " not null" : " null")
              + (def == null ? "" : " default " + def) + (rs.getBoolean(7) ? " generated" : ""));
          columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Snapshot.Column(col, type, notNull,
              def != null, generated, PgDialect.kind(rs.getString(8), rs.getString(9)), rs.getInt(10),
              strings(rs.getArray(11)), refs.get(table + "." + col)));
        }
      }
      try (ResultSet rs = st.executeQuery(OTHERS)) {
        while (rs.next()) objects.put(rs.getString(1) + " " + display(rs.getString(2)), rs.getString(3));
      }
    }
    Map<String, Snapshot.Table> tables = new LinkedHashMap<>();
    columns.forEach((t, cols) -> tables.put(t, new Snapshot.Table(t, PgDialect.INSTANCE.quote(qualified(t)),
        List.copyOf(cols), keys.getOrDefault(t, List.of()))));
    return new Snapshot(objects, tables);
  }

  /** {@code schema.table}, or just {@code table} in {@code public}. */
  private static String name(String schema, String table) {
    return "public".equals(schema) ? table : schema + "." + table;
  }

  private static String display(String qualified) {
    return qualified.startsWith("public.") ? qualified.substring("public.".length()) : qualified;
  }

  private static String qualified(String name) {
    return name.contains(".") ? name : "public." + name;
  }

  private static List<String> strings(Array a) throws SQLException {
    if (a == null) return List.of();
    return List.copyOf(Arrays.asList((String[]) a.getArray()));
  }
}
