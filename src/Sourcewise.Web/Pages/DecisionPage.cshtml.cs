using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sourcewise.Web.Assessments;
using Sourcewise.Web.Decisions;
using Sourcewise.Web.Storage;

namespace Sourcewise.Web.Pages;

/// <summary>One saved decision.</summary>
internal sealed class DecisionPageModel(DecisionService decisions) : PageModel
{
    public DecisionEntity Decision { get; private set; } = null!;

    public AssessmentView Assessment { get; private set; } = null!;

    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var decision = await decisions.FindAsync(id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        Decision = decision;
        Assessment = Read(decision);
        Overdue = decisions.IsOverdue(decision);
        return Page();
    }

    internal static AssessmentView Read(DecisionEntity decision)
    {
        using var document = JsonDocument.Parse(decision.AssessmentJson);
        return AssessmentView.From(document.RootElement);
    }
}
