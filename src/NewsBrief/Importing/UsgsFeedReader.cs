using System.Globalization;
using System.Text.RegularExpressions;
using NewsBrief.Diagnostics;

namespace NewsBrief.Importing;

/// <summary>Which USGS events to import: <c>--min-magnitude</c>, and <c>--country</c> or <c>--bbox</c>.</summary>
internal sealed record UsgsFilter(decimal? MinMagnitude, string? Country, BoundingBox? Box)
{
    public static readonly UsgsFilter None = new(null, null, null);

    /// <summary>False when what is known of an event already puts it outside the filter.</summary>
    public bool Admits(decimal? magnitude, string? country, decimal? lat, decimal? lon)
    {
        if (MinMagnitude is { } min && magnitude is { } m && m < min)
        {
            return false;
        }

        if (Country is { } wanted && !string.Equals(country, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Box is not { } box || lat is not { } la || lon is not { } lo || box.Contains(la, lo);
    }
}

/// <summary><c>--bbox minLon,minLat,maxLon,maxLat</c> (GeoJSON's order), in degrees.</summary>
internal sealed record BoundingBox(decimal MinLon, decimal MinLat, decimal MaxLon, decimal MaxLat)
{
    public bool Contains(decimal lat, decimal lon) => lat >= MinLat && lat <= MaxLat && lon >= MinLon && lon <= MaxLon;

    /// <summary>Reads <c>94,-11.5,141.5,6.5</c>; null with the problem when it is not four ordered numbers in range.</summary>
    public static BoundingBox? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split(',');
        var values = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!FeedEvent.TryDecimal(parts[i].Trim(), out values[i]))
            {
                problem = $"'{text}' is not four numbers minLon,minLat,maxLon,maxLat (Indonesia: 94,-11.5,141.5,6.5).";
                return null;
            }
        }

        if (values.Length != 4)
        {
            problem = $"'{text}' has {values.Length} numbers; --bbox takes four: minLon,minLat,maxLon,maxLat (Indonesia: 94,-11.5,141.5,6.5).";
            return null;
        }

        if (values[0] < -180 || values[2] > 180 || values[1] < -90 || values[3] > 90 || values[0] >= values[2] || values[1] >= values[3])
        {
            problem = $"'{text}' is not a box: longitudes -180 to 180, latitudes -90 to 90, each minimum below its maximum (minLon,minLat,maxLon,maxLat).";
            return null;
        }

        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }
}

/// <summary>
/// A USGS GeoJSON summary feed (a FeatureCollection): <c>properties.mag</c>, <c>place</c>
/// (<c>84 km NE of Ruteng, Indonesia</c>), <c>time</c> (epoch milliseconds), <c>tsunami</c> (0/1),
/// <c>url</c>, <c>id</c>; <c>geometry.coordinates</c> = [longitude, latitude, depth km]. Features
/// that are not earthquakes (quarry blasts, explosions) and features outside the filter are left out.
/// </summary>
internal static partial class UsgsFeedReader
{
    public const string SourceName = "USGS";

    public const int MaxEvents = 100_000;

    public static FeedReading? Read(JsonNode root, string display, UsgsFilter filter, DiagnosticBag diagnostics)
    {
        var features = root.Kind == JsonKind.Object ? root.Get("features") : null;
        if (features is null || features.Kind != JsonKind.Array
            || root.Get("type") is not { Kind: JsonKind.String, Text: "FeatureCollection" })
        {
            var where = features ?? root;
            diagnostics.Add(DiagnosticDescriptors.FeedShape, new SourceLocation(display, where.Line, where.Column),
                "This is not a USGS GeoJSON feed: it needs `\"type\": \"FeatureCollection\"` and a `features` list. Check the URL (https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/4.5_week.geojson) or use `import bmkg` for a BMKG feed.");
            return null;
        }

        if (features.Items.Count > MaxEvents)
        {
            diagnostics.Add(DiagnosticDescriptors.FeedTooManyEvents, new SourceLocation(display, features.Line, features.Column),
                $"The feed lists {features.Items.Count:N0} features; the importer takes at most {MaxEvents:N0}. Use a smaller summary feed.");
            return null;
        }

        var reports = new List<QuakeReport>();
        var errors = new List<Diagnostic>();
        var filtered = 0;
        foreach (var node in features.Items)
        {
            if (node.Kind != JsonKind.Object)
            {
                errors.Add(new Diagnostic(DiagnosticDescriptors.FeedShape, new SourceLocation(display, node.Line, node.Column),
                    $"A feature is {node.Describe()}; GeoJSON writes each as an object. It is skipped."));
                continue;
            }

            var properties = node.Get("properties");
            if (properties?.Kind != JsonKind.Object)
            {
                errors.Add(new Diagnostic(DiagnosticDescriptors.FeedFieldMissing, new SourceLocation(display, node.Line, node.Column),
                    "The feature has no `properties` object. It is skipped."));
                continue;
            }

            // Not an earthquake (quarry blast, explosion, ice quake): not this kind's story.
            if (properties.Get("type") is { Kind: JsonKind.String } type && !string.Equals(type.Text, "earthquake", StringComparison.Ordinal))
            {
                filtered++;
                continue;
            }

            var e = new FeedEvent(properties, display, "feature's `properties`");
            var report = ReadEvent(node, e, filter, out var excluded);
            if (excluded)
            {
                filtered++;
            }
            else if (report is null || e.Diagnostics.HasErrors)
            {
                errors.AddRange(e.Diagnostics.Sorted());
            }
            else
            {
                reports.Add(report);
            }
        }

        return new FeedReading(reports, errors, features.Items.Count, filtered);
    }

    private static QuakeReport? ReadEvent(JsonNode feature, FeedEvent e, UsgsFilter filter, out bool excluded)
    {
        excluded = false;
        var magnitude = e.Number("mag");
        var place = e.Text("place", required: false);
        var time = e.Number("time");
        var url = e.Text("url");
        var tsunami = e.Number("tsunami", required: false);
        var id = feature.Get("id");
        var (lat, lon, depth) = Geometry(feature, e);

        var parsed = place is { } p ? PlacePattern().Match(p.Text) : null;
        var country = parsed is { Success: true } && parsed.Groups["country"].Success ? parsed.Groups["country"].Value.Trim() : null;
        if (place is { } pl && country is null && pl.Text.LastIndexOf(',') is var comma and > 0)
        {
            country = pl.Text[(comma + 1)..].Trim();
        }

        // What is readable already decides the filter: a bad event the filter leaves out is not reported.
        if (!filter.Admits(magnitude?.Value, country, lat, lon) || (filter.Country is not null && place is null))
        {
            excluded = true;
            return null;
        }

        if (id is null || id.Kind != JsonKind.String || id.Text.Length is 0 or > 64 || FeedEvent.Unusable(id.Text) is not null)
        {
            e.Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, new SourceLocation(e.AtEvent.Path, feature.Line, feature.Column),
                "The feature has no `id` text (such as \"us7000r1a1\"); it names the event. It is skipped.");
        }

        DateTimeOffset? instant = null;
        if (time is { } t)
        {
            if (t.Value != decimal.Truncate(t.Value) || t.Value < 0 || t.Value > 32503680000000m)
            {
                e.Error(DiagnosticDescriptors.FeedTime, t.Node, $"`time` is {t.Node.Text}; USGS writes whole milliseconds since 1970-01-01 UTC (1786963359000). It is skipped.");
            }
            else
            {
                // Whole seconds: BMKG's times have no fractions, and a brief never prints them.
                instant = DateTimeOffset.FromUnixTimeMilliseconds((long)t.Value);
                instant = instant.Value.AddTicks(-(instant.Value.Ticks % TimeSpan.TicksPerSecond));
            }
        }

        // The earthquake kind takes magnitudes 0-10 (a micro-quake's negative magnitude is no news story; --min-magnitude leaves it out).
        if (magnitude is { } m && (m.Value < 0 || m.Value > 10))
        {
            e.Error(DiagnosticDescriptors.FeedNumber, m.Node, $"`mag` is {m.Node.Text}, outside 0 to 10, the magnitudes a brief reports. It is skipped (--min-magnitude leaves such quakes out).");
        }

        if (tsunami is { } ts && ts.Value is not (0 or 1))
        {
            e.Error(DiagnosticDescriptors.FeedNumber, ts.Node, $"`tsunami` is {ts.Node.Text}; USGS writes 0 or 1. It is skipped.");
        }

        if (url is { } u && !u.Text.StartsWith("https://", StringComparison.Ordinal) && !u.Text.StartsWith("http://", StringComparison.Ordinal))
        {
            e.Error(DiagnosticDescriptors.FeedFieldType, u.Node, $"`url` is \"{u.Text}\", not a web address. It is skipped.");
        }

        if (place is null)
        {
            e.Diagnostics.Add(DiagnosticDescriptors.FeedFieldMissing, e.AtEvent, "The feature has no `place`; a brief needs to say where. It is skipped.");
        }

        if (e.Diagnostics.HasErrors || magnitude is null || instant is null || url is null || lat is null || lon is null || depth is null || place is null)
        {
            return null;
        }

        var epicenter = Epicenter(place.Value.Text, parsed);
        var province = PlaceGazetteer.Find(epicenter.Place)?.Province ?? PlaceGazetteer.NearestProvince(lat.Value, lon.Value);
        return new QuakeReport
        {
            Agency = "usgs",
            EventId = id!.Text,
            Time = instant.Value,
            Magnitude = magnitude.Value.Value,
            DepthKm = depth.Value,
            Lat = lat.Value,
            Lon = lon.Value,
            Epicenter = epicenter with { Province = province },
            // USGS's flag is 1 for large events in oceanic regions ("check tsunami.gov"), 0 otherwise: 0 is no
            // statement that there is no tsunami, so it is left out rather than written as false (docs/feeds.md).
            Tsunami = tsunami is { Value: 1 } ? true : null,
            Url = url.Value.Text,
            Position = new FeedPosition(e.Node.Line, e.Node.Column),
        };
    }

    private static QuakeEpicenter Epicenter(string place, Match? parsed)
    {
        if (parsed is { Success: true })
        {
            return new QuakeEpicenter
            {
                DistanceKm = decimal.Parse(parsed.Groups["km"].Value, CultureInfo.InvariantCulture),
                Direction = parsed.Groups["dir"].Value,
                Place = parsed.Groups["place"].Value.Trim(),
            };
        }

        // "Banda Sea", "south of the Fiji Islands", "Java, Indonesia": no distance to give.
        var comma = place.LastIndexOf(',');
        return new QuakeEpicenter { Place = (comma > 0 ? place[..comma] : place).Trim() };
    }

    private static (decimal? Lat, decimal? Lon, decimal? Depth) Geometry(JsonNode feature, FeedEvent e)
    {
        var geometry = feature.Get("geometry");
        var coordinates = geometry?.Kind == JsonKind.Object ? geometry.Get("coordinates") : null;
        if (coordinates is null || coordinates.Kind != JsonKind.Array || coordinates.Items.Count < 3
            || coordinates.Items.Take(3).Any(i => i.Kind != JsonKind.Number))
        {
            var where = coordinates ?? geometry ?? feature;
            e.Diagnostics.Add(DiagnosticDescriptors.FeedCoordinates, e.At(where),
                "The feature needs `geometry.coordinates`: [longitude, latitude, depth in km], three numbers. It is skipped.");
            return (null, null, null);
        }

        if (!FeedEvent.TryDecimal(coordinates.Items[0].Text, out var lon) || !FeedEvent.TryDecimal(coordinates.Items[1].Text, out var lat)
            || !FeedEvent.TryDecimal(coordinates.Items[2].Text, out var depth))
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, coordinates, "`geometry.coordinates` holds a number too large to be a position. It is skipped.");
            return (null, null, null);
        }

        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            e.Error(DiagnosticDescriptors.FeedCoordinates, coordinates, $"`geometry.coordinates` puts the quake at latitude {lat}, longitude {lon}: GeoJSON writes [longitude, latitude, depth], in range. It is skipped.");
            return (null, null, null);
        }

        if (depth is < -10 or > BmkgFeedReader.MaxDepthKm)
        {
            e.Error(DiagnosticDescriptors.FeedNumber, coordinates.Items[2], $"The depth is {depth} km; quakes are 0-{BmkgFeedReader.MaxDepthKm} km deep. It is skipped.");
            return (lat, lon, null);
        }

        // USGS gives shallow quakes a depth a little above sea level (-1.2 km): a brief says 0 km.
        return (lat, lon, Math.Max(0, depth));
    }

    [GeneratedRegex(@"^(?<km>\d{1,5}(?:\.\d{1,3})?)\s*km\s+(?<dir>N|NNE|NE|ENE|E|ESE|SE|SSE|S|SSW|SW|WSW|W|WNW|NW|NNW)\s+of\s+(?<place>[^,]+?)(?:,\s*(?<country>[^,]+))?$")]
    private static partial Regex PlacePattern();
}
