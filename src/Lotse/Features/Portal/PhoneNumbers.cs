namespace Lotse.Features.Portal;

/// <summary>Turns a phone number as written ("02241 13-0", "+49 (0)2241 …") into a dialable tel: URI.</summary>
public static class PhoneNumbers
{
    public static string? ToTelUri(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        var written = phone.Trim();
        // "(0)" is the trunk prefix written beside an international number; it is not dialled.
        written = written.Replace("(0)", "", StringComparison.Ordinal);
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
            return null;
        return written.StartsWith('+') ? $"tel:+{digits}" : $"tel:{digits}";
    }
}
