namespace Lotse.Features.Planning.Participation;

/// <summary>
/// "Involved from the start": the first step of a concept's process is the date recorded on the version
/// (ProcessStartedOn) or, without one, the earliest date of a council paper or session that decides
/// about that version. An actor was involved from the start when one of its entries is dated on or
/// before that day. Without either date the answer is unknown (null), never guessed.
/// </summary>
public static class ParticipationFromStart
{
    public static DateOnly? ProcessStart(DateOnly? recordedStart, IEnumerable<DateOnly?> decisionDates) =>
        recordedStart ?? decisionDates.Where(d => d is not null).Min();

    public static bool? IsFromStart(DateOnly? tookPartOn, DateOnly? processStart) =>
        tookPartOn is { } on && processStart is { } start ? on <= start : null;
}
