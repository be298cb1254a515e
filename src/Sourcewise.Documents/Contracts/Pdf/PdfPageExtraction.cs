using System.Runtime.ExceptionServices;
using UglyToad.PdfPig;

namespace Sourcewise.Documents.Contracts.Pdf;

/// <summary>Reads a PDF's pages into lines on one or more threads. A <see cref="PdfDocument"/> is not thread-safe,
/// so each extra worker opens its own over the same bytes (separate documents are independent; PdfPig's shared
/// font and CMap caches lock). Each worker reads its own block of consecutive pages, in order, then helps with what is
/// left of the other blocks, so the workers stay busy whatever each page costs; each result lands at its page
/// number. Consecutive pages mostly share fonts, so each worker's document parses fewer of them.</summary>
/// <remarks>A page that fails is recorded with its exception, and no page after it is started: every page before
/// the first failure is read, so the caller reports the same first failure as a reading in order would. Cancellation
/// and out-of-memory escape as they did from the one-thread loop.</remarks>
internal sealed class PdfPageExtraction
{
    private readonly CancellationToken _cancellationToken;
    private int[] _blockNext = [];
    private int[] _blockEnds = [];
    private int _firstFailure;
    private volatile bool _stopped;

    public PdfPageExtraction(int pageCount, CancellationToken cancellationToken)
    {
        Pages = new List<PdfTextLine>?[pageCount];
        Errors = new Exception?[pageCount];
        _firstFailure = pageCount;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Each page's lines (index 0 is page 1); null for a page that failed or was not read after an
    /// earlier failure.</summary>
    public List<PdfTextLine>?[] Pages { get; }

    /// <summary>Why a page could not be read, by page index.</summary>
    public Exception?[] Errors { get; }

    /// <summary>Reads the pages with <paramref name="document"/> on this thread and, when <paramref name="workers"/>
    /// is more than one, with helpers on the thread pool. A helper the pool has not started by the time this thread
    /// runs out of pages is called off rather than waited for, so a busy pool never holds the reading up.</summary>
    public void Run(PdfDocument document, byte[] bytes, int workers)
    {
        workers = Math.Clamp(workers, 1, Math.Max(1, Pages.Length));
        _blockNext = new int[workers];
        _blockEnds = new int[workers];
        for (var w = 0; w < workers; w++)
        {
            _blockNext[w] = (int)((long)Pages.Length * w / workers);
            _blockEnds[w] = (int)((long)Pages.Length * (w + 1) / workers);
        }

        if (workers == 1)
        {
            Work(document, new PdfPageLines.Buffers(), 0);
            return;
        }

        var helpers = new Helper[workers - 1];
        for (var i = 0; i < helpers.Length; i++)
        {
            helpers[i] = new Helper(this, bytes, i + 1);
        }

        try
        {
            Work(document, new PdfPageLines.Buffers(), 0);
        }
        catch
        {
            _stopped = true;
            throw;
        }
        finally
        {
            foreach (var helper in helpers)
            {
                helper.Join();
            }
        }

        foreach (var helper in helpers)
        {
            helper.RethrowFailure();
        }
    }

    private void Work(PdfDocument document, PdfPageLines.Buffers buffers, int worker)
    {
        // Own block first, then what is left of the others' blocks.
        for (var b = 0; b < _blockEnds.Length && !_stopped; b++)
        {
            var block = (worker + b) % _blockEnds.Length;
            while (!_stopped)
            {
                var index = Interlocked.Increment(ref _blockNext[block]) - 1;
                if (index >= _blockEnds[block] || index > Volatile.Read(ref _firstFailure))
                {
                    break;
                }

                _cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    Pages[index] = PdfPageLines.Extract(document.GetPage(index + 1), buffers);
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    Errors[index] = e;
                    LowerFirstFailure(index);
                }
            }
        }
    }

    private void LowerFirstFailure(int index)
    {
        var current = Volatile.Read(ref _firstFailure);
        while (index < current)
        {
            var seen = Interlocked.CompareExchange(ref _firstFailure, index, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private sealed class Helper
    {
        private const int NotStarted = 0;
        private const int Running = 1;
        private const int CalledOff = 2;

        private readonly PdfPageExtraction _owner;
        private readonly byte[] _bytes;
        private readonly int _worker;
        private readonly Task _task;
        private int _state;
        private ExceptionDispatchInfo? _failure;

        public Helper(PdfPageExtraction owner, byte[] bytes, int worker)
        {
            _owner = owner;
            _bytes = bytes;
            _worker = worker;
            _task = Task.Run(Run);
        }

        /// <summary>Waits for the helper if it started; calls it off if it did not.</summary>
        public void Join()
        {
            if (Interlocked.CompareExchange(ref _state, CalledOff, NotStarted) == Running)
            {
                _task.GetAwaiter().GetResult();
            }
        }

        public void RethrowFailure() => _failure?.Throw();

        private void Run()
        {
            if (Interlocked.CompareExchange(ref _state, Running, NotStarted) != NotStarted)
            {
                return;
            }

            try
            {
                PdfDocument document;
                try
                {
                    document = PdfDocument.Open(_bytes, PdfContractReader.OpenOptions());
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    // The first worker opened the same bytes; should a second opening fail anyway, it reads alone.
                    return;
                }

                using (document)
                {
                    _owner.Work(document, new PdfPageLines.Buffers(), _worker);
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
                _owner._stopped = true;
            }
        }
    }
}
