using CyberDiplomacy.Core.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CyberDiplomacy.Core.Search;

/// <summary>How a <see cref="SearchDocument"/> becomes Lucene fields: what is analysed, stored, kept as doc values.</summary>
internal static class LuceneFields
{
    /// <summary>Stored, and with a term vector of offsets so snippets can mark matches without re-analysing the text.</summary>
    private static readonly FieldType BodyType = BodyFieldType();

    private static FieldType BodyFieldType()
    {
        var type = new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true, StoreTermVectorOffsets = true };
        type.Freeze();
        return type;
    }

    public static List<IIndexableField> For(SearchDocument document, SearchAnalyzers analyzers)
    {
        var fields = new List<IIndexableField>
        {
            new StringField(SearchFields.Key, document.Key, Field.Store.YES),
            new StringField(SearchFields.Type, document.Kind.ToApiName(), Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(document.Kind.ToApiName())),
            new SortedDocValuesField(SearchFields.Lang, new BytesRef(document.Lang)),
            new StringField(SearchFields.Slug, document.Slug, Field.Store.YES),
            new StringField(SearchFields.Lang, document.Lang, Field.Store.YES),
            new TextField(SearchFields.Title, document.Title, Field.Store.YES),
            new TextField(SearchFields.TitleExact, document.Title, Field.Store.NO),
            new TextField(SearchFields.Summary, document.Summary, Field.Store.YES),
            new Field(SearchFields.Body, document.Body, BodyType),
            new TextField(SearchFields.BodyExact, document.Body, Field.Store.NO),
        };
        if (document.Sections is { Count: > 0 } sections)
        {
            fields.Add(new StoredField(SearchFields.Sections, SectionField.Encode(sections)));
        }
        foreach (var name in document.Names)
        {
            fields.Add(new TextField(SearchFields.Names, name, Field.Store.YES));
            fields.Add(new TextField(SearchFields.NamesExact, name, Field.Store.NO));
        }
        foreach (var about in document.About)
        {
            fields.Add(new TextField(SearchFields.About, about, Field.Store.NO));
        }
        foreach (var key in document.Names.Append(document.Title).Select(analyzers.WholeKey).Where(k => k.Length > 0).Distinct())
        {
            fields.Add(new StringField(SearchFields.NameKey, key, Field.Store.NO));
        }
        foreach (var key in document.About.Select(analyzers.WholeKey).Where(k => k.Length > 0).Distinct())
        {
            fields.Add(new StringField(SearchFields.AboutKey, key, Field.Store.NO));
        }
        foreach (var tag in document.Tags)
        {
            fields.Add(new StringField(SearchFields.Tag, tag, Field.Store.YES));
            fields.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag)));
        }
        return fields;
    }
}
