using PdfSharp.Fonts;

namespace Sourcewise.Reports.Rendering.Pdf;

/// <summary>A PDFsharp font resolver over the DejaVu fonts the machine provides (Debian/Ubuntu package
/// <c>fonts-dejavu-core</c>). Every family name resolves to DejaVu Sans, except names containing "Mono", which resolve
/// to DejaVu Sans Mono, so PDFsharp never needs Windows fonts. Fonts are embedded (subset) in every PDF.</summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    /// <summary>The family name the report renderer asks for.</summary>
    public const string Sans = "DejaVu Sans";

    /// <summary>The fixed-width family name.</summary>
    public const string Mono = "DejaVu Sans Mono";

    private static readonly Lock InstallLock = new();
    private static readonly string[] SearchDirectories =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
        "/Library/Fonts",
    ];

    private readonly Dictionary<string, byte[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _cacheLock = new();
    private readonly string? _directory;

    /// <summary>Creates a resolver that reads fonts from <paramref name="directory"/> (or searches the usual places,
    /// and <c>SOURCEWISE_FONT_DIR</c> first, when <c>null</c>).</summary>
    public DejaVuFontResolver(string? directory = null)
    {
        _directory = directory ?? FindDirectory();
    }

    /// <summary>The directory holding <c>DejaVuSans.ttf</c>, or <c>null</c> when none was found.</summary>
    public string? Directory => _directory;

    /// <summary>Whether the fonts needed for PDF output are present.</summary>
    public static bool FontsAvailable => FindDirectory() is not null;

    /// <summary>Installs a resolver for the process unless one is already set (PDFsharp allows one per process).</summary>
    /// <exception cref="InvalidOperationException">The DejaVu fonts are not installed.</exception>
    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not null)
            {
                return;
            }

            var resolver = new DejaVuFontResolver();
            if (resolver.Directory is null)
            {
                throw new InvalidOperationException(
                    "PDF output needs the DejaVu fonts (DejaVuSans.ttf); install fonts-dejavu-core or set SOURCEWISE_FONT_DIR.");
            }

            GlobalFontSettings.FontResolver = resolver;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var mono = familyName.Contains("Mono", StringComparison.OrdinalIgnoreCase)
            || familyName.Contains("Courier", StringComparison.OrdinalIgnoreCase)
            || familyName.Contains("Consolas", StringComparison.OrdinalIgnoreCase);
        var face = (mono ? "DejaVuSansMono" : "DejaVuSans") + (bold, italic) switch
        {
            (true, true) => "-BoldOblique",
            (true, false) => "-Bold",
            (false, true) => "-Oblique",
            _ => "",
        };
        return new FontResolverInfo(face);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        lock (_cacheLock)
        {
            if (_cache.TryGetValue(faceName, out var bytes))
            {
                return bytes;
            }

            if (_directory is null)
            {
                return null;
            }

            var path = Path.Combine(_directory, faceName + ".ttf");
            if (!File.Exists(path))
            {
                // Fall back to the regular face (a missing oblique is better than no document).
                path = Path.Combine(_directory, (faceName.StartsWith("DejaVuSansMono", StringComparison.Ordinal)
                    ? "DejaVuSansMono" : "DejaVuSans") + ".ttf");
            }

            bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (bytes is not null)
            {
                _cache[faceName] = bytes;
            }

            return bytes;
        }
    }

    private static string? FindDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SOURCEWISE_FONT_DIR");
        IEnumerable<string> candidates = string.IsNullOrWhiteSpace(fromEnvironment)
            ? SearchDirectories
            : [fromEnvironment, .. SearchDirectories];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "DejaVuSans.ttf")));
    }
}
