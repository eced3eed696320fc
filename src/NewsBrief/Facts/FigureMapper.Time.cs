using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Facts;

// Days, times of day and periods (docs/facts.md "Times, days and periods").
internal sealed partial class FigureMapper
{
    /// <summary><c>day</c> + <c>time</c> + <c>zone</c>: a day, a time of day, or both.</summary>
    private MomentFigure? MapMoment(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string name, LocalizedText? label, Qualifier qualifier, SourceLocation location)
    {
        var context = $"figure `{name}`";
        var ok = true;
        PartialDate? day = null;
        if (fields.TryGetValue("day", out var d))
        {
            day = reader.Date(d.Value, $"the day of {context}", "day: 2025-10-30");
            if (day is { Precision: not DatePrecision.Day } partial)
            {
                Reporter.Report(DiagnosticDescriptors.FactsDayNotADay, d.Value.Location,
                    $"`day: {partial}` is a {(partial.Precision == DatePrecision.Month ? "month" : "year")}, not one day; write the whole date (`day: {partial.Year:D4}-{partial.Month:D2}-17`), or use `period: {partial}` for the span.");
                day = null;
            }

            ok &= day is not null;
        }

        TimeOnly? time = null;
        if (fields.TryGetValue("time", out var t))
        {
            time = ReadTime(t.Value, context);
            ok &= time is not null;
        }

        string? zone = null;
        if (fields.TryGetValue("zone", out var z))
        {
            zone = ReadZone(z.Value, context);
            ok &= zone is not null;
            if (zone is not null && !fields.ContainsKey("time"))
            {
                Reporter.Report(DiagnosticDescriptors.FactsUnknownZone, z.Key.Location,
                    $"Figure `{name}` has a `zone` but no `time`; a zone belongs to a time of day: add `time: \"14:30\"`, or delete `zone`.");
                ok = false;
            }
        }

        return ok ? new MomentFigure(name, label, qualifier, location, day, time, zone) : null;
    }

    /// <summary><c>period</c>: a quarter, half, nine months, full year, a month or year, or a date range.</summary>
    private PeriodFigure? MapPeriod(Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> fields, string name, LocalizedText? label, Qualifier qualifier, SourceLocation location)
    {
        var node = fields["period"].Value;
        var text = reader.Text(node, $"the period of figure `{name}`", "period: 2025-Q3");
        if (text is null)
        {
            return null;
        }

        if (Period.Parse(text.Trim(), out var error) is { } period)
        {
            return new PeriodFigure(name, label, qualifier, location, period);
        }

        Reporter.Report(DiagnosticDescriptors.FactsInvalidPeriod, node.Location, error);
        return null;
    }

    /// <summary>
    /// A 24-hour <c>HH:MM</c> time. YAML 1.2 has no base-60 numbers, so an unquoted <c>14:30</c> is
    /// read as written, the text <c>14:30</c>; quoting it is allowed and changes nothing.
    /// </summary>
    private TimeOnly? ReadTime(YamlNode node, string context)
    {
        var text = reader.Text(node, $"the time of {context}", "time: \"14:30\"");
        if (text is null)
        {
            return null;
        }

        text = text.Trim();
        var m = TimeShape().Match(text);
        string? problem = null;
        if (!m.Success)
        {
            problem = $"`{text}` is not a time of day; write it as 24-hour `HH:MM` (`time: \"14:30\"`, `time: \"09:05\"`), and the zone apart (`zone: WIB`).";
        }
        else
        {
            var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (hour == 24 && minute == 0)
            {
                problem = $"`{text}` is the end of the day, not a time in it; write `00:00` with the next `day`, or `23:59`.";
            }
            else if (hour > 23)
            {
                problem = $"`{text}` has no hour {hour}: hours run from `00` to `23`; write a 24-hour time such as `time: \"14:30\"` (2:30 p.m.).";
            }
            else if (minute > 59)
            {
                problem = $"`{text}` has no minute {minute}: minutes run from `00` to `59`; write the time the source gives, e.g. `time: \"{hour:D2}:59\"`.";
            }
            else if (m.Groups[2].Value == ".")
            {
                problem = $"`{text}` uses the Indonesian dot; facts write times with a colon, `time: \"{hour:D2}:{minute:D2}\"`, and each locale writes it its own way (`pukul {hour:D2}.{minute:D2}`).";
            }
            else
            {
                return new TimeOnly(hour, minute);
            }
        }

        Reporter.Report(DiagnosticDescriptors.FactsInvalidTime, node.Location, problem);
        return null;
    }

    private string? ReadZone(YamlNode node, string context)
    {
        var text = reader.Text(node, $"the zone of {context}", "zone: WIB");
        if (text is null)
        {
            return null;
        }

        if (IndonesianZones.Ids.TryGetValue(text.Trim(), out var id))
        {
            return id;
        }

        Reporter.Report(DiagnosticDescriptors.FactsUnknownZone, node.Location,
            $"Unknown zone `{text}`.{KeySuggester.DidYouMean(text.ToUpperInvariant(), [.. IndonesianZones.Ids.Keys])} Write `WIB` (UTC+7), `WITA` (UTC+8) or `WIT` (UTC+9).");
        return null;
    }

    [GeneratedRegex(@"^([0-9]{1,2})([:.])([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeShape();
}
