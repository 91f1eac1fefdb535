package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.migrations.SourceFile;
import java.util.List;
import java.util.Map;

/** What a review job fetched: nothing to review, a change to analyse, or a reason it cannot be reviewed. */
sealed interface Change {
  /** The comparison changes no migration file. */
  record None() implements Change {}

  /** The change cannot be reviewed as a whole: the check fails with this title and summary. */
  record Unreviewable(String title, String summary) implements Change {}

  /**
   * The migrations at base and head, each changed file's diff lines (empty when GitHub gave
   * no patch), changed migrations too large to read, and notes for the check's summary.
   */
  record Migrations(List<SourceFile> base, List<SourceFile> head, Map<String, DiffLines> diffs, List<Finding> tooLarge,
      List<String> notes) implements Change {
    public Migrations {
      base = List.copyOf(base);
      head = List.copyOf(head);
      diffs = Map.copyOf(diffs);
      tooLarge = List.copyOf(tooLarge);
      notes = List.copyOf(notes);
    }

    /** The bytes of every migration held, base and head (a file in both counts once). */
    public long bytes() {
      java.util.Set<SourceFile> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      all.addAll(base);
      all.addAll(head);
      long sum = 0;
      for (SourceFile f : all) sum += f.content().length;
      return sum;
    }
  }
}
