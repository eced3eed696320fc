namespace NewsBrief.Localization;

// Sections read by the date, time, words, ordinal, plural and count formatters.
public sealed partial class LocaleData
{
}
