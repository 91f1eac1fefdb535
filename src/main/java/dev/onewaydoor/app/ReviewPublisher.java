package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.Review;
import dev.onewaydoor.github.ReviewComment;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.report.ReviewRenderer;
import dev.onewaydoor.report.Suggestion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One review per head SHA with inline comments on the lines that commit's diff shows (the
 * diff of the job's own base…head comparison, never the pull request as it is later);
 * findings on other lines go to the review body, since GitHub rejects a whole review that
 * comments outside the diff. A finding with an expand–contract plan gets a suggested change
 * replacing exactly its statement's lines with phase 1, when one hunk shows them all. A
 * hidden marker carries the findings' fingerprint, so re-analysing the same SHA, or a push
 * that changes nothing in the findings, posts nothing new.
 */
final class ReviewPublisher {
  private static final String MARKER = "<!-- onewaydoor:review ";
  private static final ReviewRenderer RENDERER = new ReviewRenderer();

  /**
   * Returns true when a review was posted. {@code headTexts} are the changed migrations' text
   * at the head, by path: what a suggestion must match line for line.
   */
  boolean publish(RepoApi api, int pr, String headSha, Enriched review, Map<String, DiffLines> diffs,
      Map<String, String> headTexts) throws GitHubException {
    Report report = review.report();
    if (report.findings().isEmpty()) return false;
    String fingerprint = Fingerprints.ofAll(report.findings());
    for (Review posted : api.reviews(pr)) {
      if (posted.body().contains(MARKER + "fp=" + fingerprint)) return false;
    }
    List<ReviewComment> comments = new ArrayList<>();
    List<Finding> outside = new ArrayList<>();
    Map<String, BitSet> suggested = new HashMap<>();
    for (Finding f : report.findings()) {
      DiffLines lines = diffs.get(f.file());
      if (lines == null || !lines.contains(f.line())) {
        outside.add(f);
        continue;
      }
      Optional<Suggestion> s = Suggestion.of(f, review.details(f).plan(), headTexts.get(f.file()))
          .filter(x -> lines.containsAll(x.startLine(), x.endLine()))
          .filter(x -> claim(suggested.computeIfAbsent(f.file(), k -> new BitSet()), x));
      comments.add(s.isPresent()
          ? new ReviewComment(f.file(), s.get().startLine(), s.get().endLine(), RENDERER.comment(f, s.get()))
          : new ReviewComment(f.file(), f.line(), RENDERER.comment(f)));
    }
    String body = CheckRunContent.clip(RENDERER.body(report, outside), 64_000) + "\n\n" + MARKER + "fp=" + fingerprint + " -->";
    api.createReview(pr, new Review(headSha, body, comments));
    return true;
  }

  /** Two suggestions on the same lines could not both be applied: the first one keeps them. */
  private static boolean claim(BitSet taken, Suggestion s) {
    if (taken.get(s.startLine(), s.endLine() + 1).cardinality() > 0) return false;
    taken.set(s.startLine(), s.endLine() + 1);
    return true;
  }
}
