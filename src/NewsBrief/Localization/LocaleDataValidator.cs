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
        ValidateNumberSections(data, Require);
        ValidateDateSections(data, Require);
        ValidatePeriodSections(data, Require);
        ValidateRecognitionSection(data, Require);
        ValidateFigureSections(data, Require);
        ValidateHelperSection(data, Require);
    }

    /// <summary>Checks the number and money sections (implemented beside LocaleData.Numbers.cs).</summary>
    static partial void ValidateNumberSections(LocaleData data, Action<bool, string> require);

    /// <summary>Checks the date, words and count sections (implemented beside LocaleData.Dates.cs).</summary>
    static partial void ValidateDateSections(LocaleData data, Action<bool, string> require);

    /// <summary>Checks the dateline, time-with-date and period patterns (implemented beside LocaleData.Periods.cs).</summary>
    static partial void ValidatePeriodSections(LocaleData data, Action<bool, string> require);

    /// <summary>Checks the optional recognition section (implemented beside LocaleData.Recognition.cs).</summary>
    static partial void ValidateRecognitionSection(LocaleData data, Action<bool, string> require);

    /// <summary>Checks the change, points and figure-range sections (implemented beside LocaleData.Figures.cs).</summary>
    static partial void ValidateFigureSections(LocaleData data, Action<bool, string> require);

    /// <summary>Checks the language helpers' section (implemented beside LocaleData.Helpers.cs).</summary>
    static partial void ValidateHelperSection(LocaleData data, Action<bool, string> require);
}
