using NewsBrief.Checks;
using NewsBrief.Diagnostics;
using NewsBrief.Facts;
using NewsBrief.Project;
using NewsBrief.Site;

namespace NewsBrief.Cli;

/// <summary>Finds and reads facts files named on the command line (files, or folders of <c>*.yml</c>).</summary>
internal static class FactsInput
{
    /// <summary>Facts files larger than this are refused before reading: a story's facts are a few KB.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The path that names standard input (<c>check -</c>, <c>render -</c>).</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// How diagnostics name a facts file read from a pipe (standard input, <c>/dev/stdin</c>): a
    /// facts file's name is its slug, and a pipe has none of its own.
    /// </summary>
    public const string StandardInputName = "stdin.yml";

    /// <summary>
    /// Expands paths to facts files, in ordinal order; reports paths that do not exist. Folders are
    /// scanned without following links to folders, and pipes, devices and sockets in them are
    /// skipped, each with a warning (NB6010). <see cref="StandardInput"/> is kept as it is when
    /// <paramref name="standardInput"/> (check, render).
    /// </summary>
    public static IReadOnlyList<string> Expand(CliContext cli, IEnumerable<string> paths, DiagnosticBag diagnostics, bool standardInput = false)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (standardInput && path == StandardInput)
            {
                files.Add(StandardInput);
                continue;
            }

            var full = cli.Resolve(path);
            if (Directory.Exists(full))
            {
                var skipped = new List<SkippedEntry>();
                var found = FolderScan.Files(full, ".yml", followFileLinks: true, skipHidden: false, skipped);
                foreach (var entry in skipped.OrderBy(e => e.FullPath, StringComparer.Ordinal))
                {
                    diagnostics.Add(DiagnosticDescriptors.EntrySkipped, SourceLocation.StartOf(cli.Display(entry.FullPath)),
                        $"'{cli.Display(entry.FullPath)}' was skipped: {entry.Reason}. Replace it with the real folder or file, or remove it.");
                }

                if (found.Count == 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.NoFactsFiles, SourceLocation.PathOnly(cli.Display(full)),
                        $"No facts files (*.yml) in '{path}'. Create one with 'newsbrief new SLUG --dir {path}'.");
                }

                files.UnionWith(found);
            }
            else if (File.Exists(full))
            {
                files.Add(full); // a pipe or device is judged when read (ReadBytes)
            }
            else
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.PathOnly(path),
                    $"'{path}' does not exist. Check the path (it is relative to the current folder).");
            }
        }

        return files.ToList();
    }

    /// <summary>How diagnostics name <paramref name="fullPath"/> (a path from <see cref="Expand"/>).</summary>
    public static string Display(CliContext cli, string fullPath) =>
        fullPath == StandardInput || (!fullPath.EndsWith(".yml", StringComparison.Ordinal) && FileKinds.Of(fullPath, followLinks: true) == FileKind.Pipe)
            ? StandardInputName
            : cli.Display(fullPath);

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

        var display = Display(cli, fullPath);
        printer.AddSource(display, text);
        source = new SourceText(display, text);
        return workspace.ParseFacts(text, display, diagnostics);
    }

    /// <summary>Reads one facts file's text, refusing files over <see cref="MaxFileBytes"/>; null (with diagnostics) when it cannot.</summary>
    public static string? ReadText(CliContext cli, string fullPath, DiagnosticBag diagnostics) =>
        ReadBytes(cli, fullPath, diagnostics) is { } bytes ? TextDecoding.Decode(bytes) : null;

    /// <summary>
    /// Reads one facts file's bytes (decode with <see cref="TextDecoding"/>), refusing files over
    /// <see cref="MaxFileBytes"/>; null (with diagnostics) when it cannot. A regular file is read as
    /// long as it was when opened; standard input (<see cref="StandardInput"/>) and a named pipe are
    /// read up to the limit and one byte more (to tell a file at the limit from a larger one), never
    /// further; a device (<c>/dev/zero</c>, a terminal) or socket is refused (NB6009).
    /// </summary>
    public static byte[]? ReadBytes(CliContext cli, string fullPath, DiagnosticBag diagnostics)
    {
        var display = Display(cli, fullPath);
        try
        {
            if (fullPath == StandardInput)
            {
                using var input = cli.OpenInput();
                return ReadCapped(input, display, diagnostics);
            }

            var kind = FileKinds.Of(fullPath, followLinks: true);
            if (kind is FileKind.Device or FileKind.Socket)
            {
                diagnostics.Add(DiagnosticDescriptors.NotARegularFile, SourceLocation.StartOf(display),
                    $"'{display}' is {FileKinds.Describe(kind)}, not a facts file. Name a .yml file, or pipe the text in and name it '-' (standard input).");
                return null;
            }

            // One open and one read of exactly the file's length: a build reads every facts file (the
            // text is decoded only for files that are parsed), and StreamReader's buffers and
            // ReadToEnd's builder allocated several times each file's size.
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, kind == FileKind.Pipe ? FileOptions.None : FileOptions.SequentialScan);
            if (kind == FileKind.Pipe)
            {
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                return ReadCapped(stream, display, diagnostics);
            }

            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                    $"The file is {length} bytes; facts files may be at most {MaxFileBytes} bytes. Split the story or remove pasted content.");
                return null;
            }

            if (length == 0)
            {
                // Empty, or a file with no length of its own (procfs): read whatever comes, up to the limit.
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                return ReadCapped(stream, display, diagnostics);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display), $"Cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Reads a stream to its end, but never more than <see cref="MaxFileBytes"/> + 1 bytes; null (reported) when it is longer.</summary>
    private static byte[]? ReadCapped(Stream stream, string display, DiagnosticBag diagnostics)
    {
        var buffer = new byte[MaxFileBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        if (read > MaxFileBytes)
        {
            diagnostics.Add(DiagnosticDescriptors.FileAccess, SourceLocation.StartOf(display),
                $"The input is more than {MaxFileBytes} bytes; facts files may be at most {MaxFileBytes} bytes. Split the story or remove pasted content.");
            return null;
        }

        return buffer[..read];
    }
}
