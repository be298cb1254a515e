using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Web.Assessments;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Pages;

/// <summary>Saved decisions, a page at a time: newest first, or the one due for review soonest first
/// (<c>?sort=review</c>), with a link to the next page.</summary>
internal sealed class DecisionsModel(DecisionService decisions) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<(DecisionEntity Decision, AssessmentView Assessment, bool Overdue)> Items { get; private set; } = [];

    public bool ByReview { get; private set; }

    public int OverdueCount { get; private set; }

    public string? NextLink { get; private set; }

    public DateOnly Today => decisions.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = DecisionListQuery.Parse(Sort, null, Cursor, PageSize, PageSize);
        if (!query.Success)
        {
            return Redirect("/decisions");
        }

        ByReview = query.Value!.Order == DecisionOrder.Review;
        var (list, next) = await decisions.ListAsync(query.Value, cancellationToken);
        Items = [.. list.Select(d => (d, DecisionPageModel.Read(d), decisions.IsOverdue(d)))];
        OverdueCount = await decisions.CountOverdueAsync(cancellationToken);
        NextLink = next is null ? null : $"/decisions?sort={query.Value.SortName}&cursor={next.Encode()}";
        return Page();
    }
}
