package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table each migration tool keeps its history in, created (empty) in every new scratch
 * database before the history runs, as the tool itself would: some migrations refer to it
 * (Lemmy puts a trigger on {@code __diesel_schema_migrations}). Tables named here are the
 * tool's, not the application's: they get no sample rows and no probes.
 */
final class Bookkeeping {
  private static final Map<String, String[]> TABLES = Map.of(
      "flyway", new String[] {"flyway_schema_history", "installed_rank int PRIMARY KEY, version varchar(50),"
          + " description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL,"
          + " checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT"
          + " CURRENT_TIMESTAMP, execution_time int NOT NULL, success boolean NOT NULL"},
      "diesel", new String[] {"__diesel_schema_migrations", "version varchar(50) PRIMARY KEY NOT NULL,"
          + " run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP"},
      "golang-migrate", new String[] {"schema_migrations", "version bigint PRIMARY KEY NOT NULL, dirty boolean NOT NULL"},
      "dbmate", new String[] {"schema_migrations", "version varchar(128) PRIMARY KEY NOT NULL"},
      "prisma", new String[] {"_prisma_migrations", "id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL,"
          + " finished_at timestamp, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamp,"
          + " started_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP, applied_steps_count int NOT NULL DEFAULT 0"},
      "liquibase", new String[] {"databasechangelog", "id varchar(255) NOT NULL, author varchar(255) NOT NULL,"
          + " filename varchar(255) NOT NULL, dateexecuted timestamp NOT NULL, orderexecuted int NOT NULL,"
          + " exectype varchar(10) NOT NULL, md5sum varchar(35), description varchar(255), comments varchar(255),"
          + " tag varchar(255), liquibase varchar(20), contexts varchar(255), labels varchar(255),"
          + " deployment_id varchar(10)"});

  private Bookkeeping() {}

  /** The statements creating the tables of the tools {@code history} uses. */
  static Script script(List<MigrationUnit> history, DbDialect dialect) {
    Set<String> tools = new LinkedHashSet<>();
    for (MigrationUnit u : history) tools.add(u.migration().framework());
    List<Script.Step> steps = new ArrayList<>();
    Set<String> made = new LinkedHashSet<>();
    for (String tool : tools) {
      String[] t = TABLES.get(tool);
      if (t == null || !made.add(t[0])) continue;
      String sql = "CREATE TABLE " + dialect.quote(t[0]) + " (" + t[1] + ")";
      steps.add(new Script.Step(new Source("(" + tool + ")", 0, 0, sql), sql, Set.of()));
    }
    return new Script("(migration tool)", List.copyOf(steps));
  }

  /** True for a table a migration tool keeps, not the application. */
  static boolean isToolTable(String table) {
    String name = table.substring(table.lastIndexOf('.') + 1);
    for (String[] t : TABLES.values()) if (t[0].equals(name)) return true;
    return false;
  }
}
