package dev.ao.local.executor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One container of a Pod, translated into a local process: argv, environment, working directory. */
public record ContainerRun(String name, List<String> command, Map<String, String> env, Path workingDir, Path terminationMessage, Path log) {}
