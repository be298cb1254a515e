using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Application.Check;
using Sourcewise.Contracts;
using Sourcewise.Signals;
using Sourcewise.Web.Api;

namespace Sourcewise.Web.Pages;

/// <summary>Proposal check: upload a document, see the model it really describes, and the signals highlighted in its
/// text (the same use case as <c>sourcewise check</c>). Everything shown from the document is HTML-encoded by Razor;
/// the upload is never stored.</summary>
internal sealed class CheckModel(CheckProposal checkProposal) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Claimed { get; set; }

    public CheckedDocument? Result { get; private set; }

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
            Errors.Add($"Choose a document ({CheckProposal.AcceptedList}) to check.");
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

        var run = await CheckApi.CheckUploadAsync(checkProposal, Upload, claimed, cancellationToken);
        if (!run.HasValue)
        {
            Errors.AddRange(run.Diagnostics.Where(d => d.IsError).Take(10).Select(d => d.ToString()));
            return Page();
        }

        Result = run.Value;
        foreach (var signal in Result.Check.Signals)
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
