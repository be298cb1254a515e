using Sourcewise.Documents.Contracts.Isolation;

// sourcewise-reader: reads documents for ContractReader in a process of their own (see ReaderProcess). Requests come
// on stdin, responses go to stdout; the exit code says how it ended (0: stdin closed, 3: out of memory).
using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
return ReaderWorker.Run(input, output);
