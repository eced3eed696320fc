using System.Runtime.InteropServices;

namespace NewsBrief.Project;

/// <summary>What a path names, without following a symbolic link at its end unless asked to.</summary>
public enum FileKind
{
    /// <summary>Nothing there (or a path that cannot be looked at).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO), such as <c>/dev/stdin</c> fed by a shell pipe: reading may block until a writer comes.</summary>
    Pipe,

    /// <summary>A character or block device (<c>/dev/zero</c>, a terminal): reading may never end.</summary>
    Device,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>
/// Tells regular files from pipes, devices, sockets and links. .NET's own file APIs call all of these
/// "files" (a FIFO or <c>/dev/zero</c> has <see cref="FileAttributes.Normal"/> and length 0, and
/// opening a FIFO blocks), so on Linux this asks the kernel (<c>statx</c>, whose layout is the same on
/// every architecture). Elsewhere only links, folders and files can be told apart, and everything
/// else counts as a regular file (reads are capped anyway, see the facts readers).
/// </summary>
public static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const ulong AttributeMountRoot = 0x2000;

    private const int NotPermitted = 1;
    private const int NoSuchEntry = 2;
    private const int NotADirectory = 20;
    private const int NoSystemCall = 38;

    private static bool statxMissing;

    [ThreadStatic]
    private static int lastError;

    /// <summary>What <paramref name="path"/> is; a link at its end is reported as a link unless <paramref name="followLinks"/>.</summary>
    public static FileKind Of(string path, bool followLinks = false)
    {
        if (Statx(path, followLinks) is { } stat)
        {
            return (stat.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.Pipe,
                0x2000 or 0x6000 => FileKind.Device,
                0xC000 => FileKind.Socket,
                _ => FileKind.Device,
            };
        }

        if (OperatingSystem.IsLinux() && !statxMissing && lastError is NoSuchEntry or NotADirectory)
        {
            return FileKind.Missing; // statx answered: nothing there
        }

        // Not Linux, or statx could not answer (no permission on the way, a sandbox that forbids it): what .NET can tell.
        try
        {
            if (!followLinks && new FileInfo(path).LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }
        }
        catch (IOException)
        {
            return FileKind.Missing;
        }

        return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>A short phrase for messages: "a named pipe (FIFO)", "a device", ...</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "missing",
    };

    /// <summary>
    /// True when <paramref name="folder"/> is the root of a mounted file system (Linux only; false
    /// elsewhere): a mount point cannot be renamed, and replacing it would lose the mount.
    /// </summary>
    public static bool IsMountPoint(string folder)
    {
        if (Statx(folder, followLinks: false) is not { } stat)
        {
            return false;
        }

        if ((stat.AttributesMask & AttributeMountRoot) != 0)
        {
            return (stat.Attributes & AttributeMountRoot) != 0;
        }

        // Kernels before 5.8: another device than the parent's.
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return parent is null || Statx(parent, followLinks: true) is not { } up || up.Device != stat.Device;
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link in it resolved (<c>realpath</c>); for a path
    /// that does not exist yet, its nearest existing folder resolved with the rest appended. Where the
    /// C library cannot answer (Windows), the full path as given.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (OperatingSystem.IsWindows())
        {
            return full;
        }

        var rest = new Stack<string>();
        for (var current = full; current is not null; current = Path.GetDirectoryName(current))
        {
            if (Resolve(current) is { } real)
            {
                return rest.Aggregate(real, Path.Combine);
            }

            rest.Push(Path.GetFileName(current));
        }

        return full;
    }

    private static string? Resolve(string path)
    {
        try
        {
            var resolved = NativeMethods.RealPath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                NativeMethods.Free(resolved);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return Path.GetFullPath(path);
        }
    }

    private readonly record struct Stat(int Mode, ulong Attributes, ulong AttributesMask, (uint, uint) Device);

    private static Stat? Statx(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux() || statxMissing)
        {
            return null;
        }

        StatxBuffer buffer;
        try
        {
            if (NativeMethods.StatxCall(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, out buffer) != 0)
            {
                lastError = Marshal.GetLastPInvokeError();
                if (lastError is NoSystemCall or NotPermitted)
                {
                    statxMissing = true; // an old kernel, or a container profile that blocks statx: .NET's own answers from now on
                }

                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            statxMissing = true; // a C library before glibc 2.28
            return null;
        }

        return new Stat(buffer.Mode, buffer.Attributes, buffer.AttributesMask, (buffer.DeviceMajor, buffer.DeviceMinor));
    }

    /// <summary>The kernel's <c>struct statx</c> (256 bytes, one layout on every architecture); only the fields read here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(8)]
        public ulong Attributes;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(56)]
        public ulong AttributesMask;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

        [DllImport("libc", EntryPoint = "free")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern void Free(IntPtr pointer);

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int StatxCall(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);
    }
}
