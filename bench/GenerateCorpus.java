import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic but realistic Flyway corpus of PostgreSQL migrations: about 700 files
 * and 5,000 statements mixing table creation, column changes, indexes, data fixes, functions
 * and the occasional one-way door. Deterministic (fixed seed), so runs are comparable.
 *
 * <p>Usage: {@code java bench/GenerateCorpus.java OUT_DIR [FILES]}
 */
public class GenerateCorpus {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]).resolve("db/migration");
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 700;
    Files.createDirectories(out);
    Random r = new Random(42);
    int statements = 0;
    int tables = 0;
    for (int i = 1; i <= files; i++) {
      StringBuilder sb = new StringBuilder("-- migration " + i + "\n");
      int n = 3 + r.nextInt(9);
      for (int k = 0; k < n; k++) {
        int t = tables == 0 ? 0 : r.nextInt(tables);
        switch (tables < 5 ? 0 : r.nextInt(12)) {
          case 0:
            tables++;
            sb.append("CREATE TABLE IF NOT EXISTS app.t").append(tables).append(" (\n")
                .append("  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                .append("  name varchar(200) NOT NULL,\n  status text NOT NULL DEFAULT 'new',\n")
                .append("  amount numeric(12,2),\n  created_at timestamptz NOT NULL DEFAULT now(),\n")
                .append("  CONSTRAINT t").append(tables).append("_name_uq UNIQUE (name)\n);\n");
            break;
          case 1: case 2:
            sb.append("ALTER TABLE app.t").append(t).append(" ADD COLUMN c").append(i).append('_').append(k)
                .append(" text;\n");
            break;
          case 3:
            sb.append("CREATE INDEX CONCURRENTLY IF NOT EXISTS t").append(t).append("_i").append(i).append('_').append(k)
                .append(" ON app.t").append(t).append(" (created_at) WHERE status <> 'done';\n");
            break;
          case 4:
            sb.append("UPDATE app.t").append(t).append(" SET status = 'archived' WHERE created_at < now() - interval '1 year';\n");
            break;
          case 5:
            sb.append("INSERT INTO app.t").append(t).append(" (name, status) VALUES ('seed-").append(i).append("', 'new')")
                .append(" ON CONFLICT (name) DO NOTHING;\n");
            break;
          case 6:
            sb.append("COMMENT ON TABLE app.t").append(t).append(" IS 'owned by team ").append(i % 7).append("';\n");
            break;
          case 7:
            sb.append("CREATE OR REPLACE FUNCTION app.touch_").append(i).append('_').append(k)
                .append("() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.created_at := now();\n  RETURN NEW;\nEND;\n$$;\n");
            break;
          case 8:
            sb.append("ALTER TABLE app.t").append(t).append(" ALTER COLUMN amount TYPE numeric(14,2);\n");
            break;
          case 9:
            sb.append("ALTER TABLE app.t").append(t).append(" ADD CONSTRAINT t").append(t).append("_fk").append(i).append('_').append(k)
                .append(" FOREIGN KEY (id) REFERENCES app.t1 (id) NOT VALID;\n");
            break;
          case 10:
            sb.append("ALTER TABLE app.t").append(t).append(" ALTER COLUMN status SET DEFAULT 'pending';\n");
            break;
          default:
            sb.append(r.nextInt(10) == 0 ? "ALTER TABLE app.t" + t + " DROP COLUMN IF EXISTS c" + (i - 1) + "_0;\n"
                : "GRANT SELECT ON app.t" + t + " TO reporting;\n");
        }
        statements++;
      }
      Files.writeString(out.resolve(String.format("V%d__change_%d.sql", i, i)), sb.toString());
    }
    System.out.println(files + " files, " + statements + " statements in " + out);
  }
}
