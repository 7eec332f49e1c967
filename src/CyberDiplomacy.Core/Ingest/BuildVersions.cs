using System.Security.Cryptography;
using System.Text;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// The facts a build records about itself in the store (table BuildStates): which content, glossary and rendering it
/// holds, whether it left dangling links, and when it ran. The next ingest and the start-up compare against them.
/// </summary>
public static class BuildVersions
{
    /// <summary>Fingerprint of every accepted file's path and hash; the index carries the same value in its commit.</summary>
    public const string ContentVersion = "content-version";
    /// <summary>Fingerprint of the glossary files: when it moves, every article is auto-linked again.</summary>
    public const string GlossaryVersion = "glossary-version";
    /// <summary><see cref="Content.ContentParser.RenderingVersion"/> of the stored HTML.</summary>
    public const string Rendering = "rendering";
    /// <summary>"yes" when the build left links to documents that do not exist (the next ingest must read links back).</summary>
    public const string DanglingLinks = "dangling-links";
    public const string LastBuild = "last-build";

    /// <summary>SHA-256 of the parts in ordinal order, one per line (hashed as they come: no joined copy of 10,000 lines).</summary>
    public static string Fingerprint(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var first = true;
        var buffer = new byte[256];
        foreach (var part in parts.Order(StringComparer.Ordinal))
        {
            if (!first) hash.AppendData("\n"u8);
            first = false;
            var length = Encoding.UTF8.GetMaxByteCount(part.Length);
            if (length > buffer.Length) buffer = new byte[length];
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
