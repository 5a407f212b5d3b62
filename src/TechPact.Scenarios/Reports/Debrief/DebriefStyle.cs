namespace TechPact.Scenarios.Reports.Debrief;

internal static class DebriefStyle
{
    public const string Css = """
        :root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --good:#15803d; --bad:#b91c1c; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1200px; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 21px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 16px; margin: 18px 0 6px; } .sub, .status, .note, footer, figcaption { color: var(--muted); }
        .status { font-weight: 600; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #f3f4f6; }
        .good { color: var(--good); font-weight: 600; } .bad { color: var(--bad); font-weight: 600; }
        .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
        .cols { display: grid; grid-template-columns: 1fr 1.3fr; gap: 24px; }
        .pact { padding-left: 20px; margin: 0; } .pact li { margin: 2px 0; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
        .chart { width: 100%; height: auto; }
        .chart .axis { stroke: #9ca3af; } .chart .tick, .chart .axis-name { font-size: 10px; fill: var(--muted); }
        .chart .label { font-size: 11px; font-weight: 700; } .chart .frontier { fill: #9ca3af; } .chart .zopa { fill: #ecfdf5; }
        .ledger td:first-child { width: 56px; }
        footer { margin-top: 32px; font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          section { break-inside: auto; } figure, tr, .cols { break-inside: avoid; }
          section.table { break-before: page; }
          th { background: none; border-bottom: 1.5px solid #000; }
        }
        """;
}
