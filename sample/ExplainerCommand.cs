using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SstpExplainer
{
    /// <summary>The command line: no arguments prints the catalogue; an event id or name renders that event.</summary>
    internal static class ExplainerCommand
    {
        private const string Usage =
            "usage: sstp-explainer                                  list every SSTP event\n" +
            "       sstp-explainer <id|name> [insert ...] [--windows <release>]\n" +
            "  <id>       event id, decimal (6) or hex (0x6)\n" +
            "  <name>     event name, e.g. VpnConnectionTerminated\n" +
            "  <release>  7, 8, 8.1, 1511 … 2004, 11, a version name such as Windows10Version1607, or a file version";

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0)
            {
                PrintCatalogue(output);
                return 0;
            }

            if (args[0] is "-h" or "--help")
            {
                output.WriteLine(Usage);
                return 0;
            }

            var inserts = new List<string>();
            SstpWindowsVersion version = SstpMessages.LatestVersion;
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == "--windows")
                {
                    if (i + 1 >= args.Length || !TryParseVersion(args[i + 1], out version))
                    {
                        return Fail(error, i + 1 < args.Length ? $"unknown Windows version '{args[i + 1]}'" : "--windows needs a release");
                    }

                    i++;
                }
                else
                {
                    inserts.Add(args[i]);
                }
            }

            if (!TryParseEvent(args[0], out SstpEventId id))
            {
                return Fail(error, $"'{args[0]}' is not an SSTP event id or name");
            }

            if (!SstpMessages.IsDefined(id, version))
            {
                return Fail(error, $"event {(uint)id} ({id}) is not defined in {SstpMessages.GetReleaseName(version)}");
            }

            string message;
            try
            {
                message = SstpMessages.Format(id, version, inserts.ToArray());
            }
            catch (ArgumentException exception)
            {
                return Fail(error, exception.Message.Split(" (Parameter")[0]);
            }

            output.WriteLine($"Event {(uint)id} ({id}) as {SstpMessages.GetReleaseName(version)} (sstpsvc.dll {SstpMessages.GetFileVersion(version)}) renders it:");
            output.WriteLine();
            output.Write(message);
            return 0;
        }

        private static void PrintCatalogue(TextWriter output)
        {
            output.WriteLine($"{SstpMessages.ModuleName}: {Enum.GetValues<SstpEventId>().Length} events, provider {SstpMessages.Manifest.ProviderName}, {Enum.GetValues<SstpWindowsVersion>().Length} Windows versions");
            output.WriteLine();
            output.WriteLine($"{"Id",4}  {"Name",-44} {"Severity",-13} Windows versions");
            foreach (SstpEventId id in Enum.GetValues<SstpEventId>())
            {
                SstpMessages.MessageIdInfo info = SstpMessages.DecodeId((uint)id);
                output.WriteLine($"{info.Code,4}  {id,-44} {info.Severity,-13} {DescribeVersions(SstpMessages.GetVersions((uint)id))}");
            }

            output.WriteLine();
            output.WriteLine("Example: event 6 with its inserts, as Windows 7 renders it:");
            output.WriteLine();
            output.Write(SstpMessages.FormatVpnConnectionTerminated(SstpWindowsVersion.Windows7, "{2b2e9c2a}", "3A4B…", "9F00…"));
            output.WriteLine();
            output.WriteLine("Render any event: dotnet run --project sample -- <id|name> [insert ...] [--windows <release>]");
        }

        private static string DescribeVersions(SstpWindowsVersion[] versions)
        {
            SstpWindowsVersion[] all = Enum.GetValues<SstpWindowsVersion>();
            return versions.Length == all.Length
                ? $"all ({SstpMessages.GetReleaseName(all[0])} – {SstpMessages.GetReleaseName(all[^1])})"
                : string.Join(", ", versions.Select(SstpMessages.GetReleaseName));
        }

        private static bool TryParseEvent(string text, out SstpEventId id)
        {
            uint value;
            bool isNumber = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
                : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (isNumber)
            {
                id = (SstpEventId)value;
                return Enum.IsDefined(id);
            }

            return Enum.TryParse(text, ignoreCase: true, out id) && Enum.IsDefined(id) && !char.IsDigit(text[0]);
        }

        /// <summary>"7", "8.1", "1607", "11", "Windows10Version1607", "10.0.14393.0" (the newest match wins).</summary>
        private static bool TryParseVersion(string text, out SstpWindowsVersion version)
        {
            foreach (SstpWindowsVersion candidate in Enum.GetValues<SstpWindowsVersion>().Reverse())
            {
                string release = SstpMessages.GetReleaseName(candidate);
                if (candidate.ToString().Equals(text, StringComparison.OrdinalIgnoreCase)
                    || SstpMessages.GetFileVersion(candidate) == text
                    || release.Equals("Windows " + text, StringComparison.OrdinalIgnoreCase)
                    || release.StartsWith("Windows " + text + " ", StringComparison.OrdinalIgnoreCase)
                    || release.EndsWith("version " + text, StringComparison.OrdinalIgnoreCase))
                {
                    version = candidate;
                    return true;
                }
            }

            version = default;
            return false;
        }

        private static int Fail(TextWriter error, string message)
        {
            error.WriteLine("error: " + message);
            error.WriteLine();
            error.WriteLine(Usage);
            return 2;
        }
    }
}
