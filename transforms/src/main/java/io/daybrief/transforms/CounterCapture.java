package io.daybrief.transforms;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.BoundedTrie;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Gauge;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricsContainer;
import org.apache.beam.sdk.metrics.MetricsEnvironment;
import org.apache.beam.sdk.metrics.StringSet;

/**
 * Collects what daybrief's counters count while a piece of code runs outside a DoFn (in a source's
 * reader), so that a DoFn can add it to the job's counters later. Only counters are supported:
 * they are all daybrief uses.
 */
final class CounterCapture implements MetricsContainer {
  private final Map<String, Long> counts = new TreeMap<>();

  /** Runs {@code work} with this capture as the thread's metrics container. */
  void during(Runnable work) {
    try (Closeable scope = MetricsEnvironment.scopedMetricsContainer(this)) {
      work.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The counts so far, by counter name, and forgets them. */
  Map<String, Long> take() {
    Map<String, Long> taken = new TreeMap<>(counts);
    counts.clear();
    return taken;
  }

  @Override
  public Counter getCounter(MetricName name) {
    if (!Counters.NAMESPACE.equals(name.getNamespace())) {
      throw new UnsupportedOperationException("only daybrief's counters are captured, not " + name);
    }
    return new Counter() {
      @Override
      public void inc() {
        inc(1);
      }

      @Override
      public void inc(long n) {
        counts.merge(name.getName(), n, Long::sum);
      }

      @Override
      public void dec() {
        inc(-1);
      }

      @Override
      public void dec(long n) {
        inc(-n);
      }

      @Override
      public MetricName getName() {
        return name;
      }
    };
  }

  @Override
  public Distribution getDistribution(MetricName name) {
    throw onlyCounters(name);
  }

  @Override
  public Gauge getGauge(MetricName name) {
    throw onlyCounters(name);
  }

  @Override
  public StringSet getStringSet(MetricName name) {
    throw onlyCounters(name);
  }

  @Override
  public BoundedTrie getBoundedTrie(MetricName name) {
    throw onlyCounters(name);
  }

  private static UnsupportedOperationException onlyCounters(MetricName name) {
    return new UnsupportedOperationException("only counters are captured, not " + name);
  }
}
