namespace NewsBrief.Diagnostics;

/// <summary>
/// NB80xx: <c>newsbrief import bmkg|usgs</c> (docs/feeds.md). NB8001-NB8049 are the feed importers'
/// (NB8050-NB8069 belong to <c>import csv</c>, in its own file). A feed-level error writes nothing;
/// an event-level error skips that event and the others are imported (exit 1 either way).
/// </summary>
public static partial class DiagnosticDescriptors
{
    /// <summary>The feed file is larger than <see cref="Importing.FeedFile.MaxBytes"/>.</summary>
    public static readonly DiagnosticDescriptor FeedTooLarge = new("NB8001", Severity.Error, "Feed file too large");

    /// <summary>The feed file is an HTML page (a server's error page saved as the feed).</summary>
    public static readonly DiagnosticDescriptor FeedIsHtml = new("NB8002", Severity.Error, "Feed is an HTML page, not JSON");

    /// <summary>The feed is not valid JSON (truncated download, stray text) or not UTF-8.</summary>
    public static readonly DiagnosticDescriptor FeedNotJson = new("NB8003", Severity.Error, "Feed is not valid JSON");

    /// <summary>The feed is JSON but not the agency's shape (no <c>Infogempa.gempa</c>, no <c>features</c> array).</summary>
    public static readonly DiagnosticDescriptor FeedShape = new("NB8004", Severity.Error, "Feed does not have the agency's shape");

    /// <summary>An event lacks a field the importer needs.</summary>
    public static readonly DiagnosticDescriptor FeedFieldMissing = new("NB8005", Severity.Error, "Event field missing");

    /// <summary>An event field has the wrong JSON type (a number where BMKG writes a string, an object for a text).</summary>
    public static readonly DiagnosticDescriptor FeedFieldType = new("NB8006", Severity.Error, "Event field has the wrong type");

    /// <summary>A magnitude or depth that is not a number, or out of the possible range.</summary>
    public static readonly DiagnosticDescriptor FeedNumber = new("NB8007", Severity.Error, "Event number not readable");

    /// <summary>A date or time that is not valid (<c>2025-02-30</c>, <c>25:61:00</c>, a month BMKG does not write).</summary>
    public static readonly DiagnosticDescriptor FeedTime = new("NB8008", Severity.Error, "Event time not valid");

    /// <summary><c>Tanggal</c>/<c>Jam</c> (WIB) name another moment than <c>DateTime</c>.</summary>
    public static readonly DiagnosticDescriptor FeedTimeDisagrees = new("NB8009", Severity.Error, "Event times disagree");

    /// <summary>Coordinates not readable, out of range, or disagreeing with <c>Lintang</c>/<c>Bujur</c>.</summary>
    public static readonly DiagnosticDescriptor FeedCoordinates = new("NB8010", Severity.Error, "Event coordinates not valid");

    /// <summary>A place text (<c>Wilayah</c>, USGS <c>place</c>) the importer cannot read.</summary>
    public static readonly DiagnosticDescriptor FeedPlace = new("NB8011", Severity.Error, "Event place not readable");

    /// <summary>A <c>Potensi</c> text the importer does not know: it never guesses a tsunami statement.</summary>
    public static readonly DiagnosticDescriptor FeedTsunami = new("NB8012", Severity.Error, "Tsunami statement not recognised");

    /// <summary>A <c>Dirasakan</c> entry without an MMI intensity (I to XII) and a place.</summary>
    public static readonly DiagnosticDescriptor FeedFelt = new("NB8013", Severity.Error, "Felt report not readable");

    /// <summary>A brief already in the output folder that the import would update cannot be read as an import wrote it.</summary>
    public static readonly DiagnosticDescriptor ImportExistingBrief = new("NB8014", Severity.Error, "Existing brief cannot be updated");

    /// <summary>The output folder is not a folder, or a brief cannot be written.</summary>
    public static readonly DiagnosticDescriptor ImportOutput = new("NB8015", Severity.Error, "Output folder not writable");

    /// <summary>The same event twice in one feed (same agency and id) with different values.</summary>
    public static readonly DiagnosticDescriptor FeedDuplicateEvent = new("NB8016", Severity.Error, "Event listed twice");

    /// <summary>A feed text with a control, bidirectional-override or noncharacter, or too long to be a field: facts files cannot carry it.</summary>
    public static readonly DiagnosticDescriptor FeedText = new("NB8018", Severity.Error, "Event text not usable");

    /// <summary>A feed with more events than the importer takes at once.</summary>
    public static readonly DiagnosticDescriptor FeedTooManyEvents = new("NB8017", Severity.Error, "Too many events in feed");
}
