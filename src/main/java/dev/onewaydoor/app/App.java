package dev.onewaydoor.app;

import dev.onewaydoor.config.ReportPagesSetting;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import dev.onewaydoor.limits.ByteBudget;
import dev.onewaydoor.snapshot.SnapshotCache;
import dev.onewaydoor.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * The GitHub App's behaviour: routes each webhook event to the work it calls for through one
 * table ({@link Routes}). The work runs on the queue's threads, never on the request thread.
 */
public final class App {
  /** How long a report page is kept: about as long as a pull request is reviewed. */
  static final Duration PAGES_KEPT = Duration.ofDays(30);

  private final Services services;
  private final Routes routes;
  private final ReportPages reportPages;

  /**
   * {@code appId} is this App's {@code APP_ID} (numeric id or client id): the Acknowledge button
   * counts only on check runs it created. {@code dataDir} may be null (state in memory, archives
   * in a temporary directory). Repository archives over {@code maxRepositoryMb} are not read.
   * {@code verifier} runs changes on a real database for repositories whose config asks for it;
   * pull requests from forks only when {@code verifyForks}. Check runs get a report page under
   * {@code publicUrl} for the repositories {@code pages} allows.
   */
  public App(GitHubHttp http, InstallationTokens tokens, ExecutorService pool, Clock clock, String publicUrl,
      Path dataDir, String appId, int maxRepositoryMb, Verifier verifier, boolean verifyForks, ReportPagesSetting pages) {
    this(http, tokens, pool, clock, publicUrl, dataDir, appId, JobLimits.forRepositories(maxRepositoryMb),
        new VerifyStep(verifier, verifyForks), pages);
  }

  App(GitHubHttp http, InstallationTokens tokens, ExecutorService pool, Clock clock, String publicUrl, Path dataDir,
      String appId, JobLimits limits, VerifyStep verify, ReportPagesSetting pages) {
    AckStore acks = new AckStore(dataDir);
    this.reportPages = new ReportPages(dataDir == null ? null : dataDir.resolve("reports"), clock, PAGES_KEPT);
    this.services = new Services(new JobQueue(pool), new RepoConfigLoader(),
        new ChangeFetcher(snapshots(dataDir, limits, clock), limits), new CheckPublisher(clock, publicUrl, acks),
        new ReviewPublisher(), new ReportPublisher(reportPages, pages, publicUrl, clock), new Acknowledger(acks), acks,
        clock, new ByteBudget(limits.maxMigrationBytes()), verify);
    this.routes = new Routes(services, appId, (installation, repo) -> new RepoApi(http, tokens, installation, repo));
  }

  private static SnapshotCache snapshots(Path dataDir, JobLimits limits, Clock clock) {
    try {
      Path dir = dataDir != null ? dataDir.resolve("snapshots") : Files.createTempDirectory("onewaydoor-snapshots");
      return new SnapshotCache(dir, limits.snapshots(), clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the snapshot cache", e);
    }
  }

  /** The check runs' report pages, served by the server and written by review jobs. */
  public ReportPages reportPages() {
    return reportPages;
  }

  public JobQueue queue() {
    return services.queue();
  }

  /** True when the event calls for work; has no side effects, so intake can ask first. */
  public boolean wants(WebhookEvent e) {
    if (e.installation() == 0) return false;
    Routes.Route route = routes.get(e);
    return route != null && route.wants(e);
  }

  /** Queues the work for one verified, parsed delivery. Returns false when it needs none. */
  public boolean handle(WebhookEvent e) {
    return wants(e) && routes.get(e).handle(e);
  }
}
