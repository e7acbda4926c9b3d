namespace Lotse.Features.OpenData.HsdsImport;

public enum ProblemSeverity
{
    /// <summary>The data cannot be imported; nothing is written.</summary>
    Error,
    /// <summary>Imported, but something is left out or guessed.</summary>
    Warning,
}

/// <summary>One finding, located by file, position (row) and field.</summary>
public sealed record ImportProblem(ProblemSeverity Severity, string? File, string? Position, string? Field, string Message)
{
    public override string ToString()
    {
        var where = string.Join(", ", new[] { File, Position, Field is null ? null : $"Feld {Field}" }.Where(p => !string.IsNullOrEmpty(p)));
        return where.Length == 0 ? Message : $"{where}: {Message}";
    }
}

/// <summary>Everything the import found, in the order found.</summary>
public sealed class ImportReport
{
    private readonly List<ImportProblem> _problems = [];

    public IReadOnlyList<ImportProblem> Problems => _problems;
    public IEnumerable<ImportProblem> Errors => _problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ImportProblem> Warnings => _problems.Where(p => p.Severity == ProblemSeverity.Warning);
    public bool HasErrors => _problems.Any(p => p.Severity == ProblemSeverity.Error);

    public void Error(string? file, string? position, string? field, string message) =>
        _problems.Add(new ImportProblem(ProblemSeverity.Error, file, position, field, message));

    public void Warning(string? file, string? position, string? field, string message) =>
        _problems.Add(new ImportProblem(ProblemSeverity.Warning, file, position, field, message));

    public void Error(HsdsRecord row, string? field, string message) => Error(row.File, row.Position, field, message);

    public void Warning(HsdsRecord row, string? field, string message) => Warning(row.File, row.Position, field, message);
}
