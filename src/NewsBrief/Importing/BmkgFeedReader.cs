using System.Globalization;
using NewsBrief.Diagnostics;

namespace NewsBrief.Importing;

/// <summary>What a feed reader found: the good reports, and the diagnostics of the events it skipped.</summary>
internal sealed record FeedReading(IReadOnlyList<QuakeReport> Reports, IReadOnlyList<Diagnostic> EventErrors, int Events, int Filtered);

/// <summary>
/// BMKG's three public feeds: <c>autogempa.json</c> (<c>Infogempa.gempa</c> is one event object),
/// <c>gempaterkini.json</c> and <c>gempadirasakan.json</c> (arrays). Every field as BMKG writes it
/// (kinds.md, "Importers"); <c>DateTime</c> is the instant and <c>Tanggal</c>/<c>Jam</c> (WIB) must
/// name the same second.
/// </summary>
internal static class BmkgFeedReader
{
    /// <summary>The agency's name in the source line of a brief.</summary>
    public const string SourceName = "BMKG";

    /// <summary>BMKG's feeds carry no page per event: the source links to BMKG's earthquake pages.</summary>
    public const string SourceUrl = "https://www.bmkg.go.id/";

    /// <summary>The deepest quake a brief reports (the deepest recorded are about 750 km; the earthquake kind takes 0-800).</summary>
    public const int MaxDepthKm = 800;

    /// <summary>At most this many events in one feed (BMKG's lists hold 15).</summary>
    public const int MaxEvents = 10_000;

    /// <summary>Reads the events of a parsed feed; a feed-level problem is reported in <paramref name="diagnostics"/> and gives null.</summary>
    public static FeedReading? Read(JsonNode root, string display, DiagnosticBag diagnostics)
    {
        var info = root.Kind == JsonKind.Object ? root.Get("Infogempa") : null;
        var gempa = info?.Kind == JsonKind.Object ? info.Get("gempa") : null;
        if (gempa is null || gempa.Kind is not (JsonKind.Object or JsonKind.Array))
        {
            var where = gempa ?? info ?? root;
            diagnostics.Add(DiagnosticDescriptors.FeedShape, new SourceLocation(display, where.Line, where.Column),
                gempa is null
                    ? "This is not a BMKG earthquake feed: it has no `Infogempa.gempa` (an event, or a list of events). Check the URL (https://data.bmkg.go.id/DataMKG/TEWS/autogempa.json, gempaterkini.json or gempadirasakan.json) or use `import usgs` for a USGS feed."
                    : $"`Infogempa.gempa` is {gempa.Describe()}; BMKG writes one event (an object) or a list of events.");
            return null;
        }

        var events = gempa.Kind == JsonKind.Object ? [gempa] : gempa.Items;
        if (events.Count > MaxEvents)
        {
            diagnostics.Add(DiagnosticDescriptors.FeedTooManyEvents, new SourceLocation(display, gempa.Line, gempa.Column),
                $"The feed lists {events.Count:N0} events; BMKG's list 15 and the importer takes at most {MaxEvents:N0}. Check that the right file was downloaded.");
            return null;
        }

        var reports = new List<QuakeReport>();
        var errors = new List<Diagnostic>();
        foreach (var node in events)
        {
            if (node.Kind != JsonKind.Object)
            {
                errors.Add(new Diagnostic(DiagnosticDescriptors.FeedShape, new SourceLocation(display, node.Line, node.Column),
                    $"An event of `Infogempa.gempa` is {node.Describe()}; BMKG writes each event as an object. The event is skipped."));
                continue;
            }

            var e = new FeedEvent(node, display, "event");
            var report = ReadEvent(e);
            if (report is null || e.Diagnostics.HasErrors)
            {
                errors.AddRange(e.Diagnostics.Sorted());
            }
            else
            {
                reports.Add(report);
            }
        }

        return new FeedReading(reports, errors, events.Count, 0);
    }

    private static QuakeReport? ReadEvent(FeedEvent e)
    {
        var instant = Time(e);
        var (lat, lon) = Coordinates(e);
        var magnitude = Number(e, "Magnitude", 0, 10, "magnitude", "5.8");
        var depth = Depth(e);
        var epicenter = Region(e);
        var tsunami = Tsunami(e);
        var felt = Felt(e);
        if (instant is null || lat is null || lon is null || magnitude is null || depth is null || epicenter is null || e.Diagnostics.HasErrors)
        {
            return null;
        }

        // autogempa.json and USGS give no province: the place's, else the nearest listed place's (docs/feeds.md).
        var province = epicenter.Province ?? PlaceGazetteer.Find(BmkgText.LookupName(epicenter.Place))?.Province ?? PlaceGazetteer.NearestProvince(lat.Value, lon.Value);
        var wib = instant.Value.ToOffset(BmkgText.Wib);
        return new QuakeReport
        {
            Agency = "bmkg",
            EventId = wib.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            Time = instant.Value,
            Magnitude = magnitude.Value,
            DepthKm = depth.Value,
            Lat = lat.Value,
            Lon = lon.Value,
            Epicenter = epicenter with { Province = province },
            Tsunami = tsunami,
            Felt = felt ?? [],
            CarriesFelt = felt is not null,
            Url = SourceUrl,
            Position = e.Position,
        };
    }

    private static DateTimeOffset? Time(FeedEvent e)
    {
        var dateTime = e.Text("DateTime");
        if (dateTime is null)
        {
            return null;
        }

        var instant = BmkgText.Instant(dateTime.Value.Text, out var problem);
        if (instant is null)
        {
            e.Error(DiagnosticDescriptors.FeedTime, dateTime.Value.Node, $"`DateTime` {problem} The event is skipped; the next download may have it right.");
            return null;
        }

        // Tanggal and Jam are BMKG's WIB wording of the same moment: a disagreement means one of them is wrong.
        var wib = instant.Value.ToOffset(BmkgText.Wib);
        if (e.Text("Tanggal", required: false) is { } tanggal)
        {
            var day = BmkgText.Date(tanggal.Text, out problem);
            if (day is null)
            {
                e.Error(DiagnosticDescriptors.FeedTime, tanggal.Node, $"`Tanggal` {problem}");
            }
            else if (day.Value != DateOnly.FromDateTime(wib.DateTime))
            {
                e.Error(DiagnosticDescriptors.FeedTimeDisagrees, tanggal.Node,
                    $"`Tanggal` says {tanggal.Text} but `DateTime` ({dateTime.Value.Text}) is {wib.ToString("d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} WIB: the event is inconsistent and is skipped. BMKG usually corrects this within minutes; import the next download.");
            }
        }

        if (e.Text("Jam", required: false) is { } jam)
        {
            var clock = BmkgText.Clock(jam.Text, out problem);
            if (clock is null)
            {
                e.Error(DiagnosticDescriptors.FeedTime, jam.Node, $"`Jam` {problem}");
            }
            else
            {
                var local = instant.Value.ToOffset(clock.Value.Offset);
                if (TimeOnly.FromDateTime(local.DateTime) != clock.Value.Time)
                {
                    e.Error(DiagnosticDescriptors.FeedTimeDisagrees, jam.Node,
                        $"`Jam` says {jam.Text} but `DateTime` ({dateTime.Value.Text}) is {local.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {clock.Value.Zone}: the event is inconsistent and is skipped. BMKG usually corrects this within minutes; import the next download.");
                }
            }
        }

        return instant;
    }

    private static (decimal? Lat, decimal? Lon) Coordinates(FeedEvent e)
    {
        decimal? lat = null, lon = null;
        var coordinates = e.Text("Coordinates", required: false);
        if (coordinates is { } c)
        {
            var parts = c.Text.Split(',');
            if (parts.Length == 2 && FeedEvent.TryDecimal(parts[0].Trim(), out var la) && FeedEvent.TryDecimal(parts[1].Trim(), out var lo)
                && la is >= -90 and <= 90 && lo is >= -180 and <= 180)
            {
                (lat, lon) = (la, lo);
            }
            else
            {
                e.Error(DiagnosticDescriptors.FeedCoordinates, c.Node, $"`Coordinates` is `{c.Text}`; BMKG writes latitude,longitude in degrees (`-7.52,110.44`). The event is skipped.");
                return (null, null);
            }
        }

        var lintang = e.Text("Lintang", required: false);
        var bujur = e.Text("Bujur", required: false);
        var fromLintang = lintang is { } l ? BmkgText.Hemisphere(l.Text, latitude: true) : null;
        var fromBujur = bujur is { } b ? BmkgText.Hemisphere(b.Text, latitude: false) : null;
        if (lintang is { } lt && fromLintang is null)
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, lt.Node, $"`Lintang` is `{lt.Text}`; BMKG writes degrees and LU or LS (`7.52 LS`).");
        }

        if (bujur is { } bj && fromBujur is null)
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, bj.Node, $"`Bujur` is `{bj.Text}`; BMKG writes degrees and BT or BB (`110.44 BT`).");
        }

        if (lat is null)
        {
            if (fromLintang is null || fromBujur is null)
            {
                if (lintang is null || bujur is null)
                {
                    e.Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, e.AtEvent, "The event has no `Coordinates` (nor `Lintang` and `Bujur`): where it was cannot be told. The event is skipped.");
                }

                return (null, null);
            }

            return (fromLintang, fromBujur);
        }

        // Both given: they are two writings of one point and must agree to their written precision.
        if (fromLintang is { } fl && Math.Abs(fl - lat.Value) > 0.011m && lintang is { } ln)
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, ln.Node, $"`Lintang` ({ln.Text}) and `Coordinates` ({coordinates!.Value.Text}) name different latitudes. The event is skipped.");
        }

        if (fromBujur is { } fb && Math.Abs(fb - lon!.Value) > 0.011m && bujur is { } bn)
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, bn.Node, $"`Bujur` ({bn.Text}) and `Coordinates` ({coordinates!.Value.Text}) name different longitudes. The event is skipped.");
        }

        return (lat, lon);
    }

    /// <summary>A number BMKG writes as a text (<c>"5.8"</c>); a JSON number is taken too.</summary>
    private static decimal? Number(FeedEvent e, string name, decimal min, decimal max, string what, string example)
    {
        var node = e.Node.Get(name);
        if (node is null || node.Kind == JsonKind.Null)
        {
            e.Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, e.AtEvent, $"The event has no `{name}`; a brief needs its {what}. The event is skipped.");
            return null;
        }

        if (node.Kind is not (JsonKind.String or JsonKind.Number))
        {
            e.Error(DiagnosticDescriptors.FeedFieldType, node, $"`{name}` is {node.Describe()}; BMKG writes the {what} as a text such as \"{example}\".");
            return null;
        }

        var text = node.Text.Trim();
        if (!FeedEvent.TryDecimal(text, out var value) || text.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            e.Error(DiagnosticDescriptors.FeedNumber, node, $"`{name}` is \"{Short(text)}\", not a number; BMKG writes the {what} with a point as decimal mark (\"{example}\"). The event is skipped.");
            return null;
        }

        if (value < min || value > max)
        {
            e.Error(DiagnosticDescriptors.FeedNumber, node, $"`{name}` is {text}, outside {min}-{max}: no {what} is. The event is skipped.");
            return null;
        }

        return value;
    }

    private static decimal? Depth(FeedEvent e)
    {
        if (e.Text("Kedalaman") is not { } depth)
        {
            return null;
        }

        var km = BmkgText.Kilometres(depth.Text);
        if (km is null || km > MaxDepthKm)
        {
            e.Error(DiagnosticDescriptors.FeedNumber, depth.Node, $"`Kedalaman` is \"{Short(depth.Text)}\"; BMKG writes the depth in km, 0-{MaxDepthKm} (\"10 km\"). The event is skipped.");
            return null;
        }

        return km;
    }

    private static QuakeEpicenter? Region(FeedEvent e)
    {
        if (e.Text("Wilayah") is not { } wilayah)
        {
            return null;
        }

        var epicenter = BmkgText.Region(wilayah.Text, out var problem);
        if (epicenter is null)
        {
            e.Error(DiagnosticDescriptors.FeedPlace, wilayah.Node, $"`Wilayah` {problem} The event is skipped.");
        }

        return epicenter;
    }

    private static bool? Tsunami(FeedEvent e)
    {
        if (e.Text("Potensi", required: false) is not { } potensi)
        {
            return null;
        }

        var tsunami = BmkgText.Tsunami(potensi.Text, out var known);
        if (!known)
        {
            e.Error(DiagnosticDescriptors.FeedTsunami, potensi.Node,
                $"`Potensi` is \"{Short(potensi.Text)}\", none of BMKG's three forms (Tidak berpotensi tsunami; Berpotensi tsunami ...; Gempa ini dirasakan untuk diteruskan pada masyarakat). A tsunami statement is never guessed: the event is skipped. Write the brief by hand from BMKG's bulletin.");
        }

        return tsunami;
    }

    private static List<FeltReport>? Felt(FeedEvent e)
    {
        if (e.Text("Dirasakan", required: false) is not { } dirasakan)
        {
            return null;
        }

        var felt = BmkgText.Felt(dirasakan.Text, out var problem);
        if (felt is null)
        {
            e.Error(DiagnosticDescriptors.FeedFelt, dirasakan.Node, $"`Dirasakan`: {problem} The event is skipped.");
        }

        return felt;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
