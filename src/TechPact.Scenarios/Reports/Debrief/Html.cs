using System.Globalization;
using System.Net;

namespace TechPact.Scenarios.Reports.Debrief;

internal static class Html
{
    public static string Text(string? s) => WebUtility.HtmlEncode(s ?? "");
    public static string Num(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
    public static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.000", CultureInfo.InvariantCulture);
}
