package dev.onewaydoor.server;

import dev.onewaydoor.app.App;
import dev.onewaydoor.github.WebhookSignature;
import io.javalin.Javalin;

/**
 * The HTTP side: the webhook endpoint, {@code GET /healthz}, the rule pages check runs link
 * to, and the check runs' report pages. Request bodies up to 25 MB are accepted (GitHub's largest deliveries).
 */
public final class Server {
  static final long MAX_BODY = 26L * 1024 * 1024;

  private final Javalin javalin;

  private final WebhookController webhooks;

  /** {@code dataDir} may be null: accepted deliveries are then not kept across restarts. */
  public Server(App app, String webhookSecret, String webhookPath, java.nio.file.Path dataDir) throws java.io.IOException {
    WebhookController webhooks = new WebhookController(new WebhookSignature(webhookSecret), app,
        dataDir == null ? null : new Inbox(dataDir));
    this.webhooks = webhooks;
    this.javalin = Javalin.create(cfg -> {
      cfg.http.maxRequestSize = MAX_BODY;
      cfg.startup.showJavalinBanner = false;
      cfg.routes.post(webhookPath, webhooks::handle);
      cfg.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
      Pages pages = new Pages(app.reportPages());
      cfg.routes.get("/", pages::home);
      cfg.routes.get("/rules/{id}", pages::rule);
      cfg.routes.get("/reports/{id}", pages::report);
    });
  }

  /** Starts listening; {@code port} 0 picks a free port (tests). */
  public Server start(int port) {
    javalin.start(port);
    webhooks.replayLeftovers();
    return this;
  }

  public int port() {
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }
}
