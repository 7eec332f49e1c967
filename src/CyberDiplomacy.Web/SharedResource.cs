namespace CyberDiplomacy.Web;

/// <summary>
/// Marker for the UI strings in Resources/SharedResource.{id,en}.resx. It stays in the root namespace: the localizer
/// finds the files by the type's name relative to the project's root namespace.
/// </summary>
public sealed class SharedResource;
