package dev.onewaydoor.cli;

import dev.onewaydoor.app.App;
import dev.onewaydoor.app.DeliveryRecovery;
import dev.onewaydoor.app.RestartRecovery;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.ServerConfig;
import dev.onewaydoor.github.AppJwt;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.PrivateKeys;
import dev.onewaydoor.github.Sleeper;
import dev.onewaydoor.server.Server;
import dev.onewaydoor.verify.Verifier;
import java.io.PrintStream;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/** {@code onewaydoor serve}: the GitHub App's webhook server, configured from the environment. */
public final class ServeCommand {
  private ServeCommand() {}

  /** Starts the server and returns null, or returns the exit status of a configuration error. */
  public static Integer run(Map<String, String> env, PrintStream err) {
    ServerConfig config;
    PrivateKey key;
    try {
      config = ServerConfig.fromEnv(env);
      try {
        key = PrivateKeys.parse(config.privateKeyPem());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("PRIVATE_KEY: " + e.getMessage());
      }
    } catch (ConfigException e) {
      err.println("onewaydoor serve: " + e.getMessage());
      return 2;
    }
    // Read by logback.xml when the first logger is made, which is after this line.
    System.setProperty("onewaydoor.logLevel", config.logLevel());
    start(config, key, Clock.systemUTC(), Sleeper.REAL);
    return null;
  }

  /** The running App, its server, and the verifier (which may have started a PostgreSQL). */
  public record Running(App app, Server server, Verifier verifier) {
    public void stop() {
      server.stop();
      verifier.close();
    }
  }

  /** Wires and starts everything. {@code sleeper} waits between GitHub retries. */
  public static Running start(ServerConfig config, PrivateKey key, Clock clock, Sleeper sleeper) {
    OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
    GitHubHttp http = new GitHubHttp(client, config.apiUrl(), clock, sleeper);
    InstallationTokens tokens = new InstallationTokens(http, new AppJwt(config.appId(), key, clock), clock);
    // The embedded PostgreSQL starts on the first verification, not here.
    Verifier verifier = Verifier.fromEnv(config.databaseUrl() == null ? Map.of() : Map.of("DATABASE_URL", config.databaseUrl()));
    Runtime.getRuntime().addShutdownHook(new Thread(verifier::close, "verifier-shutdown"));
    App app = new App(http, tokens, Executors.newFixedThreadPool(4), clock, config.publicUrl(), config.dataDir(),
        config.appId(), config.maxRepositoryMb(), verifier, config.verifyForks(), config.reportPages());
    Server server;
    try {
      RestartRecovery recovery = new RestartRecovery(http, tokens, clock, config.appId(), config.publicUrl());
      server = new Server(app, config.webhookSecret(), config.webhookPath(), config.dataDir(), recovery)
          .start(config.port());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("DATA_DIR " + config.dataDir() + " is not usable", e);
    }
    // Once we listen, ask GitHub to resend what failed while we were down.
    Thread recovery = new Thread(new DeliveryRecovery(http, tokens, clock)::run, "delivery-recovery");
    recovery.setDaemon(true);
    recovery.start();
    org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("listening on port {} at {}", server.port(),
        config.webhookPath());
    return new Running(app, server, verifier);
  }
}
