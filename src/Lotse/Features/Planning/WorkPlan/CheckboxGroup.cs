using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>A group of checkboxes as <c>_CheckboxGroup.cshtml</c> renders it.</summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<SelectOption> Options, IReadOnlyList<string> Selected, string? Hint = null);
