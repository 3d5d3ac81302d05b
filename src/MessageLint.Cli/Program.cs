using MessageLint.Cli;

return CliApplication.Run(args, CliEnvironment.FromConsole());
