import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.references.DirectoryTree;
import dev.onewaydoor.references.ReferenceScanner;
import dev.onewaydoor.references.ScanResult;
import dev.onewaydoor.references.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Speed of the code-reference scan (issue 9: a 20,000-file repository scanned for a handful
 * of names in at most 2 s warm). Generates a synthetic repository with a fixed seed (Java,
 * Kotlin, Go, Python, Ruby, TypeScript, Rust, C#, SQL and XML sources of 1–12 KB, 1% of them
 * using the names, plus vendored files), writes it to disk, then scans it warm from disk and
 * from memory.
 *
 * <p>Usage: {@code java -cp target/onewaydoor.jar bench/ReferenceScan.java [FILES] [ROUNDS] [DIR]}
 */
public class ReferenceScan {
  private static final String[] EXT = {"java", "kt", "go", "py", "rb", "ts", "rs", "cs", "sql", "xml", "js", "md"};
  private static final List<Target> TARGETS = List.of(Target.column("reservations", "booking_ref"),
      Target.column("reservations", "fax_number"), Target.table("legacy_invoices"),
      Target.column("customers", "middle_name"), Target.column("orders", "status_code"));

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("onewaydoor-scan-bench");
    long bytes = generate(dir, files);
    System.out.printf("synthetic repository: %d files, %.1f MB, in %s%n", files, bytes / 1e6, dir);
    ReferenceScanner scanner = new ReferenceScanner(p -> p.contains("/migrations/"));
    CodeTree disk = new DirectoryTree(dir);
    Map<String, byte[]> loaded = new HashMap<>();
    disk.forEach(new CodeTree.Visitor() {
      public void file(String path, long size, CodeTree.Content content) throws java.io.IOException {
        loaded.put(path, content.read());
      }
      public void skipped(String path, String reason) {}
    });
    CodeTree memory = CodeTree.of(loaded);
    report("from disk (warm page cache)", scanner, disk, rounds);
    report("from memory", scanner, memory, rounds);
  }

  private static void report(String label, ReferenceScanner scanner, CodeTree tree, int rounds) throws Exception {
    ScanResult r = null;
    for (int i = 0; i < 3; i++) r = scanner.scan(tree, TARGETS); // warm-up
    long[] ms = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      r = scanner.scan(tree, TARGETS);
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    Arrays.sort(ms);
    int refs = 0;
    for (Target t : TARGETS) refs += r.of(t).size();
    System.out.printf("%-28s %d names: median %d ms, max %d ms (%d files searched, %d references, %d notes)%n",
        label, TARGETS.size(), ms[rounds / 2], ms[rounds - 1], r.filesScanned(), refs, r.notes().size());
  }

  private static long generate(Path dir, int files) throws Exception {
    Random rnd = new Random(9);
    long total = 0;
    for (int i = 0; i < files; i++) {
      String ext = EXT[i % EXT.length];
      String folder = i % 50 == 0 ? "node_modules/pkg" + (i % 7) : "src/module" + (i % 200);
      Path p = dir.resolve(folder + "/file" + i + "." + ext);
      Files.createDirectories(p.getParent());
      byte[] content = body(rnd, ext, i % 100 == 7).getBytes(StandardCharsets.UTF_8);
      Files.write(p, content);
      total += content.length;
    }
    return total;
  }

  private static String body(Random rnd, String ext, boolean usesNames) {
    StringBuilder sb = new StringBuilder();
    int lines = 20 + rnd.nextInt(180);
    for (int l = 0; l < lines; l++) {
      switch (rnd.nextInt(6)) {
        case 0: sb.append("    String query = \"SELECT id, name, created_at FROM accounts WHERE id = ?\";\n"); break;
        case 1: sb.append("    // reservation bookings are confirmed by the partner api before payment\n"); break;
        case 2: sb.append("    total = total + item.price * item.quantity; // line ").append(l).append('\n'); break;
        case 3: sb.append("    if (order.status != null && customer.name.length() > 0) { process(order); }\n"); break;
        case 4: sb.append("    logger.info(\"processed {} reservations for {}\", count, customerId);\n"); break;
        default: sb.append("    return mapper.map(row.get(\"reservation_id\"), row.get(\"amount\"));\n");
      }
      if (usesNames && l == lines / 2) {
        sb.append("    var q = \"SELECT booking_ref, fax_number FROM reservations WHERE id = ?\";\n");
        sb.append("    db.exec(\"UPDATE orders SET status_code = 2\"); // legacy_invoices\n");
      }
    }
    return sb.toString();
  }
}
