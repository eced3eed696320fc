using System.CommandLine;
using System.Globalization;
using NewsBrief.Importing;

namespace NewsBrief.Cli.Import;

/// <summary><c>newsbrief import usgs FILE --out DIR [--min-magnitude M] [--country NAME | --bbox ...]</c>: a USGS GeoJSON summary feed.</summary>
internal static class ImportUsgsCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A USGS GeoJSON summary feed as downloaded (e.g. 4.5_week.geojson)." };
        var output = QuakeImport.OutOption();
        var minimum = new Option<string?>("--min-magnitude") { Description = "Import only quakes of at least this magnitude (e.g. 5).", HelpName = "M" };
        var country = new Option<string?>("--country") { Description = "Import only quakes whose place ends in this country, as USGS writes it (Indonesia).", HelpName = "NAME" };
        var box = new Option<string?>("--bbox") { Description = "Import only quakes inside this box, in degrees: minLon,minLat,maxLon,maxLat (Indonesia: 94,-11.5,141.5,6.5).", HelpName = "BOX" };
        var format = CommonOptions.Format();
        var command = new Command("usgs", "Write (or update) one earthquake brief per quake of a USGS feed, merged with BMKG's brief of the same quake.")
        {
            file, output, minimum, country, box, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(country) is not null && result.GetValue(box) is not null)
            {
                result.AddError("Give --country or --bbox, not both.");
            }

            if (result.GetValue(minimum) is { } m && (!FeedEvent.TryDecimal(m, out var value) || value < -2 || value > 10))
            {
                result.AddError($"--min-magnitude '{m}' is not a magnitude (a number from -2 to 10, with a point: 4.5).");
            }

            if (result.GetValue(box) is { } b && BoundingBox.Parse(b, out var problem) is null)
            {
                result.AddError("--bbox " + problem);
            }

            if (result.GetValue(country) is { } c && c.Trim().Length == 0)
            {
                result.AddError("--country needs a country name as USGS writes it (Indonesia).");
            }
        });
        command.SetAction(parse =>
        {
            var filter = new UsgsFilter(
                parse.GetValue(minimum) is { } m ? decimal.Parse(m, NumberStyles.Number, CultureInfo.InvariantCulture) : null,
                parse.GetValue(country)?.Trim(),
                parse.GetValue(box) is { } b ? BoundingBox.Parse(b, out _) : null);
            return QuakeImport.Run(cli, "usgs", parse.GetValue(file)!, parse.GetValue(output)!, parse.GetValue(format),
                (root, display, bag) => UsgsFeedReader.Read(root, display, filter, bag));
        });
        return command;
    }
}
