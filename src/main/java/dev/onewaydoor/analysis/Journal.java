package dev.onewaydoor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What a release did to each table and column identity, statement by statement: the causes
 * a net-effect finding points at ("dropped here", "renamed here"), and the evidence that
 * data was carried over (rows copied into a rebuilt table, a replacement column filled).
 */
public final class Journal {
  /** What happened to an identity. */
  public enum Kind {
    CREATE_TABLE, DROP_TABLE, RENAME_TABLE, ADD_COLUMN, DROP_COLUMN, RENAME_COLUMN, ALTER_TYPE,
    SET_NOT_NULL, DROP_NOT_NULL, SET_DEFAULT, DROP_DEFAULT,
    /** Rows copied into table {@code id} from table {@code other} (0: a view, a query, unknown). */
    COPY_ROWS,
    /** An UPDATE assigned column {@code id} (or every column of table {@code id} when unknown). */
    UPDATE_ROWS
  }

  /** One event; {@code other} is a second identity or flag (1 = IF EXISTS for drops), else 0. */
  public record Event(Kind kind, int id, int other, Source source) {}

  private final List<Event> events = new ArrayList<>();
  /** {@code table.column} pairs a routine created in the release writes, with the routine's statement. */
  private final java.util.Map<String, Source> routineWrites = new java.util.HashMap<>();

  void add(Kind kind, int id, int other, Source source) {
    events.add(new Event(kind, id, other, source));
  }

  void routineWrites(String table, String column, Source at) {
    routineWrites.putIfAbsent(table + "." + column, at);
  }

  /** The statement of a routine created in the release that writes {@code table.column}, or null. */
  public Source routineWriting(String table, String column) {
    return routineWrites.get(table + "." + column);
  }

  /** The statements that did {@code kind} to identity {@code id}, in order. */
  public List<Source> sources(Kind kind, int id) {
    List<Source> out = new ArrayList<>();
    for (Event e : events) if (e.kind() == kind && e.id() == id) out.add(e.source());
    return out;
  }

  /** The first statement that did {@code kind} to {@code id}, or null. */
  public Source first(Kind kind, int id) {
    for (Event e : events) if (e.kind() == kind && e.id() == id) return e.source();
    return null;
  }

  public boolean has(Kind kind, int id) {
    return first(kind, id) != null;
  }

  /** True when the drop of table {@code id} was guarded by IF EXISTS. */
  public boolean droppedIfExists(int tableId) {
    for (Event e : events) if (e.kind() == Kind.DROP_TABLE && e.id() == tableId) return e.other() == 1;
    return false;
  }

  /** True when rows were copied into table {@code to} from table {@code from}. */
  public boolean copied(int to, int from) {
    for (Event e : events) if (e.kind() == Kind.COPY_ROWS && e.id() == to && e.other() == from) return true;
    return false;
  }

  /** True when rows were copied into table {@code to} from anywhere (another table, a view, a query). */
  public boolean filled(int to) {
    for (Event e : events) if (e.kind() == Kind.COPY_ROWS && e.id() == to) return true;
    return false;
  }
}
