package dev.shotcharts.flink.job;

import dev.shotcharts.model.CuratedShot;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoField;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;

/**
 * Flink's type of {@link CuratedShot}: a POJO (record) type whose date and instant fields use
 * Flink's own serializers. Left to itself, the type extractor treats {@code LocalDate} inside a
 * POJO as a generic (Kryo) type, which the job forbids.
 */
public final class CuratedShotType {
  public static final TypeInformation<CuratedShot> INFO = create();

  private CuratedShotType() {}

  private static TypeInformation<CuratedShot> create() {
    List<PojoField> fields = new ArrayList<>();
    for (Field field : CuratedShot.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      fields.add(new PojoField(field, typeOf(field.getType())));
    }
    return new PojoTypeInfo<>(CuratedShot.class, fields);
  }

  private static TypeInformation<?> typeOf(Class<?> type) {
    if (type == LocalDate.class) {
      return Types.LOCAL_DATE;
    }
    if (type == Instant.class) {
      return Types.INSTANT;
    }
    return TypeInformation.of(type);
  }
}
