package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One scratch database and the role that runs migrations in it. Closing it drops both, always;
 * no two verifications share one.
 *
 * @param role the login role (empty when the server's own user is used)
 */
final class Scratch implements AutoCloseable {
  private final Server server;
  private final String name;
  private final String role;
  private final String password;
  private final AtomicBoolean dropped = new AtomicBoolean();

  Scratch(Server server, String name, String role, String password) {
    this.server = server;
    this.name = name;
    this.role = role;
    this.password = password;
  }

  String name() {
    return name;
  }

  String role() {
    return role;
  }

  /** Only for the server that made it: never logged, never shown. */
  String password() {
    return password;
  }

  Connection connect() throws SQLException {
    return server.connect(this);
  }

  @Override
  public void close() {
    if (dropped.compareAndSet(false, true)) server.drop(this);
  }

  @Override
  public String toString() {
    return "Scratch[" + name + "]";
  }
}
