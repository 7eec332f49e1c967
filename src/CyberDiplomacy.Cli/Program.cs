using System.CommandLine;
using CyberDiplomacy.Cli;

var root = new RootCommand("kb — check and build the Pustaka Diplomasi Siber knowledge base from its Markdown content.");
root.Subcommands.Add(KbCommands.Check());
root.Subcommands.Add(KbCommands.Build());
return await root.Parse(args).InvokeAsync();
