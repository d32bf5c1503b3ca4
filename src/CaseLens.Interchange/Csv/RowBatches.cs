using System.Collections.Concurrent;
using nietras.SeparatedValues;

namespace CaseLens.Interchange.Csv;

/// <summary>
/// Reads a file's rows in batches (<see cref="RowBatch{TOut}"/>), checks them on several threads and
/// gives them back in file order, with only a fixed number of batches in flight: when the caller (who
/// hashes in file order) falls behind, the checking threads wait instead of piling results up. Sep's
/// own parallel enumeration (PLINQ, ordered) buffers up to thousands of finished batches a thread:
/// a reader that fell behind under load held tens of thousands of rows' lines and records, more the
/// longer the file (a 10,000,000-row file peaked about a quarter above a 1,000,000-row one).
/// </summary>
internal static class RowBatches
{
    /// <summary>
    /// How many checked batches (or batches being checked) may wait for the caller: enough that a
    /// checking thread seldom waits while the caller keeps up, few enough that they hold next to nothing
    /// (about 100,000 characters and 512 results each).
    /// </summary>
    public const int MaxWaiting = 4;

    /// <summary>
    /// The batches of <paramref name="reader"/>'s rows in file order, each passed through
    /// <paramref name="check"/> first (on <paramref name="parallelism"/> threads; on the caller's alone for 1).
    /// A batch is refilled once the caller asks for the next, so take what it holds before. A failure of
    /// the reading or checking threads is thrown to the caller as an <see cref="AggregateException"/>.
    /// </summary>
    public static IEnumerable<RowBatch<TOut>> InFileOrder<TOut>(SepReader reader, int width, int parallelism, Action<RowBatch<TOut>> check)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(check);
        return parallelism > 1 ? Parallel(reader, width, parallelism, check) : OnOneThread(reader, width, check);
    }

    private static IEnumerable<RowBatch<TOut>> OnOneThread<TOut>(SepReader reader, int width, Action<RowBatch<TOut>> check)
    {
        var batch = new RowBatch<TOut>(width);
        while (batch.Fill(reader))
        {
            check(batch);
            yield return batch;
            batch.Clear();
        }
    }

    private static IEnumerable<RowBatch<TOut>> Parallel<TOut>(SepReader reader, int width, int parallelism, Action<RowBatch<TOut>> check)
    {
        // Batches are queued in file order as they are filled, under the reader's lock, and the queue is
        // bounded: a checking thread waits there once MaxWaiting are queued and the caller has not taken them.
        using var queue = new BlockingCollection<Pending<TOut>>(MaxWaiting);
        var spare = new ConcurrentBag<Pending<TOut>>();
        var reading = new object();
        var ended = false;
        using var stop = new CancellationTokenSource();

        void Work()
        {
            while (!stop.IsCancellationRequested)
            {
                var pending = spare.TryTake(out var reused) ? reused : new Pending<TOut>(width);
                lock (reading)
                {
                    if (ended || stop.IsCancellationRequested)
                    {
                        return;
                    }

                    try
                    {
                        if (!pending.Batch.Fill(reader))
                        {
                            ended = true;
                            queue.CompleteAdding();
                            return;
                        }
                    }
                    catch (Exception e)
                    {
                        // What the reading threw goes to the caller in file order, after the batches before it.
                        ended = true;
                        pending.Fail(e);
                        queue.Add(pending, stop.Token);
                        queue.CompleteAdding();
                        return;
                    }

                    queue.Add(pending, stop.Token);
                }

                try
                {
                    check(pending.Batch);
                    pending.Checked();
                }
                catch (Exception e)
                {
                    pending.Fail(e);
                }
            }
        }

        var workers = new Task[parallelism];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        Work();
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        // The caller stopped taking batches.
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        try
        {
            foreach (var pending in queue.GetConsumingEnumerable())
            {
                if (pending.Wait() is { } failure)
                {
                    throw new AggregateException(failure);
                }

                yield return pending.Batch;
                pending.Batch.Clear();
                pending.Reset();
                spare.Add(pending);
            }
        }
        finally
        {
            stop.Cancel();
            Task.WaitAll(workers);
            foreach (var pending in spare.Concat(queue))
            {
                pending.Dispose();
            }
        }
    }

    /// <summary>A batch queued for the caller, and whether its check is done.</summary>
    private sealed class Pending<TOut>(int width) : IDisposable
    {
        private readonly ManualResetEventSlim _done = new(false);
        private Exception? _failure;

        public RowBatch<TOut> Batch { get; } = new(width);

        public void Checked() => _done.Set();

        public void Fail(Exception failure)
        {
            _failure = failure;
            _done.Set();
        }

        /// <summary>Waits for the check; what it threw, if anything.</summary>
        public Exception? Wait()
        {
            _done.Wait();
            return _failure;
        }

        public void Reset()
        {
            _failure = null;
            _done.Reset();
        }

        public void Dispose() => _done.Dispose();
    }
}
