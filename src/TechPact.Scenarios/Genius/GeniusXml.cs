using System.Xml;
using System.Xml.Linq;

namespace TechPact.Scenarios.Genius;

/// <summary>Parsing helpers that turn every problem into a diagnostic with file and line.</summary>
internal sealed class GeniusXml(string fileName, List<Diagnostic> diagnostics)
{
    public string FileName { get; } = fileName;

    /// <summary>Parses under the shared limits: no DTD (its entities could expand without bound,
    /// and no GENIUS file has one), at most <see cref="InputLimits.MaxNodes"/> elements nested at
    /// most <see cref="InputLimits.MaxNestingDepth"/> deep, checked in a streaming pass before any
    /// tree is built.</summary>
    public XDocument? Parse(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true,
            MaxCharactersInDocument = InputLimits.MaxGeniusBytes,
        };
        try
        {
            using (var scan = XmlReader.Create(new StringReader(xml), settings))
            {
                var elements = 0;
                while (scan.Read())
                {
                    if (scan.NodeType != XmlNodeType.Element) continue;
                    var at = (IXmlLineInfo)scan;
                    if (++elements > InputLimits.MaxNodes)
                        return Refuse(at, $"more than {InputLimits.MaxNodes} elements; far larger than any GENIUS domain");
                    if (scan.Depth >= InputLimits.MaxNestingDepth)
                        return Refuse(at, $"elements nested deeper than {InputLimits.MaxNestingDepth} levels; a GENIUS file nests about four");
                }
            }
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException) when (xml.IndexOf("<!DOCTYPE", StringComparison.Ordinal) is var doctype and >= 0)
        {
            // The reader refuses a DTD without saying where it is.
            var before = xml.AsSpan(0, doctype);
            var line = before.Count('\n') + 1;
            diagnostics.Add(new Diagnostic(Severity.Error, FileName, line, doctype - before.LastIndexOf('\n'),
                "a DTD (<!DOCTYPE …>) is not allowed in a GENIUS file: its entities could expand without bound"));
            return null;
        }
        catch (XmlException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, FileName, e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}"));
            return null;
        }
    }

    private XDocument? Refuse(IXmlLineInfo at, string message)
    {
        diagnostics.Add(new Diagnostic(Severity.Error, FileName, at.LineNumber, at.LinePosition, message));
        return null;
    }

    /// <summary>A name GENIUS gives an issue or a value becomes a title or a label: it meets the same
    /// rules (<see cref="TextRules.NameProblem"/>). Returns false after reporting it.</summary>
    public bool CheckName(XObject at, string what, string name)
    {
        if (TextRules.NameProblem(name) is not { } problem) return true;
        Error(at, $"{what} {problem}");
        return false;
    }

    public void Error(XObject? at, string message) => Add(Severity.Error, at, message);
    public void Warning(XObject? at, string message) => Add(Severity.Warning, at, message);

    private void Add(Severity severity, XObject? at, string message)
    {
        var info = at as IXmlLineInfo;
        var known = info?.HasLineInfo() == true;
        diagnostics.Add(new Diagnostic(severity, FileName, known ? info!.LineNumber : 0, known ? info!.LinePosition : 0, message));
    }

    /// <summary>A required numeric attribute, or null (with an error) when absent or not a number.</summary>
    public double? Number(XElement element, string attribute, string what)
    {
        var attr = element.Attribute(attribute);
        if (attr is null)
        {
            Error(element, $"{what} has no '{attribute}' attribute");
            return null;
        }
        if (double.TryParse(attr.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        Error(attr, $"{what}: '{attribute}' must be a number, not '{attr.Value}'");
        return null;
    }

    /// <summary>An optional numeric attribute on the first element of that name, or null.</summary>
    public (XElement Element, double? Value)? Optional(XElement root, string elementName)
    {
        var element = root.Descendants(elementName).FirstOrDefault();
        return element is null ? null : (element, Number(element, "value", $"<{elementName}>"));
    }

    /// <summary>GENIUS issues say their kind in type, etype and vtype (real files carry all three,
    /// some only one); any of them naming something other than discrete makes the issue non-discrete.</summary>
    public static string IssueType(XElement issue) =>
        new[] { "type", "etype", "vtype" }.Select(a => issue.Attribute(a)?.Value)
            .FirstOrDefault(t => t is not null && t != "discrete") ?? "discrete";
}
