using Sourcewise.Portfolio;

namespace Sourcewise.Core.Tests.Portfolio;

public sealed class OrderedBatchPipelineTests
{
    [Fact]
    public void Results_come_back_in_input_order_even_when_batches_finish_out_of_order()
    {
        var seen = new List<int>();
        var random = new Random(3);
        var delays = Enumerable.Range(0, 50).Select(_ => random.Next(0, 5)).ToArray();

        OrderedBatchPipeline.Run(Enumerable.Range(0, 1_000), batch =>
        {
            Thread.Sleep(delays[batch[0] / 20]);
            return batch.Select(i => i * 2).ToArray();
        }, seen.AddRange, new PipelineOptions { BatchSize = 20, MaxBatchesInFlight = 4 });

        seen.ShouldBe(Enumerable.Range(0, 1_000).Select(i => i * 2));
    }

    [Fact]
    public void Reading_runs_at_most_the_bounded_number_of_batches_ahead_of_the_consumer()
    {
        var read = 0;
        var maxAhead = 0;
        var consumed = 0;

        OrderedBatchPipeline.Run(Enumerable.Range(0, 10_000).Select(i =>
        {
            Interlocked.Increment(ref read);
            return i;
        }), batch => batch.Count, count =>
        {
            consumed += count;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - consumed);
            Thread.Sleep(1);
        }, new PipelineOptions { BatchSize = 100, MaxBatchesInFlight = 3 });

        consumed.ShouldBe(10_000);
        maxAhead.ShouldBeLessThanOrEqualTo(100 * 6);
    }

    [Fact]
    public void An_exception_while_processing_reaches_the_caller_unwrapped()
    {
        var error = Should.Throw<InvalidOperationException>(() => OrderedBatchPipeline.Run(Enumerable.Range(0, 1_000),
            batch => batch[0] >= 500 ? throw new InvalidOperationException("boom") : batch.Count, _ => { },
            new PipelineOptions { BatchSize = 10 }));

        error.Message.ShouldBe("boom");
    }

    [Fact]
    public void Cancelling_stops_the_pipeline()
    {
        using var cts = new CancellationTokenSource();
        var consumed = 0;

        Should.Throw<OperationCanceledException>(() => OrderedBatchPipeline.Run(Enumerable.Range(0, int.MaxValue),
            batch => batch.Count, count =>
            {
                consumed += count;
                if (consumed >= 1_000)
                {
                    cts.Cancel();
                }
            }, new PipelineOptions { BatchSize = 100 }, cts.Token));
    }
}
