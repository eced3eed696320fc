using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

/// <summary>
/// Everything NewsBrief knows about one language, read from <c>locales/&lt;code&gt;.yml</c>.
/// Code holds no words of any language: a new locale is a new file plus templates.
/// Sections are declared in partial files next to the formatters that read them.
/// </summary>
public sealed partial record LocaleData
{
    /// <summary>The locale code, taken from the file name (<c>id</c>, <c>en</c>).</summary>
    public string Code { get; init; } = "";

    /// <summary>The path the locale was read from, for diagnostics.</summary>
    public string Path { get; init; } = "";

    /// <summary>The language's own name, for the language chooser (<c>Bahasa Indonesia</c>).</summary>
    public string Name { get; init; } = "";

    /// <summary>The BCP 47 tag for <c>&lt;html lang&gt;</c> and <c>hreflang</c> (<c>id</c>, <c>en</c>).</summary>
    public string Tag { get; init; } = "";

    /// <summary>The currency this locale's readers think in; money shows it first (IDR for id, USD for en).</summary>
    public string HomeCurrency { get; init; } = "";

    /// <summary>UI strings used by templates through <c>t "key"</c> (<c>key_figures: Angka kunci</c>).</summary>
    public IReadOnlyDictionary<string, string> Ui { get; init; } = ReadOnlyDictionary<string, string>.Empty;
}
