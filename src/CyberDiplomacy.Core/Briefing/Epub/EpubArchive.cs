using System.IO.Compression;
using System.Text;

namespace CyberDiplomacy.Core.Briefing.Epub;

/// <summary>
/// The EPUB Open Container Format: a ZIP whose first entry is <c>mimetype</c>, stored uncompressed and without
/// extra fields (readers sniff its bytes at offset 38), then <c>META-INF/container.xml</c> naming the package
/// document, then the publication's files. Written to a seekable stream, so no entry needs a data descriptor.
/// </summary>
public static class EpubArchive
{
    public const string MediaType = "application/epub+zip";
    public const string PackagePath = "EPUB/package.opf";

    private const string Container =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n" +
        "  <rootfiles>\n" +
        "    <rootfile full-path=\"" + PackagePath + "\" media-type=\"application/oebps-package+xml\"/>\n" +
        "  </rootfiles>\n" +
        "</container>\n";

    /// <param name="files">Paths relative to the package document's folder (<c>EPUB/</c>) and their bytes.</param>
    public static byte[] Write(IEnumerable<(string Path, byte[] Content)> files, DateTimeOffset modified)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8))
        {
            Add(zip, "mimetype", Encoding.ASCII.GetBytes(MediaType), CompressionLevel.NoCompression, modified);
            Add(zip, "META-INF/container.xml", Encoding.UTF8.GetBytes(Container), CompressionLevel.Optimal, modified);
            var folder = PackagePath[..(PackagePath.LastIndexOf('/') + 1)];
            foreach (var (path, content) in files) Add(zip, folder + path, content, CompressionLevel.Optimal, modified);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset modified)
    {
        var entry = zip.CreateEntry(path, level);
        // A fixed time makes the same pack the same bytes (ZIP times are local, two-second, from 1980 on).
        entry.LastWriteTime = modified;
        using var output = entry.Open();
        output.Write(content);
    }
}
