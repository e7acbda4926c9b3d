using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>A back-office account. The e-mail address is the user name.</summary>
public sealed class LotseUser : IdentityUser<Guid>
{
}
