using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>Finds and reads facts files named on the command line (files, or folders of <c>*.yml</c>).</summary>
internal static class FactsInput
{
    /// <summary>Facts files larger than this are refused before reading: a story's facts are a few KB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Expands paths to facts files, in ordinal order; reports paths that do not exist.</summary>
    public static IReadOnlyList<string> Expand(CliContext cli, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = cli.Resolve(path);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*.yml", SearchOption.AllDirectories).ToList();
                if (found.Count == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.NoFactsFiles, SourceLocation.StartOf(cli.Display(full)),
                        $"No facts files (*.yml) in '{path}'. Create one with 'newsbrief new SLUG --dir {path}'.");
                }

                files.UnionWith(found);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(path),
                    $"'{path}' does not exist. Check the path (it is relative to the current folder).");
            }
        }

        return files.ToList();
    }

    /// <summary>Reads and parses one facts file; null (with diagnostics) when it cannot.</summary>
    public static FactFile? Read(CliContext cli, Workspace workspace, string fullPath, DiagnosticPrinter printer, DiagnosticBag diagnostics) =>
        Read(cli, workspace, fullPath, printer, diagnostics, out _);

    /// <summary>Reads and parses one facts file, also giving its source for positions inside texts.</summary>
    public static FactFile? Read(CliContext cli, Workspace workspace, string fullPath, DiagnosticPrinter printer, DiagnosticBag diagnostics, out SourceText? source)
    {
        source = null;
        if (ReadText(cli, fullPath, diagnostics) is not { } text)
        {
            return null;
        }

        var display = cli.Display(fullPath);
        printer.AddSource(display, text);
        source = new SourceText(display, text);
        return workspace.ParseFacts(text, display, diagnostics);
    }

    /// <summary>Reads one facts file's text, refusing files over <see cref="MaxFileBytes"/>; null (with diagnostics) when it cannot.</summary>
    public static string? ReadText(CliContext cli, string fullPath, DiagnosticBag diagnostics)
    {
        var display = cli.Display(fullPath);
        try
        {
            // One open: the size check and the read (UTF-8 unless a byte order mark says otherwise, as File.ReadAllText).
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > MaxFileBytes)
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                    $"The file is {length} bytes; facts files may be at most {MaxFileBytes} bytes. Split the story or remove pasted content.");
                return null;
            }

            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: (int)Math.Clamp(length, 128, 64 * 1024));
            return reader.ReadToEnd();
        }
        catch (IOException e)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot read the file: {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot read the file: {e.Message}");
            return null;
        }
    }
}
