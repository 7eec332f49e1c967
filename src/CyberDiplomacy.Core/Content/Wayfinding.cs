namespace CyberDiplomacy.Core.Content;

/// <summary>An article a topic or a reading path names, with where the file names it (for diagnostics).</summary>
public sealed record MemberRef(string Slug, int Line, int Column);

/// <summary>What a topic or reading path holds: its articles in order, and for a path, why each comes where it does.</summary>
public sealed record Wayfinding(int Order, IReadOnlyList<MemberRef> Members, IReadOnlyList<string> Notes);
