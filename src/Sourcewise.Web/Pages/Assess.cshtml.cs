using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Application.Assess;
using Sourcewise.Assessments;
using Sourcewise.Diagnostics;
using Sourcewise.Profiles;
using Sourcewise.Web.Decisions;

namespace Sourcewise.Web.Pages;

/// <summary>The questionnaire (one page, a question per field with its help text) and the assessment result: Core's
/// <see cref="Assessment"/> from the same use case as <c>sourcewise assess</c>, drawn by the page.</summary>
internal sealed class AssessModel(AssessWorkstream assess, DecisionService decisions) : PageModel
{
    /// <summary>The answers as posted, by profile key.</summary>
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>Problems by profile key (or "" for the form).</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public Assessment? Result { get; private set; }

    public WorkProfile? Profile { get; private set; }

    [BindProperty]
    public string? DecisionTitle { get; set; }

    [BindProperty]
    public string? ReviewBy { get; set; }

    public string DefaultReviewBy => decisions.Today.AddMonths(DecisionService.DefaultReviewMonths).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void OnGet()
    {
    }

    public IActionResult OnPost(CancellationToken cancellationToken)
    {
        if (ReadProfile() is { } profile)
        {
            Assess(profile, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var profile = ReadProfile();
        if (profile is null)
        {
            return Page();
        }

        DateOnly? reviewBy = null;
        if (!string.IsNullOrWhiteSpace(ReviewBy))
        {
            if (DateOnly.TryParseExact(ReviewBy, "yyyy-MM-dd", out var date))
            {
                reviewBy = date;
            }
            else
            {
                Add("reviewBy", "Review by must be a date (YYYY-MM-DD).");
            }
        }

        var title = string.IsNullOrWhiteSpace(DecisionTitle) ? $"Sourcing decision: {profile.Name}" : DecisionTitle.Trim();
        if (title.Length > 300)
        {
            Add("decisionTitle", "The title is longer than 300 characters.");
        }

        if (Errors.Count > 0)
        {
            Assess(profile, cancellationToken);
            return Page();
        }

        var saved = await decisions.CreateAsync(new DecisionInput(title, profile, null, reviewBy, "proposed"), cancellationToken);
        if (!saved.Success)
        {
            Report(saved.Diagnostics);
            return Page();
        }

        return Redirect($"/decisions/{saved.Value!.Id}?saved=1");
    }

    private void Assess(WorkProfile profile, CancellationToken cancellationToken)
    {
        Profile = profile;
        Result = assess.Assess(profile, cancellationToken);
    }

    private WorkProfile? ReadProfile()
    {
        var builder = new WorkProfileBuilder();
        foreach (var field in ProfileFields.All)
        {
            var value = Request.Form[field.Key].ToString();
            Answers[field.Key] = value;
            builder.Set(field, value);
        }

        if (string.IsNullOrWhiteSpace(Answers["name"]))
        {
            Add("name", "Give the workstream a name.");
            return null;
        }

        var built = builder.Build(new SourceLocation(null));
        if (!built.Success)
        {
            Report(built.Diagnostics);
            return null;
        }

        return built.Value;
    }

    private void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError))
        {
            Add(diagnostic.Location?.Field ?? "", diagnostic.Message);
        }
    }

    private void Add(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list))
        {
            Errors[key] = list = [];
        }

        list.Add(message);
    }
}
