using Lotse.Data;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.Council;

/// <summary>What the council forms offer to choose from; the posted ids are checked against it.</summary>
public sealed class CouncilChoices
{
    public IReadOnlyList<SelectOption> Organizations { get; private init; } = [];
    public IReadOnlyList<SelectOption> Motions { get; private init; } = [];
    public IReadOnlyList<SelectOption> Papers { get; private init; } = [];
    public IReadOnlyList<SelectOption> Concepts { get; private init; } = [];
    public IReadOnlyList<SelectOption> Applications { get; private init; } = [];
    /// <summary>Tracked, so a new session can link them.</summary>
    public IReadOnlyList<Measure> Measures { get; private init; } = [];
    public IReadOnlyList<Guid> OrganizationIds { get; private init; } = [];
    public IReadOnlyList<Guid> MotionIds { get; private init; } = [];
    public IReadOnlyList<Guid> SubmissionIds { get; private init; } = [];
    public IReadOnlyList<Guid> ConceptIds { get; private init; } = [];
    public IReadOnlyList<Guid> ApplicationIds { get; private init; } = [];
    public IReadOnlyList<Guid> MeasureIds => Measures.Select(m => m.Id).ToList();

    public static async Task<CouncilChoices> LoadAsync(LotseDbContext db, Microsoft.Extensions.Localization.IStringLocalizer text, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var motions = await db.Motions.AsNoTracking().OrderBy(m => m.Title).Select(m => new { m.Id, m.Title }).ToListAsync(cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().OrderBy(s => s.Title).Select(s => new { s.Id, s.Title, s.DocumentNumber }).ToListAsync(cancellationToken);
        var concepts = await db.ConceptVersions.AsNoTracking().OrderBy(c => c.Title).Select(c => new { c.Id, c.Title }).ToListAsync(cancellationToken);
        var applications = await db.FundingApplications.AsNoTracking().OrderBy(a => a.Title).Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        var measures = await db.Measures.OrderBy(m => m.Title).ToListAsync(cancellationToken);
        return new CouncilChoices
        {
            Organizations = organizations.Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToList(),
            Motions = motions.Select(m => new SelectOption(m.Id.ToString(), m.Title)).ToList(),
            Papers = motions.Select(m => new SelectOption("m:" + m.Id, text["Council.PaperMotion", m.Title]))
                .Concat(submissions.Select(s => new SelectOption("s:" + s.Id, s.DocumentNumber is null ? text["Council.PaperSubmission", s.Title] : text["Council.PaperSubmissionNumbered", s.DocumentNumber, s.Title])))
                .ToList(),
            Concepts = concepts.Select(c => new SelectOption(c.Id.ToString(), c.Title)).ToList(),
            Applications = applications.Select(a => new SelectOption(a.Id.ToString(), a.Title)).ToList(),
            Measures = measures,
            OrganizationIds = organizations.Select(o => o.Id).ToList(),
            MotionIds = motions.Select(m => m.Id).ToList(),
            SubmissionIds = submissions.Select(s => s.Id).ToList(),
            ConceptIds = concepts.Select(c => c.Id).ToList(),
            ApplicationIds = applications.Select(a => a.Id).ToList(),
        };
    }
}
