package dev.onewaydoor.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.app.App;
import dev.onewaydoor.app.JobQueue;
import dev.onewaydoor.github.PayloadFields;
import dev.onewaydoor.github.RequiredFields;
import dev.onewaydoor.github.WebhookEvent;
import dev.onewaydoor.github.WebhookSignature;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code POST WEBHOOK_PATH}, once {@link BodyGate} has read the body: checks the signature
 * (401), rejects malformed JSON (400) and events the App would act on that lack the fields it
 * needs (400), answers duplicates and {@code ping} with 200, and hands everything else to the
 * App's queue with 202 — in milliseconds, without calling GitHub. The delivery id is in the
 * logging context (MDC) from here to the end of the jobs it causes.
 */
final class WebhookController {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
  /**
   * The strings the App keeps (names, SHAs, a comment's body) are far below 1 MB on GitHub;
   * a kept string longer than that is refused rather than built. Other strings are skipped.
   */
  static final PayloadFields PAYLOAD = new PayloadFields(1 << 20);

  private final App app;
  private final DeliveryLog deliveries;
  private final Inbox inbox;

  /** {@code inbox} may be null (no DATA_DIR): accepted deliveries then live in memory only. */
  WebhookController(App app, DeliveryLog deliveries, Inbox inbox) {
    this.app = app;
    this.deliveries = deliveries;
    this.inbox = inbox;
  }

  void handle(Context ctx) {
    BodyGate.Received received = ctx.attribute(BodyGate.ATTRIBUTE);
    if (received == null) { // the gate reads every webhook body; reaching here without one is our bug
      LOG.error("internal error: a webhook request reached the route without passing the body gate");
      reply(ctx, 500, "internal error");
      return;
    }
    String delivery = ctx.header("X-GitHub-Delivery");
    try (MDC.MDCCloseable m = MDC.putCloseable(JobQueue.DELIVERY, delivery);
        SpooledBody body = received.body()) {
      if (!WebhookSignature.matches(received.digest(), ctx.header("X-Hub-Signature-256"))) {
        reply(ctx, 401, "missing or wrong X-Hub-Signature-256");
        return;
      }
      accept(ctx, ctx.header("X-GitHub-Event"), delivery, body);
    }
  }

  private void accept(Context ctx, String event, String delivery, SpooledBody body) {
    JsonNode json = parse(body);
    if (json == null) {
      reply(ctx, 400, "the body is not a JSON object within GitHub's limits");
      return;
    }
    if (event.equals("ping")) {
      reply(ctx, 200, "pong");
      return;
    }
    WebhookEvent parsed = WebhookEvent.parse(event, json);
    boolean wanted = app.wants(parsed);
    String missing = wanted ? RequiredFields.missing(parsed) : null;
    if (missing != null) {
      LOG.warn("{}.{} delivery refused: it has no {}", event, parsed.action(), missing);
      reply(ctx, 400, "the " + event + " event has no " + missing);
      return;
    }
    if (!deliveries.firstTime(delivery)) {
      reply(ctx, 200, "duplicate delivery, already handled");
      return;
    }
    try {
      if (wanted && inbox != null) inbox.save(delivery, event, body);
      boolean queued = wanted && app.handle(parsed);
      if (wanted && !queued && inbox != null) inbox.finished(delivery);
      LOG.debug("{}.{}: {}", event, parsed.action(), queued ? "queued" : "no work");
      reply(ctx, 202, queued ? "accepted" : "nothing to do for this event");
    } catch (RuntimeException | IOException e) {
      deliveries.forget(delivery); // let GitHub's redelivery try again
      if (inbox != null) inbox.finished(delivery);
      LOG.error("delivery could not be queued", e);
      reply(ctx, 503, "could not queue the delivery; redeliver it");
    }
  }

  private static JsonNode parse(SpooledBody body) {
    if (body.onHeap()) return PAYLOAD.read(body.heap(), 0, body.heapSize());
    try (InputStream in = body.open()) {
      return PAYLOAD.read(in);
    } catch (IOException e) {
      LOG.warn("cannot read back a spooled body", e);
      return null;
    }
  }

  static void reply(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json").result("{\"message\":\"" + message.replace("\"", "'") + "\"}");
  }
}
