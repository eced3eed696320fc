using System.Globalization;
using System.Text;

namespace NewsBrief.Importing;

/// <summary>
/// Where a place named in a feed lies: its province code (as the locales' <c>helpers.provinces</c>
/// spell them) and its coordinates, from <c>places.tsv</c>. A feed without a province code
/// (<c>autogempa.json</c>, USGS) gets the province of the place it names; a place not listed gets the
/// province of the listed place nearest to the epicenter, within <see cref="NearestLimitKm"/>. The
/// table also restores the spaces BMKG squeezes out of upper-case names (<c>LOMBOKTENGAH</c>).
/// </summary>
internal static class PlaceGazetteer
{
    /// <summary>The 38 province codes of the locales' <c>helpers.provinces</c> (a test keeps them equal).</summary>
    public static readonly IReadOnlySet<string> ProvinceCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ACEH", "SUMUT", "SUMBAR", "RIAU", "KEPRI", "JAMBI", "SUMSEL", "BABEL", "BENGKULU", "LAMPUNG", "DKI", "BANTEN",
        "JABAR", "JATENG", "DIY", "JATIM", "KALBAR", "KALTENG", "KALSEL", "KALTIM", "KALTARA", "BALI", "NTB", "NTT",
        "SULUT", "GORONTALO", "SULTENG", "SULBAR", "SULSEL", "SULTRA", "MALUKU", "MALUT", "PAPUA", "PABAR", "PBD",
        "PAPSEL", "PAPTENG", "PAPEG",
    };

    /// <summary>A place further than this from every listed place gets no province from the table.</summary>
    public const double NearestLimitKm = 250;

    private static readonly Lazy<IReadOnlyList<Place>> LazyPlaces = new(Load);

    private static readonly Lazy<Dictionary<string, Place>> LazyByKey = new(() =>
    {
        var byKey = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var place in LazyPlaces.Value)
        {
            byKey.TryAdd(Key(place.Name), place);
        }

        return byKey;
    });

    /// <summary>Every listed place.</summary>
    public static IReadOnlyList<Place> Places => LazyPlaces.Value;

    /// <summary>A listed place by name, ignoring case, spaces and hyphens (<c>LOMBOKTENGAH</c> is Lombok Tengah).</summary>
    public static Place? Find(string name) => LazyByKey.Value.GetValueOrDefault(Key(name));

    /// <summary>The province of the listed place nearest to a point, within <see cref="NearestLimitKm"/>.</summary>
    public static string? NearestProvince(decimal lat, decimal lon)
    {
        Place? best = null;
        var bestKm = double.MaxValue;
        foreach (var place in LazyPlaces.Value)
        {
            var km = Geo.DistanceKm((double)lat, (double)lon, place.Lat, place.Lon);
            if (km < bestKm)
            {
                (best, bestKm) = (place, km);
            }
        }

        return best is not null && bestKm <= NearestLimitKm ? best.Province : null;
    }

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static List<Place> Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream("NewsBrief.Importing.places.tsv")
            ?? throw new InvalidOperationException("The gazetteer places.tsv is not embedded in the NewsBrief assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var places = new List<Place>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            places.Add(new Place(cells[0], cells[1], double.Parse(cells[2], CultureInfo.InvariantCulture), double.Parse(cells[3], CultureInfo.InvariantCulture)));
        }

        return places;
    }

    /// <summary>One listed place.</summary>
    internal sealed record Place(string Name, string Province, double Lat, double Lon);
}

/// <summary>Great-circle distance, for the gazetteer and for matching one quake across agencies.</summary>
internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088; // the IUGG mean radius

    /// <summary>Haversine distance in km between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
