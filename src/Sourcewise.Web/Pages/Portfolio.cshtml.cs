using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sourcewise.Application;
using Sourcewise.Application.Portfolios;
using Sourcewise.Web.Api;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Pages;

/// <summary>Portfolio upload, then the result table (sorted on the server through the query string) and a summary
/// chart. What the page shows is kept in memory for a while (<see cref="PortfolioResults"/>, bounded in bytes) so
/// sorting does not need the file again; the file itself is never stored. The rows are assessed by the same use case
/// as <c>sourcewise portfolio</c>, with its bad-row policy: a bad row is listed and the others are assessed.</summary>
internal sealed class PortfolioModel(AssessPortfolio assessPortfolio, PortfolioResults results, IOptions<WorkLimits> limits)
    : PageModel
{
    public static readonly string[] Columns = ["row", "name", "workType", "recommendation", "margin", "mistakes"];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Run { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    public PortfolioView? Result { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>Set when the result was too large to keep: shown once, sorting needs the file again.</summary>
    public bool NotKept { get; private set; }

    public int KeptMinutes => limits.Value.ResultCacheMinutes;

    public bool Descending => Dir == "desc";

    public IEnumerable<PortfolioView.Row> SortedRows
    {
        get
        {
            var rows = Result!.Rows.AsEnumerable();
            Func<PortfolioView.Row, object> key = Sort switch
            {
                "name" => r => r.Name.ToLowerInvariant(),
                "workType" => r => r.WorkType ?? "",
                "recommendation" => r => r.Recommendation,
                "margin" => r => r.Margin,
                "mistakes" => r => r.Mistakes.Length,
                _ => r => r.Number,
            };
            return Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        }
    }

    public void OnGet()
    {
        if (Run is { Length: > 0 } && results.Find(Run) is { } view)
        {
            Result = view;
        }
        else if (Run is { Length: > 0 })
        {
            Errors.Add($"That result has expired (results are kept for {KeptMinutes} minutes while there is room). Upload the file again.");
        }
    }

    public IActionResult OnPost(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors.Add("Choose a portfolio file (.csv, .xlsx, .json or .yaml) to upload.");
            return Page();
        }

        var upload = PortfolioUpload.FromForm(Upload, "Upload");
        if (!upload.Success)
        {
            Errors.AddRange(upload.Diagnostics.Where(d => d.IsError).Select(d => d.Message));
            return Page();
        }

        var opened = upload.Value!.Open();
        if (!opened.HasValue)
        {
            Errors.AddRange(opened.Diagnostics.Where(d => d.IsError).Take(20).Select(d => d.ToString()));
            return Page();
        }

        var rows = new CollectingPortfolioSink(UseCases.MaxPortfolioRows);
        Outcome<PortfolioResult> run;
        using (opened.Value)
        {
            run = assessPortfolio.Run(opened.Value, rows, cancellationToken: cancellationToken);
        }

        if (!run.HasValue)
        {
            Errors.AddRange(run.Diagnostics.Where(d => d.IsError).Take(20).Select(d => d.ToString()));
            return Page();
        }

        var view = PortfolioView.From(run.Value, rows.Rows);
        if (results.Keep(view) is { } id)
        {
            return Redirect($"/portfolio?run={id}");
        }

        Result = view;
        NotKept = true;
        return Page();
    }

    public string SortLink(string column)
    {
        var dir = Sort == column && !Descending ? "desc" : "asc";
        return $"/portfolio?run={Uri.EscapeDataString(Run ?? "")}&sort={column}&dir={dir}";
    }

    public string? AriaSort(string column) =>
        (Sort ?? "row") == column ? (Descending ? "descending" : "ascending") : null;
}
