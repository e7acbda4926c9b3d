namespace Lotse.Data;

/// <summary>
/// An entity edited by people. Every save gives it a new stamp, and EF Core checks the old one in the
/// UPDATE's WHERE clause: the second of two saves that started from the same version fails with a
/// <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/> instead of overwriting the first.
/// A form carries the stamp it was loaded with and sets it as the original value before saving.
/// </summary>
public interface IConcurrencyStamped
{
    Guid ConcurrencyStamp { get; set; }
}
