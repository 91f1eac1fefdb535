package dev.onewaydoor.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/onewaydoor.jar serve} as a child process, sized like the Fly.io
 * machine: {@code fly.toml}'s {@code JAVA_TOOL_OPTIONS} on a JVM that sees 512 MB of RAM (the machine fly.toml asks for).
 * Its log is collected, and start-up is awaited on the "listening" line.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern TOOL_OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS\\s*=\\s*\"([^\"]*)\"");

  final int port;
  final Process process;
  final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch listening = new CountDownLatch(1);

  ServerProcess(Map<String, String> env) throws IOException, InterruptedException {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path jar = Path.of(System.getProperty("onewaydoor.jar", "target/onewaydoor.jar"));
    if (!Files.isRegularFile(jar)) throw new IllegalStateException("run after `mvn package`: " + jar + " is missing");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString(), "serve").redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("PORT", String.valueOf(port));
    pb.environment().put("JAVA_TOOL_OPTIONS", flyToolOptions() + " -XX:MaxRAM=512m "
        + System.getProperty("onewaydoor.jvm.extra", ""));
    process = pb.start();
    Thread reader = new Thread(this::readLog, "server-log");
    reader.setDaemon(true);
    reader.start();
    if (!listening.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the server did not start: " + log);
  }

  /** The JVM flags the deployment uses, read from {@code fly.toml}. */
  static String flyToolOptions() throws IOException {
    Matcher m = TOOL_OPTIONS.matcher(Files.readString(Path.of("fly.toml")));
    if (!m.find()) throw new IllegalStateException("fly.toml sets no JAVA_TOOL_OPTIONS");
    return m.group(1);
  }

  private void readLog() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        log.add(line);
        if (line.contains("listening on port")) listening.countDown();
      }
    } catch (IOException e) {
      log.add("log reader: " + e);
    }
  }

  /** Peak resident set size of the process in kB ({@code VmHWM}), or -1 where /proc is missing. */
  long peakRssKb() throws IOException {
    Path status = Path.of("/proc/" + process.pid() + "/status");
    if (!Files.exists(status)) return -1;
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
