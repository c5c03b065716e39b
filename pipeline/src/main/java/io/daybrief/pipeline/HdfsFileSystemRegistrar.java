package io.daybrief.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.ServiceLoader;
import org.apache.beam.sdk.io.FileSystem;
import org.apache.beam.sdk.io.FileSystemRegistrar;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemRegistrar;
import org.apache.beam.sdk.io.hdfs.WholeTreeHadoopFileSystem;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.hadoop.conf.Configuration;

/**
 * Registers HDFS for Beam's FileSystems, so that {@code hdfs://host:port/path} works without a
 * Hadoop configuration. Beam's own registrar registers nothing unless {@code --hdfsConfiguration}
 * or {@code HADOOP_CONF_DIR} gives a configuration with {@code fs.defaultFS}, yet a path that names
 * its NameNode needs nothing more than Hadoop's defaults. The file system registered is
 * {@link WholeTreeHadoopFileSystem}, which reads a whole directory tree given as input.
 *
 * <p>With a configuration, the schemes Beam's registrar would register (fs.defaultFS's, and the HA
 * schemes when {@code dfs.nameservices} is set) and {@code hdfs}, with that configuration. The shaded jar leaves
 * Beam's registrar out (two registrations of one scheme are an error); where it is on the class
 * path anyway (tests), this one leaves configured schemes to it. Found through
 * {@code META-INF/services}, also on the Flink TaskManagers.
 */
public final class HdfsFileSystemRegistrar implements FileSystemRegistrar {
  private static final List<String> HA_SCHEMES = List.of("hdfs", "webhdfs", "viewfs");

  @Override
  public Iterable<FileSystem<?>> fromOptions(PipelineOptions options) {
    List<Configuration> configured = options.as(HadoopFileSystemOptions.class).getHdfsConfiguration();
    if (configured == null || configured.isEmpty()) {
      Configuration defaults = new Configuration();
      // Each path's own authority names its NameNode.
      defaults.set("fs.defaultFS", "hdfs:///");
      return List.of(new WholeTreeHadoopFileSystem("hdfs", defaults));
    }
    if (beamRegistrarPresent()) {
      return List.of();
    }
    Configuration configuration = configured.get(0);
    Set<String> schemes = new LinkedHashSet<>();
    String defaultFs = configuration.get("fs.defaultFS");
    if (defaultFs != null && !defaultFs.isEmpty() && !defaultFs.startsWith("file:")) {
      schemes.add(URI.create(defaultFs).getScheme());
    }
    String nameServices = configuration.get("dfs.nameservices");
    if (nameServices != null && !nameServices.isEmpty()) {
      schemes.addAll(HA_SCHEMES);
    }
    // hdfs://host:port/ works whatever fs.defaultFS says (file:///, the local file system, is Beam's).
    schemes.add("hdfs");
    List<FileSystem<?>> fileSystems = new ArrayList<>();
    schemes.forEach(scheme -> fileSystems.add(new WholeTreeHadoopFileSystem(scheme, configuration)));
    return fileSystems;
  }

  private static boolean beamRegistrarPresent() {
    return ServiceLoader.load(FileSystemRegistrar.class, HdfsFileSystemRegistrar.class.getClassLoader()).stream()
        .anyMatch(provider -> provider.type().equals(HadoopFileSystemRegistrar.class));
  }
}
