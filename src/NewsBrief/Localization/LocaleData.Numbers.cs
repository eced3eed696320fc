namespace NewsBrief.Localization;

// Sections read by the number, money, percent, compact and numeric range formatters.
public sealed partial class LocaleData
{
}
