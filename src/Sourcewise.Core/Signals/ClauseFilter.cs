using System.Text.RegularExpressions;
using Sourcewise.Contracts;

namespace Sourcewise.Signals;

/// <summary>Skips what is not a clause: headings, definitions (sections and single definitions), tables of contents.</summary>
internal sealed partial class ClauseFilter
{
    private bool _inDefinitions;
    private bool _inContents;

    /// <summary>Whether the sentence should be read for signals; call once per sentence, in order.</summary>
    public bool IsClause(ContractSentence sentence)
    {
        var text = sentence.Text;
        if (sentence.Kind == ContractLineKind.Heading || IsShortSectionTitle(sentence))
        {
            _inDefinitions = DefinitionsHeading().IsMatch(text);
            _inContents = ContentsHeading().IsMatch(text);
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

        if (DotLeader().IsMatch(text))
        {
            return false;
        }

        if (Definition().IsMatch(text))
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

    private static bool LooksLikeProse(string text) =>
        text.Length > 80 && Prose().IsMatch(text);

    [GeneratedRegex(@"^[\W_]*(?:(?:article|section|clause|schedule|exhibit)\s+)?(?:[0-9ivx]{1,4}(?:\.\d{1,3})*\.?\s*)?[\W_]*(?:definitions?|defined\s+terms|interpretation|definitions\s+and\s+interpretation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionsHeading();

    [GeneratedRegex(@"^[\W_]*(?:table\s+of\s+)?contents[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^[\W_]*(?:(?:article|section)\s+)?[0-9ivx]{1,4}(?:\.\d{1,3})*\.?\s+[\w ,&/'\-]{2,50}\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionTitle();

    [GeneratedRegex(@"(?:\.{4,}|…{2,}|(?:\.\s){4,}|_{4,})\s*\d+\s*$")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^[\s*_#>\-]*(?:\(?[0-9A-Za-z]{1,4}(?:\.[0-9]{1,3})*[.)]?\s+)?[*_]*[""“”‘’'][^""“”‘’]{1,80}[""“”‘’'][*_]*\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:means|shall\s+mean|has\s+the\s+meanings?|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as|shall\s+have\s+the\s+meanings?|includes?|shall\s+include)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    [GeneratedRegex(@"^[\W_]*\d{1,2}\.?\s+(?!\d)")]
    private static partial Regex TopLevelNumber();

    [GeneratedRegex(@"\b(?:shall|will|agrees?|hereby|may|must)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prose();
}
