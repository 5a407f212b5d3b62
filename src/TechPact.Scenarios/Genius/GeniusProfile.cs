using System.Xml.Linq;

namespace TechPact.Scenarios.Genius;

/// <summary>A linear-additive GENIUS preference profile, aligned with its domain: weights and
/// evaluations indexed by the domain's issue and value order, still raw (not normalised).</summary>
internal sealed record GeniusProfile(double[] Weights, double[][] Evaluations, double Reservation)
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
        CheckDiscount(xml, root, options);
        if (weights is null || reservation is null || evaluations.Any(e => e.Any(v => v is null))) return null;
        return new GeniusProfile(weights, evaluations.Select(e => e.Select(v => v!.Value).ToArray()).ToArray(), reservation.Value);
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

    /// <summary>GENIUS discounts utility by real elapsed time; our rounds cannot reproduce that,
    /// so a discount below 1 is refused unless the caller chose to drop it.</summary>
    private static void CheckDiscount(GeniusXml xml, XElement root, GeniusImportOptions options)
    {
        if (xml.Optional(root, "discount_factor") is not { } found) return;
        var (element, value) = found;
        if (value is null || value == 1.0) return;
        if (value is <= 0 or > 1)
            xml.Error(element, $"discount factor {value} is outside (0, 1]");
        else if (options.IgnoreDiscount)
            xml.Warning(element, $"discount factor {value} ignored (ignoreDiscount): utilities are undiscounted");
        else
            xml.Error(element, $"discount factor {value} < 1 cannot be honoured by the round-based model; " +
                               "import with ignoreDiscount to drop it (see docs/genius-import.md)");
    }
}
