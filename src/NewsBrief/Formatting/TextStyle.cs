namespace NewsBrief.Formatting;

/// <summary>Where a figure stands, which changes how it is written.</summary>
public enum TextStyle
{
    /// <summary>Running text (<c>5,3 persen</c>, <c>Rp4,87 miliar</c>).</summary>
    Prose,

    /// <summary>A headline (<c>Rp4,9 Miliar</c>, <c>$4.87B</c>).</summary>
    Headline,

    /// <summary>A table cell (<c>5,3%</c>).</summary>
    Table,
}
