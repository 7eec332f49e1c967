namespace CyberDiplomacy.Web.Infrastructure;

/// <summary>
/// The response body on its way to the client, copied aside when the endpoint is a cached page. Whether it is one is
/// known only once routing has run, so the copy starts (or not) at the first write; static files and the API pass
/// straight through.
/// </summary>
internal sealed class PageCapture(HttpContext context, Stream inner) : Stream
{
    private MemoryStream? _copy;
    private bool _decided;
    private bool _tooLarge;

    /// <summary>The cached-page marker of the endpoint that wrote the body, if it has one.</summary>
    public CachedPageAttribute? Page { get; private set; }

    /// <summary>The whole body, or null when it was not copied (not a cached page, or larger than the limit).</summary>
    public byte[]? Body
    {
        get
        {
            Decide();
            return Page is null || _tooLarge ? null : _copy?.ToArray() ?? [];
        }
    }

    private void Copy(ReadOnlySpan<byte> buffer)
    {
        Decide();
        if (Page is null || _tooLarge) return;
        _copy ??= new MemoryStream(32 * 1024);
        if (_copy.Length + buffer.Length > PageCache.MaxBodyBytes)
        {
            _tooLarge = true;
            _copy = null;
            return;
        }
        _copy.Write(buffer);
    }

    private void Decide()
    {
        if (_decided) return;
        _decided = true;
        Page = context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Copy(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Copy(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Copy(buffer.AsSpan(offset, count));
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Copy(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
