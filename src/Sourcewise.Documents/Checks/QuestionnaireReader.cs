using System.Collections.Immutable;
using Sourcewise.Diagnostics;
using Sourcewise.Documents.Input;
using Sourcewise.Signals;
using Sourcewise.Text;

namespace Sourcewise.Documents.Checks;

/// <summary>Reads a check questionnaire: a YAML or JSON mapping of signal ids to <c>yes</c>, <c>no</c> or
/// <c>unknown</c>, with optional <c>name</c> and <c>claimedModel</c>.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class QuestionnaireReader
{
    /// <summary>The file extensions read as questionnaires.</summary>
    public static readonly ImmutableArray<string> Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Whether a file name is a questionnaire by its extension.</summary>
    public static bool IsQuestionnaire(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Reads a questionnaire file.</summary>
    public static Task<Result<QuestionnaireAnswers>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputText.ReadFileAsync(path, ReadText, cancellationToken);
    }

    /// <summary>Reads a questionnaire from a stream.</summary>
    public static Task<Result<QuestionnaireAnswers>> ReadStreamAsync(Stream stream, string name,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return InputText.ReadStreamAsync(stream, name, ReadText, cancellationToken);
    }

    /// <summary>Reads a questionnaire from YAML or JSON text.</summary>
    public static Result<QuestionnaireAnswers> ReadText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var parsed = StructuredInput.Parse(text, name);
        if (!parsed.Success)
        {
            return Result<QuestionnaireAnswers>.Fail(parsed.Diagnostics);
        }

        if (parsed.Value is not InputMapping mapping)
        {
            return Result<QuestionnaireAnswers>.Fail(Diagnostic.Error("not-a-mapping",
                $"a questionnaire must be a mapping of signal ids to yes/no/unknown, not {parsed.Value.KindName}",
                parsed.Value.Location));
        }

        var catalogue = SignalCatalogue.Default;
        var known = catalogue.SignalIds.Concat(["name", "claimedModel"]).ToList();
        var errors = new List<Diagnostic>();
        var answers = ImmutableDictionary.CreateBuilder<string, SignalAnswer>(StringComparer.Ordinal);
        var lines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        string? title = null;
        EngagementModel? claimed = null;
        foreach (var (key, node) in mapping.Entries)
        {
            var id = key.Value ?? string.Empty;
            var where = node.Location.WithField(id);
            if (node is not InputScalar scalar)
            {
                errors.Add(Diagnostic.Error("invalid-value", $"expects a single value, not {node.KindName}", where));
                continue;
            }

            var value = scalar.Value?.Trim() ?? string.Empty;
            if (id == "name")
            {
                title = value;
            }
            else if (id == "claimedModel")
            {
                if (EngagementModels.TryParse(value, out var model))
                {
                    claimed = model;
                }
                else
                {
                    errors.Add(Diagnostic.Error("invalid-value",
                        $"'{value}' is not a model; use one of {string.Join(", ", EngagementModels.Ids)}{Suggestions.DidYouMean(value, EngagementModels.Ids)}",
                        where));
                }
            }
            else if (catalogue.TryGetSignal(id, out _))
            {
                SignalAnswer? answer = value.ToLowerInvariant() switch
                {
                    "yes" or "y" or "true" => SignalAnswer.Yes,
                    "no" or "n" or "false" => SignalAnswer.No,
                    "unknown" or "?" or "" or "~" or "null" => SignalAnswer.Unknown,
                    _ => null,
                };
                if (answer is { } a)
                {
                    answers[id] = a;
                    lines[id] = key.Location.Line ?? 0;
                }
                else
                {
                    errors.Add(Diagnostic.Error("invalid-value",
                        $"'{value}' is not an answer; use yes, no or unknown{Suggestions.DidYouMean(value, ["yes", "no", "unknown"])}",
                        where));
                }
            }
            else
            {
                errors.Add(Diagnostic.Error("unknown-signal",
                    $"'{id}' is not a signal id{Suggestions.DidYouMean(id, known)}; accepted: {string.Join(", ", known)}",
                    key.Location.WithField(id)));
            }
        }

        if (errors.Count > 0)
        {
            return Result<QuestionnaireAnswers>.Fail(errors);
        }

        if (answers.Count == 0)
        {
            return Result<QuestionnaireAnswers>.Fail(Diagnostic.Error("no-answers",
                "answers no signal; give each signal id with yes, no or unknown", mapping.Location));
        }

        return Result<QuestionnaireAnswers>.Ok(new QuestionnaireAnswers(name, title, claimed, answers.ToImmutable(), lines.ToImmutable()));
    }
}
