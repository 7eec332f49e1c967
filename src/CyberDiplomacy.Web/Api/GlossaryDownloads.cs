using CyberDiplomacy.Core.Export;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Web.Api;

/// <summary>
/// <c>/glossary.csv</c> and <c>/glossary.tbx</c>: the bilingual term list to take away into a spreadsheet or a
/// translation tool, written by the same Core classes as <c>kb export</c>. Cached like pages, until the content changes.
/// </summary>
public static class GlossaryDownloads
{
    public static WebApplication MapGlossaryDownloads(this WebApplication app)
    {
        foreach (var format in new[] { GlossaryFormat.Csv, GlossaryFormat.Tbx })
        {
            app.MapGet("/" + format.FileName, async (KnowledgeBaseReader reader, CancellationToken cancellationToken) =>
                    TypedResults.File(format.Write(await reader.ExportTermsAsync(cancellationToken)), format.MediaType, format.FileName))
                .CachedAsPage();
        }
        return app;
    }
}
