using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace NewsBrief.Site;

/// <summary>
/// The output folder and its staging twin. A build writes into <c>.SITE.staging-RANDOM</c> next to
/// <c>SITE</c> (same parent, so same file system) and swaps it in only when everything succeeded:
/// on Linux with one atomic <c>renameat2(RENAME_EXCHANGE)</c>, elsewhere by renaming the old site
/// aside first. A killed build leaves only a staging folder behind, which the next build removes.
/// </summary>
internal sealed class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SiteOutput(string outputDirectory)
    {
        Target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        Parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("The output folder cannot be a file system root.", nameof(outputDirectory));
        Name = Path.GetFileName(Target);
    }

    /// <summary>The site folder.</summary>
    public string Target { get; }

    /// <summary>Its parent, where staging folders live.</summary>
    public string Parent { get; }

    /// <summary>The site folder's name.</summary>
    public string Name { get; }

    private string StagingPrefix => "." + Name + ".staging-";

    private string AsidePrefix => "." + Name + ".old-";

    /// <summary>
    /// Removes what a killed run left: staging folders, and old sites set aside. When the site
    /// itself is missing because a run was killed between its two renames, the set-aside copy
    /// is put back first.
    /// </summary>
    public void RecoverAndClean()
    {
        if (!Directory.Exists(Parent))
        {
            return;
        }

        var aside = Directory.GetDirectories(Parent, AsidePrefix + "*").Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(Target) && !File.Exists(Target) && aside.Count == 1)
        {
            Directory.Move(aside[0], Target);
            aside.Clear();
        }

        foreach (var stale in Directory.GetDirectories(Parent, StagingPrefix + "*").Concat(aside))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

    /// <summary>Creates a new, empty staging folder and returns its path.</summary>
    public string CreateStaging()
    {
        Directory.CreateDirectory(Parent);
        var path = Path.Combine(Parent, StagingPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Puts <paramref name="staging"/> in place of the site and deletes the previous site.</summary>
    public void Swap(string staging)
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(staging, Target);
            return;
        }

        if (TryExchange(staging, Target))
        {
            Directory.Delete(staging, recursive: true); // now holds the previous site
            return;
        }

        var aside = Path.Combine(Parent, AsidePrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        Directory.Move(Target, aside);
        Directory.Move(staging, Target);
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>Deletes a staging folder after a failed build; never throws.</summary>
    public static void Discard(string? staging)
    {
        if (staging is null)
        {
            return;
        }

        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes a new file with one open and one write: UTF-8 without BOM, bytes as given (LF).</summary>
    public static void WriteText(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Writes a new file from bytes.</summary>
    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite, FileOptions.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>
    /// Puts an unchanged page of the previous site into staging: a hard link where the file system
    /// allows (one system call, no bytes copied; files are never changed in place, and the old
    /// site's name for it goes when the old site is deleted), else a copy.
    /// </summary>
    public static void Reuse(string previous, string staged)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            try
            {
                if (NativeMethods.Link(previous, staged) == 0)
                {
                    return;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
            }
        }

        File.Copy(previous, staged);
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return NativeMethods.RenameAt2(NativeMethods.AtCurrentDirectory, a, NativeMethods.AtCurrentDirectory, b, NativeMethods.RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // old C library or kernel: fall back to two renames
        }
    }

    private static class NativeMethods
    {
        public const int AtCurrentDirectory = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

        [DllImport("libc", EntryPoint = "link", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
    }
}
