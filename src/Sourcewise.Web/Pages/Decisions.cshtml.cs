using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Web.Assessments;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Pages;

/// <summary>Saved decisions, the one due for review soonest (so overdue ones) first.</summary>
internal sealed class DecisionsModel(DecisionService decisions) : PageModel
{
    public IReadOnlyList<(DecisionEntity Decision, AssessmentView Assessment, bool Overdue)> Items { get; private set; } = [];

    public DateOnly Today => decisions.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = await decisions.ListAsync(1000, cancellationToken);
        Items = [.. list.Select(d => (d, DecisionPageModel.Read(d), decisions.IsOverdue(d)))];
    }
}
