package dev.onewaydoor.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spellings code uses for the targets' names, compiled into one automaton: the SQL name
 * ({@code booking_ref}, also matching jOOQ's {@code BOOKING_REF}), the camel-case field or
 * class name ({@code bookingRef}, {@code BookingRef}), and for tables the singular class name
 * ({@code reservations} → {@code Reservation}). Table spellings are searched for column
 * targets too: they tie a column to its table.
 */
final class Needles {
  /** What a spelling stands for. */
  enum Role { COLUMN, COLUMN_CAMEL, TABLE, TABLE_CLASS }

  /** One spelling's meaning for one target. */
  record Meaning(int target, Role role) {}

  final List<Target> targets;
  final AhoCorasick automaton;
  private final List<List<Meaning>> meanings = new ArrayList<>();
  private final List<Boolean> camel = new ArrayList<>();

  Needles(List<Target> targets) {
    this.targets = List.copyOf(targets);
    Map<String, List<Meaning>> byPattern = new LinkedHashMap<>();
    for (int t = 0; t < targets.size(); t++) {
      Target target = targets.get(t);
      if (target.isColumn()) {
        add(byPattern, target.column(), t, Role.COLUMN);
        add(byPattern, camel(target.column()), t, Role.COLUMN_CAMEL);
      }
      add(byPattern, target.table(), t, Role.TABLE);
      add(byPattern, camel(target.table()), t, Role.TABLE_CLASS);
      add(byPattern, camel(singular(target.table())), t, Role.TABLE_CLASS);
    }
    List<String> patterns = new ArrayList<>(byPattern.keySet());
    for (String p : patterns) {
      List<Meaning> m = byPattern.get(p);
      meanings.add(List.copyOf(m));
      camel.add(m.stream().anyMatch(x -> x.role() == Role.COLUMN_CAMEL || x.role() == Role.TABLE_CLASS));
    }
    automaton = new AhoCorasick(patterns);
  }

  /** True when {@code m} is the target's own name (a column's, or a table target's), not a table tying a column. */
  boolean own(Meaning m) {
    boolean tableRole = m.role() == Role.TABLE || m.role() == Role.TABLE_CLASS;
    return targets.get(m.target()).isColumn() != tableRole;
  }

  List<Meaning> meanings(int pattern) {
    return meanings.get(pattern);
  }

  /** True when a spelling may sit inside a camel-case identifier ({@code getBookingRef}). */
  boolean camel(int pattern) {
    return camel.get(pattern);
  }

  private static void add(Map<String, List<Meaning>> byPattern, String pattern, int target, Role role) {
    if (pattern.isEmpty() || !pattern.chars().allMatch(c -> c < 128)) return;
    List<Meaning> list = byPattern.computeIfAbsent(pattern, k -> new ArrayList<>());
    Meaning m = new Meaning(target, role);
    if (!list.contains(m)) list.add(m);
  }

  /** {@code booking_ref} → {@code bookingref}: camel case, folded as the automaton compares. */
  static String camel(String snake) {
    return snake.replace("_", "");
  }

  /** A table's singular, the way ORMs name the class of one row. */
  static String singular(String table) {
    if (table.endsWith("ies") && table.length() > 4) return table.substring(0, table.length() - 3) + "y";
    if (table.endsWith("sses") || table.endsWith("xes") || table.endsWith("ches") || table.endsWith("shes")) {
      return table.substring(0, table.length() - 2);
    }
    if (table.endsWith("s") && !table.endsWith("ss") && table.length() > 2) return table.substring(0, table.length() - 1);
    return table;
  }
}
