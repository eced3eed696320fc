using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsBrief.Importing;

/// <summary>Another agency's report kept in a brief: its magnitude (<c>other_magnitudes</c>) and its source link.</summary>
internal sealed record OtherReport(string Agency, decimal Magnitude, string Url);

/// <summary>
/// The importer's part of an earthquake brief: the primary agency's report (<c>data:</c>), the other
/// agencies' magnitudes and links, and the keys written from them (<c>date</c>, <c>kind</c>,
/// <c>source</c>, <c>data</c>). BMKG is the primary agency when it reported the quake (the national
/// agency, whose WIB wording the brief follows); USGS otherwise.
/// </summary>
internal sealed partial record QuakeBrief(QuakeReport Primary, IReadOnlyList<OtherReport> Others)
{
    /// <summary>The keys the importer owns and rewrites; every other key of the file is the editor's.</summary>
    public static readonly IReadOnlyList<string> OwnedKeys = ["date", "kind", "source", "data"];

    /// <summary>Agencies in order of preference for the primary report.</summary>
    public static int Rank(string agency) => agency switch { "bmkg" => 0, "usgs" => 1, _ => 2 };

    /// <summary>The source line's name and link of an agency's report.</summary>
    public static (string Name, string Url) Source(string agency, string url) =>
        (agency == "bmkg" ? BmkgFeedReader.SourceName : UsgsFeedReader.SourceName, url);

    /// <summary>The brief's date: the WIB day of the origin time, as BMKG's <c>Tanggal</c> (for every agency, so one quake has one date).</summary>
    public DateOnly Date => DateOnly.FromDateTime(Primary.Time.ToOffset(BmkgText.Wib).DateTime);

    /// <summary>The slug a new brief of this quake gets: <c>gempa-YYYYMMDD-HHMMSS</c> in WIB.</summary>
    public static string SlugFor(QuakeReport report) =>
        "gempa-" + report.Time.ToOffset(BmkgText.Wib).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>
    /// This brief with a new report of the same quake merged in. The same agency's report replaces the
    /// data, keeping what its feed does not carry (a gempaterkini.json event has no felt reports, an
    /// autogempa.json one may say nothing of a tsunami); another agency's becomes the primary report when
    /// preferred, or else its magnitude and link are kept beside it.
    /// </summary>
    public QuakeBrief With(QuakeReport report)
    {
        if (report.Agency == Primary.Agency)
        {
            var epicenter = report.Epicenter with { AtSea = report.Epicenter.AtSea ?? Primary.Epicenter.AtSea };
            var merged = report with
            {
                Felt = report.CarriesFelt ? report.Felt : Primary.Felt,
                Tsunami = report.Tsunami ?? Primary.Tsunami,
                Epicenter = epicenter,
            };
            return this with { Primary = merged };
        }

        var others = Others.Where(o => o.Agency != report.Agency).ToList();
        if (Rank(report.Agency) < Rank(Primary.Agency))
        {
            others.Add(new OtherReport(Primary.Agency, Primary.Magnitude, Primary.Url));
            return new QuakeBrief(report, Sorted(others));
        }

        others.Add(new OtherReport(report.Agency, report.Magnitude, report.Url));
        return this with { Others = Sorted(others) };
    }

    private static List<OtherReport> Sorted(List<OtherReport> others) =>
        others.OrderBy(o => Rank(o.Agency)).ThenBy(o => o.Agency, StringComparer.Ordinal).ToList();

    /// <summary>The text of one owned key, its lines ending in <paramref name="newline"/>.</summary>
    public string Block(string key, string newline)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append(newline);
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        switch (key)
        {
            case "date":
                Line($"date: {date}");
                break;
            case "kind":
                Line("kind: earthquake");
                break;
            case "source":
                Line("source:");
                foreach (var (agency, url) in Others.Select(o => (o.Agency, o.Url)).Prepend((Primary.Agency, Primary.Url)))
                {
                    var (name, link) = Source(agency, url);
                    Line($"  - {{ name: {name}, date: {date}, url: {Scalar(link)} }}");
                }

                break;
            default:
                var p = Primary;
                Line("data:");
                Line($"  agency: {p.Agency}");
                Line($"  event_id: {Quoted(p.EventId)}");
                Line($"  time: {p.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
                Line($"  magnitude: {Number(p.Magnitude)}");
                Line($"  depth_km: {Number(p.DepthKm)}");
                Line($"  lat: {Number(p.Lat)}");
                Line($"  lon: {Number(p.Lon)}");
                var e = p.Epicenter;
                var fields = new List<string>();
                if (e.DistanceKm is { } km)
                {
                    fields.Add($"distance_km: {Number(km)}");
                }

                if (e.Direction is { } direction)
                {
                    fields.Add($"direction: {Scalar(direction)}");
                }

                fields.Add($"place: {Scalar(e.Place)}");
                if (e.Province is { } province)
                {
                    fields.Add($"province: {Scalar(province)}");
                }

                if (e.AtSea is { } atSea)
                {
                    fields.Add($"at_sea: {(atSea ? "true" : "false")}");
                }

                Line($"  epicenter: {{ {string.Join(", ", fields)} }}");
                if (p.Tsunami is { } tsunami)
                {
                    Line($"  tsunami: {(tsunami ? "true" : "false")}");
                }

                if (p.Felt.Count > 0)
                {
                    Line("  felt:");
                    foreach (var f in p.Felt)
                    {
                        Line($"    - {{ mmi: {Scalar(f.Mmi)}, place: {Scalar(f.Place)} }}");
                    }
                }

                if (Others.Count > 0)
                {
                    Line("  other_magnitudes:");
                    foreach (var o in Others)
                    {
                        Line($"    - {{ agency: {o.Agency}, magnitude: {Number(o.Magnitude)} }}");
                    }
                }

                break;
        }

        return sb.ToString();
    }

    /// <summary>A new brief's whole text: a comment saying what the import owns, then the owned keys.</summary>
    public string NewFile()
    {
        var sb = new StringBuilder();
        var agency = Source(Primary.Agency, Primary.Url).Name;
        sb.Append("# An earthquake brief written from ").Append(agency).Append("'s feed by `newsbrief import` (docs/feeds.md).\n");
        sb.Append("# The next import rewrites date:, kind:, source: and data: when an agency revises the quake\n");
        sb.Append("# (comments inside those four go too). Everything else is yours and is kept as it is: a\n");
        sb.Append("# headline:, lede: or points: written for a locale replaces the generated text; tags: too.\n");
        foreach (var key in OwnedKeys)
        {
            sb.Append(Block(key, "\n"));
        }

        return sb.ToString();
    }

    /// <summary>A decimal as written in the feed (<c>5.0</c> stays <c>5.0</c>), never in exponent form.</summary>
    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text as a YAML scalar: plain when it reads back as the same text, double-quoted otherwise.</summary>
    internal static string Scalar(string text) =>
        PlainText().IsMatch(text) && !Reserved.Contains(text.ToLowerInvariant()) ? text : Quoted(text);

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "yes", "no", "on", "off", "true", "false", "null", "~" };

    private static string Quoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    // Letters first, then letters, digits, spaces, and . ' ( ) - / : only where YAML reads them as text (no ': ' or ' #').
    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} .'()/-]*(?<![ ])$")]
    private static partial Regex PlainText();
}
