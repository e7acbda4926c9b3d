using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.Participation;

/// <summary>The entry fields as <c>_EntryFields.cshtml</c> renders them (always under the prefix "Input").</summary>
public sealed record ParticipationFieldsModel(ParticipationInput Input, IReadOnlyList<SelectOption> Versions, IReadOnlyList<SelectOption> Organizations);
