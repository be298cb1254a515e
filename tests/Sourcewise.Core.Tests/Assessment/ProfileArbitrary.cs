using FsCheck;
using FsCheck.Fluent;
using Sourcewise.Profiles;

namespace Sourcewise.Core.Tests.Assessment;

/// <summary>Random work profiles for property tests: every field is unknown or one of its values; durations favour
/// the boundaries the rules use.</summary>
public static class ProfileArbitrary
{
    public static Arbitrary<WorkProfile> Profiles() => Arb.From(Generator());

    private static Gen<WorkProfile> Generator()
    {
        var fieldGens = ProfileFields.Answerable.Select(field => field.Kind == ProfileFieldKind.Integer
            ? Gen.OneOf(Gen.Constant(-1), Gen.Constant(0), Gen.Elements(1, 6, 7, 12, 13), Gen.Choose(0, field.Maximum))
            : Gen.Choose(-1, field.Values.Length - 1));
        return Gen.CollectToArray(fieldGens).Select(codes =>
        {
            var profile = WorkProfile.Empty("Random workstream");
            for (var i = 0; i < codes.Length; i++)
            {
                if (codes[i] >= 0)
                {
                    profile = profile.With(ProfileFields.Answerable[i], codes[i]);
                }
            }

            return profile;
        });
    }
}
