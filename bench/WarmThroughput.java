import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Warm in-process throughput of the check pipeline (discovery, parsing, rules) on a corpus
 * already in memory: the cost per job the GitHub App pays once the JVM is warm.
 *
 * <p>Usage: {@code java -cp target/onewaydoor.jar bench/WarmThroughput.java CORPUS_DIR [ROUNDS]}
 */
public class WarmThroughput {
  public static void main(String[] args) throws Exception {
    List<SourceFile> files = new ArrayList<>();
    Path root = Path.of(args[0]);
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.add(new SourceFile(root.relativize(p).toString(), Files.readAllBytes(p)));
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Checker checker = new Checker(RepoConfig.defaults());
    int statements = 0;
    for (int i = 0; i < rounds; i++) statements = checker.checkAll(files, Progress.NONE).statements(); // warm-up
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      Report r = checker.checkAll(files, Progress.NONE);
      statements = r.statements();
    }
    double seconds = (System.nanoTime() - start) / 1e9 / rounds;
    System.out.printf("%d files, %d statements: %.1f ms per pass, %.0f statements/s%n",
        files.size(), statements, seconds * 1000, statements / seconds);
  }
}
