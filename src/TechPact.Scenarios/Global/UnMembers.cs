namespace TechPact.Scenarios.Global;

/// <summary>A UN member state: ISO 3166-1 alpha-2 code, short name, and the region its
/// generated preferences lean towards.</summary>
public sealed record UnMember(string Code, string Name, Region Region);

public enum Region { Africa, Americas, Asia, MiddleEast, Europe, Oceania }

/// <summary>The 193 member states of the United Nations (observers such as the Holy See and
/// Palestine are not members and are not listed).</summary>
public static class UnMembers
{
    public static readonly IReadOnlyList<UnMember> All = Parse(
        Region.Africa,
        "DZ Algeria|AO Angola|BJ Benin|BW Botswana|BF Burkina Faso|BI Burundi|CV Cabo Verde|CM Cameroon|" +
        "CF Central African Republic|TD Chad|KM Comoros|CG Congo|CD Democratic Republic of the Congo|CI Côte d'Ivoire|" +
        "DJ Djibouti|EG Egypt|GQ Equatorial Guinea|ER Eritrea|SZ Eswatini|ET Ethiopia|GA Gabon|GM Gambia|GH Ghana|" +
        "GN Guinea|GW Guinea-Bissau|KE Kenya|LS Lesotho|LR Liberia|LY Libya|MG Madagascar|MW Malawi|ML Mali|" +
        "MR Mauritania|MU Mauritius|MA Morocco|MZ Mozambique|NA Namibia|NE Niger|NG Nigeria|RW Rwanda|" +
        "ST Sao Tome and Principe|SN Senegal|SC Seychelles|SL Sierra Leone|SO Somalia|ZA South Africa|SS South Sudan|" +
        "SD Sudan|TZ United Republic of Tanzania|TG Togo|TN Tunisia|UG Uganda|ZM Zambia|ZW Zimbabwe")
        .Concat(Parse(Region.Americas,
        "AG Antigua and Barbuda|AR Argentina|BS Bahamas|BB Barbados|BZ Belize|BO Bolivia|BR Brazil|CA Canada|CL Chile|" +
        "CO Colombia|CR Costa Rica|CU Cuba|DM Dominica|DO Dominican Republic|EC Ecuador|SV El Salvador|GD Grenada|" +
        "GT Guatemala|GY Guyana|HT Haiti|HN Honduras|JM Jamaica|MX Mexico|NI Nicaragua|PA Panama|PY Paraguay|PE Peru|" +
        "KN Saint Kitts and Nevis|LC Saint Lucia|VC Saint Vincent and the Grenadines|SR Suriname|TT Trinidad and Tobago|" +
        "US United States|UY Uruguay|VE Venezuela"))
        .Concat(Parse(Region.Asia,
        "AF Afghanistan|AM Armenia|AZ Azerbaijan|BD Bangladesh|BT Bhutan|BN Brunei Darussalam|KH Cambodia|CN China|" +
        "GE Georgia|IN India|ID Indonesia|JP Japan|KZ Kazakhstan|KG Kyrgyzstan|LA Lao People's Democratic Republic|" +
        "MY Malaysia|MV Maldives|MN Mongolia|MM Myanmar|NP Nepal|KP Democratic People's Republic of Korea|PK Pakistan|" +
        "PH Philippines|KR Republic of Korea|SG Singapore|LK Sri Lanka|TJ Tajikistan|TH Thailand|TL Timor-Leste|" +
        "TM Turkmenistan|UZ Uzbekistan|VN Viet Nam"))
        .Concat(Parse(Region.MiddleEast,
        "BH Bahrain|IR Iran|IQ Iraq|IL Israel|JO Jordan|KW Kuwait|LB Lebanon|OM Oman|QA Qatar|SA Saudi Arabia|" +
        "SY Syrian Arab Republic|TR Türkiye|AE United Arab Emirates|YE Yemen"))
        .Concat(Parse(Region.Europe,
        "AL Albania|AD Andorra|AT Austria|BY Belarus|BE Belgium|BA Bosnia and Herzegovina|BG Bulgaria|HR Croatia|" +
        "CY Cyprus|CZ Czechia|DK Denmark|EE Estonia|FI Finland|FR France|DE Germany|GR Greece|HU Hungary|IS Iceland|" +
        "IE Ireland|IT Italy|LV Latvia|LI Liechtenstein|LT Lithuania|LU Luxembourg|MT Malta|MD Republic of Moldova|" +
        "MC Monaco|ME Montenegro|NL Netherlands|MK North Macedonia|NO Norway|PL Poland|PT Portugal|RO Romania|" +
        "RU Russian Federation|SM San Marino|RS Serbia|SK Slovakia|SI Slovenia|ES Spain|SE Sweden|CH Switzerland|" +
        "UA Ukraine|GB United Kingdom"))
        .Concat(Parse(Region.Oceania,
        "AU Australia|FJ Fiji|KI Kiribati|MH Marshall Islands|FM Micronesia|NR Nauru|NZ New Zealand|PW Palau|" +
        "PG Papua New Guinea|WS Samoa|SB Solomon Islands|TO Tonga|TV Tuvalu|VU Vanuatu"))
        .ToArray();

    private static IEnumerable<UnMember> Parse(Region region, string entries) =>
        entries.Split('|').Select(e => new UnMember(e[..2], e[3..], region));
}
