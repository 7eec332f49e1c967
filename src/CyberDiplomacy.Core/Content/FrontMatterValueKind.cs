using System.Collections;

namespace CyberDiplomacy.Core.Content;

/// <summary>What a front matter key holds, in the words an editor uses: text, true/false, a number, a list, an entry with keys.</summary>
internal enum FrontMatterValueKind
{
    Text,
    TrueOrFalse,
    Number,
    List,
    Entry,
    Anything,
}

internal static class FrontMatterValueKinds
{
    public static FrontMatterValueKind Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(bool)) return FrontMatterValueKind.TrueOrFalse;
        if (type.IsPrimitive || type == typeof(decimal)) return type == typeof(char) ? FrontMatterValueKind.Text : FrontMatterValueKind.Number;
        if (type == typeof(string) || type.IsEnum || type.IsValueType || type == typeof(Uri)) return FrontMatterValueKind.Text;
        if (type == typeof(object) || typeof(IDictionary).IsAssignableFrom(type) || IsGenericDictionary(type)) return FrontMatterValueKind.Anything;
        if (ElementOf(type) is not null) return FrontMatterValueKind.List;
        return FrontMatterValueKind.Entry;
    }

    /// <summary>The item type of a list, array or other sequence type; null for anything else.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        var sequence = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return sequence?.GetGenericArguments()[0];
    }

    private static bool IsGenericDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    /// <summary>"text", "true or false", … as in "'featured' must be true or false".</summary>
    public static string Describe(FrontMatterValueKind kind) => kind switch
    {
        FrontMatterValueKind.Text => "text",
        FrontMatterValueKind.TrueOrFalse => "true or false",
        FrontMatterValueKind.Number => "a number",
        FrontMatterValueKind.List => "a list",
        FrontMatterValueKind.Entry => "keys under it",
        _ => "a value",
    };
}
