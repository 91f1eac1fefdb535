package dev.onewaydoor.testing;

import dev.onewaydoor.verify.Verifier;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link Verifier} with one embedded PostgreSQL for the whole test run (starting one costs
 * ~1.5 s), closed when the run ends. Test classes take it as a parameter:
 * {@code @ExtendWith(SharedVerifier.class)} and {@code void positive(Verifier v)}.
 */
public final class SharedVerifier implements ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedVerifier.class);

  /** Closes the verifier, and with it the server, at the end of the run. */
  private record Holder(Verifier verifier) implements AutoCloseable {
    @Override
    public void close() {
      verifier.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == Verifier.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return c.getRoot().getStore(NS)
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(Verifier.fromEnv(Map.of())), Holder.class).verifier();
  }
}
