return await TechPactCli.RunAsync(args, Console.Out, Console.Error);
