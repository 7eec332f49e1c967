namespace CyberDiplomacy.Core.Export;

/// <summary>A file the glossary can be taken away as: its name on the command line, media type, file name and writer.</summary>
public sealed record GlossaryFormat(string Name, string MediaType, string FileName, Func<IEnumerable<ExportedTerm>, byte[]> Write)
{
    public static GlossaryFormat Csv { get; } = new("csv", "text/csv; charset=utf-8; header=present", "glossary.csv", GlossaryCsv.Write);
    public static GlossaryFormat Tbx { get; } = new("tbx", "application/xml; charset=utf-8", "glossary.tbx", GlossaryTbx.Write);
    public static GlossaryFormat Json { get; } = new("json", "application/json; charset=utf-8", "glossary.json", GlossaryJson.Write);

    public static IReadOnlyList<GlossaryFormat> All { get; } = [Csv, Tbx, Json];

    public static GlossaryFormat? Find(string name) => All.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
