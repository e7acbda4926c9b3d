using System.Globalization;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>German names of the work plan's enums and the money/date formats of its pages.</summary>
public static class MeasureTexts
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string FocusArea(IStringLocalizer text, FocusArea value) => text[$"FocusArea.{value}"];
    public static string Stage(IStringLocalizer text, EducationChainStage value) => text[$"Stage.{value}"];
    public static string Status(IStringLocalizer text, MeasureStatus value) => text[$"Status.{value}"];

    public static IReadOnlyList<SelectOption> Options<T>(IStringLocalizer text, string prefix) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectOption(v.ToString(), text[$"{prefix}.{v}"])).ToList();

    public static string Money(decimal value) => value.ToString("#,##0", German) + " €";

    public static string Number(decimal? value) => value?.ToString("#,##0.##", German) ?? "–";

    public static string Date(DateOnly? value) => value?.ToString("dd.MM.yyyy", German) ?? "–";

    public static string Period(IStringLocalizer text, DateOnly? start, DateOnly? end) =>
        start is null && end is null ? text["Period.None"] : $"{Date(start)} – {Date(end)}";

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", German);
}
