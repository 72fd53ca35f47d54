using System.Linq;
using BenchmarkDotNet.Running;

namespace SstpGen.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.FirstOrDefault() == "sizes")
        {
            OutputSizeReport.Run(args.Skip(1).ToArray());
            return;
        }

        if (args.FirstOrDefault() == "cold-compile")
        {
            ColdCompileReport.Run(args.Skip(1).ToArray());
            return;
        }

        if (args.FirstOrDefault() == "profile")
        {
            ProfileLoop.Run(args.Skip(1).ToArray());
            return;
        }

        if (args.FirstOrDefault() == "explain-evtx")
        {
            EvtxExplainReport.Run(args.Skip(1).ToArray());
            return;
        }

        if (args.FirstOrDefault() == "evtx-records")
        {
            EvtxRecordsReport.Run(args.Skip(1).ToArray());
            return;
        }

        if (args.FirstOrDefault() == "explain-export")
        {
            ExplainerExportReport.Run(args.Skip(1).ToArray());
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
