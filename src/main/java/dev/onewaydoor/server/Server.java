package dev.onewaydoor.server;

import dev.onewaydoor.app.App;
import dev.onewaydoor.app.JobQueue;
import dev.onewaydoor.app.RestartRecovery;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.limits.ByteBudget;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP side: the webhook endpoint, {@code GET /healthz}, the rule pages check runs link
 * to, and the check runs' report pages. Webhook bodies (up to GitHub's 25 MB) are read by
 * {@link BodyGate} within shared heap and disk budgets; slow clients hold connections, not
 * threads, and only for seconds.
 */
public final class Server {
  /** Heap all webhook bodies in flight may use together; the JVM has ~100 MB on a 256 MB machine. */
  static final long HEAP_FOR_BODIES = 16L << 20;
  /** Disk all spooled bodies may use together: some twenty of GitHub's largest (25 MB) deliveries. */
  static final long DISK_FOR_BODIES = 512L << 20;
  /** Connections beyond this wait in the kernel's backlog (each costs buffers and a descriptor). */
  static final int MAX_CONNECTIONS = 2000;
  static final long IDLE_TIMEOUT_MS = 30_000;

  private final Javalin javalin;
  private final LeftoverReplay replay;
  private final CountDownLatch replayed = new CountDownLatch(1);
  private int port;

  /** {@code dataDir} may be null: accepted deliveries are then not kept across restarts. */
  public Server(App app, String webhookSecret, String webhookPath, Path dataDir, RestartRecovery recovery)
      throws IOException {
    Inbox inbox = dataDir == null ? null : new Inbox(dataDir);
    DeliveryLog deliveries = new DeliveryLog(10_000);
    WebhookController webhooks = new WebhookController(app, deliveries, inbox);
    this.replay = inbox == null ? null : new LeftoverReplay(inbox, app, deliveries, recovery, Instant.now());
    if (inbox != null) app.queue().listen(new JobQueue.Listener() {
      public void started(String delivery) {
        inbox.started(delivery);
      }

      public void finished(String delivery) {
        inbox.finished(delivery);
      }
    });
    SpooledBody.Budgets budgets = new SpooledBody.Budgets(new ByteBudget("heap for bodies", HEAP_FOR_BODIES),
        new ByteBudget("disk for bodies", DISK_FOR_BODIES), Spool.prepare(dataDir));
    BodyGate gate = new BodyGate(webhookPath, new WebhookSignature(webhookSecret), budgets);
    this.javalin = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.modifyServer(server -> {
        server.setHandler(gate); // Javalin puts its servlet handler inside the gate
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
      });
      cfg.jetty.addConnector((server, http) -> {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        HeadDeadline heads = new HeadDeadline(connector.getScheduler());
        connector.addEventListener(heads);
        connector.addBean(heads);
        return connector;
      });
      cfg.routes.post(webhookPath, webhooks::handle);
      cfg.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
      Pages pages = new Pages(app.reportPages());
      cfg.routes.get("/", pages::home);
      cfg.routes.get("/rules/{id}", pages::rule);
      cfg.routes.get("/reports/{id}", pages::report);
    });
  }

  /** Starts listening, then replays what a previous process left; {@code port} 0 picks a free port (tests). */
  public Server start(int port) {
    this.port = port;
    javalin.start(port);
    if (replay == null) {
      replayed.countDown();
    } else {
      Thread t = new Thread(() -> {
        try {
          replay.run();
        } finally {
          replayed.countDown();
        }
      }, "inbox-replay");
      t.setDaemon(true);
      t.start();
    }
    return this;
  }

  /** Waits until the deliveries left by a previous process have been handed to the queue (tests). */
  public boolean awaitReplayed(long seconds) throws InterruptedException {
    return replayed.await(seconds, TimeUnit.SECONDS);
  }

  public int port() {
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }
}
