package dev.onewaydoor.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.app.App;
import dev.onewaydoor.app.JobQueue;
import dev.onewaydoor.app.RestartRecovery;
import dev.onewaydoor.github.RequiredFields;
import dev.onewaydoor.github.WebhookEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * At start-up, hands the deliveries a previous process accepted but did not finish back to the
 * queue. How often a delivery's jobs were started tells what happened to it:
 * <ul>
 *   <li>never: it was waiting when the process stopped; replayed as it is;
 *   <li>once or more: it was running; the check runs it left in progress are completed
 *       ("interrupted"), and it is replayed alone, one suspect at a time, so a delivery that
 *       kills the process does not take the ones running beside it along;
 *   <li>{@link #MAX_ATTEMPTS} times: it kills the process each time: moved to the quarantine,
 *       its check completed as failed, never replayed again.
 * </ul>
 */
final class LeftoverReplay implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(LeftoverReplay.class);
  static final int MAX_ATTEMPTS = 3;
  /** How long one suspect may run before the next is started anyway. */
  private static final long SUSPECT_MINUTES = 10;

  private record Leftover(Inbox.Entry entry, WebhookEvent event) {}

  private final Inbox inbox;
  private final App app;
  private final DeliveryLog deliveries;
  private final RestartRecovery recovery;
  private final Instant processStart;

  LeftoverReplay(Inbox inbox, App app, DeliveryLog deliveries, RestartRecovery recovery, Instant processStart) {
    this.inbox = inbox;
    this.app = app;
    this.deliveries = deliveries;
    this.recovery = recovery;
    this.processStart = processStart;
  }

  @Override
  public void run() {
    List<Leftover> suspects = new ArrayList<>();
    for (Inbox.Entry e : inbox.leftovers()) {
      try (MDC.MDCCloseable m = MDC.putCloseable(JobQueue.DELIVERY, e.delivery())) {
        WebhookEvent event = read(e);
        if (event == null) continue;
        if (e.attempts() >= MAX_ATTEMPTS) quarantine(e, event);
        else if (e.attempts() > 0) suspects.add(new Leftover(e, event));
        else replay(e, event);
      }
    }
    for (Leftover s : suspects) {
      try (MDC.MDCCloseable m = MDC.putCloseable(JobQueue.DELIVERY, s.entry().delivery())) {
        recovery.interrupted(s.event(), processStart);
        if (replay(s.entry(), s.event())) app.queue().awaitDone(s.entry().delivery(), TimeUnit.MINUTES.toMillis(SUSPECT_MINUTES));
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The event of a leftover, or null (and the leftover discarded) when it cannot be used. */
  private WebhookEvent read(Inbox.Entry e) {
    JsonNode json;
    try (InputStream in = inbox.body(e)) {
      json = WebhookController.PAYLOAD.read(in);
    } catch (IOException ex) {
      json = null;
    }
    WebhookEvent event = json == null ? null : WebhookEvent.parse(e.event(), json);
    String missing = event == null ? "a JSON body" : RequiredFields.missing(event);
    if (missing != null || !deliveries.firstTime(e.delivery())) {
      if (missing != null) LOG.warn("discarding a saved {} delivery without {}", e.event(), missing);
      inbox.finished(e.delivery());
      return null;
    }
    return event;
  }

  private boolean replay(Inbox.Entry e, WebhookEvent event) {
    LOG.info("replaying a {}.{} delivery accepted before a restart (started {} times)", e.event(), event.action(),
        e.attempts());
    boolean queued = app.handle(event);
    if (!queued) inbox.finished(e.delivery());
    return queued;
  }

  private void quarantine(Inbox.Entry e, WebhookEvent event) {
    Path where;
    try {
      where = inbox.quarantine(e);
    } catch (IOException ex) {
      LOG.error("cannot move a delivery that stopped the server {} times to the quarantine; deleting it", e.attempts(), ex);
      inbox.finished(e.delivery());
      where = null;
    }
    LOG.error("quarantined a {}.{} delivery for {}: its jobs were started {} times and the server stopped each time"
        + " before they finished; it is not run again (kept in {})", e.event(), event.action(), event.repo(),
        e.attempts(), where);
    recovery.quarantined(event, e.attempts(), where == null ? "(deleted)" : "quarantine/" + where.getFileName(),
        processStart);
  }
}
