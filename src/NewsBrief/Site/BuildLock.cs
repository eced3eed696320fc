using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsBrief.Site;

/// <summary>
/// Makes builds of one site take turns. A build holds an exclusive advisory lock on
/// <c>.SITE.lock</c> in <c>SITE</c>'s parent (not inside <c>SITE</c>, which the swap replaces) from
/// before it touches anything next to the site until after the swap, so two builds never share
/// staging folders, the kept previous site or the hard-linked pages the live site shares with it.
/// The lock belongs to the open file, so the operating system drops it when the process ends in any
/// way, SIGKILL included: it is never stale, and the file (empty) is never deleted, since another
/// build may have it open.
/// <para>
/// On Unix the lock is <c>flock(LOCK_EX)</c>, taken explicitly: the CLI turns .NET's own advisory
/// locking off (<c>System.IO.DisableFileLocking</c>, for speed), and then an open with
/// <see cref="FileShare.None"/> alone locks nothing. Where .NET's locking is on (the tests, other
/// hosts of the library), the same open also takes .NET's flock on that file description first,
/// which is the same lock. On Windows the unshared open is the lock.
/// </para>
/// </summary>
internal sealed class BuildLock : IDisposable
{
    /// <summary>How often a waiting build tries again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly SafeFileHandle handle;

    private BuildLock(SafeFileHandle handle) => this.handle = handle;

    /// <summary>
    /// Takes the lock, waiting for as long as another build holds it: <paramref name="waiting"/> is
    /// called once, before the first wait. No time limit: a build of thousands of briefs can
    /// legitimately take minutes, and the holder's lock goes when it ends, even killed.
    /// </summary>
    /// <exception cref="IOException">The lock file cannot be created or opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file cannot be created or opened.</exception>
    public static BuildLock Acquire(string path, Action? waiting)
    {
        var announced = false;
        while (true)
        {
            if (TryAcquire(path) is { } held)
            {
                return held;
            }

            if (!announced)
            {
                announced = true;
                waiting?.Invoke();
            }

            Thread.Sleep(PollInterval);
        }
    }

    /// <summary>Takes the lock if no one holds it; null when another build (in any process, this one included) does.</summary>
    public static BuildLock? TryAcquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        SafeFileHandle handle;
        try
        {
            // Read access is enough for flock, and works on a lock file someone else created read-only.
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null; // .NET's own flock (when on) or Windows' share mode: held by another open
        }

        try
        {
            if (!TryLock(handle))
            {
                handle.Dispose();
                return null;
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new BuildLock(handle);
    }

    /// <summary>Releases the lock (closing the file); the file stays for the next build.</summary>
    public void Dispose() => handle.Dispose();

    private static bool IsHeldElsewhere(IOException e) =>
        OperatingSystem.IsWindows()
            ? e.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021) // sharing or lock violation
            : e.HResult == NativeMethods.WouldBlock; // .NET reports the errno of its failed flock

    /// <summary>flock(LOCK_EX | LOCK_NB) on Unix; true when this open now holds the lock.</summary>
    private static bool TryLock(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return true; // the unshared open is the lock
        }

        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                int result;
                try
                {
                    result = NativeMethods.Flock(checked((int)handle.DangerousGetHandle()), NativeMethods.LockExclusive | NativeMethods.LockNonBlocking);
                }
                catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
                {
                    return true; // no flock in this C library: only .NET's own locking, if on, applies
                }

                if (result == 0)
                {
                    return true;
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno == NativeMethods.WouldBlock)
                {
                    return false;
                }

                if (errno != NativeMethods.Interrupted)
                {
                    // A file system without locks (as .NET itself does then): build unlocked rather than wait forever.
                    return true;
                }
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static class NativeMethods
    {
        public const int LockExclusive = 2;
        public const int LockNonBlocking = 4;

        /// <summary>EWOULDBLOCK (= EAGAIN): 11 on Linux, 35 on macOS and the BSDs.</summary>
        public static readonly int WouldBlock = OperatingSystem.IsLinux() || OperatingSystem.IsAndroid() ? 11 : 35;

        /// <summary>EINTR, 4 everywhere.</summary>
        public const int Interrupted = 4;

        [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Flock(int fd, int operation);
    }
}
