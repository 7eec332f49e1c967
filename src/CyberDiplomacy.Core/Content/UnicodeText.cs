namespace CyberDiplomacy.Core.Content;

public static class UnicodeText
{
    /// <summary>
    /// The text with every unpaired surrogate replaced by U+FFFD. <see cref="string.Normalize()"/> throws on a lone
    /// surrogate, and one appears whenever user input is cut at a fixed length through an emoji.
    /// </summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var firstBad = FirstLoneSurrogate(text);
        if (firstBad < 0) return text;
        var chars = text.ToCharArray();
        for (var i = firstBad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return i;
        }
        return -1;
    }
}
