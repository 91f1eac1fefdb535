package dev.onewaydoor.app;

import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.config.ReportPagesSetting;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.report.ReportPageMarkdown;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a review's report page ({@code PUBLIC_URL/reports/<id>}) where the server's
 * setting allows it for the repository; the check run links to it. A page that cannot be
 * written costs the check its link, never its result.
 */
final class ReportPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

  private final ReportPages pages;
  private final ReportPagesSetting setting;
  private final String publicUrl;
  private final Clock clock;

  /** {@code publicUrl} may be null: pages cannot be linked to, so none are made. */
  ReportPublisher(ReportPages pages, ReportPagesSetting setting, String publicUrl, Clock clock) {
    this.pages = pages;
    this.setting = setting;
    this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    this.clock = clock;
  }

  /** The page's URL, or null when the repository gets no page (or it could not be written). */
  String publish(RepoApi api, PullRequest pr, Enriched review) {
    if (publicUrl == null || !setting.allows(pr.privateRepo())) return null;
    String id = ReportPages.newId();
    Instant now = clock.instant();
    Instant expires = pages.expiry();
    String page = ReportPageMarkdown.render(review,
        new ReportPageMarkdown.About(api.fullName(), pr.number(), pr.headSha(), now, expires));
    try {
      pages.put(id, page, expires);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not store the report page of {}#{}: {}", api.fullName(), pr.number(), e.toString());
      return null;
    }
    return publicUrl + "/reports/" + id;
  }
}
