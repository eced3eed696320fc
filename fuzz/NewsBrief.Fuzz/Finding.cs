using System.Diagnostics;
using System.Text;

namespace NewsBrief.Fuzz;

/// <summary>An input that broke an invariant, with what it broke, grouped by a stable signature.</summary>
internal sealed record Finding(string Invariant, string Signature, Exception Error, byte[] Input)
{
    /// <summary>Classifies what <see cref="Harness.Run"/> threw.</summary>
    public static Finding Of(Exception error, byte[] input)
    {
        if (error is InvariantViolation violation)
        {
            return new Finding(violation.Invariant, violation.Invariant, error, input);
        }

        var inner = error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
        return new Finding("no exception escapes", $"{inner.GetType().Name} at {FirstOwnFrame(inner)}", error, input);
    }

    /// <summary>The innermost frame of NewsBrief's own code: where an escaped exception is grouped.</summary>
    private static string FirstOwnFrame(Exception error)
    {
        var frames = new StackTrace(error).GetFrames();
        var own = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("NewsBrief.", StringComparison.Ordinal) == true)
            ?? frames.FirstOrDefault();
        var method = own?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.FullName}.{method.Name}";
    }

    /// <summary>What CI prints: the invariant, the error, and the input (escaped, head and tail when long).</summary>
    public string Describe(string? savedAs)
    {
        var sb = new StringBuilder();
        sb.Append("FINDING: ").AppendLine(Invariant);
        sb.Append("  signature: ").AppendLine(Signature);
        sb.Append("  input: ").Append(Input.Length).Append(" bytes").AppendLine(savedAs is null ? "" : $", saved as {savedAs}");
        sb.Append("  input text: ").AppendLine(Preview(Input));
        var lines = Error.ToString().Split('\n');
        foreach (var line in lines.Take(14))
        {
            sb.Append("  | ").AppendLine(line.TrimEnd());
        }

        if (lines.Length > 14)
        {
            sb.AppendLine("  | ...");
        }

        return sb.ToString();
    }

    /// <summary>The input as one line: UTF-8 where it decodes, control characters and bad bytes escaped.</summary>
    public static string Preview(byte[] input)
    {
        const int Head = 600, Tail = 120;
        var text = Escape(input);
        return text.Length <= Head + Tail ? $"\"{text}\"" : $"\"{text[..Head]}\" ... ({text.Length - Head - Tail} escaped characters) ... \"{text[^Tail..]}\"";
    }

    private static string Escape(byte[] input)
    {
        var text = new UTF8Encoding(false, false).GetString(input);
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            sb.Append(v switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '\\' => "\\\\",
                '"' => "\\\"",
                _ when v < 0x20 || v is >= 0x7F and <= 0x9F || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.Surrogate
                    || v == 0xFFFD || (v & 0xFFFE) == 0xFFFE => v <= 0xFFFF ? $"\\u{v:X4}" : $"\\U{v:X8}",
                _ => rune.ToString(),
            });
        }

        return sb.ToString();
    }
}
