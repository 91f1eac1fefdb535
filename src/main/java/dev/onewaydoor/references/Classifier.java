package dev.onewaydoor.references;

import dev.onewaydoor.references.Needles.Role;

/**
 * Decides what a match is and how sure the tie to the target's table is: SQL (a statement
 * that names the table is certain), an ORM mapping (certain when the file maps the table),
 * a string or an identifier in a file about the table (likely), or the bare name (possible).
 * Matches in comments are not references.
 */
final class Classifier {
  /** A decision: how sure, and in what context. */
  record Verdict(Confidence confidence, String why) {}

  private static final String[] COLUMN_MAPPING = {"column", "db:", "@map(", "field(", "field:", "dsl.name("};
  private static final String[] TABLE_MAPPING = {"table", "@@map(", "@entity(", "dsl.name(", "collection("};
  private static final String[] ORM_LINE = {"column(", "models.", "mapped_column", "field(", "@column", "fields.",
      "column<", "@map", "attribute :", "field :"};

  private Classifier() {}

  /** The verdict for a match of {@code role}, or null when it is no reference (a comment, a class name in passing). */
  static Verdict classify(FileScan f, FileScan.Hit h, int target, Role role) {
    if (f.inComment(h.start())) return null;
    Target t = f.needles().targets.get(target);
    if (t.isColumn() && f.qualifiedBy(target, h.start())) {
      return new Verdict(Confidence.CERTAIN, "qualified name " + t.table() + "." + t.column());
    }
    if (f.lang == Language.SQL) return sql(f, t, target, role, Regions.sqlStatement(f, h.start()));
    if (f.lang == Language.XML) return xml(f, t, target, role, h);
    int span = f.spans().at(h.start());
    if (span >= 0) return string(f, t, target, role, h, span);
    return identifier(f, t, target, role, h);
  }

  private static Verdict sql(FileScan f, Target t, int target, Role role, int[] region) {
    if (!t.isColumn()) {
      return role == Role.TABLE ? new Verdict(Confidence.CERTAIN, "SQL")
          : new Verdict(Confidence.LIKELY, "query naming the entity of " + t.table());
    }
    if (f.tableIn(target, region[0], region[1])) return new Verdict(Confidence.CERTAIN, "SQL naming " + t.table());
    if (f.mentionsTable(target)) return new Verdict(Confidence.LIKELY, "SQL in a file about " + t.table());
    return new Verdict(Confidence.POSSIBLE, "SQL not naming " + t.table());
  }

  private static Verdict xml(FileScan f, Target t, int target, Role role, FileScan.Hit h) {
    int[] statement = Regions.myBatisStatement(f, h.start());
    if (statement != null) return sql(f, t, target, role, statement);
    String prefix = f.linePrefix(h.start());
    boolean mapping = t.isColumn() ? prefix.contains("column=") : prefix.contains("table=");
    if (mapping) return mapping(f, t, target, "XML mapping");
    return tied(f, target, t, "XML");
  }

  private static Verdict string(FileScan f, Target t, int target, Role role, FileScan.Hit h, int span) {
    int[] run = Regions.literalRun(f, span);
    if (SqlWords.looksLikeSql(f.b, run[0], run[1])) return sql(f, t, target, role, run);
    String prefix = f.linePrefix(h.start());
    for (String marker : t.isColumn() ? COLUMN_MAPPING : TABLE_MAPPING) {
      if (prefix.contains(marker)) return mapping(f, t, target, "mapping (" + marker.replace("(", "") + ")");
    }
    return tied(f, target, t, "string");
  }

  private static Verdict identifier(FileScan f, Target t, int target, Role role, FileScan.Hit h) {
    String line = f.line(h.start());
    boolean ormLine = containsAny(line, ORM_LINE) || containsAny(f.previousLine(h.start()), ORM_LINE)
        || f.lang == Language.PRISMA || dieselSchema(f, line);
    if (!t.isColumn()) {
      if (role == Role.TABLE_CLASS && declaresClass(line)) return new Verdict(Confidence.LIKELY, "class mapped by name");
      if (role == Role.TABLE && ormLine) return mapping(f, t, target, "schema definition");
      return null; // a table's name as a variable or class in passing says nothing
    }
    if (ormLine) return mapping(f, t, target, "ORM field");
    if (role == Role.COLUMN_CAMEL && f.mentionsTable(target)) {
      return new Verdict(Confidence.LIKELY, "field of an entity of " + t.table() + " (snake_case naming)");
    }
    return tied(f, target, t, "identifier");
  }

  private static Verdict mapping(FileScan f, Target t, int target, String what) {
    return f.mentionsTable(target) ? new Verdict(Confidence.CERTAIN, what + " of " + t.table())
        : new Verdict(Confidence.LIKELY, what);
  }

  private static Verdict tied(FileScan f, int target, Target t, String what) {
    return f.mentionsTable(target) ? new Verdict(Confidence.LIKELY, what + " in a file about " + t.table())
        : new Verdict(Confidence.POSSIBLE, what);
  }

  /** Diesel's {@code table!} macro in {@code schema.rs}: {@code booking_ref -> Varchar,}. */
  private static boolean dieselSchema(FileScan f, String line) {
    return f.lang == Language.RUST && f.path.endsWith("schema.rs") && (line.contains("->") || line.contains("("));
  }

  private static boolean declaresClass(String line) {
    return line.contains("class ") || line.contains("model ") || line.contains("struct ") || line.contains("@entity")
        || line.contains("@table");
  }

  private static boolean containsAny(String s, String[] words) {
    for (String w : words) if (s.contains(w)) return true;
    return false;
  }
}
