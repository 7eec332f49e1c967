using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using K = CyberDiplomacy.Core.Content.FrontMatterValueKind;

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// Walks valid YAML against a front matter model before it is deserialized, so that an unknown or repeated key, or a
/// value of the wrong kind (a list where text belongs, text where a list belongs, "ya" for true), is reported at its
/// own line and column in an editor's words. Works from the model's properties, for any model.
/// </summary>
internal sealed class FrontMatterShape
{
    private readonly Parser _parser;
    private readonly string[] _lines;
    private readonly int _lineOffset;
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    private FrontMatterShape(string yaml, string[] lines, int lineOffset)
    {
        _parser = new Parser(new StringReader(yaml));
        _lines = lines;
        _lineOffset = lineOffset;
    }

    /// <param name="lineOffset">Added to a YAML line to give the file line, for messages that name another line.</param>
    public static FrontMatterProblem? Check(string yaml, string[] lines, int lineOffset, Type model)
    {
        var shape = new FrontMatterShape(yaml, lines, lineOffset);
        shape._parser.Consume<StreamStart>();
        // Empty front matter (or only comments) reads as a model with nothing set; the required-key checks speak then.
        return shape._parser.TryConsume<DocumentStart>(out _) ? shape.Value(model, subject: null, key: null) : null;
    }

    /// <param name="subject">How messages name this value: <c>'title'</c>, <c>entry 2 of 'tags'</c>; null for the whole block.</param>
    /// <param name="key">The key the value belongs to, for examples such as <c>tags: [a]</c>; null inside a list.</param>
    private FrontMatterProblem? Value(Type type, string? subject, string? key)
    {
        var kind = FrontMatterValueKinds.Of(type);
        var current = _parser.Current!;
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored) _anchors.Add(anchored.Anchor.Value);
        switch (current)
        {
            case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                // Markdown emphasis at the start of a value (*penting*) reads as a YAML reference to nothing.
                return At(alias.Start, $"a value cannot start with '*' in YAML; put {Of(subject)} in double quotes ({Example(key)}\"*…\")");
            case Scalar scalar:
                _parser.MoveNext();
                return ScalarProblem(scalar, kind, type, subject, key);
            case SequenceStart when kind == K.List:
                _parser.MoveNext();
                var element = FrontMatterValueKinds.ElementOf(type)!;
                for (var n = 1; !_parser.TryConsume<SequenceEnd>(out _); n++)
                {
                    if (Value(element, $"entry {n} of {subject ?? "the list"}", key: null) is { } problem) return problem;
                }
                return null;
            case MappingStart when kind == K.Entry:
                _parser.MoveNext();
                return Entry(type, subject);
            case SequenceStart sequence when kind != K.Anything:
                return At(sequence.Start, ListWhereOtherExpected(sequence, kind, type, subject, key));
            case MappingStart mapping when kind != K.Anything:
                return At(mapping.Start, KeysWhereOtherExpected(kind, type, subject, key));
            default:
                _parser.SkipThisAndNestedEvents();
                return null;
        }
    }

    private FrontMatterProblem? Entry(Type type, string? subject)
    {
        var keys = FrontMatterKeys.Of(type);
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (_parser.Current is not Scalar name)
            {
                return At(_parser.Current!.Start, "a key must be a word followed by ': ' (for example title: …)");
            }
            _parser.MoveNext();
            var where = subject is null ? "" : " in " + subject;
            if (seen.TryGetValue(name.Value, out var firstLine))
            {
                return At(name.Start, $"'{name.Value}'{where} is written twice (first on line {firstLine + _lineOffset}); keep one of them");
            }
            seen[name.Value] = name.Start.Line;
            if (!keys.TryGetValue(name.Value, out var property))
            {
                var nearest = FrontMatterKeys.Nearest(name.Value, keys.Keys);
                var guess = nearest is null ? "." : $" — did you mean '{nearest}'?";
                return At(name.Start, $"unknown key '{name.Value}'{where}{guess} The keys allowed here: {string.Join(", ", keys.Keys)}");
            }
            if (Value(property.PropertyType, $"'{name.Value}'{where}", name.Value) is { } problem) return problem;
        }
        return null;
    }

    private static FrontMatterProblem? ScalarProblem(Scalar scalar, K kind, Type type, string? subject, string? key)
    {
        var text = scalar.Value;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
        {
            // '!penting' is a YAML type tag to the parser, and no model knows it.
            return new(scalar.Start.Line, scalar.Start.Column, $"a value cannot start with '!' in YAML; put {Of(subject)} in double quotes " +
                $"({Example(key)}{FrontMatterProblem.Quoted(scalar.Tag.Value + (text.Length > 0 ? " " + text : ""))})");
        }
        // An empty value ("tags:" with nothing after it) means none; the reader fills in an empty list or text.
        if (scalar.Style == ScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL") return null;
        var message = kind switch
        {
            K.TrueOrFalse when !bool.TryParse(text, out _) => $"{subject} must be true or false, not {FrontMatterProblem.Mention(text)}",
            K.Number when !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) =>
                $"{subject} must be a number, not {FrontMatterProblem.Mention(text)}",
            K.List when FrontMatterValueKinds.Of(FrontMatterValueKinds.ElementOf(type)!) == K.Entry =>
                $"{subject} must be a list of entries with keys ({KeyList(FrontMatterValueKinds.ElementOf(type)!)}), not the text " +
                $"{FrontMatterProblem.Mention(text)}; start each entry on its own line under '{key}:' with '- '",
            K.List => $"{subject} must be a list, but here it is the text {FrontMatterProblem.Mention(text)}; write {Example(key)}[{text}], " +
                      $"or put each item on its own line as '- {text}' under '{key}:'",
            K.Entry when subject is null => "the front matter must be lines of 'key: value' (for example title: …), not a single line of text",
            K.Entry => $"{subject} must have keys under it ({KeyList(type)}), not the text {FrontMatterProblem.Mention(text)}",
            _ => null,
        };
        return message is null ? null : new(scalar.Start.Line, scalar.Start.Column, message);
    }

    private string ListWhereOtherExpected(SequenceStart sequence, K kind, Type type, string? subject, string? key) => kind switch
    {
        _ when subject is null => "the front matter must be lines of 'key: value' (for example title: …), not a list of '- ' items",
        K.Text when sequence.Style == SequenceStyle.Flow =>
            $"{subject} must be text, but the brackets make it a list; write it without them, or keep them inside double quotes " +
            $"({Example(key)}{FrontMatterProblem.Quoted(SourceFrom(sequence.Start))})",
        K.Text => $"{subject} must be text, but the '- ' lines under it make it a list; write the text on the same line as '{key}:'",
        K.Entry => $"{subject} must have keys under it ({KeyList(type)}), not a list",
        _ => $"{subject} must be {FrontMatterValueKinds.Describe(kind)}, not a list",
    };

    private static string KeysWhereOtherExpected(K kind, Type type, string? subject, string? key) => kind switch
    {
        K.Text => $"{subject} must be text, but here it has keys under it; write the text on the same line as '{key}:', " +
                  "in double quotes if it contains ': '",
        K.List => $"{subject} must be a list, but here it has keys under it; write {Example(key)}[a, b], or one '- ' line per item",
        _ => $"{subject} must be {FrontMatterValueKinds.Describe(kind)}, not keys",
    };

    private static FrontMatterProblem At(Mark mark, string message) => new(mark.Line, mark.Column, message);

    private string SourceFrom(Mark mark) => mark.Line - 1 < _lines.Length ? _lines[mark.Line - 1][(int)Math.Min(mark.Column - 1, _lines[mark.Line - 1].Length)..] : "";

    private static string KeyList(Type type) => string.Join(", ", FrontMatterKeys.Of(type).Keys);

    private static string Of(string? subject) => subject is null ? "the value" : "the value of " + subject;

    private static string Example(string? key) => key is null ? "- " : key + ": ";
}
