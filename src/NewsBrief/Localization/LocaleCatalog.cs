using NewsBrief.Diagnostics;

namespace NewsBrief.Localization;

/// <summary>All locales of a run, frozen after loading, in a stable (ordinal) order.</summary>
public sealed class LocaleCatalog
{
    private readonly Dictionary<string, LocaleData> byCode;

    private LocaleCatalog(IReadOnlyList<LocaleData> locales)
    {
        Locales = locales;
        byCode = locales.ToDictionary(l => l.Code, StringComparer.Ordinal);
    }

    /// <summary>The locales, ordered by code.</summary>
    public IReadOnlyList<LocaleData> Locales { get; }

    /// <summary>The locale codes, ordered.</summary>
    public IEnumerable<string> Codes => Locales.Select(l => l.Code);

    /// <summary>Finds a locale by code.</summary>
    public bool TryGet(string code, out LocaleData locale) => byCode.TryGetValue(code, out locale!);

    /// <summary>Gets a locale that must exist.</summary>
    public LocaleData this[string code] => byCode[code];

    /// <summary>
    /// Builds the catalogue from locale files given as (path, text); the code is the file name
    /// without extension. Reports every problem of every file.
    /// </summary>
    public static LocaleCatalog Parse(IEnumerable<(string Path, string Text)> files, DiagnosticBag diagnostics) =>
        Parse(files.Select(f => new LocaleSource(f.Path, f.Text, null)), diagnostics);

    /// <summary>
    /// As <see cref="Parse(IEnumerable{ValueTuple{string, string}}, DiagnosticBag)"/>, where a file may be
    /// a project's override laid key by key over the shipped file of its code (<see cref="LocaleSource.ShippedText"/>).
    /// </summary>
    public static LocaleCatalog Parse(IEnumerable<LocaleSource> files, DiagnosticBag diagnostics)
    {
        var locales = new List<LocaleData>();
        foreach (var (path, text, shipped) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var code = System.IO.Path.GetFileNameWithoutExtension(path);
            var data = shipped is null
                ? LocaleDataParser.Parse(text, path, code, diagnostics)
                : LocaleDataParser.ParseOverlay(shipped, text, path, code, diagnostics);
            if (data is not null)
            {
                locales.Add(data);
            }
        }

        if (locales.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(DiagnosticDescriptors.NoLocales, SourceLocation.StartOf("locales"), "No locale files found. Add locales/<code>.yml (for example locales/id.yml).");
        }

        WarnMissingStrings(locales, diagnostics);
        return new LocaleCatalog(locales.OrderBy(l => l.Code, StringComparer.Ordinal).ToList());
    }

    private static void WarnMissingStrings(List<LocaleData> locales, DiagnosticBag diagnostics)
    {
        var allKeys = locales.SelectMany(l => l.Ui.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var locale in locales)
        {
            foreach (var key in allKeys.Where(k => !locale.Ui.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(DiagnosticDescriptors.LocaleMissingString, SourceLocation.StartOf(locale.Path),
                    $"The locale '{locale.Code}' has no UI string '{key}' that other locales have. Add 'ui: {{ {key}: ... }}' to {locale.Path}.");
            }
        }
    }
}

/// <summary>One locale file: its display path and text, and when it overrides a shipped locale, the shipped file's text.</summary>
public sealed record LocaleSource(string Path, string Text, string? ShippedText);
