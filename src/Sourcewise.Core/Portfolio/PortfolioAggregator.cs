using System.Globalization;
using System.Text;
using Sourcewise.Profiles;

namespace Sourcewise.Portfolio;

/// <summary>Rolls a portfolio up while its workstreams stream past: counts per model, mistakes across rows, and the
/// portfolio findings (<c>single-model-for-everything</c>, <c>core-product-outsourced</c>,
/// <c>operations-on-augmentation</c>, and one finding per mistake that applied to any row).</summary>
/// <remarks>Not thread-safe: feed it rows in order from one thread. Memory does not grow with the number of rows:
/// each finding keeps only the first <see cref="MaxRowsPerFinding"/> rows and a count.</remarks>
public sealed class PortfolioAggregator
{
    /// <summary>The recommendation id used when the margin is too small to call.</summary>
    public const string CloseCallId = "close-call";

    /// <summary>Finding id: every workstream gets the same model.</summary>
    public const string SingleModelId = "single-model-for-everything";

    /// <summary>Finding id: differentiating (core) product work recommended or planned for project outsourcing.</summary>
    public const string CoreProductOutsourcedId = "core-product-outsourced";

    /// <summary>Finding id: operations work recommended or planned for staff augmentation.</summary>
    public const string OperationsOnAugmentationId = "operations-on-augmentation";

    /// <summary>How many rows each finding names at most.</summary>
    public const int MaxRowsPerFinding = 20;

    private static readonly Dictionary<string, string> MistakeWords = new(StringComparer.Ordinal)
    {
        ["outsourcing-core-under-uncertainty"] =
            "outsource core product work while its requirements are still moving: every change reopens scope, timeline and contract, and the context ends up at the vendor",
        ["short-term-convenience"] =
            "optimise for what is cheapest or quickest to start this quarter; over two years, retained knowledge usually matters more than headline cost",
        ["augmentation-without-leadership"] =
            "add engineers without the leadership or the next-sprint plan to direct them, which slows a team down instead of speeding it up",
        ["managed-services-for-product"] =
            "put product decisions under a managed service: an SLA guarantees a service level, not product judgement",
        ["contract-model-mismatch"] =
            "have a contract that does not match the way the work is really run, so accountability gaps surface during an incident",
    };

    private readonly int[] _byModel = new int[3];
    private readonly Dictionary<string, RowList> _mistakes = new(StringComparer.Ordinal);
    private readonly List<string> _mistakeOrder = [];
    private readonly RowList _everyRow = new();
    private readonly RowList _coreOutsourced = new();
    private readonly RowList _opsOnAugmentation = new();
    private readonly RowList _planDiffers = new();
    private int _closeCalls;
    private int _failed;
    private string? _firstRecommendation;
    private bool _allSameRecommendation = true;
    private EngagementModel? _firstConsidering;
    private bool _allSameConsidering = true;

    /// <summary>Workstreams added so far.</summary>
    public int Assessed { get; private set; }

    /// <summary>Rows reported as failed so far.</summary>
    public int Failed => _failed;

    /// <summary>Adds one assessed workstream.</summary>
    /// <param name="row">Its 1-based row.</param>
    /// <param name="profile">Its profile.</param>
    /// <param name="recommendation">A model id, or <see cref="CloseCallId"/>.</param>
    /// <param name="bestFit">The best-scoring model id (what a close call leans to).</param>
    /// <param name="mistakeIds">The ids of the mistakes that apply to it.</param>
    public void Add(int row, WorkProfile profile, string recommendation, string bestFit, IEnumerable<string> mistakeIds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(mistakeIds);
        Assessed++;
        var isCloseCall = recommendation == CloseCallId;
        EngagementModels.TryParse(isCloseCall ? bestFit : recommendation, out var leaning);
        if (isCloseCall)
        {
            _closeCalls++;
        }
        else if (leaning is { } model)
        {
            _byModel[(int)model]++;
        }

        if (_firstRecommendation is null)
        {
            _firstRecommendation = recommendation;
        }
        else if (_firstRecommendation != recommendation)
        {
            _allSameRecommendation = false;
        }

        _everyRow.Add(row, profile.Name, null);

        var considering = profile.Considering;
        if (considering is null || (_firstConsidering is { } first && first != considering))
        {
            _allSameConsidering = false;
        }

        _firstConsidering ??= considering;
        if (considering is { } planned && (isCloseCall || leaning != planned))
        {
            _planDiffers.Add(row, profile.Name, "recommended " + (isCloseCall ? CloseCallId : recommendation));
        }

        var differentiating = profile[ProfileFields.Differentiating] == 1;
        var workType = profile[ProfileFields.WorkType];
        const int operations = 2;
        if (differentiating && workType != operations)
        {
            var note = Note(leaning, isCloseCall, considering, EngagementModel.ProjectOutsourcing);
            if (note is not null)
            {
                _coreOutsourced.Add(row, profile.Name, note);
            }
        }

        if (workType == operations)
        {
            var note = Note(leaning, isCloseCall, considering, EngagementModel.StaffAugmentation);
            if (note is not null)
            {
                _opsOnAugmentation.Add(row, profile.Name, note);
            }
        }

        foreach (var id in mistakeIds)
        {
            if (!_mistakes.TryGetValue(id, out var list))
            {
                list = new RowList();
                _mistakes[id] = list;
                _mistakeOrder.Add(id);
            }

            list.Add(row, profile.Name, null);
        }
    }

    private static string? Note(EngagementModel? leaning, bool isCloseCall, EngagementModel? considering, EngagementModel model)
    {
        var recommended = leaning == model;
        var planned = considering == model;
        return (recommended, planned) switch
        {
            (true, true) => isCloseCall ? "considered, and a close call leaning to it" : "recommended and considered",
            (true, false) => isCloseCall ? "a close call leaning to it" : "recommended",
            (false, true) => "considered",
            _ => null,
        };
    }

    /// <summary>Counts a row that could not be read.</summary>
    public void AddFailed() => _failed++;

    /// <summary>The roll-up so far.</summary>
    public PortfolioSummary Summary() =>
        new(Assessed, _failed, [.. _byModel], _closeCalls, [.. _mistakeOrder.Select(id => new KeyValuePair<string, int>(id, _mistakes[id].Count))]);

    /// <summary>The portfolio findings so far, most important first.</summary>
    public IReadOnlyList<PortfolioFinding> Findings()
    {
        var findings = new List<PortfolioFinding>();
        if (Assessed >= 2 && _allSameRecommendation && _firstRecommendation != CloseCallId && _firstRecommendation is { } model)
        {
            findings.Add(new PortfolioFinding(SingleModelId, "warning",
                $"Every workstream ({Count(Assessed)}) is recommended {model}. One model for everything is itself a " +
                "mistake: the right pattern is to partition the portfolio by work type (augmentation for core product, " +
                "outsourcing for well-scoped non-core projects, managed services for steady-state operations). Check " +
                $"that the answers for these rows really are all alike: {Names(_everyRow)}.",
                Assessed, _everyRow.Rows));
        }
        else if (Assessed >= 2 && _allSameConsidering && _firstConsidering is { } planned && _planDiffers.Count > 0)
        {
            findings.Add(new PortfolioFinding(SingleModelId, "warning",
                $"Every workstream ({Count(Assessed)}) is planned as {planned.ToId()}, but the work is not all alike: " +
                $"{Count(_planDiffers.Count)} would be better served otherwise — {Names(_planDiffers)}. Partition the " +
                "portfolio by work type instead of using one model for everything.",
                _planDiffers.Count, _planDiffers.Rows));
        }

        if (_coreOutsourced.Count > 0)
        {
            findings.Add(new PortfolioFinding(CoreProductOutsourcedId, "warning",
                $"{Count(_coreOutsourced.Count)} of differentiating (core) work {Is(_coreOutsourced.Count)} recommended or " +
                $"considered for project outsourcing: {Names(_coreOutsourced)}. Core work keeps changing and its reasoning " +
                "is your advantage; outsourced, every change reopens scope and contract and the context leaves with the " +
                "vendor. Keep it in-house or augment your own team.",
                _coreOutsourced.Count, _coreOutsourced.Rows));
        }

        if (_opsOnAugmentation.Count > 0)
        {
            findings.Add(new PortfolioFinding(OperationsOnAugmentationId, "warning",
                $"{Count(_opsOnAugmentation.Count)} of operations work {Is(_opsOnAugmentation.Count)} recommended or " +
                $"considered for staff augmentation: {Names(_opsOnAugmentation)}. Steady-state operations with " +
                "measurable service levels usually suit managed services, where a provider answers for the SLA; " +
                "augmentation leaves you directing people on a function day to day.",
                _opsOnAugmentation.Count, _opsOnAugmentation.Rows));
        }

        foreach (var id in _mistakeOrder)
        {
            var list = _mistakes[id];
            var words = MistakeWords.GetValueOrDefault(id, $"show the mistake '{id}'");
            findings.Add(new PortfolioFinding(id, "warning",
                $"{Count(list.Count)} {(list.Count == 1 ? "risks" : "risk")} the mistake to {words}: {Names(list)}.",
                list.Count, list.Rows));
        }

        return findings;
    }

    private static string Count(int n) =>
        n == 1 ? "1 workstream" : n.ToString("N0", CultureInfo.InvariantCulture) + " workstreams";

    private static string Is(int n) => n == 1 ? "is" : "are";

    private static string Names(RowList list)
    {
        var sb = new StringBuilder();
        var shown = Math.Min(list.Rows.Count, 5);
        for (var i = 0; i < shown; i++)
        {
            var r = list.Rows[i];
            if (i > 0)
            {
                sb.Append(i == shown - 1 && list.Count == shown ? " and " : ", ");
            }

            sb.Append("row ").Append(r.Row).Append(" '").Append(r.Name).Append('\'');
            if (r.Note is { } note)
            {
                sb.Append(" (").Append(note).Append(')');
            }
        }

        if (list.Count > shown)
        {
            sb.Append(" and ").Append((list.Count - shown).ToString("N0", CultureInfo.InvariantCulture)).Append(" more");
        }

        return sb.ToString();
    }

    private sealed class RowList
    {
        private readonly List<PortfolioRowRef> _rows = [];

        public int Count { get; private set; }

        public IReadOnlyList<PortfolioRowRef> Rows => _rows;

        public void Add(int row, string name, string? note)
        {
            Count++;
            if (_rows.Count < MaxRowsPerFinding)
            {
                _rows.Add(new PortfolioRowRef(row, name, note));
            }
        }
    }
}
