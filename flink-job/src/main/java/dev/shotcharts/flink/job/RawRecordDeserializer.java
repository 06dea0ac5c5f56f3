package dev.shotcharts.flink.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps the bytes as they are: parsing happens in the job, where a bad record becomes a dead letter
 * instead of an exception that would restart the job forever.
 */
public final class RawRecordDeserializer
    implements KafkaRecordDeserializationSchema<KafkaRawRecord> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaRawRecord> out) {
    out.collect(
        new KafkaRawRecord(
            record.topic(), record.partition(), record.offset(), record.key(), record.value()));
  }

  @Override
  public TypeInformation<KafkaRawRecord> getProducedType() {
    return TypeInformation.of(KafkaRawRecord.class);
  }
}
