using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// An empty value (<c>tags:</c> with nothing after it) deserializes to null even where the model says a value is
/// never null; this puts the model's meaning back: an empty list, empty text, an entry with nothing set.
/// </summary>
internal static class FrontMatterEmptyValues
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly ConcurrentDictionary<PropertyInfo, bool> NeverNull = new();

    public static void Fill(object model, int depth = 0)
    {
        // Front matter models are small trees; the bound only guards against a model that refers to itself.
        if (depth > 8) return;
        foreach (var property in FrontMatterKeys.Of(model.GetType()).Values)
        {
            var value = property.GetValue(model);
            if (value is null)
            {
                // NullabilityInfoContext is not thread-safe; the answer never changes, so ask once per property.
                var neverNull = NeverNull.GetOrAdd(property, static p =>
                {
                    lock (Nullability) return Nullability.Create(p).WriteState == NullabilityState.NotNull;
                });
                if (!neverNull) continue;
                value = property.PropertyType == typeof(string) ? "" : CreateEmpty(property.PropertyType);
                if (value is null) continue;
                property.SetValue(model, value);
            }
            if (value is string || property.PropertyType.IsValueType) continue;
            if (value is IList items)
            {
                // "- " with nothing after it is an empty item, not a hole the rest of the pipeline trips on.
                var element = FrontMatterValueKinds.ElementOf(property.PropertyType);
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is null && element is not null && !items.IsReadOnly)
                    {
                        items[i] = element == typeof(string) ? "" : CreateEmpty(element);
                    }
                    if (items[i] is { } item && item is not string && !item.GetType().IsValueType) Fill(item, depth + 1);
                }
            }
            else
            {
                Fill(value, depth + 1);
            }
        }
    }

    private static object? CreateEmpty(Type type) =>
        type.IsArray ? Array.CreateInstance(type.GetElementType()!, 0)
        : !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type)
        : null;
}
