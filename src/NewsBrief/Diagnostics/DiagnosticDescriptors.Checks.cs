namespace NewsBrief.Diagnostics;

public static partial class DiagnosticDescriptors
{
    /// <summary>A figure is written as a literal in reader text where a <c>{placeholder}</c> should be.</summary>
    public static readonly DiagnosticDescriptor FigureWrittenLiterally = new("NB7001", Severity.Warning, "Figure written literally");

    /// <summary>A literal in reader text disagrees with the figure it refers to beyond its written precision.</summary>
    public static readonly DiagnosticDescriptor FigureContradicted = new("NB7002", Severity.Error, "Text contradicts a figure");

    /// <summary>A reported amount implies a rate more than 3% off the story's rate for that pair.</summary>
    public static readonly DiagnosticDescriptor ReportedRateMismatch = new("NB7003", Severity.Error, "Reported amount disagrees with the story's rate");

    /// <summary>A rate is dated more than 31 days from the story's date.</summary>
    public static readonly DiagnosticDescriptor StaleRate = new("NB7004", Severity.Warning, "Rate dated far from the story");

    /// <summary>No text of the story mentions a figure.</summary>
    public static readonly DiagnosticDescriptor FigureUnused = new("NB7005", Severity.Warning, "Figure mentioned in no text");

    /// <summary>A figure is in one locale's headline or lede but not in another's.</summary>
    public static readonly DiagnosticDescriptor FigureMissingInLocale = new("NB7006", Severity.Warning, "Figure missing from one locale's headline or lede");

    /// <summary>An adverb or qualifier word right before a figure that has its own qualifier ("just about", "only about").</summary>
    public static readonly DiagnosticDescriptor QualifierStacked = new("NB7007", Severity.Warning, "Adverb stacked on a figure's qualifier");

    /// <summary>A figure that cannot be spelled (a percentage, a decimal, an amount) opens a sentence with a digit.</summary>
    public static readonly DiagnosticDescriptor DigitsOpenSentence = new("NB7008", Severity.Warning, "Sentence starts with a figure");

    /// <summary><c>extract</c>: the article has no text to read (empty, blank or binary).</summary>
    public static readonly DiagnosticDescriptor ArticleEmpty = new("NB6006", Severity.Error, "Article has no text");
}
