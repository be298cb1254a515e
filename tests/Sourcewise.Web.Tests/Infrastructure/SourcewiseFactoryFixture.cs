namespace Sourcewise.Web.Tests.Infrastructure;

/// <summary>One app over a temp SQLite file, shared by a test class.</summary>
public sealed class SourcewiseFactoryFixture : IDisposable
{
    public SourcewiseFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
