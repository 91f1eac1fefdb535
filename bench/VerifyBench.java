import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Engine;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.verify.Verification;
import dev.onewaydoor.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Verification of a real migration history, as the App runs it: the folder's last migration is
 * the pull request, all the others the deployed base. Reports the cold run (embedded server
 * start, base applied into a template, the change), then runs on the cached base: the same
 * change again, and a one-migration expand-only change; and the peak memory of the JVM and of
 * the PostgreSQL processes it started.
 *
 * <p>Usage: {@code java -cp target/onewaydoor.jar bench/VerifyBench.java MIGRATIONS_DIR [RUNS] [--superuser]}
 * (a Diesel folder such as Lemmy's {@code migrations/}; DATABASE_URL picks a real server).
 * {@code --superuser} starts a second embedded PostgreSQL of the same version and points
 * DATABASE_URL at it as its superuser: histories that need superuser statements (Lemmy's
 * {@code DISABLE TRIGGER ALL}, {@code UPDATE pg_index}) then apply, as on a server whose
 * operator lets migrations run as a superuser.
 */
public class VerifyBench {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int runs = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : 5;
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.add(new SourceFile("migrations/" + root.relativize(p), Files.readAllBytes(p)));
      }
    }
    Checker checker = new Checker(RepoConfig.defaults());
    List<MigrationUnit> all = Engine.inOrder(checker.read(null, files, Progress.NONE).changes().head());
    List<MigrationUnit> base = all.subList(0, all.size() - 1);
    ChangeSet last = new ChangeSet(base, all, true);
    List<SourceFile> expand = new ArrayList<>(files);
    expand.add(new SourceFile("migrations/2999-01-01-000000_bench_expand/up.sql",
        "ALTER TABLE comment ADD COLUMN bench_note text;\n".getBytes()));
    expand.add(new SourceFile("migrations/2999-01-01-000000_bench_expand/down.sql",
        "ALTER TABLE comment DROP COLUMN bench_note;\n".getBytes()));
    List<MigrationUnit> withExpand = checker.read(null, expand, Progress.NONE).changes().head();
    ChangeSet oneMore = new ChangeSet(all, withExpand, true);
    VerifyConfig limits = VerifyConfig.defaults().withBudget(Duration.ofSeconds(600));
    Memory memory = Memory.watch();
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres superuser = null;
    if (Arrays.asList(args).contains("--superuser")) {
      // the settings of the App's own embedded server, so its memory is comparable
      superuser = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
          .setServerConfig("max_connections", "60").setServerConfig("shared_buffers", "32MB")
          .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
      env.put("DATABASE_URL", "postgresql://postgres@localhost:" + superuser.getPort() + "/postgres");
    }
    try (Verifier v = Verifier.fromEnv(env)) {
      System.out.printf("%d migrations; the change: %s%n", all.size(), all.get(all.size() - 1).migration().file());
      long t = System.nanoTime();
      Verification cold = v.verify(last, limits);
      System.out.printf("cold (server start, base of %d applied, change verified): %.2f s%n", base.size(), secs(t));
      System.out.println(cold.summary());
      System.out.println("findings: " + cold.findings().size());
      report("cached base, same change", runs, () -> v.verify(last, limits));
      Verification first = v.verify(oneMore, limits); // builds the template of the full history
      System.out.println(first.summary());
      report("cached base, one-migration expand-only change", runs, () -> v.verify(oneMore, limits));
    }
    if (superuser != null) superuser.close();
    memory.finish();
    System.out.printf("peak RSS: JVM %d MB, PostgreSQL processes %d MB (PSS, sampled every 50 ms)%n",
        memory.jvmPeakKb() / 1024, memory.pgPeakKb / 1024);
  }

  interface Run {
    Verification run();
  }

  private static void report(String what, int runs, Run r) {
    double[] s = new double[runs];
    String summary = "";
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      summary = r.run().summary();
      s[i] = secs(t);
    }
    Arrays.sort(s);
    System.out.printf("%s: median %.2f s, min %.2f s, max %.2f s over %d runs%n", what, s[runs / 2], s[0], s[runs - 1], runs);
    System.out.println(summary);
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Samples the PSS of the PostgreSQL processes this JVM started; the JVM's own peak comes from VmHWM. */
  static final class Memory extends Thread {
    volatile boolean running = true;
    volatile long pgPeakKb;

    static Memory watch() {
      Memory m = new Memory();
      m.setDaemon(true);
      m.start();
      return m;
    }

    @Override
    public void run() {
      while (running) {
        long pss = ProcessHandle.current().descendants().mapToLong(p -> pss(p.pid())).sum();
        pgPeakKb = Math.max(pgPeakKb, pss);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() throws InterruptedException {
      running = false;
      join();
    }

    long jvmPeakKb() throws Exception {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
      return -1;
    }

    private static long pss(long pid) {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
          if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
      } catch (Exception gone) {
        // the process ended
      }
      return 0;
    }
  }
}
