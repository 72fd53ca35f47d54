// SSTP event explainer: explains the Secure Socket Tunneling Protocol service's events in event log exports, lists
// them, or renders one as a given Windows version shows it. Everything it knows comes from the code SstpGen
// generates from messages.md.
using System;
using System.IO;
using System.Text;

// Into a file or a pipe, output is buffered (a console writer flushes every line: a system call per record); on a
// terminal each line shows as it is written.
using TextWriter output = Console.IsOutputRedirected
    ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
    : Console.Out;
return SstpExplainer.ExplainerCli.Run(args, output, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);
