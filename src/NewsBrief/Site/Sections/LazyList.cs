using System.Collections;

namespace NewsBrief.Site.Sections;

/// <summary>
/// A read-only list whose items are made when asked for and never kept: the section catalog reads
/// every brief's place (slug, date, kind, tags) without a list of them all being held.
/// </summary>
internal sealed class LazyList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
