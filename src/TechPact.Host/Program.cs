using TechPact.Host.Cli;

return await TechPactCli.RunAsync(args, Console.Out, Console.Error);
