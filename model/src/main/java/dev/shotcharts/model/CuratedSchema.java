package dev.shotcharts.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Avro schema (JSON text) of the curated Parquet files, shared by writer and readers. */
public final class CuratedSchema {
  private static final String RESOURCE = "/dev/shotcharts/model/curated-shot.avsc";

  private CuratedSchema() {}

  public static String avroJson() {
    try (InputStream in = CuratedSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
