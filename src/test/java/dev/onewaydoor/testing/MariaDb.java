package dev.onewaydoor.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private MariaDB server for one test class: Debian's {@code mariadb-server} (installed by
 * {@code .ci/run}), a data directory, socket and port of its own, stopped and deleted on close.
 * As root, mariadbd needs {@code --user=root}.
 */
public final class MariaDb implements AutoCloseable {
  public static final String USER = "owd";
  public static final String PASSWORD = "test-only-password";

  private final Path dir;
  private final Process process;
  private final int port;

  private MariaDb(Path dir, Process process, int port) {
    this.dir = dir;
    this.process = process;
    this.port = port;
  }

  public static MariaDb start() throws Exception {
    String mariadbd = find("mariadbd", "/usr/sbin/mariadbd");
    String installDb = find("mariadb-install-db", "/usr/bin/mariadb-install-db");
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("mariadb-test-");
    List<String> install = new ArrayList<>(List.of(installDb, "--no-defaults", "--datadir=" + dir.resolve("data"),
        "--auth-root-authentication-method=normal", "--skip-test-db"));
    if (root) install.add("--user=root");
    Process p = new ProcessBuilder(install).redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(mariadbd, "--no-defaults", "--datadir=" + dir.resolve("data"),
        "--socket=" + dir.resolve("mysqld.sock"), "--port=" + port, "--bind-address=127.0.0.1",
        "--pid-file=" + dir.resolve("mysqld.pid"), "--innodb-buffer-pool-size=16M", "--skip-name-resolve"));
    if (root) cmd.add("--user=root");
    Process server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    // mariadbd logs to stderr; wait for "ready for connections" on that stream, not on a clock.
    CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        boolean seen = false;
        while ((line = r.readLine()) != null) {
          if (line.contains("ready for connections")) seen = true;
          if (seen) break;
        }
        CompletableFuture.runAsync(() -> r.lines().forEach(l -> { })); // keep draining
        return seen;
      } catch (IOException e) {
        return false;
      }
    });
    if (!ready.get(120, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      throw new IllegalStateException("mariadbd did not start");
    }
    MariaDb db = new MariaDb(dir, server, port);
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
      st.execute("GRANT ALL ON *.* TO '" + USER + "'@'127.0.0.1'");
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /** {@code mariadb://owd:…@127.0.0.1:port/}, as DATABASE_URL. */
  public String url() {
    return "mariadb://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/";
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", USER, PASSWORD);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private static String find(String name, String usual) {
    if (Files.isExecutable(Path.of(usual))) return usual;
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
    }
    throw new IllegalStateException(name + " not found: install Debian's mariadb-server (.ci/run does)");
  }
}
