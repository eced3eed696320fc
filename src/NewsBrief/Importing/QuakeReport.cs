namespace NewsBrief.Importing;

/// <summary>
/// One agency's report of one earthquake, in the field names and units of the <c>earthquake</c>
/// kind's <c>data:</c> block (kinds.md): what an importer reads from a feed and what a brief's
/// <c>data:</c> holds. Null means the agency said nothing (a <c>tsunami</c> BMKG did not state is
/// absent, never false).
/// </summary>
internal sealed record QuakeReport
{
    /// <summary><c>bmkg</c> or <c>usgs</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>The agency's id: BMKG's is its WIB time stamp (<c>20251212143521</c>, as its shakemap files), USGS's the feed's <c>id</c>.</summary>
    public required string EventId { get; init; }

    /// <summary>The origin time, UTC.</summary>
    public required DateTimeOffset Time { get; init; }

    public required decimal Magnitude { get; init; }

    public required decimal DepthKm { get; init; }

    public required decimal Lat { get; init; }

    public required decimal Lon { get; init; }

    public required QuakeEpicenter Epicenter { get; init; }

    public bool? Tsunami { get; init; }

    public IReadOnlyList<FeltReport> Felt { get; init; } = [];

    public IReadOnlyList<OtherMagnitude> OtherMagnitudes { get; init; } = [];

    /// <summary>The page a reader can check the event on (USGS's event page; BMKG's feed has none per event).</summary>
    public required string Url { get; init; }

    /// <summary>Where the event starts in its feed (for diagnostics about what it becomes).</summary>
    public FeedPosition Position { get; init; }

    /// <summary>True when this report's feed carries felt reports at all (a <c>gempaterkini.json</c> event never does).</summary>
    public bool CarriesFelt { get; init; }
}

/// <summary>Where the epicenter is said to be: <c>8 km barat daya Sleman</c>.</summary>
internal sealed record QuakeEpicenter
{
    public decimal? DistanceKm { get; init; }

    /// <summary>A compass code: N, NE, ..., or 16-point (NNE).</summary>
    public string? Direction { get; init; }

    /// <summary>The reference place as a reader writes it (<c>Ruteng</c>, <c>Kabupaten Sukabumi</c>, <c>Kepulauan Mentawai</c>).</summary>
    public required string Place { get; init; }

    /// <summary>A province code of the locales' <c>helpers.provinces</c> (<c>NTT</c>), when known.</summary>
    public string? Province { get; init; }

    /// <summary>BMKG's <c>di laut</c> (true) or <c>di darat</c> (false); null when not said.</summary>
    public bool? AtSea { get; init; }
}

/// <summary>A felt report: <c>III-IV</c> MMI in Yogyakarta.</summary>
internal sealed record FeltReport(string Mmi, string Place);

/// <summary>Another agency's magnitude for the same quake.</summary>
internal sealed record OtherMagnitude(string Agency, decimal Magnitude);

/// <summary>A 1-based position in a feed.</summary>
internal readonly record struct FeedPosition(int Line, int Column);
