using System.Security.Claims;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Lotse.Features.Network;

/// <summary>The network's pages are read with ViewWorkbench; every change (POST) also needs ManageWorkbench.</summary>
public static class WorkbenchAccess
{
    public static async Task<bool> MayManageAsync(IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, Permissions.ManageWorkbench)).Succeeded;
}
