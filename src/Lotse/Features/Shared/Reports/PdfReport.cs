using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Lotse.Features.Shared.Reports;

/// <summary>
/// A simple report as a tagged PDF (A4, headings, paragraphs, tables, bar charts): every block is a structure
/// element (H1–H3, P, Table/TR/TH/TD, Figure with alternative text), the document language and title are set,
/// running headers and page numbers are artifacts. Content is collected first and laid out in <see cref="ToBytes"/>.
/// </summary>
public sealed class PdfReport(string title, string language = "de-DE")
{
    private abstract record Block;
    private sealed record HeadingBlock(string Text, int Level) : Block;
    private sealed record ParagraphBlock(string Text) : Block;
    private sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, bool[] RightAligned, double[] Widths) : Block;
    private sealed record ChartBlock(BarChart Chart) : Block;
    private sealed record PageBreakBlock : Block;

    private readonly List<Block> _blocks = [];

    public string Title { get; } = title;
    public string Language { get; } = language;

    /// <summary>Shown small under the running header on every page, e.g. "Stand: 26.11.2026".</summary>
    public string? Subtitle { get; set; }

    public PdfReport Heading(string text, int level = 1)
    {
        _blocks.Add(new HeadingBlock(text, Math.Clamp(level, 1, 3)));
        return this;
    }

    /// <summary>A paragraph of plain text; line breaks in <paramref name="text"/> start new lines.</summary>
    public PdfReport Paragraph(string text)
    {
        _blocks.Add(new ParagraphBlock(text));
        return this;
    }

    /// <param name="rightAligned">Per column: true for numbers.</param>
    /// <param name="relativeWidths">Per column; equal widths when null.</param>
    public PdfReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, bool[]? rightAligned = null, double[]? relativeWidths = null)
    {
        var list = rows.ToList();
        if (list.Any(r => r.Count != header.Count))
            throw new ArgumentException("Every row needs as many cells as the header.", nameof(rows));
        var widths = relativeWidths is { Length: > 0 } w && w.Length == header.Count ? w : Enumerable.Repeat(1.0, header.Count).ToArray();
        var right = rightAligned is { } r && r.Length == header.Count ? r : new bool[header.Count];
        _blocks.Add(new TableBlock(header, list, right, widths));
        return this;
    }

    /// <summary>A horizontal bar chart followed by its numbers as a table.</summary>
    public PdfReport BarChart(BarChart chart)
    {
        _blocks.Add(new ChartBlock(chart));
        return this;
    }

    public PdfReport BarChart(string caption, IEnumerable<(string Label, decimal Value)> bars, string? unit = null) =>
        BarChart(new BarChart(caption, bars.Select(b => new BarChart.Bar(b.Label, b.Value)).ToList(), unit));

    public PdfReport PageBreak()
    {
        _blocks.Add(new PageBreakBlock());
        return this;
    }

    public byte[] ToBytes()
    {
        ReportFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = Title;
        document.Info.Creator = "Lotse";
        document.ViewerPreferences.DisplayDocTitle = true;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(Language);
        new PdfLayout(document, ua.StructureBuilder, Title, Subtitle).Render(_blocks);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Places the blocks on A4 pages, breaking lines by measured width and pages by remaining height.</summary>
    private sealed class PdfLayout(PdfDocument document, StructureBuilder structure, string title, string? subtitle)
    {
        private const double Margin = 56;
        private const double CellPadding = 4;
        // Unicode encoding: names and places in Turkish, Polish, Cyrillic or Arabic script are not in WinAnsi.
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XFont Body = new(ReportFonts.Family, 10, XFontStyleEx.Regular, Unicode);
        private static readonly XFont BodyBold = new(ReportFonts.Family, 10, XFontStyleEx.Bold, Unicode);
        private static readonly XFont Small = new(ReportFonts.Family, 8, XFontStyleEx.Regular, Unicode);
        private static readonly XFont[] Headings =
        [
            new(ReportFonts.Family, 18, XFontStyleEx.Bold, Unicode),
            new(ReportFonts.Family, 14, XFontStyleEx.Bold, Unicode),
            new(ReportFonts.Family, 11.5, XFontStyleEx.Bold, Unicode),
        ];
        private static readonly XBrush Ink = XBrushes.Black;
        private static readonly XBrush Bar = new XSolidBrush(XColor.FromArgb(0x00, 0x4B, 0x76));
        private static readonly XPen Rule = new(XColor.FromArgb(0x99, 0x99, 0x99), 0.5);

        private XGraphics _gfx = null!;
        private PdfPage _page = null!;
        private double _y;
        private int _pageNumber;

        private double Width => _page.Width.Point - 2 * Margin;
        private double Bottom => _page.Height.Point - Margin;

        public void Render(IEnumerable<Block> blocks)
        {
            NewPage();
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case HeadingBlock h: DrawHeading(h); break;
                    case ParagraphBlock p: DrawParagraph(p.Text); break;
                    case TableBlock t: DrawTable(t); break;
                    case ChartBlock c: DrawChart(c.Chart); break;
                    case PageBreakBlock: NewPage(); break;
                }
            }
            _gfx.Dispose();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _pageNumber++;
            // Running header and page number repeat on every page: artifacts, not content, for screen readers.
            structure.BeginArtifact();
            _gfx.DrawString(title, Small, Ink, new XPoint(Margin, Margin - 24));
            if (subtitle is not null)
                _gfx.DrawString(subtitle, Small, Ink, new XPoint(Margin, Margin - 14));
            var number = $"Seite {_pageNumber}";
            _gfx.DrawString(number, Small, Ink, new XPoint(_page.Width.Point - Margin - _gfx.MeasureString(number, Small).Width, _page.Height.Point - Margin + 24));
            structure.End();
            _y = Margin;
        }

        private void EnsureRoom(double height)
        {
            if (_y + height > Bottom && _y > Margin)
                NewPage();
        }

        private void DrawHeading(HeadingBlock heading)
        {
            var font = Headings[heading.Level - 1];
            var lines = Wrap(heading.Text, font, Width);
            var lineHeight = font.GetHeight() * 1.15;
            // Keep a heading with at least two lines of what follows.
            EnsureRoom(lines.Count * lineHeight + 10 + 3 * Body.GetHeight());
            _y += heading.Level == 1 ? 4 : 10;
            structure.BeginElement(heading.Level switch
            {
                1 => PdfBlockLevelElementTag.Heading1,
                2 => PdfBlockLevelElementTag.Heading2,
                _ => PdfBlockLevelElementTag.Heading3,
            });
            foreach (var line in lines)
            {
                _y += lineHeight;
                _gfx.DrawString(line, font, Ink, new XPoint(Margin, _y));
            }
            structure.End();
            _y += 6;
        }

        private void DrawParagraph(string text)
        {
            var lineHeight = Body.GetHeight() * 1.3;
            var lines = Wrap(text, Body, Width);
            EnsureRoom(lineHeight);
            structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in lines)
            {
                if (_y + lineHeight > Bottom)
                    NewPage();
                _y += lineHeight;
                _gfx.DrawString(line, Body, Ink, new XPoint(Margin, _y));
            }
            structure.End();
            _y += 6;
        }

        private void DrawTable(TableBlock table)
        {
            var total = table.Widths.Sum();
            var widths = table.Widths.Select(w => w / total * Width).ToArray();
            var lineHeight = Body.GetHeight() * 1.2;
            structure.BeginElement(PdfBlockLevelElementTag.Table);
            DrawRow(table.Header, widths, table.RightAligned, BodyBold, PdfBlockLevelElementTag.TableHeaderCell, lineHeight, header: null);
            foreach (var row in table.Rows)
                DrawRow(row, widths, table.RightAligned, Body, PdfBlockLevelElementTag.TableDataCell, lineHeight, header: table);
            structure.End();
            _y += 10;
        }

        /// <param name="header">The table whose header is repeated (as an artifact) when the row starts a new page.</param>
        private void DrawRow(IReadOnlyList<string> cells, double[] widths, bool[] rightAligned, XFont font, PdfBlockLevelElementTag cellTag, double lineHeight, TableBlock? header)
        {
            var wrapped = cells.Select((c, i) => Wrap(c, font, widths[i] - 2 * CellPadding)).ToList();
            var height = wrapped.Max(l => Math.Max(1, l.Count)) * lineHeight + 2 * CellPadding;
            if (_y + height > Bottom)
            {
                NewPage();
                if (header is not null)
                {
                    structure.BeginArtifact();
                    DrawCells(header.Header.Select((c, i) => Wrap(c, BodyBold, widths[i] - 2 * CellPadding)).ToList(), widths, rightAligned, BodyBold, lineHeight, tag: null);
                    structure.End();
                }
            }
            structure.BeginElement(PdfBlockLevelElementTag.TableRow);
            DrawCells(wrapped, widths, rightAligned, font, lineHeight, cellTag);
            structure.End();
        }

        private void DrawCells(List<List<string>> wrapped, double[] widths, bool[] rightAligned, XFont font, double lineHeight, PdfBlockLevelElementTag? tag)
        {
            var height = wrapped.Max(l => Math.Max(1, l.Count)) * lineHeight + 2 * CellPadding;
            var x = Margin;
            for (var i = 0; i < wrapped.Count; i++)
            {
                if (tag is { } cellTag)
                    structure.BeginElement(cellTag);
                var y = _y + CellPadding;
                foreach (var line in wrapped[i])
                {
                    y += lineHeight;
                    var left = rightAligned[i] ? x + widths[i] - CellPadding - _gfx.MeasureString(line, font).Width : x + CellPadding;
                    _gfx.DrawString(line, font, Ink, new XPoint(left, y - lineHeight * 0.2));
                }
                if (tag is not null)
                    structure.End();
                x += widths[i];
            }
            structure.BeginArtifact();
            _gfx.DrawLine(Rule, Margin, _y + height, Margin + widths.Sum(), _y + height);
            structure.End();
            _y += height;
        }

        private void DrawChart(BarChart chart)
        {
            const double barHeight = 12, gap = 6;
            var labelWidth = Width * 0.35;
            var valueWidth = Width * 0.18;
            var height = chart.Bars.Count * (barHeight + gap) + 20;
            EnsureRoom(Math.Min(height, Bottom - Margin));
            if (chart.Bars.Count > 0 && _y + height <= Bottom)
            {
                // The picture is one figure with a summary as alternative text; the numbers follow as a real table.
                var area = new XRect(Margin, _y, Width, height);
                structure.BeginIllustrationElement("Figure", $"Balkendiagramm: {chart.Caption}. Die Werte stehen in der folgenden Tabelle.", area);
                var y = _y + 8;
                foreach (var bar in chart.Bars)
                {
                    foreach (var line in Wrap(bar.Label, Small, labelWidth - 6).Take(1))
                        _gfx.DrawString(line, Small, Ink, new XPoint(Margin, y + barHeight - 3));
                    var length = chart.Share(bar) * (Width - labelWidth - valueWidth);
                    _gfx.DrawRectangle(Bar, Margin + labelWidth, y, Math.Max(length, 0.5), barHeight);
                    _gfx.DrawString(chart.Format(bar.Value), Small, Ink, new XPoint(Margin + labelWidth + length + 4, y + barHeight - 3));
                    y += barHeight + gap;
                }
                structure.End();
                _y += height;
            }
            DrawTable(new TableBlock(
                [chart.Caption, "Wert"],
                chart.Bars.Select(b => (IReadOnlyList<string>)[b.Label, chart.Format(b.Value)]).ToList(),
                [false, true],
                [3, 1]));
        }

        /// <summary>Breaks text into lines that fit <paramref name="width"/>; words longer than a line are cut.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            {
                var current = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = current.Length == 0 ? word : current + " " + word;
                    if (_gfx.MeasureString(candidate, font).Width <= width)
                    {
                        current = candidate;
                        continue;
                    }
                    if (current.Length > 0)
                        lines.Add(current);
                    current = word;
                    while (current.Length > 1 && _gfx.MeasureString(current, font).Width > width)
                    {
                        var fit = current.Length - 1;
                        while (fit > 1 && _gfx.MeasureString(current[..fit], font).Width > width)
                            fit--;
                        lines.Add(current[..fit]);
                        current = current[fit..];
                    }
                }
                lines.Add(current);
            }
            return lines;
        }
    }
}
