using System.Globalization;

namespace CyberDiplomacy.Web.Infrastructure;

public static class UiLanguage
{
    /// <summary>"en" or "id": the language the interface is shown in for this request.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "id";
}
