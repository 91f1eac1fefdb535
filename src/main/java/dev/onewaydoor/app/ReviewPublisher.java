package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.Review;
import dev.onewaydoor.github.ReviewComment;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.report.ReviewRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One review per head SHA with inline comments on the lines that commit's diff shows (the
 * diff of the job's own base…head comparison, never the pull request as it is later);
 * findings on other lines go to the review body, since GitHub rejects a whole review that
 * comments outside the diff. A hidden marker carries the findings' fingerprint, so
 * re-analysing the same SHA, or a push that changes nothing in the findings, posts nothing new.
 */
final class ReviewPublisher {
  private static final String MARKER = "<!-- onewaydoor:review ";
  private static final ReviewRenderer RENDERER = new ReviewRenderer();

  /** Returns true when a review was posted. */
  boolean publish(RepoApi api, int pr, String headSha, Report report, Map<String, DiffLines> diffs)
      throws GitHubException {
    if (report.findings().isEmpty()) return false;
    String fingerprint = Fingerprints.ofAll(report.findings());
    for (Review review : api.reviews(pr)) {
      if (review.body().contains(MARKER + "fp=" + fingerprint)) return false;
    }
    List<ReviewComment> comments = new ArrayList<>();
    List<Finding> outside = new ArrayList<>();
    for (Finding f : report.findings()) {
      DiffLines lines = diffs.get(f.file());
      if (lines != null && lines.contains(f.line())) comments.add(new ReviewComment(f.file(), f.line(), RENDERER.comment(f)));
      else outside.add(f);
    }
    String body = CheckRunContent.clip(RENDERER.body(report, outside), 64_000) + "\n\n" + MARKER + "fp=" + fingerprint + " -->";
    api.createReview(pr, new Review(headSha, body, comments));
    return true;
  }
}
