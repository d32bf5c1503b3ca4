using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CaseLens.Application.Importing;

/// <summary>
/// Runs a reader on a thread of its own, a few batches ahead of its consumer, so that parsing the
/// file and writing to the store overlap on a machine with more than one core. Memory stays flat:
/// at most <see cref="BatchesAhead"/> batches of <see cref="BatchSize"/> records are in flight.
/// A failure of the reader surfaces in the consumer. The queue is short on purpose: every record in
/// flight when the collector runs is copied to an older generation, and with eight batches of 512
/// those copies (and the pauses they cost the storing thread) were a large part of an import's time.
/// </summary>
internal static class ReadAhead
{
    public const int BatchSize = 256;
    public const int BatchesAhead = 2;

    /// <summary>Runs <paramref name="read"/>, a reader that is enumerated, as <see cref="OfPushed{T}"/> runs one that pushes.</summary>
    public static IAsyncEnumerable<T> Of<T>(Func<IEnumerable<T>> read, CancellationToken cancellationToken = default) =>
        OfPushed<T>(
            push =>
            {
                foreach (var item in read())
                {
                    push(item);
                }

                return true;
            },
            new StrongBox<bool>(),
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="scan"/>, a reader that pushes its items, on a thread of its own, a few
    /// batches ahead of the consumer as <see cref="Of{T}"/> does; <paramref name="scan"/>'s answer
    /// is kept in <paramref name="answer"/> once every item has been yielded.
    /// </summary>
    public static async IAsyncEnumerable<T> OfPushed<T>(Func<Action<T>, bool> scan, StrongBox<bool> answer, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<T[]>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    // A thread of its own (long-running): it waits, blocked, while the consumer is behind.
                    var batch = new List<T>(BatchSize);
                    answer.Value = scan(item =>
                    {
                        batch.Add(item);
                        if (batch.Count == BatchSize)
                        {
                            channel.Writer.WriteAsync([.. batch], stop.Token).AsTask().GetAwaiter().GetResult();
                            batch.Clear();
                        }
                    });

                    if (batch.Count > 0)
                    {
                        channel.Writer.WriteAsync([.. batch], stop.Token).AsTask().GetAwaiter().GetResult();
                    }

                    channel.Writer.Complete();
                }
                catch (Exception exception)
                {
                    channel.Writer.Complete(exception);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // The consumer stopped early (an error, or it had enough): let the reader end too.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }
}
