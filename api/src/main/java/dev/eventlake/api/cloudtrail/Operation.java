package dev.eventlake.api.cloudtrail;

import dev.eventlake.api.auth.Access;
import dev.eventlake.api.auth.Caller;
import java.util.function.BiFunction;

/**
 * One operation of the CloudTrail-compatible API: its name (the part of {@code X-Amz-Target} after the prefix), the
 * access it needs, its input record type, and what it does with a bound input.
 */
public record Operation(String name, Access access, Class<?> inputType, BiFunction<Object, Caller, Object> handler) {

  /** An operation whose handler takes its typed input and the caller. */
  public static <T> Operation of(String name, Access access, Class<T> inputType,
      BiFunction<T, Caller, Object> handler) {
    return new Operation(name, access, inputType, (input, caller) -> handler.apply(inputType.cast(input), caller));
  }

  /** The output of operations whose response has no members: {@code {}}. */
  public static final java.util.Map<String, Object> EMPTY = java.util.Map.of();
}
