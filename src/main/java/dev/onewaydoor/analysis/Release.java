package dev.onewaydoor.analysis;

import java.util.List;

/**
 * One release of one dialect history, after replay: the migrations it adds, the net effect of
 * their ups, and each rollback step. In git mode the change under review is one release; in
 * path mode each migration (or pop version group) is its own.
 */
record Release(String dialect, List<MigrationUnit> units, NetEffect net, List<Rollback> rollbacks,
    DownPolicy downPolicy) {
  Release {
    units = List.copyOf(units);
    rollbacks = List.copyOf(rollbacks);
  }
}
