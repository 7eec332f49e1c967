using System.Globalization;

namespace CyberDiplomacy.Core.Content;

/// <summary>
/// A date known to the day, the month or only the year (<c>2015-07-22</c>, <c>2015-07</c>, <c>2015</c>), as primary
/// documents and events are: a day is never invented where the source gives none.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day) : IComparable<PartialDate>
{
    public bool HasMonth => Month > 0;
    public bool HasDay => Day > 0;

    public static bool TryParse(string? value, out PartialDate date)
    {
        date = default;
        var text = value?.Trim() ?? "";
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = new PartialDate(parsed.Year, format.Length >= 7 ? parsed.Month : 0, format.Length == 10 ? parsed.Day : 0);
                return true;
            }
        }
        return false;
    }

    /// <summary>The earliest day the date can mean: for ordering and for "older than" checks.</summary>
    public DateOnly Earliest => new(Year, Math.Max(1, Month), Math.Max(1, Day));

    public int CompareTo(PartialDate other) =>
        (Year, Month, Day).CompareTo((other.Year, other.Month, other.Day));

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>ISO form, as written in front matter and in the API.</summary>
    public override string ToString() =>
        HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : HasMonth ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>For readers: "22 Juli 2015", "Juli 2015" or "2015" in the given culture.</summary>
    public string ToDisplayString(CultureInfo culture) =>
        HasDay ? Earliest.ToString("d MMMM yyyy", culture) : HasMonth ? Earliest.ToString("MMMM yyyy", culture) : Year.ToString(CultureInfo.InvariantCulture);
}
