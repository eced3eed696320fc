namespace NewsBrief.Cli.Desk;

/// <summary>
/// Tells open pages that a facts, locale or template file changed: a version number that goes up on
/// every change. A <see cref="FileSystemWatcher"/> gives the news at once; a poll of the files'
/// sizes and times (every 300 ms) catches what watchers miss (network folders, editors that replace
/// files, exhausted inotify watches). Either way an open page hears of a save well within a second.
/// </summary>
internal sealed class ChangeFeed : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(300);

    private readonly string[] folders;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer poll;
    private readonly Lock gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string fingerprint;
    private long version = 1;

    public ChangeFeed(IEnumerable<string> watchedFolders)
    {
        folders = watchedFolders.Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToArray();
        fingerprint = Fingerprint();
        foreach (var folder in folders)
        {
            try
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += (_, _) => Check();
                watcher.Created += (_, _) => Check();
                watcher.Deleted += (_, _) => Check();
                watcher.Renamed += (_, _) => Check();
                watcher.Error += (_, _) => Check();
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
            {
                // The poll below still sees every change.
            }
        }

        poll = new Timer(_ => Check(), null, PollInterval, PollInterval);
    }

    /// <summary>The current version; it goes up by one on every change seen.</summary>
    public long Version => Interlocked.Read(ref version);

    /// <summary>Completes on the next change after the call.</summary>
    public Task NextChange
    {
        get
        {
            lock (gate)
            {
                return changed.Task;
            }
        }
    }

    private void Check()
    {
        var now = Fingerprint();
        TaskCompletionSource done;
        lock (gate)
        {
            if (string.Equals(now, fingerprint, StringComparison.Ordinal))
            {
                return;
            }

            fingerprint = now;
            Interlocked.Increment(ref version);
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Every file's path, size and write time under the watched folders (a content change changes one of them).</summary>
    private string Fingerprint()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var folder in folders)
        {
            try
            {
                // Never into a linked folder: a link to '.' would make this endless, one to /usr/share slow.
                foreach (var file in NewsBrief.Site.FolderScan.AllFiles(folder).OrderBy(f => f.FullName, StringComparer.Ordinal))
                {
                    sb.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                sb.Append(folder).Append("|unreadable\n");
            }
        }

        return sb.ToString();
    }

    public void Dispose()
    {
        poll.Dispose();
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }
}
