package dev.onewaydoor.verify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The servers a {@link Verifier} uses, started or connected on first need and kept until
 * closed: the {@code DATABASE_URL} server for its dialect, the embedded PostgreSQL for
 * PostgreSQL histories otherwise. Each has its template cache.
 */
final class Servers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Servers.class);
  static final int TEMPLATES_KEPT = 8;

  /**
   * A server and its templates, or why there is none.
   *
   * @param started how it was started or reached just now ("started in 1.2 s"), empty when it already ran
   */
  record Choice(Server server, Templates templates, String why, String started) {}

  private final DatabaseUrl url;
  private final Map<String, Choice> chosen = new LinkedHashMap<>();

  Servers(DatabaseUrl url) {
    this.url = url;
  }

  synchronized Choice forDialect(String dialect) {
    Choice c = chosen.get(dialect);
    if (c != null && c.server() != null) return new Choice(c.server(), c.templates(), null, "");
    long t = System.nanoTime();
    c = open(dialect);
    chosen.put(dialect, c);
    return c.server() == null ? c : new Choice(c.server(), c.templates(), null, (url != null && url.dialect().equals(dialect)
        ? "connected in " : "started in ") + Steps.elapsed(t));
  }

  private Choice open(String dialect) {
    try {
      if (url != null && url.dialect().equals(dialect)) {
        Server s = dialect.equals("postgresql")
            ? new PostgresServer(url.host(), url.port(), url.database().isEmpty() ? "postgres" : url.database(),
                PostgresServer.props(url.user(), url.password(), url.params()), false, url.where(), () -> { })
            : new MariaServer(url);
        return new Choice(s, new Templates(TEMPLATES_KEPT), null, "");
      }
      if (dialect.equals("postgresql")) {
        return new Choice(EmbeddedPostgresServer.start(), new Templates(TEMPLATES_KEPT), null, "");
      }
      return new Choice(null, null, "not verified: MySQL and MariaDB histories are verified on a real server only;"
          + " set DATABASE_URL=mysql://user:password@host:port/ (or mariadb://…) to a server where that user may"
          + " create databases", "");
    } catch (Exception e) {
      String where = url != null && url.dialect().equals(dialect) ? "the server at " + url.where() : "the embedded PostgreSQL";
      LOG.warn("verification: {} is not usable: {}", where, e.getMessage());
      return new Choice(null, null, "not verified: " + where + " is not usable: " + e.getMessage(), "");
    }
  }

  @Override
  public synchronized void close() {
    for (Choice c : chosen.values()) {
      if (c.templates() != null) c.templates().close();
      if (c.server() != null) c.server().close();
    }
    chosen.clear();
  }
}
