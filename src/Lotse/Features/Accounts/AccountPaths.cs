namespace Lotse.Features.Accounts;

/// <summary>The back office lives under one prefix, so that a county can restrict it at its reverse proxy.</summary>
public static class AccountPaths
{
    public const string BackOffice = "/intern";
    public const string Start = "/intern/";
    public const string Login = "/intern/anmelden";
    public const string TwoFactorLogin = "/intern/anmelden/code";
    public const string TwoFactorSetup = "/intern/konto/zwei-faktor";
    public const string ChangePassword = "/intern/konto/passwort";
    public const string Sessions = "/intern/konto/anmeldungen";
    public const string Logout = "/intern/abmelden";
    public const string StatusCodeFormat = "/intern/fehler/{0}";
}
