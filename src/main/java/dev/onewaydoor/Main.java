package dev.onewaydoor;

import dev.onewaydoor.cli.CheckCommand;
import dev.onewaydoor.report.Version;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code onewaydoor.jar}: dispatches to a subcommand. */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: onewaydoor <command> [options]",
      "",
      "commands:",
      "  check   find one-way doors in database migrations (see: onewaydoor check --help)",
      "  serve   run the GitHub App webhook server",
      "  version print the version");

  private Main() {}

  public static void main(String[] args) {
    int status = run(Arrays.asList(args));
    if (status >= 0) System.exit(status);
  }

  static int run(List<String> args) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      System.out.println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    List<String> rest = args.subList(1, args.size());
    switch (args.get(0)) {
      case "check":
        if (rest.contains("--help") || rest.contains("-h")) {
          System.out.println(CheckCommand.USAGE);
          return 0;
        }
        return new CheckCommand(System.out, System.err).run(rest);
      case "serve":
        Integer status = dev.onewaydoor.cli.ServeCommand.run(System.getenv(), System.err);
        if (status == null) return -1; // running: the server's threads keep the JVM alive
        return status;
      case "version":
      case "--version":
        System.out.println("onewaydoor " + Version.get());
        return 0;
      default:
        System.err.println("onewaydoor: unknown command '" + args.get(0) + "'\n" + USAGE);
        return 2;
    }
  }
}
