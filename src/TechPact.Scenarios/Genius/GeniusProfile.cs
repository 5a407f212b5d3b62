using System.Xml.Linq;

namespace TechPact.Scenarios.Genius;

/// <summary>A linear-additive GENIUS preference profile, aligned with its domain: weights and
/// evaluations indexed by the domain's issue and value order, still raw (not normalised).</summary>
/// <param name="Discount">The profile's discount factor d in (0, 1]; 1 without one (or when the import drops it).</param>
internal sealed record GeniusProfile(double[] Weights, double[][] Evaluations, double Reservation, double Discount)
{
    public static GeniusProfile? Read(GeniusXml xml, XDocument document, GeniusDomain domain, GeniusImportOptions options)
    {
        var root = document.Root!;
        var objective = root.Descendants("objective").FirstOrDefault();
        if (root.Name.LocalName != "utility_space" || objective is null || !objective.Descendants("weight").Any())
        {
            xml.Error(root, $"expected a GENIUS preference profile (<utility_space> with an <objective> and <weight>s), found <{root.Name.LocalName}>");
            return null;
        }
        var evaluations = domain.Issues.Select(i => new double?[i.Values.Count]).ToArray();
        var positionByIndex = ReadIssues(xml, objective, domain, evaluations);
        var weights = ReadWeights(xml, objective, domain, positionByIndex);
        var reservation = ReadReservation(xml, root);
        var discount = ReadDiscount(xml, root, options);
        if (weights is null || reservation is null || discount is null || evaluations.Any(e => e.Any(v => v is null))) return null;
        return new GeniusProfile(weights, evaluations.Select(e => e.Select(v => v!.Value).ToArray()).ToArray(), reservation.Value, discount.Value);
    }

    /// <summary>Fills evaluations; returns profile issue index → domain issue position.</summary>
    private static Dictionary<int, int> ReadIssues(GeniusXml xml, XElement objective, GeniusDomain domain, double?[][] evaluations)
    {
        var positionByIndex = new Dictionary<int, int>();
        var seen = new HashSet<int>();
        foreach (var element in objective.Descendants("issue"))
        {
            var name = element.Attribute("name")?.Value ?? "";
            var position = domain.Issues.ToList().FindIndex(i => i.Name == name);
            if (position < 0)
            {
                xml.Error(element, $"issue '{name}' is not in the domain {domain.FileName}: is this a profile for another domain?");
                continue;
            }
            if (GeniusXml.IssueType(element) is var type && type != "discrete")
                xml.Error(element, $"issue '{name}' is of type '{type}' here but discrete in the domain");
            if (int.TryParse(element.Attribute("index")?.Value, out var index)) positionByIndex[index] = position;
            else xml.Error(element, $"issue '{name}' has no integer 'index' attribute");
            seen.Add(position);
            ReadItems(xml, element, domain.Issues[position], evaluations[position]);
        }
        for (var p = 0; p < domain.Issues.Count; p++)
        {
            if (!seen.Contains(p)) xml.Error(objective, $"the profile has no issue '{domain.Issues[p].Name}' of the domain {domain.FileName}");
        }
        return positionByIndex;
    }

    private static void ReadItems(GeniusXml xml, XElement issueElement, GeniusIssue issue, double?[] evaluations)
    {
        foreach (var item in issueElement.Elements("item"))
        {
            var value = item.Attribute("value")?.Value ?? "";
            var v = issue.Values.ToList().IndexOf(value);
            if (v < 0)
            {
                xml.Error(item, $"value '{value}' of issue '{issue.Name}' is not in the domain: is this a profile for another domain?");
                continue;
            }
            if (item.Attribute("evaluation") is null)
            {
                xml.Error(item, $"item '{value}' of issue '{issue.Name}' has no evaluation");
                continue;
            }
            var evaluation = xml.Number(item, "evaluation", $"item '{value}' of issue '{issue.Name}'");
            if (evaluation < 0) xml.Error(item, $"item '{value}' of issue '{issue.Name}': evaluation {evaluation} is negative");
            else evaluations[v] = evaluation;
        }
        for (var v = 0; v < evaluations.Length; v++)
            if (evaluations[v] is null && !issueElement.Elements("item").Any(i => i.Attribute("value")?.Value == issue.Values[v]))
                xml.Error(issueElement, $"issue '{issue.Name}': value '{issue.Values[v]}' has no evaluation");
    }

    /// <summary>Weights name issues by GENIUS index, not by position.</summary>
    private static double[]? ReadWeights(GeniusXml xml, XElement objective, GeniusDomain domain, Dictionary<int, int> positionByIndex)
    {
        var weights = new double?[domain.Issues.Count];
        var mentioned = new HashSet<int>();
        foreach (var element in objective.Descendants("weight"))
        {
            if (!int.TryParse(element.Attribute("index")?.Value, out var index) || !positionByIndex.TryGetValue(index, out var position))
            {
                xml.Error(element, $"<weight index=\"{element.Attribute("index")?.Value}\"> names no issue of this profile");
                continue;
            }
            mentioned.Add(position);
            var value = xml.Number(element, "value", $"the weight of issue '{domain.Issues[position].Name}'");
            if (value < 0) xml.Error(element, $"the weight of issue '{domain.Issues[position].Name}' is negative");
            else if (weights[position] is not null) xml.Error(element, $"issue '{domain.Issues[position].Name}' has two weights");
            else if (value is not null) weights[position] = value;
        }
        for (var p = 0; p < weights.Length; p++)
            if (!mentioned.Contains(p) && positionByIndex.ContainsValue(p))
                xml.Error(objective, $"issue '{domain.Issues[p].Name}' has no <weight>");
        if (weights.Any(w => w is null)) return null;
        if (weights.Sum() > 0) return weights.Select(w => w!.Value).ToArray();
        xml.Error(objective, "every issue weight is 0");
        return null;
    }

    private static double? ReadReservation(GeniusXml xml, XElement root)
    {
        if (xml.Optional(root, "reservation") is not { } found) return 0.0;
        var (element, value) = found;
        if (value is < 0 or > 1) xml.Error(element, $"reservation value {value} is outside 0..1");
        return value is >= 0 and <= 1 ? value : null;
    }

    /// <summary>GENIUS discounts a utility u reached at normalised time t (0 at the start, 1 at the deadline)
    /// to u · d^t, and the reservation value likewise; rounds give the same clock, t = round / max-rounds, so
    /// the factor is kept as the country's <c>discount</c> (docs/genius-import.md). Outside (0, 1] is an error.</summary>
    private static double? ReadDiscount(GeniusXml xml, XElement root, GeniusImportOptions options)
    {
        if (xml.Optional(root, "discount_factor") is not { } found) return 1.0;
        var (element, value) = found;
        if (value is null) return 1.0;
        if (value is <= 0 or > 1)
        {
            xml.Error(element, $"discount factor {value} is outside (0, 1]: GENIUS discount factors are greater than 0 and at most 1");
            return null;
        }
        if (value < 1 && options.IgnoreDiscount)
        {
            xml.Warning(element, $"discount factor {value} dropped as asked (ignore discount): utilities are undiscounted");
            return 1.0;
        }
        return value;
    }
}
