using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sourcewise.Reports.Documents;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Sourcewise.Reports.Rendering;

/// <summary>Renders a <see cref="ReportDocument"/> as a Word document: real Title/Heading 1/Heading 2 styles in the
/// styles part (so the navigation pane and a table of contents work), tables with a repeating header row, bullet
/// lists with a numbering definition, the chart as a PNG picture, and "Page n of N" in the footer. Every id and
/// timestamp is fixed (the package's dates come from <see cref="ReportDocument.Date"/>), so equal documents give
/// equal bytes.</summary>
public static class DocxReportRenderer
{
    private const int PageWidthTwips = 11906; // A4
    private const int PageHeightTwips = 16838;
    private const int MarginTwips = 1134; // 2 cm
    private const int ContentWidthTwips = PageWidthTwips - (2 * MarginTwips);
    private const long EmuPerTwip = 635;
    private const string BulletNumberingId = "1";
    private const string Font = "Calibri";
    private const string MonoFont = "Consolas";

    /// <summary>Renders the document to DOCX bytes.</summary>
    public static byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts get fixed relationship ids (the SDK would pick random ones), and the core properties are
            // written as a plain docProps/core.xml part instead of System.IO.Packaging's randomly named one.
            var main = package.AddNewPart<MainDocumentPart>(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            var core = package.AddNewPart<CoreFilePropertiesPart>("rId2");
            using (var coreStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CoreProperties(document))))
            {
                core.FeedData(coreStream);
            }

            // The application properties (docProps/app.xml) and the document settings (word/settings.xml) that Word
            // writes and document-management systems look for.
            var app = package.AddNewPart<ExtendedFilePropertiesPart>("rId3");
            app.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
                new DocumentFormat.OpenXml.ExtendedProperties.Application(document.Author),
                new DocumentFormat.OpenXml.ExtendedProperties.DocumentSecurity("0"),
                new DocumentFormat.OpenXml.ExtendedProperties.ScaleCrop("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.LinksUpToDate("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.SharedDocument("false"),
                new DocumentFormat.OpenXml.ExtendedProperties.HyperlinksChanged("false"));
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = new Settings(
                new DefaultTabStop { Val = 720 },
                new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = BuildStyles();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
            numbering.Numbering = BuildNumbering();
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = BuildFooter();

            var body = new Body();
            body.Append(Para("Title", Runs(RichText.Plain(document.Title))));
            foreach (var item in document.Metadata)
            {
                body.Append(Para("Metadata", [StyledRun(item.Label + ": ", bold: true), StyledRun(item.Value)]));
            }

            var imageCount = 0;
            foreach (var section in document.Sections)
            {
                body.Append(Para("Heading1", Runs(RichText.Plain(section.Title))));
                foreach (var block in section.Blocks)
                {
                    foreach (var element in Block(main, block, ref imageCount))
                    {
                        body.Append(element);
                    }
                }
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
                new PageSize { Width = PageWidthTwips, Height = PageHeightTwips },
                new PageMargin
                {
                    Top = MarginTwips,
                    Bottom = MarginTwips,
                    Left = MarginTwips,
                    Right = MarginTwips,
                    Header = 567,
                    Footer = 567,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return DeterministicZip.Normalise(stream.ToArray(), document.Timestamp);
    }

    private static IEnumerable<OpenXmlElement> Block(MainDocumentPart main, ReportBlock block, ref int imageCount)
    {
        switch (block)
        {
            case SubheadingBlock h:
                return [Para("Heading2", Runs(RichText.Plain(h.Text)))];
            case ParagraphBlock p:
                return [Para(null, Runs(p.Text))];
            case NoteBlock n:
                return [Para(n.Kind == NoteKind.Warning ? "NoteWarning" : "Note",
                    [StyledRun(n.Label + ". ", bold: true), .. Runs(n.Text)])];
            case BulletListBlock list:
                return list.Items.Select(item => (OpenXmlElement)Para("ListBullet", Runs(item)));
            case TableBlock table:
                return [Table(table, signOff: false), Para("AfterTable", [])];
            case SignOffBlock signOff:
                var rows = signOff.Roles.Select(r => (System.Collections.Immutable.ImmutableArray<RichText>)
                    [RichText.Plain(r), RichText.Plain(""), RichText.Plain(""), RichText.Plain("")]);
                return [Table(new TableBlock(["Role", "Name", "Signature", "Date"], [.. rows],
                    ColumnWeights: [3, 3, 3, 2], FirstColumnIsHeader: true), signOff: true), Para("AfterTable", [])];
            case ImageBlock image:
                imageCount++;
                return Image(main, image, imageCount);
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static string CoreProperties(ReportDocument document)
    {
        static string X(string? s) => System.Security.SecurityElement.Escape(s ?? "");
        var stamp = document.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{X(document.Title)}</dc:title><dc:subject>{X(document.Subject)}</dc:subject>"
            + $"<dc:creator>{X(document.Author)}</dc:creator><cp:lastModifiedBy>{X(document.Author)}</cp:lastModifiedBy>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created>"
            + $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified>"
            + "</cp:coreProperties>";
    }

    private static Paragraph Para(string? styleId, IEnumerable<OpenXmlElement> runs)
    {
        var p = new Paragraph();
        if (styleId is not null)
        {
            p.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }

        foreach (var r in runs)
        {
            p.Append(r);
        }

        return p;
    }

    private static List<OpenXmlElement> Runs(RichText text) =>
        [.. text.Runs.Select(r => (OpenXmlElement)StyledRun(r.Text, r.Bold, r.Italic, r.Code))];

    private static Run StyledRun(string text, bool bold = false, bool italic = false, bool code = false)
    {
        var run = new Run();
        var props = new RunProperties();
        if (code)
        {
            props.Append(new RunStyle { Val = "CodeChar" });
        }

        if (bold)
        {
            props.Append(new Bold());
        }

        if (italic)
        {
            props.Append(new Italic());
        }

        if (props.HasChildren)
        {
            run.Append(props);
        }

        run.Append(new W.Text(text.ReplaceLineEndings(" ")) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Table Table(TableBlock table, bool signOff)
    {
        var weights = table.NormalisedWeights();
        var widths = weights.Select(w => (int)Math.Round(w * ContentWidthTwips)).ToArray();
        var t = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = ContentWidthTwips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = (0x0420 | (table.FirstColumnIsHeader ? 0x0080 : 0)).ToString("X4", CultureInfo.InvariantCulture) }));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) });
        }

        t.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < table.Header.Length; i++)
        {
            header.Append(Cell(widths[i], RichText.Strong(table.Header[i]), table.IsNumeric(i), shade: "E7ECF2"));
        }

        t.Append(header);
        foreach (var row in table.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            if (signOff)
            {
                tr.TableRowProperties!.Append(new TableRowHeight { Val = 620, HeightType = HeightRuleValues.AtLeast });
            }

            for (var i = 0; i < table.Header.Length; i++)
            {
                var cell = i < row.Length ? row[i] : RichText.Plain("");
                if (i == 0 && table.FirstColumnIsHeader)
                {
                    cell = new RichText(cell.Runs.Select(r => r with { Bold = true }));
                }

                tr.Append(Cell(widths[i], cell, table.IsNumeric(i), shade: i == 0 && table.FirstColumnIsHeader ? "F6F8FA" : null));
            }

            t.Append(tr);
        }

        return t;
    }

    private static TableCell Cell(int width, RichText text, bool numeric, string? shade)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shade is not null)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }

        var p = Para("TableText", Runs(text));
        if (numeric)
        {
            p.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
        }

        return new TableCell(props, p);
    }

    private static IEnumerable<OpenXmlElement> Image(MainDocumentPart main, ImageBlock image, int index)
    {
        if (image.Png is not { } png || image.WidthPx <= 0 || image.HeightPx <= 0)
        {
            return [Para("Caption", [StyledRun(image.AltText, italic: true)])];
        }

        var relId = "rIdImage" + index.ToString(CultureInfo.InvariantCulture);
        var part = main.AddImagePart(ImagePartType.Png, relId);
        using (var ms = new MemoryStream(png))
        {
            part.FeedData(ms);
        }

        var cx = ContentWidthTwips * EmuPerTwip;
        var cy = (long)Math.Round(cx * (double)image.HeightPx / image.WidthPx);
        // The picture is the PNG rendering, whatever the SVG beside a Markdown report is called.
        var name = Path.ChangeExtension(image.FileName ?? $"chart{index}", ".png");
        var id = (uint)index;
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(
                    new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = image.AltText },
                    new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = image.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        var picture = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Figure" }),
            new Run(new Drawing(inline)));
        return image.Caption is { } caption
            ? [picture, Para("Caption", [StyledRun(caption)])]
            : [picture];
    }

    private static Footer BuildFooter()
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }));
        p.Append(StyledRun("Page "));
        AppendField(p, "PAGE");
        p.Append(StyledRun(" of "));
        AppendField(p, "NUMPAGES");
        return new Footer(p);
    }

    private static void AppendField(Paragraph p, string instruction)
    {
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
        p.Append(new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve }));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        p.Append(new Run(new W.Text("1")));
        p.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private static Numbering BuildNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "284" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = int.Parse(BulletNumberingId, CultureInfo.InvariantCulture) });

    private static Styles BuildStyles()
    {
        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", "Normal", next: "Normal",
            pPr: [new KeepNext(), new SpacingBetweenLines { Before = "0", After = "240" }],
            rPr: [new Bold(), new Color { Val = "1F2328" }, new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" }]));
        styles.Append(ParagraphStyle("Heading1", "heading 1", "Normal", next: "Normal",
            pPr: [new KeepNext(), new KeepLines(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 2, Color = "D0D7DE" }),
                new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }],
            rPr: [new Bold(), new Color { Val = "0B5CAD" }, new FontSize { Val = "30" }, new FontSizeComplexScript { Val = "30" }]));
        styles.Append(ParagraphStyle("Heading2", "heading 2", "Normal", next: "Normal",
            pPr: [new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "80" }, new OutlineLevel { Val = 1 }],
            rPr: [new Bold(), new Color { Val = "1F2328" }, new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }]));
        styles.Append(ParagraphStyle("Metadata", "Metadata", "Normal", next: "Normal",
            pPr: [new SpacingBetweenLines { After = "40" }], rPr: [new Color { Val = "57606A" }]));
        styles.Append(ParagraphStyle("ListBullet", "List Bullet", "Normal", next: "ListBullet",
            pPr: [new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }),
                new SpacingBetweenLines { After = "60" }]));
        styles.Append(ParagraphStyle("TableText", "Table Text", "Normal", next: "TableText",
            pPr: [new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }],
            rPr: [new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }]));
        styles.Append(ParagraphStyle("AfterTable", "After Table", "Normal", next: "Normal",
            pPr: [new SpacingBetweenLines { After = "60" }], rPr: [new FontSize { Val = "8" }]));
        styles.Append(ParagraphStyle("Note", "Note", "Normal", next: "Normal",
            pPr: [new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = "0B5CAD" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DDF4FF" },
                new SpacingBetweenLines { Before = "60", After = "160" }, new Indentation { Left = "170", Right = "113" }]));
        styles.Append(ParagraphStyle("NoteWarning", "Note Warning", "Note", next: "Normal",
            pPr: [new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = "9A6700" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF8C5" }]));
        styles.Append(ParagraphStyle("Figure", "Figure", "Normal", next: "Caption",
            pPr: [new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }]));
        styles.Append(ParagraphStyle("Caption", "caption", "Normal", next: "Normal",
            pPr: [new SpacingBetweenLines { After = "200" }],
            rPr: [new Italic(), new Color { Val = "57606A" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }]));
        styles.Append(ParagraphStyle("Footer", "footer", "Normal", next: "Footer",
            pPr: [new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }],
            rPr: [new Color { Val = "57606A" }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" }]));

        styles.Append(new Style(
            new StyleName { Val = "Code Char" },
            new PrimaryStyle(),
            new StyleRunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont },
                new FontSize { Val = "19" }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F0F2F4" }))
        { Type = StyleValues.Character, StyleId = "CodeChar", CustomStyle = true });

        styles.Append(new Style(
            new StyleName { Val = "Report Table" },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "D0D7DE" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "ReportTable", CustomStyle = true });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, string? next = null, bool isDefault = false,
        OpenXmlElement[]? pPr = null, OpenXmlElement[]? rPr = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        if (pPr is { Length: > 0 })
        {
            style.Append(new StyleParagraphProperties(pPr));
        }

        if (rPr is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(rPr));
        }

        return style;
    }
}
