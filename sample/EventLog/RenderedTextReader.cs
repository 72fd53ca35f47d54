using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SstpExplainer.EventLog
{
    /// <summary>A message recognised in a text file: where it starts, the event, and its inserts by parameter name.</summary>
    internal sealed record RecognisedText(int Line, SstpEventId Event, IReadOnlyList<(string Name, string Value)> Inserts, string Text);

    /// <summary>
    /// Finds the SSTP messages in rendered text without the records (syslog and SIEM forwarding, Event Viewer's "Save as
    /// Text", tickets), with the generated <c>TryParse</c>. A file with no blank line holds one message per line, its line
    /// breaks flattened (as forwarded logs hold them); otherwise one message per block separated by a blank line, where a
    /// message that has blank lines of its own spans several blocks (the shortest run of up to 4 blocks that parses is taken:
    /// an insert at the end of a message is not stretched over the paragraphs after it).
    /// </summary>
    internal static class RenderedTextReader
    {
        private const int MostBlocksPerMessage = 4;

        public static IEnumerable<RecognisedText> Read(TextReader reader, Action<int> notRecognised)
        {
            var lines = new List<string>();
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                lines.Add(line);
            }

            return lines.Any(l => l.Trim().Length == 0) ? Blocks(lines, notRecognised) : Lines(lines, notRecognised);
        }

        private static IEnumerable<RecognisedText> Lines(List<string> lines, Action<int> notRecognised)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (Recognise(lines[i], SstpMessages.MessageParseOptions.FlattenedLineBreaks, i + 1) is { } found)
                {
                    yield return found;
                }
                else
                {
                    notRecognised(1);
                }
            }
        }

        private static IEnumerable<RecognisedText> Blocks(List<string> lines, Action<int> notRecognised)
        {
            // Blocks as (first line, lines).
            var blocks = new List<(int Line, List<string> Lines)>();
            for (int i = 0; i < lines.Count; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                if (i == 0 || lines[i - 1].Trim().Length == 0)
                {
                    blocks.Add((i + 1, new List<string>()));
                }

                blocks[^1].Lines.Add(lines[i]);
            }

            for (int b = 0; b < blocks.Count;)
            {
                RecognisedText? found = null;
                int used = 1;
                for (int n = 1; n <= Math.Min(MostBlocksPerMessage, blocks.Count - b) && found is null; n++)
                {
                    string text = string.Join("\n\n", blocks.Skip(b).Take(n).Select(block => string.Join("\n", block.Lines)));
                    found = Recognise(text, SstpMessages.MessageParseOptions.None, blocks[b].Line);
                    used = n;
                }

                if (found is not null)
                {
                    yield return found;
                }
                else
                {
                    notRecognised(blocks[b].Lines.Count);
                }

                b += found is null ? 1 : used;
            }
        }

        private static RecognisedText? Recognise(string text, SstpMessages.MessageParseOptions options, int line)
        {
            if (!SstpMessages.TryParse(text, options, out SstpMessages.MessageMatch? match) || !Enum.IsDefined((SstpEventId)match!.Id))
            {
                return null;
            }

            var id = (SstpEventId)match.Id;
            IReadOnlyList<string> names = EventExplainer.InsertNamesOf(id);
            var inserts = match.Inserts.Select((value, i) => (i < names.Count ? names[i] : "insert" + (i + 1), value ?? string.Empty)).ToList();
            return new RecognisedText(line, id, inserts, text);
        }
    }
}
