// SSTP event explainer: explains the Secure Socket Tunneling Protocol service's events in event log exports, lists
// them, or renders one as a given Windows version shows it. Everything it knows comes from the code SstpGen
// generates from messages.md.
return SstpExplainer.ExplainerCli.Run(args, System.Console.Out, System.Console.Error, System.Console.OpenStandardInput, !System.Console.IsErrorRedirected);
