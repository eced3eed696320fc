using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NewsBrief.Diagnostics;
using NewsBrief.Project;

namespace NewsBrief.Site;

/// <summary>
/// The output folder and its staging twin. A build writes into <c>.SITE.staging-RANDOM</c> next to
/// <c>SITE</c> (same parent, so same file system) and swaps it in only when everything succeeded:
/// on Linux with one atomic <c>renameat2(RENAME_EXCHANGE)</c>, elsewhere by renaming the old site
/// aside (<c>.SITE.aside-RANDOM</c>) first. The previous site is then kept as
/// <c>.SITE.old-RANDOM</c> instead of being deleted file by file: the next build claims it as its
/// staging folder and only changes in it what differs (double buffering), so a rebuild costs file
/// system work in proportion to what changed. Other leftovers (staging folders of killed builds)
/// are deleted in the background while the next build parses. None of them is ever published:
/// the site is only what is in <c>SITE</c>. All of this runs under the build lock on
/// <c>.SITE.lock</c> (<see cref="LockPath"/>, a file, never deleted: see <see cref="BuildLock"/>), so
/// only one build at a time claims, cleans or swaps these folders; the cleanup looks only at folders
/// named like staging, set-aside and previous sites, never at that file.
/// </summary>
internal sealed class SiteOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SiteOutput(string outputDirectory)
    {
        Target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        Parent = Path.GetDirectoryName(Target) ?? Target; // the root: refused by Refusal before anything is written
        Name = Path.GetFileName(Target);
    }

    /// <summary>The site folder.</summary>
    public string Target { get; }

    /// <summary>Its parent, where staging folders live.</summary>
    public string Parent { get; }

    /// <summary>The site folder's name.</summary>
    public string Name { get; }

    /// <summary>The build lock's file, <c>.SITE.lock</c> next to the site (not in it: the site is swapped).</summary>
    public string LockPath => Path.Combine(Parent, "." + Name + ".lock");

    private string StagingPrefix => "." + Name + ".staging-";

    private string AsidePrefix => "." + Name + ".aside-";

    private string OldPrefix => "." + Name + ".old-";

    /// <summary>
    /// When the site itself is missing because a run was killed between the two renames of the
    /// fallback swap, puts the set-aside site back. Cheap; runs before anything reads the site.
    /// </summary>
    public void Recover()
    {
        if (!Directory.Exists(Parent) || Directory.Exists(Target) || File.Exists(Target))
        {
            return;
        }

        var aside = RealFolders(AsidePrefix);
        if (aside.Length == 1)
        {
            Directory.Move(aside[0], Target);
        }
    }

    /// <summary>
    /// Takes the previous site kept as <c>.SITE.old-*</c> (one of them, should there be several)
    /// for this build's staging folder: renames it to a staging name first, so that if this build
    /// fails or is killed, what is left is a staging folder that no one reads and the next build
    /// deletes. Returns its new path, or null when there is none.
    /// </summary>
    public string? ClaimPrevious()
    {
        if (!Directory.Exists(Parent))
        {
            return null;
        }

        // Never a link named like a kept site: claimed, it would be emptied through the link.
        var old = RealFolders(OldPrefix).Order(StringComparer.Ordinal).LastOrDefault();
        if (old is null)
        {
            return null;
        }

        var claimed = Path.Combine(Parent, StagingPrefix + RandomSuffix());
        Directory.Move(old, claimed);
        return claimed;
    }

    /// <summary>
    /// Starts deleting what earlier runs left next to the site (staging folders of killed or failed
    /// builds, sites set aside) on a background thread, except <paramref name="keep"/>; the build
    /// joins it before its swap.
    /// </summary>
    public Task CleanLeftoversAsync(string? keep)
    {
        if (!Directory.Exists(Parent))
        {
            return Task.CompletedTask;
        }

        var stale = Directory.GetDirectories(Parent, StagingPrefix + "*")
            .Concat(Directory.GetDirectories(Parent, AsidePrefix + "*"))
            .Concat(Directory.GetDirectories(Parent, OldPrefix + "*"))
            .Where(d => d != keep)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (stale.Count == 0)
        {
            return Task.CompletedTask;
        }

        return Task.Factory.StartNew(() =>
        {
            foreach (var folder in stale)
            {
                DeleteEntry(folder);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Creates a new, empty staging folder and returns its path.</summary>
    public string CreateStaging()
    {
        Directory.CreateDirectory(Parent);
        var path = Path.Combine(Parent, StagingPrefix + RandomSuffix());
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Puts <paramref name="staging"/> in place of the site. The previous site ends up in
    /// <c>.SITE.old-RANDOM</c> (one rename), for the next build to recycle; returns that path (null
    /// when there was no previous site).
    /// </summary>
    public string? Swap(string staging)
    {
        if (FileKinds.Of(Target) == FileKind.Directory && !OperatingSystem.IsWindows())
        {
            // The site keeps the permissions its folder had (an empty folder made for it, or the last
            // build's), plus the owner's read, write and search: the next build recycles this folder.
            File.SetUnixFileMode(staging, File.GetUnixFileMode(Target) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (!Directory.Exists(Target))
        {
            Directory.Move(staging, Target);
            return null;
        }

        var old = Path.Combine(Parent, OldPrefix + RandomSuffix());
        if (TryExchange(staging, Target))
        {
            Directory.Move(staging, old); // now holds the previous site
            return old;
        }

        var aside = Path.Combine(Parent, AsidePrefix + RandomSuffix());
        Directory.Move(Target, aside);
        Directory.Move(staging, Target);
        Directory.Move(aside, old);
        return old;
    }

    /// <summary>
    /// After the swap of a build that had nothing to recycle: <paramref name="spare"/> (a staging-named
    /// twin of the new site's pages and manifest, hard links made as the pages were written) becomes
    /// the kept previous site, so the next build recycles it as later builds recycle theirs; the site
    /// the swap set aside (<paramref name="old"/>: none, or one built from other inputs, which no build
    /// could recycle) is renamed to a staging name, a leftover the next build deletes in the background.
    /// </summary>
    public void KeepSpare(string spare, string? old)
    {
        if (old is not null)
        {
            Directory.Move(old, Path.Combine(Parent, StagingPrefix + RandomSuffix()));
        }

        Directory.Move(spare, Path.Combine(Parent, OldPrefix + RandomSuffix()));
    }

    /// <summary>
    /// Why a build must not write to this output folder, or null when it may: the file-system
    /// root, the home folder, a folder directly under the root (<c>/mnt</c>, <c>/srv</c>: system
    /// folders), a mount point, a symbolic link, and any folder that is one of
    /// <paramref name="inputs"/> (the facts folder, the project folder, the current folder) or
    /// above one of them. Links above the site are resolved first, so a path through a link is
    /// judged as the folder it reaches.
    /// </summary>
    public (DiagnosticDescriptor Descriptor, string Message)? Refusal(IEnumerable<string> inputs)
    {
        if (FileKinds.Of(Target) == FileKind.SymbolicLink)
        {
            var real = FileKinds.RealPath(Target);
            return (DiagnosticDescriptors.OutputIsLink,
                $"'{Target}' is a symbolic link (to '{real}'). build replaces its output folder by renaming and never writes through a link: pass the real folder, --out '{real}'.");
        }

        var target = FileKinds.RealPath(Target);
        var separator = Path.DirectorySeparatorChar.ToString();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify);
        string? why = Path.GetDirectoryName(target) is null ? "is the root of the file system"
            : home.Length > 0 && SamePath(target, FileKinds.RealPath(home)) ? "is your home folder"
            : Path.GetDirectoryName(Path.GetDirectoryName(target)) is null ? "is a folder directly under the root of the file system (a system folder such as /mnt or /srv)"
            : inputs.Select(FileKinds.RealPath).FirstOrDefault(i => SamePath(i, target) || i.StartsWith(target + separator, PathComparison)) is { } input
                ? SamePath(input, target) ? "is a folder the build reads from (the facts folder, the project folder or the current folder)"
                    : $"is above '{input}', a folder the build reads from (the facts folder, the project folder or the current folder)"
            : FileKinds.Of(target) == FileKind.Directory && FileKinds.IsMountPoint(target) ? "is a mount point (build replaces its output folder by renaming, which would lose the mount)"
            : null;
        return why is null ? null : (DiagnosticDescriptors.OutputProtected,
            $"'{Target}' {why}; build replaces its output folder as a whole. Give the site a new folder of its own, for example --out '{(Path.GetDirectoryName(target) is null ? "site" : Path.Combine(target, "site"))}'.");
    }

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static bool SamePath(string a, string b) => string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), PathComparison);

    /// <summary>Folders next to the site whose names start with <paramref name="prefix"/>; links are left out.</summary>
    private string[] RealFolders(string prefix) =>
        Directory.GetDirectories(Parent, prefix + "*").Where(d => FileKinds.Of(d) == FileKind.Directory).ToArray();

    /// <summary>Deletes a file, a link (the link, never what it points to) or a folder with everything in it (links inside are removed, not followed).</summary>
    public static void DeleteEntry(string path)
    {
        if (FileKinds.Of(path) == FileKind.Directory)
        {
            Directory.Delete(path, recursive: true); // .NET removes links inside a tree without following them
        }
        else
        {
            File.Delete(path);
        }
    }

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>Deletes a staging folder after a failed build; never throws (a link is removed, never followed).</summary>
    public static void Discard(string? staging)
    {
        if (staging is null)
        {
            return;
        }

        try
        {
            DeleteEntry(staging);
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
        // Encoded into a pooled buffer: every page goes through here.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            WriteBytes(path, buffer.AsSpan(0, Utf8.GetBytes(text, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A text as the bytes <see cref="WriteText"/> would write.</summary>
    public static byte[] Utf8Bytes(string text) => Utf8.GetBytes(text);

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
    /// <returns>False when the previous site has no such file (then nothing was written).</returns>
    public static bool Reuse(string previous, string staged)
    {
        // Only a regular file in a real folder: a link there (planted in the published site) is never
        // followed, so no file outside the site is linked or copied into it.
        if (FileKinds.Of(previous) != FileKind.Regular || FileKinds.Of(Path.GetDirectoryName(previous)!) != FileKind.Directory)
        {
            return false;
        }

        return LinkOrCopy(previous, staged);
    }

    /// <summary>
    /// Puts a file this build just wrote into its twin folder: as <see cref="Reuse"/> (a hard link,
    /// else a copy) without first asking what the source is, since the build made it a regular file
    /// in a real folder itself (two file-status calls per page saved in a clean build).
    /// </summary>
    /// <returns>False when the file could not be linked or copied.</returns>
    public static bool Twin(string written, string twin)
    {
        return LinkOrCopy(written, twin);
    }

    /// <summary>A hard link of <paramref name="source"/> at <paramref name="target"/>, else a copy; false when the source is gone.</summary>
    private static bool LinkOrCopy(string source, string target)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            try
            {
                if (NativeMethods.Link(source, target) == 0)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
            }
        }

        try
        {
            File.Copy(source, target);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
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
