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
                    diagnostics.Add(DiagnosticDescriptors.NoFactsFiles, SourceLocation.PathOnly(cli.Display(full)),
                        $"No facts files (*.yml) in '{path}'. Create one with 'newsbrief new SLUG --dir {path}'.");
                }

                files.UnionWith(found);
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(path),
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
    public static string? ReadText(CliContext cli, string fullPath, DiagnosticBag diagnostics) =>
        ReadBytes(cli, fullPath, diagnostics) is { } bytes ? TextDecoding.Decode(bytes) : null;

    /// <summary>Reads one facts file's bytes (decode with <see cref="TextDecoding"/>), refusing files over <see cref="MaxFileBytes"/>; null (with diagnostics) when it cannot.</summary>
    public static byte[]? ReadBytes(CliContext cli, string fullPath, DiagnosticBag diagnostics)
    {
        var display = cli.Display(fullPath);
        try
        {
            // One open and one read of exactly the file's length: a build reads every facts file (the
            // text is decoded only for files that are parsed), and StreamReader's buffers and
            // ReadToEnd's builder allocated several times each file's size.
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                    $"The file is {length} bytes; facts files may be at most {MaxFileBytes} bytes. Split the story or remove pasted content.");
                return null;
            }

            if (length == 0)
            {
                // Empty, or not a regular file (a pipe has no length): read whatever comes.
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                using var all = new MemoryStream();
                stream.CopyTo(all);
                return all.ToArray();
            }

            // The file as long as it was when opened (as File.ReadAllBytes).
            var bytes = new byte[length];
            var read = 0;
            int n;
            while (read < bytes.Length && (n = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0)
            {
                read += n;
            }

            return read == bytes.Length ? bytes : bytes[..read];
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
