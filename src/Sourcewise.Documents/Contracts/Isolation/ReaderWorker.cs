using Sourcewise.Contracts;
using Sourcewise.Diagnostics;

namespace Sourcewise.Documents.Contracts.Isolation;

/// <summary>The reader process's side (the <c>sourcewise-reader</c> executable): reads requests from stdin, parses
/// each document in this process and writes one response per request to stdout, until stdin ends.</summary>
/// <remarks>Whatever the document does to this process (a stack overflow, an exhausted heap, a hang) stays in it:
/// the parent sees the process stop, or kills it, and reports one error. Nothing else is written to stdout.</remarks>
internal static class ReaderWorker
{
    /// <summary>Exit code when the managed heap limit was reached.</summary>
    public const int ExitOutOfMemory = 3;

    /// <summary>Exit code when the request could not be decoded.</summary>
    public const int ExitBadRequest = 4;

    /// <summary>Exit code when the stack was about to run out (a guarded recursion said so before it overflowed).</summary>
    public const int ExitStackExhausted = 5;

    public static int Run(Stream input, Stream output)
    {
        while (true)
        {
            ReaderProtocol.Request? request;
            try
            {
                request = ReaderProtocol.ReadRequest(input);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
            {
                return ExitBadRequest;
            }

            if (request is null)
            {
                return 0;
            }

            Result<ContractText> result;
            try
            {
                var options = ContractReaderOptions.Default with
                {
                    MaxPages = request.MaxPages,
                    MaxInflatedBytes = request.MaxInflatedBytes,
                    MaxFileBytes = long.MaxValue,
                };
                result = ContractReader.ReadFormat(request.Bytes, request.FileName, request.Format, options,
                    CancellationToken.None);
            }
            catch (OutOfMemoryException)
            {
                return ExitOutOfMemory;
            }
            catch (InsufficientExecutionStackException)
            {
                return ExitStackExhausted;
            }

            ReaderProtocol.WriteResponse(output, result);
            output.Flush();
        }
    }
}
