using System.Globalization;
using Sourcewise.Diagnostics;

namespace Sourcewise.CostModel;

/// <summary>A validated cost scenario: a horizon, a currency, requirement volatility and one to four options to
/// compare. Build one with <see cref="Create"/>, which never throws for bad values and names the field of each
/// problem (e.g. <c>options.inHouse.heads</c>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CostScenario
{
    /// <summary>The shortest accepted horizon in months.</summary>
    public const int MinHorizonMonths = 1;

    /// <summary>The longest accepted horizon in months.</summary>
    public const int MaxHorizonMonths = 120;

    private CostScenario(int horizonMonths, string currency, CostVolatility volatility, string? name,
        StaffAugmentationOption? staffAugmentation, ProjectOutsourcingOption? projectOutsourcing,
        ManagedServicesOption? managedServices, InHouseOption? inHouse)
    {
        HorizonMonths = horizonMonths;
        Currency = currency;
        Volatility = volatility;
        Name = name;
        StaffAugmentation = staffAugmentation;
        ProjectOutsourcing = projectOutsourcing;
        ManagedServices = managedServices;
        InHouse = inHouse;
        Kinds = CostOptionKinds.All.Where(k => GetOption(k) is not null).ToArray();
    }

    /// <summary>Months compared (1–120).</summary>
    public int HorizonMonths { get; }

    /// <summary>ISO 4217-style currency code of every amount (default <c>USD</c>).</summary>
    public string Currency { get; }

    /// <summary>Requirement volatility; it scales the change-request rate of project outsourcing.</summary>
    public CostVolatility Volatility { get; }

    /// <summary>An optional title for reports.</summary>
    public string? Name { get; }

    /// <summary>The staff augmentation option, if compared.</summary>
    public StaffAugmentationOption? StaffAugmentation { get; }

    /// <summary>The project outsourcing option, if compared.</summary>
    public ProjectOutsourcingOption? ProjectOutsourcing { get; }

    /// <summary>The managed services option, if compared.</summary>
    public ManagedServicesOption? ManagedServices { get; }

    /// <summary>The in-house option, if compared.</summary>
    public InHouseOption? InHouse { get; }

    /// <summary>The options present, in canonical order (never empty).</summary>
    public IReadOnlyList<CostOptionKind> Kinds { get; }

    /// <summary>Returns the option record of a kind (one of the four option types), or <c>null</c> when absent.</summary>
    public object? GetOption(CostOptionKind kind) => kind switch
    {
        CostOptionKind.StaffAugmentation => StaffAugmentation,
        CostOptionKind.ProjectOutsourcing => ProjectOutsourcing,
        CostOptionKind.ManagedServices => ManagedServices,
        CostOptionKind.InHouse => InHouse,
        _ => null,
    };

    /// <summary>Validates and creates a scenario. Never throws for bad values: every problem becomes an error whose
    /// location names the field path (<c>horizonMonths</c>, <c>options.staffAugmentation.heads</c>,
    /// <c>options.managedServices.tiers[1].fromUnits</c>).</summary>
    public static Result<CostScenario> Create(int horizonMonths, CostVolatility volatility = CostVolatility.Medium,
        string currency = "USD", StaffAugmentationOption? staffAugmentation = null,
        ProjectOutsourcingOption? projectOutsourcing = null, ManagedServicesOption? managedServices = null,
        InHouseOption? inHouse = null, string? name = null)
    {
        var problems = new List<Diagnostic>();
        if (horizonMonths is < MinHorizonMonths or > MaxHorizonMonths)
        {
            problems.Add(Error("horizon-out-of-range",
                $"must be between {MinHorizonMonths} and {MaxHorizonMonths} months, got {horizonMonths}", "horizonMonths"));
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add(Error("invalid-currency", $"must be a three-letter code such as USD or EUR, got '{currency}'",
                "currency"));
        }

        if (!Enum.IsDefined(volatility))
        {
            problems.Add(Error("invalid-value", "must be low, medium or high", "volatility"));
        }

        if (staffAugmentation is null && projectOutsourcing is null && managedServices is null && inHouse is null)
        {
            problems.Add(Error("no-options",
                $"name at least one option to compare: {string.Join(", ", CostOptionKinds.Ids)}", "options"));
        }

        Check(CostOptionKind.StaffAugmentation, staffAugmentation, problems);
        Check(CostOptionKind.ProjectOutsourcing, projectOutsourcing, problems);
        Check(CostOptionKind.ManagedServices, managedServices, problems);
        Check(CostOptionKind.InHouse, inHouse, problems);
        if (managedServices is not null)
        {
            CheckTiers(managedServices, problems);
        }

        return problems.Count > 0
            ? Result<CostScenario>.Fail(problems)
            : Result<CostScenario>.Ok(new CostScenario(horizonMonths, currency!, volatility, name, staffAugmentation,
                projectOutsourcing, managedServices, inHouse));
    }

    /// <summary>Returns this scenario with one option replaced (internal: the value was validated by the caller).</summary>
    internal CostScenario WithOptionUnchecked(CostOptionKind kind, object option) => new(HorizonMonths, Currency,
        Volatility, Name,
        kind == CostOptionKind.StaffAugmentation ? (StaffAugmentationOption)option : StaffAugmentation,
        kind == CostOptionKind.ProjectOutsourcing ? (ProjectOutsourcingOption)option : ProjectOutsourcing,
        kind == CostOptionKind.ManagedServices ? (ManagedServicesOption)option : ManagedServices,
        kind == CostOptionKind.InHouse ? (InHouseOption)option : InHouse);

    /// <summary>Returns this scenario at another volatility.</summary>
    public CostScenario WithVolatility(CostVolatility volatility) =>
        Enum.IsDefined(volatility)
            ? new(HorizonMonths, Currency, volatility, Name, StaffAugmentation, ProjectOutsourcing, ManagedServices, InHouse)
            : throw new ArgumentOutOfRangeException(nameof(volatility));

    /// <summary>Returns the field path prefix of an option, e.g. <c>options.inHouse</c>.</summary>
    public static string FieldPath(CostOptionKind kind) => "options." + kind.ToId();

    private static void Check(CostOptionKind kind, object? option, List<Diagnostic> problems)
    {
        if (option is null)
        {
            return;
        }

        foreach (var parameter in CostParameters.For(kind))
        {
            if (CostParameters.Get(option, parameter.Key) is not { } value)
            {
                continue;
            }

            var field = $"{FieldPath(kind)}.{parameter.Key}";
            if (CheckValue(parameter, value) is { } problem)
            {
                problems.Add(Error(problem.Code, problem.Message, field));
            }
        }
    }

    internal static (string Code, string Message)? CheckValue(CostParameter parameter, double value) =>
        parameter.Check(value);

    private static void CheckTiers(ManagedServicesOption option, List<Diagnostic> problems)
    {
        var prefix = FieldPath(CostOptionKind.ManagedServices) + ".tiers";
        if (option.Tiers is null)
        {
            problems.Add(Error("invalid-value", "must be a list (empty for no tiers)", prefix));
            return;
        }

        if (!Enum.IsDefined(option.TierPricing))
        {
            problems.Add(Error("invalid-value", "must be volume or graduated",
                FieldPath(CostOptionKind.ManagedServices) + ".tierPricing"));
        }

        var from = new CostParameter("fromUnits", 0, 100_000_000, false, true, null, "");
        var price = new CostParameter("unitPricePerMonth", 0, 1_000_000, false, true, null, "");
        for (var i = 0; i < option.Tiers.Count; i++)
        {
            var tier = option.Tiers[i];
            if (tier is null)
            {
                problems.Add(Error("invalid-value", "must be a tier", $"{prefix}[{i}]"));
                continue;
            }

            if (CheckValue(from, tier.FromUnits) is { } p1)
            {
                problems.Add(Error(p1.Code, p1.Message, $"{prefix}[{i}].fromUnits"));
            }
            else if (i > 0 && option.Tiers[i - 1] is { } previous && tier.FromUnits <= previous.FromUnits)
            {
                problems.Add(Error("tiers-out-of-order",
                    $"tiers must be in ascending order of fromUnits: {Format(tier.FromUnits)} follows {Format(previous.FromUnits)}",
                    $"{prefix}[{i}].fromUnits"));
            }

            if (CheckValue(price, tier.UnitPricePerMonth) is { } p2)
            {
                problems.Add(Error(p2.Code, p2.Message, $"{prefix}[{i}].unitPricePerMonth"));
            }
        }
    }

    private static Diagnostic Error(string code, string message, string field) =>
        Diagnostic.Error(code, message, new SourceLocation(null, Field: field));

    internal static string Format(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);
}
