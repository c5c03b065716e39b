package org.apache.beam.sdk.io.hdfs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;
import org.apache.beam.sdk.io.fs.MatchResult.Status;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Beam's Hadoop file system, but {@code dir/**} matches every file below {@code dir}, as on the
 * local file system. Beam 2.70's HadoopFileSystem matches {@code dir/**} as {@code dir/*} and
 * descends only into the directories it finds there, so it leaves out the files directly in
 * {@code dir}: an archive directory given as input would be read without its top-level files.
 * daybrief turns a directory input into {@code dir/**}, so it registers this instead (see
 * io.daybrief.pipeline.HdfsFileSystemRegistrar). In Beam's package for its package-private
 * constructor.
 */
public final class WholeTreeHadoopFileSystem extends HadoopFileSystem {
  public WholeTreeHadoopFileSystem(String scheme, Configuration configuration) {
    super(scheme, configuration);
  }

  @Override
  protected List<MatchResult> match(List<String> specs) {
    List<MatchResult> results = new ArrayList<>();
    for (String spec : specs) {
      String directory = spec.endsWith("/**") ? spec.substring(0, spec.length() - 2) : null;
      if (directory != null && !hasWildcard(directory)) {
        results.add(matchTree(directory));
      } else {
        results.addAll(super.match(List.of(spec)));
      }
    }
    return results;
  }

  private MatchResult matchTree(String directory) {
    try {
      Path root = new Path(directory);
      FileSystem fileSystem = root.getFileSystem(configuration);
      List<Metadata> files = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> tree = fileSystem.listFiles(root, true);
      while (tree.hasNext()) {
        LocatedFileStatus file = tree.next();
        files.add(Metadata.builder()
            .setResourceId(new HadoopResourceId(file.getPath().toUri()))
            .setIsReadSeekEfficient(true)
            .setSizeBytes(file.getLen())
            .setLastModifiedMillis(file.getModificationTime())
            .build());
      }
      return files.isEmpty() ? MatchResult.create(Status.NOT_FOUND, List.of()) : MatchResult.create(Status.OK, files);
    } catch (FileNotFoundException e) {
      return MatchResult.create(Status.NOT_FOUND, List.of());
    } catch (IOException e) {
      return MatchResult.create(Status.ERROR, e);
    }
  }

  private static boolean hasWildcard(String spec) {
    return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
  }
}
