using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TechPact.Scenarios.Loading;

namespace TechPact.Scenarios.Genius;

/// <summary>Parsing helpers that turn every problem into a diagnostic with file and line.</summary>
internal sealed class GeniusXml(string fileName, List<Diagnostic> diagnostics)
{
    public string FileName { get; } = fileName;

    public XDocument? Parse(string xml)
    {
        try
        {
            return XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, FileName, e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}"));
            return null;
        }
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
