using System.Globalization;

namespace NewsBrief.Importing;

/// <summary>An earthquake brief found in the output folder: its file, text, owned-key spans and what its data says.</summary>
internal sealed record ExistingBrief(string Path, string Slug, string Text, IReadOnlyList<KeySpan> Spans, QuakeBrief Brief);

/// <summary>
/// Reads back what an earlier import wrote (<see cref="QuakeBrief.Block"/>): the <c>data:</c> and
/// <c>source:</c> of an earthquake brief. A file that is not an earthquake brief is not an import's
/// (null, no problem); one whose <c>data:</c> cannot be read as an import writes it gives a problem
/// with its position, and the import leaves it alone.
/// </summary>
internal static class QuakeBriefReader
{
    /// <summary>Reads a brief's text. Null and no problem: not an earthquake brief. Null and a problem: an earthquake brief the import cannot update.</summary>
    public static (QuakeBrief Brief, IReadOnlyList<KeySpan> Spans)? Read(string text, out (int Line, int Column, string Message)? problem)
    {
        var spans = BriefOutline.Read(text, out problem);
        if (spans is null)
        {
            return null;
        }

        var kind = spans.FirstOrDefault(s => s.Key == "kind")?.Value;
        if (kind?.Scalar != "earthquake")
        {
            return null;
        }

        var data = spans.FirstOrDefault(s => s.Key == "data")?.Value;
        if (data is null || !data.IsMapping)
        {
            problem = (data?.Line ?? 1, data?.Column ?? 1, "An earthquake brief needs a `data:` mapping for the import to update.");
            return null;
        }

        var reader = new FieldReader();
        var primary = reader.Report(data, Urls(spans));
        if (primary is null)
        {
            problem = reader.Problem;
            return null;
        }

        var others = new List<OtherReport>();
        var urls = Urls(spans);
        if (data.Get("other_magnitudes") is { } list)
        {
            foreach (var item in list.Items)
            {
                var agency = reader.Text(item, "agency");
                var magnitude = reader.Decimal(item, "magnitude");
                if (agency is null || magnitude is null)
                {
                    problem = reader.Problem;
                    return null;
                }

                others.Add(new OtherReport(agency, magnitude.Value, urls.GetValueOrDefault(agency) ?? ""));
            }
        }

        return (new QuakeBrief(primary, others), spans);
    }

    // The source links by agency, to keep the other agency's link (USGS's event page) across imports.
    private static Dictionary<string, string> Urls(IReadOnlyList<KeySpan> spans)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var source = spans.FirstOrDefault(s => s.Key == "source")?.Value;
        var items = source is null ? [] : source.IsSequence ? source.Items : [source];
        foreach (var item in items)
        {
            var name = item.Get("name")?.Scalar;
            var url = item.Get("url")?.Scalar;
            var agency = name == BmkgFeedReader.SourceName ? "bmkg" : name == UsgsFeedReader.SourceName ? "usgs" : null;
            if (agency is not null && url is not null)
            {
                urls.TryAdd(agency, url);
            }
        }

        return urls;
    }

    private sealed class FieldReader
    {
        public (int Line, int Column, string Message)? Problem { get; private set; }

        public QuakeReport? Report(OutlineNode data, Dictionary<string, string> urls)
        {
            var agency = Text(data, "agency");
            var id = Text(data, "event_id");
            var time = Text(data, "time");
            var magnitude = Decimal(data, "magnitude");
            var depth = Decimal(data, "depth_km");
            var lat = Decimal(data, "lat");
            var lon = Decimal(data, "lon");
            var epicenter = data.Get("epicenter");
            if (agency is null || id is null || time is null || magnitude is null || depth is null || lat is null || lon is null)
            {
                return null;
            }

            if (!DateTimeOffset.TryParseExact(time, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                Fail(data.Get("time")!, $"`time` is `{time}`; the import writes a UTC instant such as 2025-12-12T07:35:21Z.");
                return null;
            }

            if (epicenter is null || !epicenter.IsMapping || Text(epicenter, "place") is not { } place)
            {
                Fail(epicenter ?? data, "`epicenter` needs at least a `place`.");
                return null;
            }

            var felt = new List<FeltReport>();
            foreach (var item in data.Get("felt")?.Items ?? [])
            {
                if (Text(item, "mmi") is not { } mmi || Text(item, "place") is not { } feltPlace)
                {
                    return null;
                }

                felt.Add(new FeltReport(mmi, feltPlace));
            }

            return new QuakeReport
            {
                Agency = agency,
                EventId = id,
                Time = instant.ToUniversalTime(),
                Magnitude = magnitude.Value,
                DepthKm = depth.Value,
                Lat = lat.Value,
                Lon = lon.Value,
                Epicenter = new QuakeEpicenter
                {
                    DistanceKm = Decimal(epicenter, "distance_km", required: false),
                    Direction = Text(epicenter, "direction", required: false),
                    Place = place,
                    Province = Text(epicenter, "province", required: false),
                    AtSea = Boolean(epicenter, "at_sea"),
                },
                Tsunami = Boolean(data, "tsunami"),
                Felt = felt,
                CarriesFelt = true,
                Url = urls.GetValueOrDefault(agency) ?? (agency == "bmkg" ? BmkgFeedReader.SourceUrl : ""),
            };
        }

        public string? Text(OutlineNode parent, string key, bool required = true)
        {
            var node = parent.IsMapping ? parent.Get(key) : null;
            if (node?.Scalar is { Length: > 0 } text)
            {
                return text;
            }

            if (required || node is not null)
            {
                Fail(node ?? parent, node is null ? $"`{key}` is missing; the import wrote it." : $"`{key}` is not a text.");
            }

            return null;
        }

        public decimal? Decimal(OutlineNode parent, string key, bool required = true)
        {
            if (Text(parent, key, required) is not { } text)
            {
                return null;
            }

            if (FeedEvent.TryDecimal(text, out var value) && !text.Contains('e', StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }

            Fail(parent.Get(key)!, $"`{key}` is `{text}`, not a number.");
            return null;
        }

        private bool? Boolean(OutlineNode parent, string key) => Text(parent, key, required: false) switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };

        private void Fail(OutlineNode at, string message) => Problem ??= (at.Line, at.Column, message);
    }
}
