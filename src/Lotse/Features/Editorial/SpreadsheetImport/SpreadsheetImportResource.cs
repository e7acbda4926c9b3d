namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>Marker for the spreadsheet import's texts (Resources/Features.Editorial.SpreadsheetImport.SpreadsheetImportResource.resx).</summary>
public sealed class SpreadsheetImportResource;
