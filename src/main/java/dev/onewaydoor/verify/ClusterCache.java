package dev.onewaydoor.verify;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A freshly initialised PostgreSQL cluster kept per user and per binaries, so that starting the
 * embedded server copies ~40 MB of files instead of running initdb (1.3 s here, several
 * seconds on a busy machine). The cache directory must be the user's own and private (700):
 * one made by anybody else is not used. The cluster's superuser password is in it (600); each
 * server started from a copy replaces it with a random one before anything else runs.
 */
final class ClusterCache {
  private static final String[] BINARIES = {"postgres-linux-x86_64-alpine_linux.txz", "postgres-linux-x86_64.txz"};

  private final Path cluster;

  private ClusterCache(Path cluster) {
    this.cluster = cluster;
  }

  /** The cache for the binaries on the classpath, or null when there is none to trust. */
  static ClusterCache open() {
    return open(Path.of(System.getProperty("java.io.tmpdir"),
        "onewaydoor-pg-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_")));
  }

  static ClusterCache open(Path root) {
    try {
      String key = binariesKey();
      if (key == null) return null;
      try {
        Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (FileAlreadyExistsException exists) {
        if (!isPrivate(root)) return null;
      }
      ClusterCache cache = new ClusterCache(root.resolve(key));
      return Files.isRegularFile(cache.cluster.resolve("data/PG_VERSION")) || cache.build(root) ? cache : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  String password() throws IOException {
    return Files.readString(cluster.resolve("secret")).trim();
  }

  /** Copies the cluster to {@code data} (which must not exist), keeping the files' modes. */
  void copyTo(Path data) throws IOException {
    Path from = cluster.resolve("data");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.copy(p, data.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** initdb once into a staging directory (a start and a clean stop), then an atomic rename. */
  private boolean build(Path root) throws IOException {
    Path staging = Files.createTempDirectory(root, "staging-");
    String password = Secrets.hex(24);
    Path pwfile = staging.resolve("pwfile");
    Files.writeString(pwfile, password + "\n");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(staging.resolve("data"))
        .setCleanDataDirectory(false).setRegisterShutdownHook(false)
        .setLocaleConfig("pwfile", pwfile.toString()).setLocaleConfig("auth-host", "scram-sha-256")
        .setLocaleConfig("auth-local", "scram-sha-256").setConnectConfig("password", password)
        .setServerConfig("listen_addresses", "localhost").setServerConfig("unix_socket_directories", "")
        .start()) {
      // started and stopped: the cluster is initialised and cleanly shut down
    }
    Files.delete(pwfile);
    Files.deleteIfExists(staging.resolve("data/epg-lock"));
    Path secret = staging.resolve("secret");
    Files.writeString(secret, password + "\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    try {
      Files.move(staging, cluster, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException raced) {
      EmbeddedPostgresServer.delete(staging); // another process built it first
    }
    return Files.isRegularFile(cluster.resolve("data/PG_VERSION"));
  }

  private static boolean isPrivate(Path dir) throws IOException {
    PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> p = a.permissions();
    return a.isDirectory() && a.owner().getName().equals(System.getProperty("user.name"))
        && p.equals(PosixFilePermissions.fromString("rwx------"));
  }

  /** The binaries' archive name and size: a new PostgreSQL version is a new cache entry. */
  private static String binariesKey() throws IOException {
    for (String name : BINARIES) {
      URL url = ClusterCache.class.getClassLoader().getResource(name);
      if (url != null) return name.replace(".txz", "") + "-" + url.openConnection().getContentLengthLong();
    }
    return null;
  }
}
