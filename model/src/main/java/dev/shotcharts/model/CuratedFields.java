package dev.shotcharts.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The curated columns, derived once from the components of {@link CuratedShot}: their snake-case
 * names in order (the Parquet columns of {@code curated-shot.avsc}, checked by a test) and a shot's
 * values in that order. The Avro writer and the Spark peer both build their rows from it, so a new
 * field is added in one place.
 */
public final class CuratedFields {
  private static final RecordComponent[] COMPONENTS = CuratedShot.class.getRecordComponents();
  private static final MethodHandle[] GETTERS =
      Arrays.stream(COMPONENTS).map(CuratedFields::getter).toArray(MethodHandle[]::new);

  /** Column names, in the order of the record and the schema. */
  public static final List<String> NAMES =
      Arrays.stream(COMPONENTS).map(c -> snakeCase(c.getName())).toList();

  private CuratedFields() {}

  /** The shot's values in column order, as the record holds them (LocalDate, Instant, …). */
  public static Object[] values(CuratedShot shot) {
    Object[] values = new Object[GETTERS.length];
    try {
      for (int i = 0; i < GETTERS.length; i++) {
        values[i] = GETTERS[i].invoke(shot);
      }
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read a CuratedShot component", e);
    }
    return values;
  }

  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  private static MethodHandle getter(RecordComponent component) {
    try {
      return MethodHandles.publicLookup().unreflect(component.getAccessor());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
