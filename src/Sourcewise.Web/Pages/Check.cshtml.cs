using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Contracts;
using Sourcewise.Signals;
using Sourcewise.Web.Api;
using Sourcewise.Web.Checks;

namespace Sourcewise.Web.Pages;

/// <summary>Proposal check: upload a document, see the model it really describes, and the signals highlighted in its
/// text. Everything shown from the document is HTML-encoded by Razor; the upload is never stored.</summary>
internal sealed class CheckModel : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Claimed { get; set; }

    public CheckRun? Result { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>For each (page, line) with evidence: the signals found there.</summary>
    public Dictionary<(int? Page, int Line), List<DetectedSignal>> Highlights { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors.Add("Choose a document (.txt, .md, .html, .docx or .pdf) to check.");
            return Page();
        }

        EngagementModel? claimed = null;
        if (!string.IsNullOrEmpty(Claimed))
        {
            if (!EngagementModels.TryParse(Claimed, out var model))
            {
                Errors.Add("Choose the claimed model from the list.");
                return Page();
            }

            claimed = model;
        }

        if (Upload.Length > Limits.Upload)
        {
            Errors.Add($"The document is larger than the {Limits.Describe(Limits.Upload)} limit.");
            return Page();
        }

        await using var content = Upload.OpenReadStream();
        var run = await CheckService.CheckAsync(content, Path.GetFileName(Upload.FileName), claimed, cancellationToken);
        if (!run.Success)
        {
            Errors.AddRange(run.Diagnostics.Where(d => d.IsError).Take(10).Select(d => d.ToString()));
            return Page();
        }

        Result = run.Value;
        foreach (var signal in Result!.Check.Signals)
        {
            foreach (var evidence in signal.Evidence)
            {
                var key = (evidence.Page, evidence.Line);
                if (!Highlights.TryGetValue(key, out var list))
                {
                    Highlights[key] = list = [];
                }

                if (!list.Contains(signal))
                {
                    list.Add(signal);
                }
            }
        }

        return Page();
    }

    public List<DetectedSignal>? SignalsAt(ContractLine line) =>
        Highlights.TryGetValue((line.Page, line.Line), out var list) ? list
        : Highlights.TryGetValue((null, line.Line), out var unpaged) ? unpaged : null;
}
