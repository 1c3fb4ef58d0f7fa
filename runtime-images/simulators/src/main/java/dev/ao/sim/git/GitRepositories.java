package dev.ao.sim.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Bare repositories on disk at {@code <dataDir>/<owner>/<name>.git}. One open {@link Repository} per repository is
 * shared by all requests (JGit repositories are thread-safe) and closed with this object.
 */
public final class GitRepositories implements AutoCloseable {

  private final Path dataDir;
  private final Map<String, Repository> open = new ConcurrentHashMap<>();

  public GitRepositories(Path dataDir) {
    this.dataDir = dataDir;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Creates an empty bare repository whose HEAD names {@code defaultBranch}; reuses one already on disk. */
  public Repository create(String owner, String name, String defaultBranch) {
    Path dir = directory(owner, name);
    if (Files.isDirectory(dir)) {
      return open(owner, name);
    }
    try {
      Files.createDirectories(dir.getParent());
      Git git = Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch(defaultBranch).call();
      Repository repo = git.getRepository();
      open.put(key(owner, name), repo);
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException("cannot create repository " + owner + "/" + name, e);
    }
  }

  public Repository open(String owner, String name) {
    return open.computeIfAbsent(key(owner, name), key -> {
      try {
        return new FileRepositoryBuilder().setGitDir(directory(owner, name).toFile()).setMustExist(true).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Repositories already on disk, as owner/name pairs, so a restarted simulator can serve them again. */
  public List<String[]> existing() {
    List<String[]> found = new ArrayList<>();
    if (!Files.isDirectory(dataDir)) {
      return found;
    }
    try (Stream<Path> owners = Files.list(dataDir)) {
      for (Path ownerDir : owners.filter(Files::isDirectory).toList()) {
        try (Stream<Path> repos = Files.list(ownerDir)) {
          repos.filter(p -> p.getFileName().toString().endsWith(".git") && Files.isDirectory(p))
              .forEach(p -> {
                String file = p.getFileName().toString();
                found.add(new String[] {ownerDir.getFileName().toString(), file.substring(0, file.length() - 4)});
              });
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private Path directory(String owner, String name) {
    return dataDir.resolve(owner).resolve(name + ".git");
  }

  private static String key(String owner, String name) {
    return (owner + "/" + name).toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    open.values().forEach(Repository::close);
    open.clear();
  }
}
