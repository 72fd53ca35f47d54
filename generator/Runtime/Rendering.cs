// The renderer of every generated messages class: a message rendered exactly as FormatMessage does, from the
// table's data (the Data class the generator writes per table, see Emitting/DataEmitter), for the by-id methods
// and for a version's text (Versions.cs). (A typed format method renders its newest text with code of its own, or
// through this renderer when the text is very long: Emitting/TypedRenderEmitter.) Everything
// between the emit markers is copied into the class (Emitting/RuntimeSource); this file compiles on its own in
// the tests (with StandIns.cs), so it is real code, checked and tested as such.
//
// A text's program (Data.Programs, written by Parsing/RenderProgramBuilder) is its argument count, then operations:
//   W            the whole template renders as written (no inserts, no escapes): the template itself is the result
//   L start n    the template's characters [start, start + n)
//   N            a line break (CRLF)
//   C c          the character c (an escape such as %t or %%)
//   S k          insert %k as a string
//   P …          a printf conversion: six numbers and three characters (Printf.cs)
//   E            the end
// A number is Data.NumberLength characters: one, or two (high 16 bits first) in a table of very long texts.
//
// The code is plain on purpose: every build of a consumer compiles it, and loops over strings and arrays cost the
// compiler far less than generic collections, structs passed by reference or nullable analysis (off here: nothing
// private is annotated).
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable disable
        /// <summary>
        /// Renders texts from their programs: one per thread, reused, so that a render allocates only the string it returns.
        /// A caller adds the inserts (<c>Start().Add(a).Add(b)</c>) and renders a text; no caller's code runs in between.
        /// </summary>
        private sealed partial class Renderer
        {
            [global::System.ThreadStatic]
            private static Renderer t_renderer;

            private string[] _inserts = new string[4];
            private int _count;
            private string[][] _parts = new string[8][];

            /// <summary>This thread's renderer, with no inserts.</summary>
            internal static Renderer Start()
            {
                Renderer renderer = t_renderer;
                if (renderer == null)
                {
                    renderer = new Renderer();
                    t_renderer = renderer;
                }

                renderer._count = 0;
                return renderer;
            }

            /// <summary>Adds the next insert as a string (null renders as <c>(null)</c>, as FormatMessage renders it).</summary>
            internal Renderer Add(string text)
            {
                if (_count == _inserts.Length)
                {
                    string[] larger = new string[2 * _count];
                    global::System.Array.Copy(_inserts, larger, _count);
                    _inserts = larger;
                }

                _inserts[_count] = text;
                _count++;
                return this;
            }

            /// <summary>Insert %<paramref name="k"/> (1-based); one not given is a null string.</summary>
            private string Insert(int k) => k <= _count ? _inserts[k - 1] : null;

            /// <summary>
            /// Renders text <paramref name="text"/>: its literal pieces and its inserts put together by <c>string.Concat</c>, which
            /// copies each once into the string it returns (a text without inserts is its one piece, made on first use). A text
            /// with printf conversions renders through its program (Printf.cs).
            /// </summary>
            internal string Render(int text)
            {
                TextParts parts = PartsOf(text);
                string result = null;
                if (parts.HasPrintf)
                {
                    RenderPrintf(text, ref result);
                    return result;
                }

                string[] pieces = parts.Pieces;
                int[] inserts = parts.Inserts;
                if (inserts.Length == 0)
                {
                    return pieces[0];
                }

                if (inserts.Length == 1)
                {
                    return string.Concat(pieces[0], Insert(inserts[0]) ?? "(null)", pieces[1]);
                }

                string[] all = Parts(pieces.Length + inserts.Length);
                all[0] = pieces[0];
                for (int k = 0; k < inserts.Length; k++)
                {
                    all[(2 * k) + 1] = Insert(inserts[k]) ?? "(null)";
                    all[(2 * k) + 2] = pieces[k + 1];
                }

                result = string.Concat(all);
                for (int k = 0; k < inserts.Length; k++)
                {
                    all[(2 * k) + 1] = null;     // keep no caller's string alive
                }

                return result;
            }

            /// <summary>This renderer's array of <paramref name="count"/> parts to concatenate, made on first use.</summary>
            private string[] Parts(int count)
            {
                if (_parts.Length <= count)
                {
                    string[][] larger = new string[count + 1][];
                    global::System.Array.Copy(_parts, larger, _parts.Length);
                    _parts = larger;
                }

                return _parts[count] ?? (_parts[count] = new string[count]);
            }

            /// <summary>Renders a text with printf conversions into <paramref name="result"/>: only in the classes of tables that have one (Printf.cs).</summary>
            partial void RenderPrintf(int text, ref string result);
        }

        /// <summary>The characters of a printf conversion's operands (Printf.cs reads them).</summary>
        private const int PrintfOperandsLength = (6 * Data.NumberLength) + 3;

        /// <summary>
        /// A text as its literal pieces between its inserts, as FormatMessage renders them (one more piece than inserts), the
        /// insert each gap shows (its number as written, %N) and the fewest characters it renders as (a printf width pads it),
        /// worked out from the text's program on first use.
        /// </summary>
        private sealed class TextParts
        {
            internal string[] Pieces;
            internal int[] Inserts;
            internal int[] Widths;

            /// <summary>Whether a gap is a printf conversion: then the text renders through its program (Printf.cs).</summary>
            internal bool HasPrintf;
        }

        private static readonly TextParts[] s_textParts = new TextParts[Data.Texts.Length];

        private static TextParts PartsOf(int text) => s_textParts[text] ?? (s_textParts[text] = Split(text));

        private static TextParts Split(int text)
        {
            string template = Data.Texts[text];
            int pc = ProgramStart(text) + Data.NumberLength;
            int gaps = 0;
            for (int scan = pc; Data.Programs[scan] != 'E' && Data.Programs[scan] != 'W'; scan += OperationLength(Data.Programs[scan]))
            {
                gaps += Data.Programs[scan] == 'S' || Data.Programs[scan] == 'P' ? 1 : 0;
            }

            var parts = new TextParts { Pieces = new string[gaps + 1], Inserts = new int[gaps], Widths = new int[gaps] };
            string piece = Data.Programs[pc] == 'W' ? template : string.Empty;
            int gap = 0;
            for (char op = Data.Programs[pc]; op != 'E' && op != 'W'; op = Data.Programs[pc])
            {
                if (op == 'L')
                {
                    piece += template.Substring(Number(pc + 1), Number(pc + 1 + Data.NumberLength));
                }
                else if (op == 'N')
                {
                    piece += "\r\n";
                }
                else if (op == 'C')
                {
                    piece += Data.Programs.Substring(pc + 1, 1);
                }
                else
                {
                    // S or P: the insert as written, then (P) the width it is padded to, unless an argument holds it.
                    parts.Pieces[gap] = piece;
                    parts.Inserts[gap] = Number(pc + 1);
                    parts.Widths[gap++] = op == 'S' || Number(pc + 1 + (2 * Data.NumberLength)) > 0 ? 0 : Number(pc + 1 + (4 * Data.NumberLength));
                    parts.HasPrintf |= op == 'P';
                    piece = string.Empty;
                }

                pc += OperationLength(op);
            }

            parts.Pieces[gap] = piece;
            return parts;
        }

        /// <summary>The characters of an operation of a program, with its operands.</summary>
        private static int OperationLength(char op) =>
            op == 'L' ? 1 + (2 * Data.NumberLength) : op == 'C' ? 2 : op == 'S' ? 1 + Data.NumberLength : op == 'P' ? 1 + PrintfOperandsLength : 1;

        private static int Number(int at) =>
            Data.NumberLength == 1 ? Data.Programs[at] : (Data.Programs[at] << 16) | Data.Programs[at + 1];

        private static int ProgramStart(int text) => Number(text * Data.NumberLength);

        /// <summary>How many inserts text <paramref name="text"/> reads: FormatMessage needs at least that many.</summary>
        private static int ArgumentCount(int text) => Number(ProgramStart(text));

        /// <summary>Characters per message in <c>Data.Messages</c>: its identifier, then its text in each table.</summary>
        private const int MessageLength = 2 + (Data.Tables * Data.NumberLength);

        private static uint IdAt(int index) => ((uint)Data.Messages[index * MessageLength] << 16) | Data.Messages[(index * MessageLength) + 1];

        /// <summary>The index of message <paramref name="id"/> (the identifiers are sorted); -1 when the table lacks it.</summary>
        private static int IndexOf(uint id)
        {
            int low = 0;
            int high = (Data.Messages.Length / MessageLength) - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                uint found = IdAt(middle);
                if (found == id)
                {
                    return middle;
                }

                if (found < id)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        /// <summary>The text of message <paramref name="index"/> in <paramref name="table"/>, or -1 (the table lacks it).</summary>
        private static int TextAt(int index, int table)
        {
            int at = (index * MessageLength) + 2 + (table * Data.NumberLength);
            return (Data.NumberLength == 1 ? Data.Messages[at] : (Data.Messages[at] << 16) | Data.Messages[at + 1]) - 1;
        }

        /// <summary>The text of message <paramref name="index"/> in <paramref name="table"/>, -1 for its newest text; -1 when it has none there.</summary>
        private static int TextOf(int index, int table)
        {
            int text = -1;
            for (int newest = Data.Tables - 1; table < 0 && text < 0 && newest >= 0; newest--)
            {
                text = TextAt(index, newest);
            }

            return table < 0 ? text : TextAt(index, table);
        }

        /// <summary>
        /// Renders message <paramref name="id"/> from insert texts, with its text in <paramref name="table"/> (-1: its newest
        /// text); null when it is not there (<paramref name="needed"/> 0) or fewer inserts than <paramref name="needed"/> are given.
        /// </summary>
        private static string RenderById(uint id, int table, string[] inserts, out int needed)
        {
            needed = 0;
            int index = IndexOf(id);
            int text = index < 0 ? -1 : TextOf(index, table);
            if (text < 0)
            {
                return null;
            }

            needed = ArgumentCount(text);
            if (inserts.Length < needed)
            {
                return null;
            }

            Renderer renderer = Renderer.Start();
            for (int i = 0; i < needed; i++)
            {
                renderer.Add(inserts[i]);
            }

            return renderer.Render(text);
        }

        private static string RenderOrThrow(uint id, int table, string[] inserts)
        {
            if (inserts == null)
            {
                throw new global::System.ArgumentNullException("inserts");
            }

            int needed;
            string message = RenderById(id, table, inserts, out needed);
            if (message != null)
            {
                return message;
            }

            if (needed > 0)
            {
                string count = " needs " + needed.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " inserts; got " + inserts.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                throw new global::System.ArgumentException("Message " + Describe(id) + count + ".", "inserts");
            }

            throw new global::System.ArgumentException("Message " + Describe(id) + " is not defined in " + ModuleName + ".", "id");
        }

        private static string Describe(uint id)
        {
            int index = IndexOf(id);
            string hex = "0x" + id.ToString("X8", global::System.Globalization.CultureInfo.InvariantCulture);
            return index < 0 ? hex : hex + " (" + NameAt(index) + ")";
        }

        /// <summary>The member name of message <paramref name="index"/>, from <c>Data.Names</c> (split on first use).</summary>
        private static string NameAt(int index)
        {
            if (s_names == null)
            {
                s_names = Data.Names.Split(' ');
            }

            return s_names[index];
        }

        private static string[] s_names;
        // </emit>
    }
}
