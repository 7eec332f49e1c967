using System.CommandLine;
using CyberDiplomacy.Cli;

var root = new RootCommand("kb — check, build and scaffold the Pustaka Diplomasi Siber knowledge base (Markdown in content/).");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
return await root.Parse(args).InvokeAsync();
