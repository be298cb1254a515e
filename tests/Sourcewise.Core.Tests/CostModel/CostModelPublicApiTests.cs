using System.Reflection;
using Snapshooter.Xunit;
using Sourcewise.CostModel;

namespace Sourcewise.Core.Tests.CostModel;

/// <summary>Other features (decision report, web app) build on the cost model's public API; a change to it must be
/// deliberate, so the member list is a snapshot.</summary>
public sealed class CostModelPublicApiTests
{
    [Fact]
    public void The_public_cost_model_api_matches_the_snapshot()
    {
        var types = typeof(CostSimulator).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Sourcewise.CostModel")
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var type in types)
        {
            lines.Add($"{Kind(type)} {type.Name}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static |
                    BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                .Select(Describe)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "  " + m));
        }

        Snapshot.Match(string.Join("\n", lines));
    }

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers" or "GetHashCode" or "Equals"
            or "ToString" || (member.DeclaringType!.IsEnum && member.Name == "value__");

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Describe(MemberInfo member) => member switch
    {
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name}",
        MethodInfo m => $"{Name(m.ReturnType)} {m.Name}({string.Join(", ", m.GetParameters().Select(x => Name(x.ParameterType)))})",
        ConstructorInfo c => $"ctor({string.Join(", ", c.GetParameters().Select(x => Name(x.ParameterType)))})",
        FieldInfo f => $"{Name(f.FieldType)} {f.Name}",
        _ => member.Name,
    };

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
