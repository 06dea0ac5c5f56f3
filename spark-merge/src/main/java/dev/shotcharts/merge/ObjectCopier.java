package dev.shotcharts.merge;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.s3a.S3AFileSystem;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Copies one file within the lake. On S3 it is one CopyObject request with the lake's own client
 * and credentials: the server copies, nothing is downloaded. Elsewhere (a local lake) it streams.
 */
@FunctionalInterface
interface ObjectCopier {
  void copy(Path from, Path to) throws IOException;

  static ObjectCopier of(FileSystem fs) {
    if (fs instanceof S3AFileSystem s3a) {
      S3Client client = s3a.getS3AInternals().getAmazonS3Client("carry untouched game dates");
      String bucket = s3a.getBucket();
      return (from, to) ->
          client.copyObject(
              r ->
                  r.sourceBucket(bucket)
                      .sourceKey(s3a.pathToKey(from))
                      .destinationBucket(bucket)
                      .destinationKey(s3a.pathToKey(to)));
    }
    return (from, to) -> {
      if (!FileUtil.copy(fs, from, fs, to, false, false, fs.getConf())) {
        throw new IOException("could not copy " + from + " to " + to);
      }
    };
  }
}
