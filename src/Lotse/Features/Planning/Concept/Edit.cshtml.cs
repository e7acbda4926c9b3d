using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Operations.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Concept;

/// <summary>One concept version: its adoption, fields of action and document.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
[RequestSizeLimit(ConceptDocumentStore.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ConceptDocumentStore.MaxBytes + 1024 * 1024)]
public sealed class EditModel(LotseDbContext db, ConceptDocumentStore store, UploadScanner scanner, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty]
    public ConceptVersionInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Document { get; set; }

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public IntegrationConceptVersion Version { get; private set; } = null!;

    /// <summary>Set when the virus scan refused the document: 422 (malware found) or 503 (no verdict) instead of 400.</summary>
    private int? _scanRefusal;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await db.ConceptVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
            return NotFound();
        Version = version;
        Input = ConceptVersionInput.From(version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.ConceptVersions.FirstOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } version)
            return NotFound();
        Version = version;
        ModelState.Clear();
        var errors = Errors();
        var previousDocument = version.DocumentStoredName;
        var stamp = Input.ApplyTo(version, errors);
        var upload = Document is null ? null : await CheckUploadAsync(Document, new Editorial.DirectoryEditing.FormErrors(ModelState, Text, ""), cancellationToken);
        if (stamp is null || errors.Any)
        {
            db.ChangeTracker.Clear();
            if (_scanRefusal is { } status)
            {
                Response.StatusCode = status;
                return Page();
            }
            return Invalid();
        }
        if (upload is { } accepted)
        {
            version.DocumentStoredName = await store.SaveAsync(accepted.Content, cancellationToken);
            version.DocumentContentType = accepted.Kind.ContentType;
            version.DocumentFileName = DownloadName(Document!.FileName, accepted.Kind);
            version.DocumentSize = accepted.Content.Length;
        }
        version.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(version).Property(v => v.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (upload is not null)
                store.Delete(version.DocumentStoredName);
            db.ChangeTracker.Clear();
            Version = await db.ConceptVersions.AsNoTracking().FirstAsync(v => v.Id == id, cancellationToken);
            Input = ConceptVersionInput.From(Version);
            MarkConflict();
            return Page();
        }
        if (upload is not null && previousDocument is not null)
            store.Delete(previousDocument);
        return Redirect(PlanningPaths.ConceptVersion(id) + "?gespeichert=true");
    }

    private sealed record AcceptedUpload(MemoryStream Content, ConceptDocumentKind Kind);

    /// <summary>Empty, too big, refused by the virus scan or not a PDF/DOCX/ODT by its content: a message on the file field.</summary>
    private async Task<AcceptedUpload?> CheckUploadAsync(IFormFile file, Editorial.DirectoryEditing.FormErrors errors, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            errors.Add(nameof(Document), "Concept.DocumentEmpty");
            return null;
        }
        if (file.Length > ConceptDocumentStore.MaxBytes)
        {
            errors.Add(nameof(Document), "Concept.DocumentTooBig", ConceptDocumentStore.MaxBytes / (1024 * 1024));
            return null;
        }
        var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        // Scanned before even its first bytes are looked at.
        _scanRefusal = await scanner.RefuseAsync(content.ToArray(), "concept-document", ModelState, nameof(Document), cancellationToken);
        if (_scanRefusal is not null)
            return null;
        content.Position = 0;
        if (ConceptDocumentKind.Sniff(content) is not { } kind)
        {
            errors.Add(nameof(Document), "Concept.DocumentWrongType");
            return null;
        }
        return new AcceptedUpload(content, kind);
    }

    /// <summary>The upload's base name (no path, only safe characters) with the extension of the recognised format.</summary>
    private static string DownloadName(string uploaded, ConceptDocumentKind kind)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded.Replace('\\', '/')));
        var safe = new string(baseName.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '.').ToArray()).Trim();
        if (safe.Length == 0)
            safe = "Integrationskonzept";
        return (safe.Length > 100 ? safe[..100] : safe) + kind.Extension;
    }
}
