using System.Text;
using ClosedXML.Excel;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Offers;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>
/// The templates to fill in: an XLSX with the sheet "Angebote" (dropdowns fed from the hidden sheet "Listen",
/// filled from the live municipalities, organizations, terms and languages the caller may use) and
/// "Anleitung"; and a CSV with the same columns.
/// </summary>
public static class SpreadsheetTemplate
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>Rows of the "Angebote" sheet that carry the dropdowns.</summary>
    public const int ValidatedRows = SpreadsheetReader.MaxRows;

    public static byte[] Xlsx(ImportChoices choices, IReadOnlyList<string> instructions)
    {
        using var workbook = new XLWorkbook();
        var offers = workbook.AddWorksheet(SpreadsheetColumns.OffersSheet);
        var lists = workbook.AddWorksheet(SpreadsheetColumns.ListsSheet);
        var guide = workbook.AddWorksheet(SpreadsheetColumns.InstructionsSheet);

        var listColumns = ListsFor(choices);
        var listIndex = 1;
        var listRanges = new Dictionary<ColumnKind, IXLRange>();
        foreach (var (kind, values) in listColumns)
        {
            lists.Cell(1, listIndex).Value = SpreadsheetColumns.Of(kind).Header;
            lists.Cell(1, listIndex).Style.Font.Bold = true;
            for (var i = 0; i < values.Count; i++)
                lists.Cell(i + 2, listIndex).SetValue(values[i]);
            if (values.Count > 0)
                listRanges[kind] = lists.Range(2, listIndex, values.Count + 1, listIndex);
            listIndex++;
        }
        lists.Hide();

        for (var c = 0; c < SpreadsheetColumns.All.Count; c++)
        {
            var column = SpreadsheetColumns.All[c];
            var header = offers.Cell(1, c + 1);
            header.SetValue(column.Header);
            header.Style.Font.Bold = true;
            offers.Column(c + 1).Width = column.Kind is ColumnKind.Description or ColumnKind.OpeningHours ? 50 : 22;
            // Text format keeps leading zeros of postal codes and phone numbers.
            if (column.Kind is ColumnKind.PostalCode or ColumnKind.Phone)
                offers.Range(2, c + 1, ValidatedRows + 1, c + 1).Style.NumberFormat.Format = "@";
            if (listRanges.TryGetValue(column.Kind, out var range))
            {
                var validation = offers.Range(2, c + 1, ValidatedRows + 1, c + 1).SetDataValidation();
                validation.List(range, true);
                validation.IgnoreBlanks = true;
                validation.ErrorTitle = column.Header;
                validation.ErrorMessage = column.Hint;
                // Several values in one cell ("Sprache; Bildung") are not in the list: a hint, not a refusal.
                validation.ErrorStyle = column.MultipleValues ? XLErrorStyle.Information : XLErrorStyle.Stop;
            }
        }
        offers.SheetView.FreezeRows(1);

        guide.Column(1).Width = 28;
        guide.Column(2).Width = 100;
        var row = 1;
        foreach (var line in instructions)
        {
            guide.Cell(row, 1).SetValue(line);
            row++;
        }
        row++;
        foreach (var column in SpreadsheetColumns.All)
        {
            guide.Cell(row, 1).SetValue(column.Header + (column.Required ? " *" : ""));
            guide.Cell(row, 1).Style.Font.Bold = true;
            guide.Cell(row, 2).SetValue(column.Hint);
            row++;
        }
        offers.SetTabActive();

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The header line only, UTF-8 with BOM (so Excel reads the umlauts), semicolon-separated.</summary>
    public static byte[] Csv()
    {
        var line = CsvText.Line(SpreadsheetColumns.All.Select(c => c.Header), ';') + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(line)];
    }

    private static List<(ColumnKind Kind, IReadOnlyList<string> Values)> ListsFor(ImportChoices choices)
    {
        var municipalities = choices.Options.Municipalities.Select(m => m.Name).ToList();
        if (choices.Options.CountyWideAllowed)
            municipalities.Insert(0, OfferForm.CountyWide);
        return
        [
            (ColumnKind.Municipality, municipalities),
            (ColumnKind.Organization, choices.Options.Organizations.Select(o => o.Name).ToList()),
            (ColumnKind.Topics, choices.TermLabels(TaxonomyCodes.Topic)),
            (ColumnKind.Types, choices.TermLabels(TaxonomyCodes.OfferType)),
            (ColumnKind.Audiences, choices.TermLabels(TaxonomyCodes.Audience)),
            (ColumnKind.Languages, choices.Languages.Select(l => l.Name).ToList()),
            (ColumnKind.IsFree, [SpreadsheetColumns.Yes, SpreadsheetColumns.No]),
        ];
    }
}
