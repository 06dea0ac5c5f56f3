package dev.shotcharts.transform;

import dev.shotcharts.model.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Builds the dead letter of a record that could not be curated: reason plus original bytes. */
public final class DeadLetters {
  private DeadLetters() {}

  public static DeadLetter of(
      Exception error,
      String topic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Instant at) {
    String[] encoded = encode(value);
    return new DeadLetter(
        String.valueOf(error.getMessage()),
        error.getClass().getName(),
        topic,
        partition,
        offset,
        key == null ? null : new String(key, StandardCharsets.UTF_8),
        encoded[1],
        encoded[0],
        at.toString());
  }

  /** {encoding, text}: UTF-8 when the bytes are valid UTF-8, base64 otherwise. */
  private static String[] encode(byte[] value) {
    if (value == null) {
      return new String[] {"utf-8", null};
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(value))
              .toString();
      return new String[] {"utf-8", text};
    } catch (CharacterCodingException e) {
      return new String[] {"base64", Base64.getEncoder().encodeToString(value)};
    }
  }
}
