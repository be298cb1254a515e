using System.Net;
using System.Text;

namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>A request body that stops after <c>heldAfter</c> bytes until released: a client still uploading.</summary>
public sealed class HeldBackContent : HttpContent
{
    private readonly byte[] _body;
    private readonly int _heldAfter;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _heldBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBackContent(byte[] body, int heldAfter, string contentType)
    {
        _body = body;
        _heldAfter = heldAfter;
        Headers.TryAddWithoutValidation("Content-Type", contentType);
    }

    /// <summary>A multipart form with one file field.</summary>
    public static HeldBackContent Multipart(string field, string fileName, byte[] file, int heldAfter)
    {
        const string boundary = "sourcewise-held-back";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\n" +
                                          "Content-Type: text/plain\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        return new HeldBackContent([.. head, .. file, .. tail], head.Length + heldAfter, $"multipart/form-data; boundary={boundary}");
    }

    /// <summary>Completes when the first part has been sent.</summary>
    public Task HeldBack => _heldBack.Task;

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(_body.AsMemory(0, _heldAfter));
        await stream.FlushAsync();
        _heldBack.TrySetResult();
        await _release.Task;
        await stream.WriteAsync(_body.AsMemory(_heldAfter));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
