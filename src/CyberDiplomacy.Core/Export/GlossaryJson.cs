using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CyberDiplomacy.Core.Export;

/// <summary>
/// The glossary as JSON, in the shape of <c>/api/glossary</c> (<c>[{ slug, term, en, abbr, aliases, definition, url }]</c>)
/// and with the same escaping: markup characters escaped, letters of every script readable.
/// </summary>
public static class GlossaryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(IEnumerable<ExportedTerm> terms) => JsonSerializer.SerializeToUtf8Bytes(terms.ToList(), Options);
}
