using Sourcewise.Web;

return await SourcewiseWebApp.RunAsync(WebAppOptions.FromEnvironment(args), Console.Error, CancellationToken.None);

/// <summary>The web app's entry point (used by <c>WebApplicationFactory</c>; the CLI's <c>serve</c> calls
/// <see cref="SourcewiseWebApp"/> directly).</summary>
public partial class Program;
