package dev.shotcharts.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process of the stack: how to start it, which port says it is up, where its UI is, and the
 * option that changes that port (named in the error when the port is taken).
 */
record Service(
    String name,
    List<String> command,
    Map<String, String> environment,
    Path workDir,
    int port,
    String portOption,
    String ui) {}
