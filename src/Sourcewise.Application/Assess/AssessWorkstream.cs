using Sourcewise.Assessments;
using Sourcewise.Documents.Profiles;
using Sourcewise.Profiles;

namespace Sourcewise.Application.Assess;

/// <summary>Use case: assess one workstream. Reads a work profile (a file, a stream or text), runs the assessment
/// engine with the built-in rules or an organisation's own, and gives Core's <see cref="Assessment"/>, which every
/// renderer reads.</summary>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class AssessWorkstream : IWorkstreamAssessor
{
    /// <summary>Creates the use case over an engine.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    public AssessWorkstream(AssessmentEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
    }

    /// <summary>The use case over the built-in rules.</summary>
    public static AssessWorkstream Default { get; } = new(AssessmentEngine.Default);

    /// <summary>The engine.</summary>
    public AssessmentEngine Engine { get; }

    /// <summary>The use case over the rules in a file (YAML or JSON, the shape of the built-in
    /// <c>assessment-rules.json</c>), or over the built-in rules when <paramref name="rulesPath"/> is null.</summary>
    /// <param name="rulesPath">The rules file, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<Outcome<AssessWorkstream>> WithRulesAsync(string? rulesPath, CancellationToken cancellationToken)
    {
        if (rulesPath is null)
        {
            return Outcome<AssessWorkstream>.Ok(Default);
        }

        var rules = await RulesFile.ReadAsync(rulesPath, cancellationToken).ConfigureAwait(false);
        return rules.HasValue
            ? Outcome<AssessWorkstream>.Ok(new AssessWorkstream(AssessmentEngine.FromRules(rules.Value)), rules.Diagnostics)
            : rules.Fail<AssessWorkstream>();
    }

    /// <summary>Assesses a profile.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public Assessment Assess(WorkProfile profile, CancellationToken cancellationToken) => Engine.Assess(profile, cancellationToken);

    /// <summary>Reads a profile file (YAML or JSON) and assesses it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read and the assessment.</param>
    public async Task<Outcome<Assessment>> AssessFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var profile = await WorkProfileReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return Assess(profile, cancellationToken);
    }

    /// <summary>Reads a profile from a stream (stdin, a request body) and assesses it.</summary>
    /// <param name="stream">The profile, YAML or JSON.</param>
    /// <param name="name">A name for messages, e.g. <c>&lt;stdin&gt;</c> or <c>body</c>.</param>
    /// <param name="cancellationToken">Cancels the read and the assessment.</param>
    public async Task<Outcome<Assessment>> AssessStreamAsync(Stream stream, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var profile = await WorkProfileReader.ReadStreamAsync(stream, name, cancellationToken).ConfigureAwait(false);
        return Assess(profile, cancellationToken);
    }

    /// <summary>Reads a profile from text (YAML or JSON) and assesses it.</summary>
    /// <param name="text">The profile.</param>
    /// <param name="name">A name for messages.</param>
    /// <param name="cancellationToken">Cancels the assessment.</param>
    public Outcome<Assessment> AssessText(string text, string name, CancellationToken cancellationToken) =>
        Assess(WorkProfileReader.ReadText(text, name), cancellationToken);

    private Outcome<Assessment> Assess(Diagnostics.Result<WorkProfile> profile, CancellationToken cancellationToken) =>
        profile.Success
            ? Outcome<Assessment>.Ok(Engine.Assess(profile.Value, cancellationToken), profile.Diagnostics)
            : Outcome<Assessment>.Invalid(profile.Diagnostics);
}
