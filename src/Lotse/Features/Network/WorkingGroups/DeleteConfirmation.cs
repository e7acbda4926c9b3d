using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

/// <summary>Deleting a working group, meeting or action item needs the ticked confirmation box of the delete form (a POST, never a GET).</summary>
public static class DeleteConfirmation
{
    /// <summary>The name of the confirmation box; also the error summary's link target.</summary>
    public const string Field = "Confirmed";

    public static bool Check(bool confirmed, ModelStateDictionary state, IStringLocalizer text)
    {
        state.Clear();
        if (!confirmed)
            state.AddModelError(Field, text["Delete.ConfirmRequired"]);
        return confirmed;
    }
}

/// <summary>What <c>_DeleteForm.cshtml</c> shows: the loaded stamp and what will be deleted.</summary>
public sealed record DeleteFormModel(string? Stamp, string Warning);
