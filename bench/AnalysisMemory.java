import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.migrations.*;
import java.util.*;
/**
 * How much heap a review of a long history needs: N migrations of ALTER TABLE … ADD COLUMN,
 * CREATE INDEX and UPDATE at the base, one more at the head, through the real Checker.
 * Run with decreasing -Xmx to find the least that completes (bench/RESULTS.md).
 * Usage (compiled first: source-file mode runs javac in the same heap):
 *   javac -cp target/onewaydoor.jar -d target/bench bench/AnalysisMemory.java
 *   java -Xmx48m -XX:+UseSerialGC -cp target/onewaydoor.jar:target/bench AnalysisMemory 20000
 */
public class AnalysisMemory {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    List<SourceFile> base = new ArrayList<>();
    long bytes = 0;
    base.add(SourceFile.of("db/migration/V1__init.sql", "CREATE TABLE t (id int);"));
    for (int i = 2; i <= n; i++) {
      StringBuilder sb = new StringBuilder();
      sb.append("-- migration ").append(i).append(" adds a column and an index\n");
      sb.append("ALTER TABLE t ADD COLUMN c").append(i).append(" varchar(255) DEFAULT 'x';\n");
      sb.append("CREATE INDEX idx_t_c").append(i).append(" ON t (c").append(i).append(");\n");
      sb.append("UPDATE t SET c").append(i).append(" = 'value number ").append(i).append("' WHERE id > ").append(i).append(";\n");
      String s = sb.toString();
      bytes += s.length();
      base.add(SourceFile.of("db/migration/V" + i + "__m.sql", s));
    }
    List<SourceFile> head = new ArrayList<>(base);
    head.add(SourceFile.of("db/migration/V" + (n + 1) + "__drop.sql", "ALTER TABLE t DROP COLUMN c2;"));
    var r = new Checker(RepoConfig.defaults()).checkChange(base, head, Progress.NONE);
    System.out.println("history " + bytes / 1024 + " KB, findings " + r.findings().size());
  }
}
