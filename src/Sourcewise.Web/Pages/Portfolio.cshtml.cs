using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Sourcewise.Web.Api;
using Sourcewise.Web.Portfolios;

namespace Sourcewise.Web.Pages;

/// <summary>Portfolio upload, then the result table (sorted on the server through the query string) and a summary
/// chart. The result is kept in memory for 30 minutes so sorting does not need the file again; the file itself is
/// never stored.</summary>
internal sealed class PortfolioModel(IMemoryCache cache) : PageModel
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

    public PortfolioRun? Result { get; private set; }

    public List<string> Errors { get; } = [];

    public bool Descending => Dir == "desc";

    public IEnumerable<PortfolioRun.Row> SortedRows
    {
        get
        {
            var rows = Result!.Rows.AsEnumerable();
            Func<PortfolioRun.Row, object> key = Sort switch
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
        if (Run is { Length: > 0 } && cache.TryGetValue<PortfolioRun>(Key(Run), out var run))
        {
            Result = run;
        }
        else if (Run is { Length: > 0 })
        {
            Errors.Add("That result has expired (results are kept for 30 minutes). Upload the file again.");
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors.Add("Choose a portfolio file (.csv, .xlsx, .json or .yaml) to upload.");
            return Page();
        }

        var format = PortfolioService.FormatOf(Upload.FileName, Upload.ContentType);
        if (format is null)
        {
            Errors.Add($"“{Upload.FileName}” is not a portfolio file: use .csv, .xlsx, .json or .yaml.");
            return Page();
        }

        var bytes = await RequestBody.ReadFileAsync(Upload, Limits.Upload, cancellationToken);
        var run = bytes.Success
            ? await Task.Run(() => PortfolioService.Run(bytes.Value!, Path.GetFileName(Upload.FileName), format, cancellationToken), cancellationToken)
            : Sourcewise.Diagnostics.Result<PortfolioRun>.Fail(bytes.Diagnostics);
        if (!run.Success)
        {
            Errors.AddRange(run.Diagnostics.Where(d => d.IsError).Take(20).Select(d => d.ToString()));
            return Page();
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        cache.Set(Key(id), run.Value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30), Size = 1 });
        return Redirect($"/portfolio?run={id}");
    }

    public string SortLink(string column)
    {
        var dir = Sort == column && !Descending ? "desc" : "asc";
        return $"/portfolio?run={Uri.EscapeDataString(Run ?? "")}&sort={column}&dir={dir}";
    }

    public string? AriaSort(string column) =>
        (Sort ?? "row") == column ? (Descending ? "descending" : "ascending") : null;

    private static string Key(string id) => $"portfolio:{id}";
}
