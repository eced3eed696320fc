using System.Globalization;

namespace NewsBrief.Tests.Formatting;

/// <summary>One row of the style research's conformance table (Data/formatting-cases.tsv).</summary>
public sealed record ConformanceCase(int Number, string Locale, string Kind, string Input, string Expected, string Basis)
{
    /// <summary>The value part of the input (before the first ';').</summary>
    public string Value => Input.Split(';')[0].Trim();

    /// <summary>The options after the value (<c>qualifier=about</c>, flags such as <c>IDR</c> get key "" ).</summary>
    public IReadOnlyDictionary<string, string> Options
    {
        get
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in Input.Split(';').Skip(1).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    options["currency"] = part;
                }
                else
                {
                    options[part[..eq]] = part[(eq + 1)..];
                }
            }

            return options;
        }
    }

    public string? Option(string key) => Options.TryGetValue(key, out var v) ? v : null;

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public override string ToString() => $"#{Number} {Locale} {Kind} [{Input}]";

    /// <summary>Reads every row of the table, skipping comments and the header.</summary>
    public static IReadOnlyList<ConformanceCase> Load(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("case\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(c => new ConformanceCase(int.Parse(c[0], CultureInfo.InvariantCulture), c[1], c[2], c[3], c[4], c[5]))
            .ToList();
}
