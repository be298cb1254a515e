using Sourcewise.Diagnostics;

namespace Sourcewise.Web.Assessments;

/// <summary>The diagnostic an engine seam returns when that engine is not part of this build.</summary>
internal static class EngineMissing
{
    public const string Code = "engine-missing";

    public static Diagnostic For(string engine) =>
        Diagnostic.Error(Code, $"the {engine} engine is not part of this build yet");
}
