using System.Text.Json;
using CyberDiplomacy.Core.Content;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CyberDiplomacy.Core.Store;

/// <summary>
/// How values are written to SQLite, in one place: the EF model maps with these converters and the ingest's prepared
/// inserts (StoreWriter) write through the same functions, so a row reads back the same whichever path wrote it.
/// </summary>
public static class StoreConversions
{
    /// <summary>Document kinds are stored by name (<c>Article</c>, <c>Term</c>), readable in any SQLite browser.</summary>
    public static string KindToText(DocumentKind kind) => kind.ToString();

    public static DocumentKind KindFromText(string text) => Enum.Parse<DocumentKind>(text);

    /// <summary>Dates without a time, as EF Core's SQLite provider stores <see cref="DateOnly"/>.</summary>
    public static string DateToText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Lists (headings, related terms) are stored as JSON text.</summary>
    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Default);

    public static T FromJson<T>(string json) where T : new() => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Default) ?? new T();

    public static ValueConverter<DocumentKind, string> KindConverter { get; } = new(kind => KindToText(kind), text => KindFromText(text));

    public static ValueConverter<T, string> JsonConverter<T>() where T : new() => new(value => ToJson(value), json => FromJson<T>(json));

    public static ValueComparer<T> JsonComparer<T>() where T : new() => new(
        (a, b) => ToJson(a) == ToJson(b),
        value => ToJson(value).GetHashCode(StringComparison.Ordinal),
        value => FromJson<T>(ToJson(value)));
}
