using NewsBrief.Diagnostics;

namespace NewsBrief.Localization;

/// <summary>Checks that a locale file has every value the formatters and templates need.</summary>
internal static partial class LocaleDataValidator
{
    public static void Validate(LocaleData data, DiagnosticBag diagnostics)
    {
        void Require(bool present, string key)
        {
            if (!present)
            {
                diagnostics.Add(DiagnosticDescriptors.LocaleMissingValue, SourceLocation.StartOf(data.Path),
                    $"The locale '{data.Code}' has no '{key}'. Add it to {data.Path} (see locales/en.yml for the shape).");
            }
        }

        Require(data.Name.Length > 0, "name");
        Require(data.Tag.Length > 0, "tag");
        Require(data.HomeCurrency.Length > 0, "home_currency");
        ValidateSections(data, Require);
    }

    /// <summary>Checks the formatter sections; declared per section in the formatters' partial files.</summary>
    static partial void ValidateSections(LocaleData data, Action<bool, string> require);
}
