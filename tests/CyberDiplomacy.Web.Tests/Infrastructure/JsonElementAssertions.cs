using System.Text.Json;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

public static class JsonElementAssertions
{
    /// <summary>Asserts a JSON object has exactly these property names, in any order.</summary>
    public static void AssertProperties(this JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(names.Order(StringComparer.Ordinal), element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>Asserts an API error body: <c>{ "error": "..." }</c> with a message.</summary>
    public static void AssertError(this JsonElement element)
    {
        element.AssertProperties("error");
        var error = element.GetProperty("error");
        Assert.Equal(JsonValueKind.String, error.ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(error.GetString()));
    }

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"'{property}' is null in {element}");
}
