using System.Runtime.CompilerServices;

namespace Sourcewise.CostModel.Simulation;

/// <summary>xoshiro256** with SplitMix64 seeding: fast, small state, good statistical quality. One per trial and
/// option stream, so a trial's draws depend only on (seed, option, stream, trial index), never on threads.</summary>
internal struct Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        unchecked
        {
            _s0 = Mix(seed);
            _s1 = Mix(_s0);
            _s2 = Mix(_s1);
            _s3 = Mix(_s2);
        }
    }

    /// <summary>SplitMix64 finaliser: a bijective 64-bit hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The seed of one trial of one stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong TrialSeed(ulong streamKey, long trial) =>
        unchecked(Mix(streamKey + (ulong)trial * 0xD1B54A32D192ED03UL));

    /// <summary>The key of one stream of one option under a seed.</summary>
    public static ulong StreamKey(long seed, int option, int stream) =>
        unchecked(Mix((ulong)seed ^ Mix((ulong)(option * 16 + stream + 1))));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in (0, 1): never exactly 0 or 1, so inverse CDFs stay finite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>A standard normal by inversion (one uniform per draw, monotone in the uniform).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal() => Distributions.InverseNormal(NextOpenDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
