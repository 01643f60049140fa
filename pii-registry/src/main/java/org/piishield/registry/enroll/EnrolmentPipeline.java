package org.piishield.registry.enroll;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.piishield.registry.crypto.HmacKeyedHasher;
import org.piishield.registry.crypto.ProbeHasher;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.PersonTokens;
import org.piishield.registry.store.RegistryStore;

/**
 * Enrolment on every core: the feeding thread hands records in file order to {@link #add}, worker threads
 * turn batches of {@value #BATCH} records into {@link PersonTokens} (variants, HMACs, probes), and one writer
 * thread takes the batches back in submission order and writes them, {@code chunk} people per
 * {@link RegistryStore#replacePeople} transaction.
 *
 * <p>Lifecycle: (1) construct (starts the threads); (2) {@link #add} each record from one thread; (3)
 * {@link #finish()} once, which waits for the writer and stops the threads; or {@link #abort()} if feeding
 * failed. Not thread-safe: one feeding thread.
 *
 * <p>Same result as enrolling the records one by one in order: the writer sees people in record order, so a
 * person id given twice keeps its later tokens (within a chunk the map entry is replaced; across chunks the
 * later transaction replaces the earlier), and value errors come out in record order. Memory is bounded:
 * at most {@code 4 x threads + 2} batches and one chunk are held at a time.
 */
final class EnrolmentPipeline {

  /** Records per worker task. */
  static final int BATCH = 256;

  private static final Future<Batch> END = CompletableFuture.completedFuture(null);
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** A worker's output: per record its tokens, or null and its error. */
  private record Batch(List<EnrolmentRecord> records, PersonTokens[] tokens, RowError[] errors) {}

  private final RegistryStore store;
  private final HmacKeyedHasher hasher;
  private final ProbeHasher prober;
  private final int chunk;
  private final ExecutorService workers;
  private final BlockingQueue<Future<Batch>> queue;
  private final FutureTask<Void> writer;

  private List<EnrolmentRecord> batch = new ArrayList<>(BATCH);
  // written by the writer thread, read after writer.get()
  private int people;
  private final Map<FieldType, Integer> counts = new EnumMap<>(FieldType.class);
  private final List<RowError> errors = new ArrayList<>();

  EnrolmentPipeline(RegistryStore store, HmacKeyedHasher hasher, ProbeHasher prober, int threads, int chunk) {
    if (threads < 1 || chunk < 1) {
      throw new IllegalArgumentException("threads and chunk must be positive");
    }
    this.store = store;
    this.hasher = hasher;
    this.prober = prober;
    this.chunk = chunk;
    String name = "pii-enrol-" + POOLS.incrementAndGet();
    this.workers = Executors.newFixedThreadPool(threads, daemon(name + "-worker"));
    this.queue = new ArrayBlockingQueue<>(4 * threads + 2);
    this.writer = new FutureTask<>(() -> {
      write();
      return null;
    });
    daemon(name + "-writer").newThread(writer).start();
  }

  /** Queues {@code record}; blocks while the pipeline is full; rethrows a failure of the writer or a worker. */
  void add(EnrolmentRecord record) {
    batch.add(record);
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /** Writes what is queued and returns (people, tokens per field, value errors in record order). */
  EnrolmentReport finish(String keyId, List<RowError> earlierErrors) {
    if (!batch.isEmpty()) {
      submit();
    }
    put(END);
    try {
      writer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort();
      throw new EnrolmentException("enrolment interrupted");
    } catch (ExecutionException e) {
      abort();
      throw rethrow(e.getCause());
    }
    workers.shutdown();
    List<RowError> all = new ArrayList<>(earlierErrors);
    all.addAll(errors);
    return new EnrolmentReport(keyId, people, counts, all);
  }

  /** Stops the threads, dropping what is queued; chunks already written stay written. */
  void abort() {
    writer.cancel(true);
    workers.shutdownNow();
    queue.clear();
  }

  private void submit() {
    List<EnrolmentRecord> records = batch;
    batch = new ArrayList<>(BATCH);
    put(workers.submit(() -> tokenize(records)));
  }

  private void put(Future<Batch> task) {
    try {
      while (!queue.offer(task, 50, TimeUnit.MILLISECONDS)) {
        if (writer.isDone()) { // it stopped before END: it failed
          abort();
          try {
            writer.get();
          } catch (ExecutionException e) {
            throw rethrow(e.getCause());
          }
          throw new IllegalStateException("enrolment writer stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abort();
      throw new EnrolmentException("enrolment interrupted");
    }
  }

  private Batch tokenize(List<EnrolmentRecord> records) {
    int n = records.size();
    PersonTokens[] tokens = new PersonTokens[n];
    RowError[] rowErrors = new RowError[n];
    List<RowError> one = new ArrayList<>(1);
    for (int i = 0; i < n; i++) {
      tokens[i] = Enroller.tokensOf(records.get(i), hasher, prober, one);
      if (tokens[i] == null) {
        rowErrors[i] = one.get(0);
        one.clear();
      }
    }
    return new Batch(records, tokens, rowErrors);
  }

  private void write() throws InterruptedException, ExecutionException {
    Map<String, PersonTokens> pending = new LinkedHashMap<>();
    for (Future<Batch> task; (task = queue.take()) != END; ) {
      Batch b = task.get();
      for (int i = 0; i < b.tokens.length; i++) {
        PersonTokens tokens = b.tokens[i];
        if (tokens == null) {
          errors.add(b.errors[i]);
          continue;
        }
        String personId = b.records.get(i).personId();
        // A person id repeated in the input: the later record wins, as with one call per record.
        pending.remove(personId);
        pending.put(personId, tokens);
        people++;
        tokens.countsPerField().forEach((t, c) -> {
          if (c > 0) {
            counts.merge(t, c, Integer::sum);
          }
        });
        if (pending.size() == chunk) {
          store.replacePeople(pending, hasher.keyId());
          pending = new LinkedHashMap<>();
        }
      }
    }
    if (!pending.isEmpty()) {
      store.replacePeople(pending, hasher.keyId());
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof ExecutionException nested && nested.getCause() != null) {
      cause = nested.getCause(); // a worker's failure, seen through the writer
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("enrolment failed", cause);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String toString() {
    return "EnrolmentPipeline[chunk=" + chunk + "]";
  }
}
