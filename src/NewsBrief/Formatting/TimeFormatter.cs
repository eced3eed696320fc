using NewsBrief.Localization;

namespace NewsBrief.Formatting;

/// <summary>Times of day (<c>pukul 14.30 WIB</c>, <c>2:30 p.m.</c>, <c>noon</c>).</summary>
public sealed class TimeFormatter(LocaleData locale)
{
    private readonly LocaleData locale = locale;

    /// <summary>Formats <paramref name="time"/>; <paramref name="zone"/> is an IANA zone id or null.</summary>
    public string Format(TimeOnly time, string? zone = null) => throw new NotImplementedException(locale.Code);
}
