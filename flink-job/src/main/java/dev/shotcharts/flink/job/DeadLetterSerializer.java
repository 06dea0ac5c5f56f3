package dev.shotcharts.flink.job;

import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RecordJson;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** Dead letters as the JSON of the contract (a class, not a lambda: Flink reads its type). */
public final class DeadLetterSerializer implements SerializationSchema<DeadLetter> {
  @Override
  public byte[] serialize(DeadLetter letter) {
    return RecordJson.toBytes(letter);
  }
}
