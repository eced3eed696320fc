using NewsBrief.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsBrief.Localization;

/// <summary>Reads one locale file. Locale files are trusted repository data, but still read strictly.</summary>
public static class LocaleDataParser
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithMaximumRecursion(64)
        .Build();

    /// <summary>Parses <paramref name="text"/>; returns null and reports diagnostics when it cannot.</summary>
    public static LocaleData? Parse(string text, string path, string code, DiagnosticBag diagnostics)
    {
        LocaleData? data;
        try
        {
            data = Deserializer.Deserialize<LocaleData>(text);
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(DiagnosticDescriptors.LocaleSyntax, new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column),
                $"{detail}. Fix the locale file; see docs/adding-a-locale.md for its keys.");
            return null;
        }

        if (data is null)
        {
            diagnostics.Add(DiagnosticDescriptors.LocaleSyntax, SourceLocation.StartOf(path), "The locale file is empty. Copy locales/en.yml and translate it.");
            return null;
        }

        data.Code = code;
        data.Path = path;
        var before = diagnostics.Count;
        LocaleDataValidator.Validate(data, diagnostics);
        return diagnostics.Count > before && diagnostics.HasErrors ? null : data;
    }
}
