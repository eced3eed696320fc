namespace NewsBrief.Localization;

/// <summary>
/// Everything NewsBrief knows about one language, read from <c>locales/&lt;code&gt;.yml</c>.
/// Code holds no words of any language: a new locale is a new file plus templates.
/// Sections are declared in partial files next to the formatters that read them.
/// </summary>
public sealed partial class LocaleData
{
    /// <summary>The locale code, taken from the file name (<c>id</c>, <c>en</c>).</summary>
    public string Code { get; set; } = "";

    /// <summary>The path the locale was read from, for diagnostics.</summary>
    public string Path { get; set; } = "";

    /// <summary>The language's own name, for the language chooser (<c>Bahasa Indonesia</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The BCP 47 tag for <c>&lt;html lang&gt;</c> and <c>hreflang</c> (<c>id</c>, <c>en</c>).</summary>
    public string Tag { get; set; } = "";

    /// <summary>The currency this locale's readers think in; money shows it first (IDR for id, USD for en).</summary>
    public string HomeCurrency { get; set; } = "";

    /// <summary>UI strings used by templates through <c>t "key"</c> (<c>key_figures: Angka kunci</c>).</summary>
    public Dictionary<string, string> Ui { get; set; } = new(StringComparer.Ordinal);
}
