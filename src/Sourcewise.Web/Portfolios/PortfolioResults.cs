using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;

namespace Sourcewise.Web.Portfolios;

/// <summary>Portfolio results kept for a while so the page can re-sort them without the file, under random ids. The
/// memory cache's size limit is in bytes (<see cref="WorkLimits.ResultCacheMegabytes"/>) and each entry is sized by
/// <see cref="PortfolioView.EstimatedBytes"/>: the oldest results make room for a new one, and a result too large to
/// keep at all is shown once and not kept.</summary>
internal sealed class PortfolioResults(IMemoryCache cache, IOptions<WorkLimits> limits)
{
    // Ids in the order they were kept: over the limit the cache refuses a new entry (and compacts only later, in the
    // background), so the oldest results are removed here to make room.
    private readonly Queue<string> _kept = new();

    /// <summary>Keeps <paramref name="view"/>; returns its id, or <c>null</c> when it is larger than the whole cache.</summary>
    public string? Keep(PortfolioView view)
    {
        if (view.EstimatedBytes > limits.Value.ResultCacheBytes)
        {
            return null;
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        var options = new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(limits.Value.ResultCacheMinutes),
            Size = view.EstimatedBytes,
        };
        lock (_kept)
        {
            cache.Set(Key(id), view, options);
            while (!cache.TryGetValue(Key(id), out _) && _kept.TryDequeue(out var oldest))
            {
                cache.Remove(Key(oldest));
                cache.Set(Key(id), view, options);
            }

            if (!cache.TryGetValue(Key(id), out _))
            {
                return null;
            }

            // Forget ids whose results have expired, so the queue stays as short as the cache.
            while (_kept.TryPeek(out var first) && !cache.TryGetValue(Key(first), out _))
            {
                _kept.Dequeue();
            }

            _kept.Enqueue(id);
            return id;
        }
    }

    public PortfolioView? Find(string id) => cache.TryGetValue<PortfolioView>(Key(id), out var view) ? view : null;

    private static string Key(string id) => $"portfolio:{id}";
}
