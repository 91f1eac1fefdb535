package dev.onewaydoor.verify;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL (zonky's binaries, the version of the binaries BOM) for
 * verification: a private data directory (mode 700, deleted on close), TCP on loopback only,
 * no Unix socket, password authentication (SCRAM) for everyone with a random superuser
 * password that never leaves this process. As root, zonky runs it under {@code unshare -U}.
 */
final class EmbeddedPostgresServer {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private EmbeddedPostgresServer() {}

  static PostgresServer start() throws IOException, SQLException {
    Path dir = Files.createTempDirectory("onewaydoor-pg-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    String password = Secrets.hex(24);
    Path pwfile = dir.resolve("pwfile");
    Files.writeString(pwfile, password + "\n");
    ClusterCache cache = ClusterCache.open();
    String bootPassword = password;
    if (cache != null) {
      cache.copyTo(dir.resolve("data"));
      bootPassword = cache.password();
    }
    EmbeddedPostgres pg;
    try {
      pg = EmbeddedPostgres.builder()
          .setDataDirectory(dir.resolve("data"))
          .setCleanDataDirectory(false) // a copied cluster is used as is; the whole dir is deleted on stop
          // initdb (no cache): "-A trust" is zonky's; these later options win for host and local connections
          .setLocaleConfig("pwfile", pwfile.toString())
          .setLocaleConfig("auth-host", "scram-sha-256")
          .setLocaleConfig("auth-local", "scram-sha-256")
          .setConnectConfig("password", bootPassword)
          .setServerConfig("listen_addresses", "localhost")
          .setServerConfig("unix_socket_directories", "")
          .setServerConfig("max_connections", "60")
          .setServerConfig("shared_buffers", "32MB")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("temp_file_limit", "1GB")
          .setServerConfig("log_min_messages", "warning")
          .setServerConfig("log_min_error_statement", "panic")
          .start();
    } finally {
      Files.deleteIfExists(pwfile);
    }
    EmbeddedPostgres running = pg;
    Runnable stop = () -> {
      try {
        running.close();
      } catch (IOException e) {
        LOG.warn("could not stop the embedded PostgreSQL: {}", e.getMessage());
      }
      delete(dir);
    };
    try {
      if (cache != null) {
        // The cached cluster's password is known to this user's files: replace it first.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort()
            + "/postgres", PostgresServer.props("postgres", bootPassword, Map.of()));
            java.sql.Statement st = c.createStatement()) {
          st.execute("ALTER ROLE postgres PASSWORD " + PgDialect.INSTANCE.string(password));
        }
      }
      PostgresServer server = new PostgresServer("127.0.0.1", pg.getPort(), "postgres",
          PostgresServer.props("postgres", password, Map.of()), true, "embedded, loopback only", stop);
      server.revokePublicConnect("postgres", "template1"); // scratch roles reach their own database only
      return server;
    } catch (SQLException e) {
      stop.run();
      throw e;
    }
  }

  static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not delete {}: {}", dir, e.getMessage());
    }
  }
}
