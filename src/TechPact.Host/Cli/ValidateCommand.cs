namespace TechPact.Host.Cli;

/// <summary>`techpact validate &lt;file...&gt;`: every problem in every file, then "ok" per clean file.</summary>
public static class ValidateCommand
{
    public static Command Create(CliStreams streams)
    {
        var files = new Argument<string[]>("file") { Description = "Scenario YAML files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files and report every problem with file:line:col.") { files };
        command.SetAction(parsed =>
        {
            var anyErrors = false;
            foreach (var file in parsed.GetValue(files) ?? [])
            {
                if (ScenarioInput.Load(file, streams.Error) is null) anyErrors = true;
                else streams.Out.WriteLine($"{file}: ok");
            }
            return anyErrors ? ExitCodes.InvalidInput : ExitCodes.Completed;
        });
        return command;
    }
}
