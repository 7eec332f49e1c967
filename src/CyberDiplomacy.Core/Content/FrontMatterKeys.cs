using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// The keys a front matter model accepts, spelled as the deserializer reads them, and the nearest one to a typo.
/// Derived from the model's properties, so a new model needs nothing here.
/// </summary>
internal static class FrontMatterKeys
{
    /// <summary>The naming the deserializer uses; keys are matched exactly after it (<c>Title</c> is not <c>title</c>).</summary>
    public static readonly INamingConvention Naming = CamelCaseNamingConvention.Instance;

    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, PropertyInfo>> Cache = new();

    /// <summary>Key → property, in declaration order: public settable properties, <c>[YamlMember(Alias)]</c> honoured.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> Of(Type type) => Cache.GetOrAdd(type, static t =>
    {
        var keys = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
        foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0
                || property.IsDefined(typeof(YamlIgnoreAttribute)))
            {
                continue;
            }
            var alias = property.GetCustomAttribute<YamlMemberAttribute>()?.Alias;
            keys[string.IsNullOrEmpty(alias) ? Naming.Apply(property.Name) : alias] = property;
        }
        return keys;
    });

    /// <summary>The allowed key closest to <paramref name="key"/> when it is a plausible typo of it, else null.</summary>
    public static string? Nearest(string key, IEnumerable<string> allowed)
    {
        var typed = key.ToLowerInvariant();
        var best = allowed.Select(k => (Key: k, Distance: EditDistance.Between(typed, k.ToLowerInvariant())))
            .OrderBy(c => c.Distance).FirstOrDefault();
        // Two edits at most, and fewer than half the letters: 'sumary' → 'summary', but 'isi' is not 'id'.
        return best.Key is not null && best.Distance <= 2 && best.Distance * 2 < Math.Max(typed.Length, best.Key.Length) ? best.Key : null;
    }
}
