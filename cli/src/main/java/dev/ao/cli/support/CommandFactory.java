package dev.ao.cli.support;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands with the {@link CliContext} injected through their constructor; everything else picocli's way. */
public final class CommandFactory implements IFactory {
  private final CliContext context;
  private final IFactory fallback = CommandLine.defaultFactory();

  public CommandFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      Constructor<K> constructor = cls.getDeclaredConstructor(CliContext.class);
      return constructor.newInstance(context);
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
