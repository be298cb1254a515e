using System.Collections.Concurrent;

namespace Sourcewise.Portfolio;

/// <summary>Runs CPU-bound work over a stream of items in parallel while keeping their order: items are read in
/// batches on one thread, batches are processed on the thread pool, and results are handed back in input order on
/// the calling thread. At most <see cref="PipelineOptions.MaxBatchesInFlight"/> batches exist at once, so memory stays
/// bounded however long the input is.</summary>
/// <threadsafety>All members are thread-safe; <c>process</c> is called concurrently, <c>consume</c> is not.</threadsafety>
public static class OrderedBatchPipeline
{
    /// <summary>Runs the pipeline to the end of <paramref name="source"/>.</summary>
    /// <typeparam name="TItem">What the source yields.</typeparam>
    /// <typeparam name="TResult">What processing one batch gives.</typeparam>
    /// <param name="source">Enumerated once, on a dedicated thread.</param>
    /// <param name="process">Turns a batch (a read-only list, valid only during the call) into a result; runs on pool threads.</param>
    /// <param name="consume">Receives results in input order, on the calling thread.</param>
    /// <param name="options">Batch size and how many batches may be in flight.</param>
    /// <param name="cancellationToken">Stops reading and processing.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="AggregateException">Never: the first exception from any stage is rethrown as it was.</exception>
    public static void Run<TItem, TResult>(IEnumerable<TItem> source, Func<IReadOnlyList<TItem>, TResult> process,
        Action<TResult> consume, PipelineOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(consume);
        options ??= new PipelineOptions();
        using var inFlight = new BlockingCollection<Task<TResult>>(options.MaxBatchesInFlight);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<TItem>(options.BatchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == options.BatchSize)
                    {
                        Dispatch(batch);
                        batch = new List<TItem>(options.BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    Dispatch(batch);
                }
            }
            finally
            {
                inFlight.CompleteAdding();
            }
        }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        void Dispatch(List<TItem> batch)
        {
            var task = Task.Run(() => process(batch), token);
            inFlight.Add(task, token);
        }

        try
        {
            foreach (var task in inFlight.GetConsumingEnumerable(token))
            {
                consume(task.GetAwaiter().GetResult());
            }
        }
        catch
        {
            linked.Cancel();
            WaitQuietly(producer);
            throw;
        }

        producer.GetAwaiter().GetResult();
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The consumer's exception is the one that matters.
        }
    }
}
