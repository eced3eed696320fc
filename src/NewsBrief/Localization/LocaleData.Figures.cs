using System.Collections.ObjectModel;

namespace NewsBrief.Localization;

// Signed figures, basis and percentage points, and figure ranges (Formatting/FigureFormatter.Numbers.cs).
public sealed partial record LocaleData
{
    /// <summary>Direction words of <c>{name:change}</c> (<c>changes:</c>).</summary>
    public ChangeSection? Changes { get; init; }

    /// <summary>Basis and percentage points (<c>points:</c>).</summary>
    public PointsSection? Points { get; init; }

    /// <summary>How figure ranges repeat their unit (<c>figure_ranges:</c>); optional.</summary>
    public FigureRangeSection FigureRanges { get; init; } = new();

    internal ChangeSection ChangesData => Changes ?? throw MissingSection("changes");

    internal PointsSection PointsData => Points ?? throw MissingSection("points");
}

/// <summary><c>changes:</c> the words of a change, per place: prose and headline.</summary>
public sealed record ChangeSection
{
    /// <summary>Running text and tables (<c>turun {0}</c>, <c>fell {0}</c>).</summary>
    public ChangeWords Prose { get; init; } = new();

    /// <summary>Headlines, when they differ (English: <c>down {0}</c>); empty uses <see cref="Prose"/>.</summary>
    public ChangeWords Headline { get; init; } = new();

    /// <summary>
    /// Words <c>extract</c> reads before a figure as a fall, which it drafts as <c>{name:change}</c>
    /// (<c>melemah</c>, <c>dropped</c>); the down words above are read too. Optional.
    /// </summary>
    public IReadOnlyList<string> FallWords { get; init; } = [];

    /// <summary>
    /// Words that name a negative figure and stay in the text, which <c>extract</c> drafts as
    /// <c>{name:size}</c> (<c>rugi bersih</c>, <c>deflasi</c>, <c>net loss of</c>). Optional.
    /// </summary>
    public IReadOnlyList<string> LossWords { get; init; } = [];
}

/// <summary>One place's change words: <c>{0}</c> is the size; <see cref="Zero"/> takes none.</summary>
public sealed record ChangeWords
{
    /// <summary>A rise (<c>naik {0}</c>, <c>rose {0}</c>).</summary>
    public string Up { get; init; } = "";

    /// <summary>A fall (<c>turun {0}</c>, <c>fell {0}</c>).</summary>
    public string Down { get; init; } = "";

    /// <summary>No change (<c>tidak berubah</c>, <c>remained unchanged</c>).</summary>
    public string Zero { get; init; } = "";

    /// <summary>True when every word is set.</summary>
    public bool IsComplete => Up.Length > 0 && Down.Length > 0 && Zero.Length > 0;

    /// <summary>True when none is set.</summary>
    public bool IsEmpty => Up.Length == 0 && Down.Length == 0 && Zero.Length == 0;
}

/// <summary><c>points:</c> plural forms of basis and percentage points.</summary>
public sealed record PointsSection
{
    /// <summary>Basis points by plural category (<c>other: "{0} basis poin"</c>).</summary>
    public IReadOnlyDictionary<string, string> Basis { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Percentage points by plural category (<c>one: "{0} percentage point"</c>).</summary>
    public IReadOnlyDictionary<string, string> Percentage { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>
    /// When set, a size above zero and at most this takes the <c>one</c> form whatever the plural rules
    /// say (AP: <c>0.5 percentage point</c>, a decimal of 1 or less is singular); else the plural rules decide.
    /// </summary>
    public decimal? SingularUpTo { get; init; }

    /// <summary>Abbreviations <c>extract</c> also reads as basis points after a number (<c>25 bps</c>); NewsBrief never writes them. Optional.</summary>
    public IReadOnlyList<string> BasisAbbreviations { get; init; } = [];
}

/// <summary><c>figure_ranges:</c> how a range of percentages is written.</summary>
public sealed record FigureRangeSection
{
    /// <summary>
    /// Write the percent sign or word on each end (AP: <c>4.6% to 5.4%</c>); otherwise once, after the
    /// second (EYD, as in <c>5—10 April</c>: <c>4,6 hingga 5,4 persen</c>).
    /// </summary>
    public bool PercentEachEnd { get; init; }
}
