using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;

namespace Sourcewise.Comparison;

/// <summary>The three engagement models compared on six dimensions (control, accountability, IP ownership, scaling
/// speed, cost model, best for), read from the data file <c>Data/models.json</c> shipped inside Sourcewise.Core.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ModelComparison
{
    private static readonly Lazy<ModelComparison> DefaultComparison = new(Load);

    private ModelComparison(ImmutableArray<ModelDescription> models, ImmutableArray<ModelDimension> dimensions, string readingAcross)
    {
        Models = models;
        Dimensions = dimensions;
        ReadingAcross = readingAcross;
    }

    /// <summary>The comparison shipped with Sourcewise.</summary>
    public static ModelComparison Default => DefaultComparison.Value;

    /// <summary>The three models in canonical order.</summary>
    public ImmutableArray<ModelDescription> Models { get; }

    /// <summary>The six dimensions in display order.</summary>
    public ImmutableArray<ModelDimension> Dimensions { get; }

    /// <summary>One paragraph on how the dimensions move from augmentation to managed services.</summary>
    public string ReadingAcross { get; }

    /// <summary>The description of one model.</summary>
    public ModelDescription this[EngagementModel model] => Models[(int)model];

    private static ModelComparison Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sourcewise.Data.models.json")
            ?? throw new InvalidOperationException("The built-in model comparison is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var models = new List<ModelDescription>();
        foreach (var item in root.GetProperty("models").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString();
            if (!EngagementModels.TryParse(id, out var model))
            {
                throw new InvalidOperationException($"models.json: unknown model id '{id}'.");
            }

            models.Add(new ModelDescription(model.Value, Text(item, "name"), Text(item, "summary"), Text(item, "directs"),
                Text(item, "owns"), Text(item, "payFor")));
        }

        var dimensions = new List<ModelDimension>();
        foreach (var item in root.GetProperty("dimensions").EnumerateArray())
        {
            dimensions.Add(new ModelDimension(Text(item, "id"), Text(item, "name"),
                [.. EngagementModels.Ids.Select(id => Text(item, id))]));
        }

        return new ModelComparison([.. models.OrderBy(m => m.Model)], [.. dimensions], Text(root, "readingAcross"));
    }

    private static string Text(JsonElement element, string key) =>
        element.GetProperty(key).GetString() ?? throw new InvalidOperationException($"models.json: '{key}' is empty.");
}
