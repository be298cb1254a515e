using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>Skips what is not a clause: headings, definitions (sections and single definitions), tables of contents.</summary>
internal sealed partial class ClauseFilter
{
    /// <summary>The quotation marks of <see cref="Definition"/>; a definition has one.</summary>
    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“”‘’'");

    private bool _inDefinitions;
    private bool _inContents;

    /// <summary>Whether the sentence should be read for signals; call once per sentence, in order.</summary>
    public bool IsClause(ContractSentence sentence) => IsClause(sentence, ShapeOf(sentence));

    /// <summary>What the sentence is on its own, without the sections before it: the costly part of
    /// <see cref="IsClause(ContractSentence)"/>, which can be worked out for many sentences at once, in any order.</summary>
    public static ClauseShape ShapeOf(ContractSentence sentence)
    {
        var text = sentence.Text;
        if (sentence.Kind == ContractLineKind.Heading || IsShortSectionTitle(sentence))
        {
            return ClauseShape.SectionTitle
                | (DefinitionsHeading().IsMatch(text) ? ClauseShape.DefinitionsTitle : 0)
                | (ContentsHeading().IsMatch(text) ? ClauseShape.ContentsTitle : 0);
        }

        return IsDotLeader(text) || IsDefinition(text) || IsRecital(text) || text.Contains("drafting note", StringComparison.OrdinalIgnoreCase)
            ? ClauseShape.Skipped
            : ClauseShape.Text;
    }

    /// <summary>Whether the sentence should be read for signals, given its <see cref="ShapeOf"/>; call once per
    /// sentence, in order.</summary>
    public bool IsClause(ContractSentence sentence, ClauseShape shape)
    {
        var text = sentence.Text;
        if ((shape & ClauseShape.SectionTitle) != 0)
        {
            _inDefinitions = (shape & ClauseShape.DefinitionsTitle) != 0;
            _inContents = (shape & ClauseShape.ContentsTitle) != 0;
            return false;
        }

        if (_inContents)
        {
            if (LooksLikeProse(text))
            {
                _inContents = false;
            }
            else
            {
                return false;
            }
        }

        // Dot leaders (contents lines) and single definitions.
        if (shape == ClauseShape.Skipped)
        {
            return false;
        }

        if (_inDefinitions)
        {
            // A top-level numbered clause that is not a definition ends the section.
            if (sentence.Kind == ContractLineKind.Clause && TopLevelNumber().IsMatch(text))
            {
                _inDefinitions = false;
                return true;
            }

            return false;
        }

        return true;
    }

    private static bool IsShortSectionTitle(ContractSentence sentence) =>
        sentence.Kind is ContractLineKind.Clause or ContractLineKind.Body && sentence.Text.Length <= 60
        && SectionTitle().IsMatch(sentence.Text);

    // Most sentences fail a cheap test that every match passes: a dot leader ends in a digit (\d is a Unicode decimal
    // digit, \s a white-space character, as for char), a definition quotes its term.
    internal static bool IsDotLeader(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && char.IsDigit(trimmed[^1]) && DotLeader().IsMatch(text);
    }

    /// <summary>"WHEREAS, the Customer wishes …": a recital gives the background, it commits no one.</summary>
    internal static bool IsRecital(string text)
    {
        var trimmed = text.AsSpan().TrimStart(" \t*_#>-([0-9.)".AsSpan());
        return trimmed.StartsWith("WHEREAS", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("RECITAL", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsDefinition(string text) =>
        text.AsSpan().IndexOfAny(Quotes) >= 0 && Definition().IsMatch(text);

    private static bool LooksLikeProse(string text) =>
        text.Length > 80 && Prose().IsMatch(text);

    [GeneratedRegex(@"^[\W_]*(?:(?:article|section|clause|schedule|exhibit)\s+)?(?:[0-9ivx]{1,4}(?:\.\d{1,3})*\.?\s*)?[\W_]*(?:definitions?|defined\s+terms|interpretation|definitions\s+and\s+interpretation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionsHeading();

    [GeneratedRegex(@"^[\W_]*(?:table\s+of\s+)?contents[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^[\W_]*(?:(?:article|section)\s+)?[0-9ivx]{1,4}(?:\.\d{1,3})*\.?\s+[\w ,&/'\-]{2,50}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionTitle();

    [GeneratedRegex(@"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*\d+\s*$")]
    internal static partial Regex DotLeader();

    [GeneratedRegex(@"^[\s*_#>\-]*(?:\(?[0-9A-Za-z]{1,4}(?:\.[0-9]{1,3})*[.)]?\s+)?[*_]*[""“”‘’'][^""“”‘’]{1,80}[""“”‘’'][*_]*\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:means|shall\s+mean|has\s+the\s+meanings?|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as|shall\s+have\s+the\s+meanings?|includes?|shall\s+include)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Definition();

    [GeneratedRegex(@"^[\W_]*\d{1,2}\.?\s+(?!\d)")]
    private static partial Regex TopLevelNumber();

    [GeneratedRegex(@"\b(?:shall|will|agrees?|hereby|may|must)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prose();
}

/// <summary>What a sentence is on its own, before the section context (<see cref="ClauseFilter.ShapeOf"/>).</summary>
[Flags]
internal enum ClauseShape : byte
{
    /// <summary>Text that may be a clause, depending on the section it is in.</summary>
    Text = 0,

    /// <summary>A heading or short section title: never a clause, and starts a new section.</summary>
    SectionTitle = 1,

    /// <summary>With <see cref="SectionTitle"/>: the title of a definitions section.</summary>
    DefinitionsTitle = 2,

    /// <summary>With <see cref="SectionTitle"/>: the title of a table of contents.</summary>
    ContentsTitle = 4,

    /// <summary>A dot-leader line or a single definition: never a clause.</summary>
    Skipped = 8,
}
