namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>Assigns a value only when it differs, and remembers whether anything did: a re-import of the same data changes nothing.</summary>
internal sealed class Changes
{
    public bool Any { get; private set; }

    public void Set<T>(T current, T value, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, value))
            return;
        assign(value);
        Any = true;
    }

    public void Mark() => Any = true;
}
