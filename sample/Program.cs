// SSTP event explainer: lists the Secure Socket Tunneling Protocol service's events, or renders one as a
// given Windows version shows it. Everything it knows comes from the code SstpGen generates from messages.md.
return SstpExplainer.ExplainerCommand.Run(args, System.Console.Out, System.Console.Error);
