using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// A page as it left the pipeline: its headers (security and cache headers included) and its plain body, plus the
/// brotli and gzip forms made the first time a reader asks for them. A stored page is answered before the compression
/// middleware, so each form is compressed once (at a better ratio than per-response compression affords) rather than
/// on every request.
/// </summary>
internal sealed class StoredPage
{
    private static readonly HashSet<string> NotReplayed = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.SetCookie,
        HeaderNames.ContentEncoding,
    };

    private readonly KeyValuePair<string, StringValues>[] _headers;
    private readonly byte[] _body;
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    private StoredPage(KeyValuePair<string, StringValues>[] headers, byte[] body)
    {
        _headers = headers;
        _body = body;
        _brotli = new Lazy<byte[]>(() => Compress(body, stream => new BrotliStream(stream, CompressionLevel.SmallestSize)));
        _gzip = new Lazy<byte[]>(() => Compress(body, stream => new GZipStream(stream, CompressionLevel.SmallestSize)));
    }

    /// <summary>Room it takes in the store: the plain body twice over covers the compressed forms and the headers.</summary>
    public long Size => 2L * _body.Length + 1024;

    public static StoredPage From(HttpResponse response, byte[] body) =>
        new(response.Headers.Where(h => !NotReplayed.Contains(h.Key)).ToArray(), body);

    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var target = response.Headers;
        foreach (var (name, value) in _headers) target[name] = value;
        var (encoding, body) = Negotiate(context.Request.Headers.AcceptEncoding);
        if (encoding is not null) target.ContentEncoding = encoding;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>Brotli, else gzip, else plain, as the reader's Accept-Encoding allows (a zero q-value refuses).</summary>
    private (string? Encoding, byte[] Body) Negotiate(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted)) return (null, _body);
        bool Accepts(string coding) => accepted.Any(a => (a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && (a.Quality ?? 1) > 0);
        if (Accepts("br")) return ("br", _brotli.Value);
        if (Accepts("gzip")) return ("gzip", _gzip.Value);
        return (null, _body);
    }

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream(body.Length / 3);
        using (var stream = compressor(output)) stream.Write(body);
        return output.ToArray();
    }
}
