using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using SstpExplainer.EventLog;
using SstpExplainer.EventLog.Evtx;

namespace SstpExplainer
{
    /// <summary>
    /// The command line: <c>list</c> (the catalogue, also what no arguments print), <c>show</c> (one event rendered
    /// from inserts typed here), <c>explain</c> (every SSTP event of event log exports). Exit codes: 0 done, 1 the
    /// data was bad (malformed XML, a file that cannot be read, a rendering that differs from Windows' with
    /// <c>--strict</c>), 2 the command line was.
    /// </summary>
    internal static class ExplainerCli
    {
        public const int Ok = 0;
        public const int DataError = 1;
        public const int UsageError = 2;

        /// <summary>Exports bigger than this report progress on a terminal.</summary>
        private const long ProgressThreshold = 32L * 1024 * 1024;

        public static int Run(string[] args, TextWriter output, TextWriter error, Func<Stream> standardInput, bool errorIsTerminal)
        {
            var windows = new Option<string?>("--windows", "-w")
            {
                Description = "The Windows release to render as: 7, 8, 8.1, 1511 … 2004, 11, a name such as Windows10Version1607, or a file version (default: the newest)",
                HelpName = "release",
            };

            var language = new Option<string?>("--language", "-l")
            {
                Description = "The culture to render in, e.g. de-DE (default: each record's RenderingInfo culture, else " + SstpMessages.DefaultLanguage + "); a culture the table lacks falls back to its parent, then " + SstpMessages.DefaultLanguage,
                HelpName = "culture",
            };

            var list = new Command("list", "List every SSTP event: id, name, inserts, and the Windows versions that define it");
            list.SetAction(_ => PrintCatalogue(output));

            var eventArgument = new Argument<string>("event") { Description = "An event id, decimal (6) or hex (0x6), or its name (VpnConnectionTerminated)" };
            var inserts = new Argument<string[]>("insert") { Description = "The event's inserts %1, %2, … in order", Arity = ArgumentArity.ZeroOrMore };
            var show = new Command("show", "Render one event from inserts given on the command line") { eventArgument, inserts, windows, language };
            show.SetAction(result => Show(result.GetValue(eventArgument)!, result.GetValue(inserts) ?? Array.Empty<string>(), result.GetValue(windows), result.GetValue(language), output, error));

            var files = new Argument<string[]>("file") { Description = "Event logs (.evtx) or exports of them as XML (wevtutil qe /f:xml or /f:RenderedXml, Event Viewer's Save Selected Events, Get-WinEvent … ToXml()); - reads standard input", Arity = ArgumentArity.OneOrMore };
            var threads = new Option<int>("--threads")
            {
                Description = "Decode an .evtx file's chunks on this many threads (default: one per processor)",
                HelpName = "count",
                DefaultValueFactory = _ => Environment.ProcessorCount,
            };
            threads.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError("--threads must be 1 or more");
                }
            });
            var json = new Option<bool>("--json") { Description = "One JSON object per line per event, for jq and log pipelines" };
            var strict = new Option<bool>("--strict") { Description = "Exit with 1 when a rendering differs from the one Windows stored in the record" };
            var text = new Option<bool>("--text") { Description = "The files are rendered messages without their records (forwarded logs, Save as Text): one per line, line breaks flattened, or one per block separated by a blank line" };
            var explain = new Command("explain", "Explain every Microsoft-Windows-RasSstp event of event logs (.evtx) and their XML exports, and check SstpGen's rendering against Windows' own") { files, windows, language, json, strict, text, threads };
            explain.SetAction(result => result.GetValue(text)
                ? ExplainText(result.GetValue(files)!, result.GetValue(json), output, error, standardInput)
                : Explain(result.GetValue(files)!, result.GetValue(windows), result.GetValue(language), result.GetValue(json), result.GetValue(strict), result.GetValue(threads), output, error, standardInput, errorIsTerminal));

            var logs = new Argument<string[]>("file") { Description = "Windows event logs (.evtx, as copied off a server); - reads standard input", Arity = ArgumentArity.OneOrMore };
            var recordsJson = new Option<bool>("--json") { Description = "One JSON object per line per record: recordId, time, provider, eventId, qualifiers, level, channel, computer, data" };
            var recordsStrict = new Option<bool>("--strict") { Description = "Exit with 1 when a checksum does not match" };
            var records = new Command("records", "Every record of every provider in .evtx files, as Windows' XML rendering has its values") { logs, recordsJson, recordsStrict, threads };
            records.SetAction(result => Records(result.GetValue(logs)!, result.GetValue(recordsJson), result.GetValue(recordsStrict), result.GetValue(threads), output, error, standardInput));

            var root = new RootCommand("SSTP event explainer: what the Secure Socket Tunneling Protocol service's events mean, from the code SstpGen generates from its message table") { list, show, explain, records };
            root.SetAction(_ => PrintCatalogue(output));

            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine("error: " + parseError.Message);
                }

                error.WriteLine("Run 'sstp-explainer --help' (or '<command> --help') for usage.");
                return UsageError;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        private static int PrintCatalogue(TextWriter output)
        {
            output.WriteLine($"{SstpMessages.ModuleName}: {Enum.GetValues<SstpEventId>().Length} events of provider {SstpMessages.Manifest.ProviderName}, {Enum.GetValues<SstpWindowsVersion>().Length} Windows versions");
            output.WriteLine();
            output.WriteLine($"{"Id",4}  {"Name",-44} {"Windows versions",-42} Inserts");
            foreach (SstpEventId id in Enum.GetValues<SstpEventId>())
            {
                output.WriteLine($"{(uint)id,4}  {id,-44} {DescribeVersions(SstpMessages.GetVersions((uint)id)),-42} {string.Join(", ", EventExplainer.InsertNamesOf(id))}");
            }

            output.WriteLine();
            output.WriteLine("Example: event 6 with its inserts, as Windows 7 renders it:");
            output.WriteLine();
            output.Write(SstpMessages.FormatVpnConnectionTerminated(SstpWindowsVersion.Windows7, "{2b2e9c2a}", "3A4B…", "9F00…"));
            output.WriteLine();
            output.WriteLine("Explain an event log export:  sstp-explainer explain System.xml");
            output.WriteLine("Render one event:             sstp-explainer show <id|name> [insert …] [--windows <release>] [--language <culture>]");
            return Ok;
        }

        private static int Show(string eventText, string[] inserts, string? windowsText, string? languageText, TextWriter output, TextWriter error)
        {
            if (!TryParseVersion(windowsText, out SstpWindowsVersion version))
            {
                return Fail(error, $"unknown Windows version '{windowsText}'");
            }

            if (!TryParseCulture(languageText, out CultureInfo? culture))
            {
                return Fail(error, $"'{languageText}' is not a culture name such as de-DE or fr");
            }

            if (!TryParseEvent(eventText, out SstpEventId id))
            {
                return Fail(error, $"'{eventText}' is not an SSTP event id or name");
            }

            if (!SstpMessages.IsDefined(id, version))
            {
                return Fail(error, $"event {(uint)id} ({id}) is not defined in {SstpMessages.GetReleaseName(version)}");
            }

            string message;
            try
            {
                message = culture is null ? SstpMessages.Format(id, version, inserts) : SstpMessages.Format(id, version, culture, inserts);
            }
            catch (ArgumentException exception)
            {
                return Fail(error, exception.Message.Split(" (Parameter")[0]);
            }

            string language = culture is null ? string.Empty : $" in {SstpMessages.GetLanguage((uint)id, culture)}"
                + (SstpMessages.GetLanguage((uint)id, culture) == culture.Name ? string.Empty : $" (the table has no {culture.Name} text of it)");
            output.WriteLine($"Event {(uint)id} ({id}) as {SstpMessages.GetReleaseName(version)} (sstpsvc.dll {SstpMessages.GetFileVersion(version)}) renders it{language}:");
            output.WriteLine();
            output.Write(message);
            return Ok;
        }

        /// <summary>A culture given by name (null when none is given); false for a name .NET knows no culture of.</summary>
        private static bool TryParseCulture(string? text, out CultureInfo? culture)
        {
            culture = EventExplainer.CultureOf(text);
            return text is null || culture is not null;
        }

        private static int Explain(string[] files, string? windowsText, string? languageText, bool json, bool strict, int threads, TextWriter output, TextWriter error, Func<Stream> standardInput, bool errorIsTerminal)
        {
            if (!TryParseVersion(windowsText, out SstpWindowsVersion version))
            {
                return Fail(error, $"unknown Windows version '{windowsText}'");
            }

            if (!TryParseCulture(languageText, out CultureInfo? language))
            {
                return Fail(error, $"'{languageText}' is not a culture name such as de-DE or fr");
            }

            var explainer = new EventExplainer(version, language);
            IEventReport report = json ? new JsonReport(output) : new TextReport(output);
            var summary = new EventSummary();
            int status = Ok;
            foreach (string file in files)
            {
                try
                {
                    using Stream input = file == "-" ? standardInput() : File.OpenRead(file);
                    var progress = Progress.For(input, file, errorIsTerminal ? error : null, ProgressThreshold);
                    StreamStart stream = StreamStart.Read(input, 8);
                    IEnumerable<EventRecord> read = EvtxReader.IsEvtx(stream.Head)
                        ? EvtxReader.Read(stream, e => e.ToEventRecord(), problem => status = Warn(error, file, problem, strict) ?? status, threads)
                        : EventLogXmlReader.Read(stream);
                    foreach (EventRecord record in read)
                    {
                        progress?.Tick(summary.SstpEvents + summary.OtherProviders);
                        if (!EventExplainer.IsSstp(record))
                        {
                            summary.SkipOther();
                            continue;
                        }

                        ExplainedEvent explained = explainer.Explain(record);
                        summary.Add(explained);
                        report.Write(explained);
                    }

                    progress?.Done();
                }
                catch (EvtxFormatException exception)
                {
                    error.WriteLine($"error: {file}: {exception.Message}");
                    status = DataError;
                }
                catch (XmlException exception)
                {
                    error.WriteLine($"error: {file}: not a well-formed event log export at line {exception.LineNumber}, position {exception.LinePosition}: {exception.Message.Split(" Line ")[0]}");
                    status = DataError;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"error: {file}: {exception.Message}");
                    status = DataError;
                }
            }

            if (!json)
            {
                report.WriteSummary(summary);
            }

            if (strict && summary.Differences > 0)
            {
                error.WriteLine($"error: {summary.Differences} of {summary.Compared} renderings differ from Windows' own (--strict)");
                status = DataError;
            }

            return status;
        }

        /// <summary>Every record of .evtx files, one line each (JSON with <c>--json</c>); problems on standard error, going on.</summary>
        private static int Records(string[] files, bool json, bool strict, int threads, TextWriter output, TextWriter error, Func<Stream> standardInput)
        {
            int status = Ok;
            foreach (string file in files)
            {
                try
                {
                    using Stream stream = file == "-" ? standardInput() : File.OpenRead(file);
                    Action<EvtxProblem> warn = problem => status = Warn(error, file, problem, strict) ?? status;
                    if (json)
                    {
                        using var lines = new Utf8LineOutput(output);
                        foreach (byte[] line in EvtxReader.Read(stream, EvtxJsonLines.ToUtf8Line, warn, threads))
                        {
                            lines.Write(line);
                        }
                    }
                    else
                    {
                        foreach (string line in EvtxReader.Read(stream, RecordLine, warn, threads))
                        {
                            output.WriteLine(line);
                        }
                    }
                }
                catch (EvtxFormatException exception)
                {
                    error.WriteLine($"error: {file}: {exception.Message}");
                    status = DataError;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"error: {file}: {exception.Message}");
                    status = DataError;
                }
            }

            return status;
        }

        private static string RecordLine(EvtxEvent e) => $"{e.RecordId} {e.Time} {e.Provider} {e.EventId} {string.Join(" | ", e.Data.Select(d => d.Value))}";

        /// <summary>A problem the .evtx reader went past, said on standard error; a checksum failure is an error with --strict (the new status), else null.</summary>
        private static int? Warn(TextWriter error, string file, EvtxProblem problem, bool strict)
        {
            bool isError = strict && problem.IsChecksum;
            error.WriteLine($"{(isError ? "error" : "warning")}: {file}: {problem.Message}");
            return isError ? DataError : null;
        }

        /// <summary>The SSTP messages in rendered text, recognised by the generated TryParse, reported like records.</summary>
        private static int ExplainText(string[] files, bool json, TextWriter output, TextWriter error, Func<Stream> standardInput)
        {
            int status = Ok, recognised = 0, unrecognisedLines = 0;
            foreach (string file in files)
            {
                try
                {
                    using var reader = new StreamReader(file == "-" ? standardInput() : File.OpenRead(file), detectEncodingFromByteOrderMarks: true);
                    foreach (RecognisedText found in RenderedTextReader.Read(reader, lines => unrecognisedLines += lines))
                    {
                        recognised++;
                        if (json)
                        {
                            JsonReport.WriteRecognised(output, found);
                        }
                        else
                        {
                            output.WriteLine($"{file}:{found.Line}  event {(uint)found.Event} {found.Event}");
                            foreach ((string name, string value) in found.Inserts)
                            {
                                output.WriteLine($"    {name} = {value}");
                            }

                            output.WriteLine();
                        }
                    }
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"error: {file}: {exception.Message}");
                    status = DataError;
                }
            }

            if (!json)
            {
                output.WriteLine($"{recognised} SSTP messages recognised; {unrecognisedLines} lines not recognised");
            }

            return status;
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

        /// <summary>"7", "8.1", "1607", "11", "Windows10Version1607", "10.0.14393.0" (the newest match wins); none given: the newest.</summary>
        private static bool TryParseVersion(string? text, out SstpWindowsVersion version)
        {
            version = SstpMessages.LatestVersion;
            if (text is null)
            {
                return true;
            }

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

            return false;
        }

        private static int Fail(TextWriter error, string message)
        {
            error.WriteLine("error: " + message);
            error.WriteLine("Run 'sstp-explainer --help' (or '<command> --help') for usage.");
            return UsageError;
        }

        /// <summary>Progress of a big export on the terminal: bytes read and events seen, at most once a second.</summary>
        private sealed class Progress
        {
            private readonly Stream _stream;
            private readonly string _name;
            private readonly TextWriter _terminal;
            private readonly Stopwatch _clock = Stopwatch.StartNew();
            private long _shownAt;

            private Progress(Stream stream, string name, TextWriter terminal)
            {
                _stream = stream;
                _name = name;
                _terminal = terminal;
            }

            public static Progress? For(Stream stream, string name, TextWriter? terminal, long threshold) =>
                terminal is not null && stream.CanSeek && stream.Length > threshold ? new Progress(stream, name, terminal) : null;

            public void Tick(long events)
            {
                if (_clock.ElapsedMilliseconds - _shownAt < 1000)
                {
                    return;
                }

                _shownAt = _clock.ElapsedMilliseconds;
                _terminal.Write($"\r{_name}: {_stream.Position / (1024 * 1024):N0} of {_stream.Length / (1024 * 1024):N0} MB, {events:N0} events");
            }

            public void Done() => _terminal.WriteLine($"\r{_name}: {_stream.Length / (1024 * 1024):N0} MB read{new string(' ', 30)}");
        }
    }
}
