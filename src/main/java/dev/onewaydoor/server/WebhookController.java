package dev.onewaydoor.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.app.App;
import dev.onewaydoor.github.PayloadFields;
import dev.onewaydoor.github.WebhookEvent;
import dev.onewaydoor.github.WebhookSignature;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST WEBHOOK_PATH}: verifies the signature over the raw bytes (401), requires the
 * event and delivery headers (400), rejects malformed JSON (400), answers duplicates and
 * {@code ping} with 200, and hands everything else to the App's queue with 202 — in
 * milliseconds, without calling GitHub.
 */
final class WebhookController {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
  private static final PayloadFields PAYLOAD = new PayloadFields((int) Server.MAX_BODY);

  private final WebhookSignature signature;
  private final App app;
  private final DeliveryLog deliveries = new DeliveryLog(10_000);
  private final Inbox inbox;

  /** {@code inbox} may be null (no DATA_DIR): accepted deliveries then live in memory only. */
  WebhookController(WebhookSignature signature, App app, Inbox inbox) {
    this.signature = signature;
    this.app = app;
    this.inbox = inbox;
    if (inbox != null) app.queue().onDrained(inbox::drained);
  }

  /** Hands deliveries a previous process accepted but did not finish to the queue again. */
  void replayLeftovers() {
    if (inbox == null) return;
    for (Inbox.Entry e : inbox.leftovers()) {
      JsonNode json = PAYLOAD.read(e.body());
      if (json == null || !deliveries.firstTime(e.delivery())) {
        inbox.discard(e.delivery());
        continue;
      }
      LOG.info("replaying delivery {} ({}) accepted before a restart", e.delivery(), e.event());
      if (app.handle(WebhookEvent.parse(e.event(), json))) inbox.queued(e.delivery());
      else inbox.discard(e.delivery());
    }
  }

  void handle(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (!signature.verify(body, ctx.header("X-Hub-Signature-256"))) {
      reply(ctx, 401, "missing or wrong X-Hub-Signature-256");
      return;
    }
    String event = ctx.header("X-GitHub-Event");
    String delivery = ctx.header("X-GitHub-Delivery");
    if (event == null || event.isBlank() || delivery == null || delivery.isBlank()) {
      reply(ctx, 400, "X-GitHub-Event and X-GitHub-Delivery are required");
      return;
    }
    JsonNode json = PAYLOAD.read(body);
    if (json == null) {
      reply(ctx, 400, "the body is not a JSON object");
      return;
    }
    if (!deliveries.firstTime(delivery)) {
      reply(ctx, 200, "duplicate delivery " + delivery + ", already handled");
      return;
    }
    if (event.equals("ping")) {
      reply(ctx, 200, "pong");
      return;
    }
    try {
      WebhookEvent parsed = WebhookEvent.parse(event, json);
      boolean wanted = app.wants(parsed);
      if (wanted && inbox != null) inbox.save(delivery, event, body);
      boolean queued = wanted && app.handle(parsed);
      if (inbox != null && wanted) {
        if (queued) inbox.queued(delivery);
        else inbox.discard(delivery);
      }
      LOG.debug("delivery {} {}.{}: {}", delivery, event, json.path("action").asText(""), queued ? "queued" : "no work");
      reply(ctx, 202, queued ? "accepted" : "nothing to do for this event");
    } catch (RuntimeException | java.io.IOException e) {
      deliveries.forget(delivery); // let GitHub's redelivery try again
      LOG.error("delivery {} could not be queued: {}", delivery, e.toString());
      reply(ctx, 503, "could not queue the delivery; redeliver it");
    }
  }

  private static void reply(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json").result("{\"message\":\"" + message.replace("\"", "'") + "\"}");
  }
}
