package dev.shotcharts.localstack;

import dev.shotcharts.model.RecordJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Starts the stack's processes detached (they outlive this command), remembers them by pid file,
 * tells whether they run, and stops them.
 */
final class Supervisor {
  private final StackConfig config;

  Supervisor(StackConfig config) {
    this.config = config;
  }

  Optional<ProcessHandle> running(String name) {
    Path pid = config.pids().resolve(name + ".pid");
    if (!Files.isRegularFile(pid)) {
      return Optional.empty();
    }
    try {
      return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
          .filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  Path log(String name) {
    return config.logs().resolve(name + ".log");
  }

  /** Logs kept per process: the current one and this many before it. */
  static final int KEPT_LOGS = 3;

  /** The current log becomes {@code NAME.log.1}, the older ones move down, the oldest goes. */
  void rotate(String name) throws IOException {
    Path log = log(name);
    if (!Files.isRegularFile(log) || Files.size(log) == 0) {
      return;
    }
    Files.deleteIfExists(Path.of(log + "." + KEPT_LOGS));
    for (int i = KEPT_LOGS - 1; i >= 1; i--) {
      Path older = Path.of(log + "." + i);
      if (Files.exists(older)) {
        Files.move(older, Path.of(log + "." + (i + 1)));
      }
    }
    // Copy and truncate: a running process keeps appending to the same open file.
    Files.copy(log, Path.of(log + ".1"));
    try (var channel =
        java.nio.channels.FileChannel.open(log, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(0);
    }
  }

  /** How a started service was started, so the watcher can start it again the same way. */
  Path description(String name) {
    return config.pids().resolve(name + ".json");
  }

  /** The services started and not stopped since: those with a pid file and a description. */
  List<Service> started() throws IOException {
    if (!Files.isDirectory(config.pids())) {
      return List.of();
    }
    try (var files = Files.list(config.pids())) {
      List<Service> services = new java.util.ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (Files.exists(config.pids().resolve(name + ".pid"))) {
          services.add(RecordJson.fromJson(Files.readString(file), Service.class));
        }
      }
      return services;
    }
  }

  /**
   * Starts the service and waits until its port answers (a service without a port: until it has
   * lived a few seconds); fails with its log tail if it dies.
   */
  void start(Service service, Duration timeout) throws IOException, InterruptedException {
    if (service.port() != 0 && !isFree(service.port())) {
      throw new StackException(
          "port "
              + service.port()
              + " ("
              + service.name()
              + ") is taken; free it or choose another"
              + " with "
              + service.portOption());
    }
    Files.createDirectories(config.logs());
    Files.createDirectories(config.pids());
    Files.createDirectories(service.workDir());
    rotate(service.name());
    ProcessBuilder builder =
        new ProcessBuilder(service.command())
            .directory(service.workDir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service.name()).toFile()));
    builder.environment().putAll(service.environment());
    Process process = builder.start();
    Files.writeString(description(service.name()), RecordJson.toJson(service));
    Files.writeString(
        config.pids().resolve(service.name() + ".pid"), String.valueOf(process.pid()));
    long deadline = System.nanoTime() + timeout.toNanos();
    long settled = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (service.port() == 0 ? System.nanoTime() < settled : !answers(service.port())) {
      if (!process.isAlive()) {
        throw new StackException(
            service.name()
                + " exited with "
                + process.exitValue()
                + " while starting; the end of "
                + log(service.name())
                + ":\n"
                + tail(log(service.name()), 25));
      }
      if (System.nanoTime() > deadline) {
        process.destroy();
        throw new StackException(
            service.name()
                + " did not answer on port "
                + service.port()
                + " within "
                + timeout
                + "; the end of its log:\n"
                + tail(log(service.name()), 25));
      }
      Thread.sleep(200);
    }
  }

  /** Stops the process and its children (a script's JVM), politely first. */
  boolean stop(String name) throws InterruptedException {
    return stop(name, true);
  }

  /**
   * Stops the process but not its children: those a watcher started are processes of the stack in
   * their own right.
   */
  boolean stopAlone(String name) throws InterruptedException {
    return stop(name, false);
  }

  private boolean stop(String name, boolean withChildren) throws InterruptedException {
    Optional<ProcessHandle> process = running(name);
    process.ifPresent(
        p -> {
          if (withChildren) {
            p.descendants().forEach(ProcessHandle::destroy);
          }
          p.destroy();
        });
    if (process.isPresent()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (process.get().isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      if (process.get().isAlive()) {
        process.get().destroyForcibly();
      }
    }
    try {
      Files.deleteIfExists(config.pids().resolve(name + ".pid"));
      Files.deleteIfExists(description(name));
    } catch (IOException ignored) {
      // a stale pid file is harmless: running() checks the process
    }
    return process.isPresent();
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
