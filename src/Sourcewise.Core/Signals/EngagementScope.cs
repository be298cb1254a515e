using System.Collections.Immutable;
using System.Text.Json;
using Sourcewise.Signals.Reading;

namespace Sourcewise.Signals;

/// <summary>The document-level reading for <c>not-an-engagement</c> (<c>signals.json</c>, <c>scope</c>): frames that
/// say a party performs services for the other, and the kinds of deal that are not engagements for services
/// (licences, supply of goods, finance, employment, endorsement, guarantees, press releases), each recognised by its
/// subject domain (a lexicon concept), the roles its parties take ("Licensor", "Employer") and its title.</summary>
/// <param name="Engagement">Frames of a party performing services for the other.</param>
/// <param name="Deals">The kinds of deal that are not engagements.</param>
/// <param name="Services">The concept of engineering and IT services.</param>
/// <param name="Rule">The weights and thresholds.</param>
internal sealed record EngagementScope(ImmutableArray<Frame> Engagement, ImmutableArray<DealType> Deals, int Services, ScopeRule Rule)
{
    public static EngagementScope Empty { get; } = new([], [], -1, new ScopeRule(0, 0, 0, 0, 0, 0, 0, 0));

    public static EngagementScope Load(JsonElement e, Lexicon lexicon)
    {
        var rule = e.GetProperty("rule");
        return new EngagementScope(
            [.. e.GetProperty("engagementFrames").EnumerateArray().Select((f, i) => Frame.Load(f, "engagement", i, lexicon))],
            [.. e.GetProperty("deals").EnumerateArray().Select(d => DealType.Load(d, lexicon))],
            lexicon.Concept(e.GetProperty("services").GetString()!),
            new ScopeRule(
                rule.GetProperty("minimumDomainShare").GetDouble(),
                rule.GetProperty("dominance").GetDouble(),
                rule.GetProperty("minimumSentences").GetInt32(),
                rule.GetProperty("domainWeight").GetDouble(),
                rule.GetProperty("roleWeight").GetDouble(),
                rule.GetProperty("titleWeight").GetDouble(),
                rule.GetProperty("minimumEvidence").GetDouble(),
                rule.GetProperty("maximumModelScore").GetDouble()));
    }
}

/// <summary>A kind of deal that is not an engagement for services.</summary>
/// <param name="Describes">What the document is, in plain words ("a licence of rights").</param>
/// <param name="Domain">The lexicon concept of its subject, or -1.</param>
/// <param name="Roles">Party names that only this kind of deal uses ("licensor", "employer").</param>
/// <param name="Titles">Title phrases (lower case) that name it.</param>
/// <param name="Weight">Extra weight of its cues (a press release outweighs any clause).</param>
internal sealed record DealType(string Describes, int Domain, ImmutableArray<string> Roles, ImmutableArray<string> Titles, double Weight)
{
    public static DealType Load(JsonElement d, Lexicon lexicon) => new(
        d.GetProperty("describes").GetString()!,
        d.TryGetProperty("domain", out var domain) ? lexicon.Concept(domain.GetString()!) : -1,
        d.TryGetProperty("roles", out var roles) ? [.. roles.EnumerateArray().Select(r => r.GetString()!)] : [],
        d.TryGetProperty("titles", out var titles) ? [.. titles.EnumerateArray().Select(t => t.GetString()!.ToLowerInvariant())] : [],
        d.TryGetProperty("weight", out var weight) ? weight.GetDouble() : 1.0);
}

/// <summary>When a document is not an engagement: its cues for one kind of deal add up to at least
/// <paramref name="MinimumEvidence"/> — the deal's domain covering <paramref name="MinimumDomainShare"/> of the
/// clauses read (and <paramref name="Dominance"/> times the services domain) counts <paramref name="DomainWeight"/>, a
/// party named by one of its roles <paramref name="RoleWeight"/>, its title <paramref name="TitleWeight"/> — and the
/// model evidence scores at most <paramref name="MaximumModelScore"/>. The domain share counts only in documents of
/// at least <paramref name="MinimumSentences"/> clauses.</summary>
internal sealed record ScopeRule(double MinimumDomainShare, double Dominance, int MinimumSentences, double DomainWeight,
    double RoleWeight, double TitleWeight, double MinimumEvidence, double MaximumModelScore);
