package dev.onewaydoor.references;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds where code uses the names a migration removes or changes. One pass over each
 * source file's bytes with a multi-pattern automaton; only files that contain a name are
 * lexed and classified. Migrations are not code (the caller says which paths they are),
 * nor are tests, vendored and generated files; what is skipped is said in the notes.
 */
public final class ReferenceScanner {
  /** Larger files are not read (say so); real source files are far smaller. */
  public static final long MAX_FILE_BYTES = 1L << 20;
  /** The scan stops reading after this many bytes in all, and says so. */
  public static final long MAX_TOTAL_BYTES = 512L << 20;
  /** Per target: every certain reference up to this many, then likely and possible ones up to {@link #MAX_OTHERS}. */
  static final int MAX_CERTAIN = 100;
  static final int MAX_OTHERS = 25;
  private static final int MAX_HITS_PER_FILE = 500;

  private final Predicate<String> migrations;

  /** {@code migrations} tells which paths hold migrations: they are the change, not code using it. */
  public ReferenceScanner(Predicate<String> migrations) {
    this.migrations = migrations;
  }

  public ScanResult scan(CodeTree tree, Collection<Target> targets) throws IOException {
    List<Target> list = new ArrayList<>(new LinkedHashSet<>(targets));
    if (list.isEmpty()) return new ScanResult(true, Map.of(), Map.of(), List.of(), 0);
    Needles needles = new Needles(list);
    Collector collector = new Collector(list);
    ScanNotes notes = new ScanNotes();
    long[] total = {0};
    int[] scanned = {0};
    tree.forEach(new CodeTree.Visitor() {
      @Override
      public void file(String path, long size, CodeTree.Content content) throws IOException {
        Language lang = Language.of(path);
        if (lang == null || migrations.test(path)) return;
        String skip = FileChecks.skipByPath(path);
        if (skip != null) {
          notes.skipped(skip, path);
        } else if (size > MAX_FILE_BYTES) {
          notes.skipped("over " + (MAX_FILE_BYTES >> 20) + " MB", path);
        } else if (total[0] + size > MAX_TOTAL_BYTES) {
          notes.skipped("past the " + (MAX_TOTAL_BYTES >> 20) + " MB scan budget", path);
        } else {
          total[0] += size;
          scanned[0]++;
          scanFile(path, lang, content.read(), needles, collector, notes);
        }
      }

      @Override
      public void skipped(String path, String reason) {
        notes.skipped(reason, path);
      }
    });
    return collector.result(notes.lines(), scanned[0]);
  }

  private static void scanFile(String path, Language lang, byte[] bytes, Needles needles, Collector collector,
      ScanNotes notes) {
    if (Bytes.looksBinary(bytes, bytes.length)) {
      notes.skipped("binary", path);
      return;
    }
    FileScan f = FileScan.match(path, lang, bytes, needles);
    if (f == null || !f.hasOwnHit()) return; // only table names: they tie columns to tables, nothing to report
    String skip = FileChecks.skipByContent(bytes, bytes.length, lang);
    if (skip != null) {
      notes.skipped(skip + " (mentions a name)", path);
      return;
    }
    if (!Bytes.isUtf8(bytes, bytes.length)) notes.skipped("not UTF-8 (read, shown with replacement characters)", path);
    if (f.hits.size() > MAX_HITS_PER_FILE) notes.skipped("more than " + MAX_HITS_PER_FILE + " matches (first ones read)", path);
    LineIndex lines = new LineIndex(bytes);
    int count = 0;
    for (FileScan.Hit h : f.hits) {
      if (count++ >= MAX_HITS_PER_FILE) break;
      for (Needles.Meaning m : needles.meanings(h.pattern())) {
        if (!needles.own(m)) continue;
        Target t = needles.targets.get(m.target());
        Classifier.Verdict v = Classifier.classify(f, h, m.target(), m.role());
        if (v == null) continue;
        collector.add(new Reference(t, path, lines.line(h.start()), lines.column(h.start()),
            lines.snippet(h.start(), h.end()), v.confidence(), v.why()));
      }
    }
  }

  /** Keeps the best reference per target and line, then orders and caps them. */
  private static final class Collector {
    private final Map<Target, Map<String, Reference>> byTarget = new HashMap<>();

    Collector(List<Target> targets) {
      for (Target t : targets) byTarget.put(t, new HashMap<>());
    }

    void add(Reference r) {
      byTarget.get(r.target()).merge(r.location(), r,
          (a, b) -> b.confidence().compareTo(a.confidence()) < 0 ? b : a);
    }

    ScanResult result(List<String> notes, int scanned) {
      Map<Target, List<Reference>> out = new HashMap<>();
      Map<Target, Integer> omitted = new HashMap<>();
      for (Map.Entry<Target, Map<String, Reference>> e : byTarget.entrySet()) {
        List<Reference> all = new ArrayList<>(e.getValue().values());
        all.sort(java.util.Comparator.comparing(Reference::confidence).thenComparing(Reference::path)
            .thenComparingInt(Reference::line));
        List<Reference> kept = new ArrayList<>();
        int others = 0;
        for (Reference r : all) {
          boolean certain = r.confidence() == Confidence.CERTAIN;
          if (certain ? kept.size() < MAX_CERTAIN : others++ < MAX_OTHERS) kept.add(r);
        }
        out.put(e.getKey(), List.copyOf(kept));
        if (all.size() > kept.size()) omitted.put(e.getKey(), all.size() - kept.size());
      }
      return new ScanResult(true, out, omitted, notes, scanned);
    }
  }
}
