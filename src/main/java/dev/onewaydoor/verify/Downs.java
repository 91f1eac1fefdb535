package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import java.util.ArrayList;
import java.util.List;

/** The down scripts of a release, in the reverse order of its ups, and why there are none. */
final class Downs {
  private Downs() {}

  /** The downs, last migration first; null when a migration of the release has none. */
  static List<Script> of(List<MigrationUnit> units, String dialect) {
    List<Script> out = new ArrayList<>();
    for (MigrationUnit u : ReleaseRun.reversed(units)) {
      Script down = Script.down(u, dialect);
      if (down == null || down.isEmpty()) return null;
      out.add(down);
    }
    return out;
  }

  static String whyNot(List<MigrationUnit> units, String dialect) {
    for (MigrationUnit u : units) {
      if (!u.migration().downsSupported()) {
        return u.migration().framework() + " migrations here have no down scripts; the rollback is the previous"
            + " release running on this schema, which the probes test";
      }
      Script down = Script.down(u, dialect);
      if (down == null || down.isEmpty()) {
        return u.migration().file() + " has no down migration (see missing-down-migration)";
      }
    }
    return "no down migrations";
  }
}
