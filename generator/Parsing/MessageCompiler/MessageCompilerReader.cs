using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Naming;

namespace SstpGen.Parsing.MessageCompiler
{
    /// <summary>
    /// Reads a Message Compiler source (<c>.mc</c>) as Microsoft's mc.exe does: <c>keyword=value</c> statements separated
    /// by white space (line breaks included), keywords and names compared without case, <c>;</c> comments to the end of
    /// the line outside message texts, the header statements anywhere between messages, and each <c>Language=</c>
    /// block's text up to a line holding only <c>.</c>, stored as mc.exe stores it: every source line followed by CR LF,
    /// except an empty line, which mc.exe stores as LF alone (the devcon golden pair shows it), whatever line ends the
    /// file has; escapes are left for FormatMessage. Every problem is reported where it stands; what can be read is kept.
    /// </summary>
    internal sealed class MessageCompilerReader
    {
        private const uint MaxCode = 0xFFFF;
        private const uint MaxFacility = 0xFFF;
        private const uint MaxSeverity = 0x3;
        private const uint CustomerBit = 1u << 29;

        private const string Keywords = "MessageIdTypedef, SeverityNames, FacilityNames, LanguageNames, OutputBase, MessageId, Severity, Facility, SymbolicName and Language";

        private readonly string _text;
        private readonly TextLines _lines;
        private readonly DiagnosticSink _sink;
        private readonly bool _customerBit;
        private readonly CancellationToken _cancellationToken;
        private readonly MessageCompilerDocument _document = new();
        private readonly Dictionary<long, int> _textsSeen = new();        // (identifier, LANGID) → line of its first text
        private readonly Dictionary<uint, uint> _lastCodes = new();       // facility → the code of its last message
        private readonly StringBuilder _stored = new();                   // each stored text is built in it
        private int _position;

        // What carries over from one message to the next, as mc.exe carries it.
        private uint _severity;
        private uint _facility;
        private string? _typedef;

        private PendingMessage? _message;

        private MessageCompilerReader(TextLines lines, DiagnosticSink sink, bool customerBit, CancellationToken cancellationToken)
        {
            _text = lines.Content;
            _lines = lines;
            _sink = sink;
            _customerBit = customerBit;
            _cancellationToken = cancellationToken;
            _facility = _document.Facilities.Find("Application")!.Value;
        }

        public static MessageCompilerDocument Read(TextLines lines, DiagnosticSink sink, bool customerBit, CancellationToken cancellationToken)
        {
            var reader = new MessageCompilerReader(lines, sink, customerBit, cancellationToken);
            reader.ReadStatements();
            return reader._document;
        }

        private void ReadStatements()
        {
            while (true)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                SkipBlanksAndComments();
                if (_position >= _text.Length)
                {
                    break;
                }

                Token keyword = NextToken();
                if (keyword.Kind != TokenKind.Word)
                {
                    Syntax(keyword, $"'{keyword.Text}' starts no statement", "a statement is keyword=value, with one of " + Keywords);
                    SkipRestOfLine();
                    continue;
                }

                ReadStatement(keyword);
            }

            FinishMessage();
        }

        private void ReadStatement(Token keyword)
        {
            string name = keyword.Text;
            if (!IsStatementKeyword(name))
            {
                Syntax(keyword, $"'{name}' is not a Message Compiler keyword", "the keywords are " + Keywords);
                SkipRestOfLine();
                return;
            }

            if (!Expect('=', keyword, $"write {name}=<value>"))
            {
                return;
            }

            if (Is(name, "MessageId"))
            {
                ReadMessageId(keyword);
            }
            else if (Is(name, "Language"))
            {
                ReadText(keyword);
            }
            else if (Is(name, "SeverityNames"))
            {
                ReadNames(keyword, _document.Severities, MaxSeverity, "a severity is 0 to 3");
            }
            else if (Is(name, "FacilityNames"))
            {
                ReadNames(keyword, _document.Facilities, MaxFacility, "a facility is at most 0xFFF");
            }
            else if (Is(name, "LanguageNames"))
            {
                ReadNames(keyword, _document.Languages, 0xFFFF, "a LANGID is at most 0xFFFF");
            }
            else if (Is(name, "MessageIdTypedef"))
            {
                Token type = NextToken();
                if (type.Kind == TokenKind.Word)
                {
                    _typedef = type.Text;
                }
                else
                {
                    Syntax(type, "MessageIdTypedef needs a type name", "write MessageIdTypedef=DWORD");
                }
            }
            else if (Is(name, "OutputBase"))
            {
                Token value = NextToken();
                if (!TryNumber(value, out uint number) || (number != 10 && number != 16))
                {
                    Invalid(value, "OutputBase", "it must be 10 or 16");
                }
            }
            else
            {
                ReadMessageStatement(keyword);
            }
        }

        /// <summary><c>Severity</c>, <c>Facility</c> or <c>SymbolicName</c>: only between a <c>MessageId</c> and its first text.</summary>
        private void ReadMessageStatement(Token keyword)
        {
            Token value = NextToken();
            if (_message is null || _message.HasText)
            {
                Syntax(keyword, $"{keyword.Text}= belongs to no message", "put it between a MessageId= and the message's first Language=");
                return;
            }

            if (value.Kind != TokenKind.Word && value.Kind != TokenKind.Number)
            {
                Syntax(value, $"{keyword.Text}= has no name after it", $"write {keyword.Text}=<name>");
                return;
            }

            if (Is(keyword.Text, "SymbolicName"))
            {
                _message.Symbol = value.Text;
                // A C identifier (a name token) gets its C# name by SstpGen's rule; one that starts with a digit is pinned as
                // written, and rejected with SSTP012.
                string pinned = value.Kind == TokenKind.Word ? SymbolicNames.ToCSharp(value.Text) : value.Text;
                _message.NamePin = new Pin(pinned, new TextSpan(value.Start, value.Text.Length));
                return;
            }

            bool isSeverity = Is(keyword.Text, "Severity");
            CompilerNameSet names = isSeverity ? _document.Severities : _document.Facilities;
            CompilerName? found = names.Find(value.Text);
            if (found is null && !isSeverity && CompilerNameSet.WineFacility(value.Text) is { } wine)
            {
                string hex = "0x" + wine.Value.ToString("X3", CultureInfo.InvariantCulture);
                _sink.Report(SstpDiagnostics.WineOnlyFacility, new TextSpan(value.Start, value.Text.Length), value.Text, hex);
                found = wine;
            }

            if (found is null)
            {
                string list = isSeverity ? "SeverityNames" : "FacilityNames";
                _sink.Report(SstpDiagnostics.UndeclaredName, new TextSpan(value.Start, value.Text.Length),
                    isSeverity ? "Severity" : "Facility", value.Text, list, names.List());
                _message.IsLeftOut = true;
                return;
            }

            if (isSeverity)
            {
                _severity = found.Value;
            }
            else
            {
                _facility = found.Value;
            }
        }

        private void ReadMessageId(Token keyword)
        {
            FinishMessage();
            _message = new PendingMessage(keyword.Start, _typedef);
            SkipBlanksAndComments();
            int at = _position;
            if (at < _text.Length && _text[at] == '+')
            {
                _position++;
                Token step = NextToken();
                if (!TryNumber(step, out uint number))
                {
                    Invalid(step, "MessageId", "after '+' comes the number to add to the previous identifier");
                    _message.IsLeftOut = true;
                    return;
                }

                _message.Step = number;
            }
            else if (at < _text.Length && _text[at] is >= '0' and <= '9')
            {
                Token value = NextToken();
                if (!TryNumber(value, out uint number))
                {
                    Invalid(value, "MessageId", "it must be a number in C syntax (60000, 0xEA60)");
                    _message.IsLeftOut = true;
                    return;
                }

                _message.Code = number;
                _message.CodeToken = value;
            }

            // Anything else: no value, so the previous identifier plus one.
        }

        /// <summary>
        /// The message's identifier, worked out when its first text starts (its severity and facility are known then): the
        /// code as written, or the previous code of its facility plus the step (plus one when no value is written), with
        /// the severity in bits 31-30, the customer bit 29 (mc -c), and the facility in bits 27-16.
        /// </summary>
        private bool TryResolveId(PendingMessage message, out uint id)
        {
            id = 0;
            uint code = message.Code ?? (_lastCodes.TryGetValue(_facility, out uint last) ? last : 0) + (message.Step ?? 1);
            if (code > MaxCode)
            {
                Token where = message.CodeToken ?? new Token(TokenKind.Word, message.Start, "MessageId");
                Invalid(where, "MessageId", $"{Hex(code)} is over 0xFFFF, the largest code mc.exe accepts, so the message is left out");
                return false;
            }

            _lastCodes[_facility] = code;
            id = (_severity << 30) | (_customerBit ? CustomerBit : 0) | (_facility << 16) | code;
            return true;
        }

        private void ReadText(Token keyword)
        {
            Token language = NextToken();
            TextLine keywordLine = LineAt(keyword.Start);
            CompilerName? found = language.Kind == TokenKind.Word ? _document.Languages.Find(language.Text) : null;
            if (language.Kind != TokenKind.Word)
            {
                Syntax(language, "Language= has no language name after it", "write Language=English");
            }
            else if (found is null)
            {
                _sink.Report(SstpDiagnostics.UndeclaredName, new TextSpan(language.Start, language.Text.Length),
                    "Language", language.Text, "LanguageNames", _document.Languages.List());
            }

            if (_message is not null)
            {
                _message.HasBlock = true;
            }

            // The text starts on the next line, whatever follows the name on this one.
            int first = keywordLine.LineNumber + 1;
            int end = first;
            while (end < _lines.Count && !IsEndOfText(_lines[end]))
            {
                _cancellationToken.ThrowIfCancellationRequested();
                end++;
            }

            bool ended = end < _lines.Count;
            _position = ended ? _lines[end].End : _text.Length;
            if (!ended)
            {
                _sink.Report(SstpDiagnostics.UnterminatedText, new TextSpan(keyword.Start, keywordLine.End - keyword.Start),
                    _message is null ? "that follows" : DescribeMessage(_message));
                return;
            }

            if (_message is null)
            {
                Syntax(keyword, "this text belongs to no message", "start the message with MessageId= before its Language=");
                return;
            }

            if (found is null || _message.IsLeftOut)
            {
                return;
            }

            if (!_message.HasText)
            {
                _message.HasText = true;
                if (!TryResolveId(_message, out uint id))
                {
                    _message.IsLeftOut = true;
                    return;
                }

                _message.Message = new CompilerMessage(id, _message.Start, _message.Typedef) { Symbol = _message.Symbol, NamePin = _message.NamePin };
            }

            CompilerMessage message = _message.Message!;
            int langId = (int)found.Value;
            long key = ((long)message.Id << 16) | (uint)langId;
            if (_textsSeen.TryGetValue(key, out int firstLine))
            {
                _sink.Report(SstpDiagnostics.DuplicateMessageText, new TextSpan(keyword.Start, keywordLine.End - keyword.Start),
                    MessageIdText.Format(message.Id), found.Name, (firstLine + 1).ToString(CultureInfo.InvariantCulture));
                return;
            }

            _textsSeen.Add(key, keywordLine.LineNumber);
            var lines = new StoredTextLines(_lines, first, end - first);
            string text = Stored(lines);
            int replaced = text.IndexOf('\uFFFD');
            if (replaced >= 0)
            {
                _sink.Report(SstpDiagnostics.UndecodableText, TextSpan.FromBounds(lines.FileOffset(replaced), lines.FileOffset(replaced + 1)),
                    MessageIdText.Format(message.Id), found.Name);
                return;
            }

            NoteLanguage(found, language);
            message.Texts.Add(new CompilerText(langId, text, lines));
        }

        /// <summary>The text as mc.exe stores it: each line followed by its line break (one builder for the whole file).</summary>
        private string Stored(StoredTextLines lines)
        {
            _stored.Clear();
            for (int i = 0; i < lines.Count; i++)
            {
                TextLine line = _lines[lines.First + i];
                _stored.Append(_text, line.Start, line.Length).Append(StoredTextLines.BreakAfter(line));
            }

            return _stored.ToString();
        }

        private void NoteLanguage(CompilerName language, Token written)
        {
            foreach (var known in _document.TextLanguages)
            {
                if (known.LangId == (int)language.Value)
                {
                    return;
                }
            }

            _document.TextLanguages.Add(((int)language.Value, language.Name, written.Start, written.Text.Length));
        }

        private void FinishMessage()
        {
            PendingMessage? message = _message;
            _message = null;
            if (message is null || message.IsLeftOut)
            {
                return;
            }

            if (message.Message is null || message.Message.Texts.Count == 0)
            {
                // A message whose every text was left out has been reported already.
                if (!message.HasBlock)
                {
                    _sink.Report(SstpDiagnostics.MessageWithoutText, new TextSpan(message.Start, "MessageId".Length), DescribeMessage(message), "English");
                }

                return;
            }

            _document.Messages.Add(message.Message);
        }

        /// <summary>
        /// <c>( name=number[:name] … )</c>, across lines if need be. A name whose value is out of range is reported and
        /// not declared; a list without its closing parenthesis ends at the next keyword of a statement.
        /// </summary>
        private void ReadNames(Token keyword, CompilerNameSet names, uint max, string range)
        {
            if (!Expect('(', keyword, $"write {keyword.Text}=(name=value …)"))
            {
                return;
            }

            bool isLanguage = Is(keyword.Text, "LanguageNames");
            while (true)
            {
                SkipBlanksAndComments();
                if (_position < _text.Length && _text[_position] == ')')
                {
                    _position++;
                    return;
                }

                int before = _position;
                Token name = NextToken();
                if (name.Kind != TokenKind.Word || IsStatementKeyword(name.Text))
                {
                    _position = name.Kind == TokenKind.End || IsStatementKeyword(name.Text) ? before : _position;
                    Syntax(keyword, $"the list of {keyword.Text} has no closing ')'", $"end it with ')'");
                    if (name.Kind != TokenKind.End && !IsStatementKeyword(name.Text))
                    {
                        SkipRestOfLine();
                    }

                    return;
                }

                if (!Expect('=', name, $"write {name.Text}=<value>"))
                {
                    continue;
                }

                Token value = NextToken();
                if (!TryNumber(value, out uint number) || number > max)
                {
                    Invalid(value, name.Text, TryNumber(value, out _) ? range : "it must be a number in C syntax (3, 0x3)");
                    SkipAlias();
                    continue;
                }

                string? alias = null;
                SkipBlanksAndComments();
                if (_position < _text.Length && _text[_position] == ':')
                {
                    _position++;
                    Token symbol = NextToken();
                    if (symbol.Kind is TokenKind.Word or TokenKind.Number)
                    {
                        alias = symbol.Text;
                    }
                    else
                    {
                        Syntax(symbol, $"':' after {name.Text}={value.Text} has no name after it", isLanguage ? "write name=langid:file, e.g. English=0x409:MSG00001" : "write name=value:SYMBOL");
                    }
                }
                else if (isLanguage)
                {
                    Syntax(value, $"the language {name.Text} has no file name", "write name=langid:file, e.g. English=0x409:MSG00001");
                }

                names.Declare(name.Text, number, alias);
            }
        }

        private void SkipAlias()
        {
            SkipBlanksAndComments();
            if (_position < _text.Length && _text[_position] == ':')
            {
                _position++;
                NextToken();
            }
        }

        /// <summary>The line that ends a text holds only a '.' (mc.exe, like Wine's wmc, takes no blanks around it).</summary>
        private bool IsEndOfText(TextLine line) => line.Length == 1 && _text[line.Start] == '.';

        private bool Expect(char punctuation, Token after, string fix)
        {
            SkipBlanksAndComments();
            if (_position < _text.Length && _text[_position] == punctuation)
            {
                _position++;
                return true;
            }

            Syntax(after, $"'{punctuation}' is missing after {after.Text}", fix);
            SkipRestOfLine();
            return false;
        }

        private void SkipBlanksAndComments()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == ';')
                {
                    SkipRestOfLine();
                }
                else if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    _position++;
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipRestOfLine()
        {
            while (_position < _text.Length && _text[_position] is not ('\r' or '\n'))
            {
                _position++;
            }
        }

        /// <summary>A name (letters, digits, '_'), a number (what starts with a digit, up to the next punctuation), one punctuation mark, or the end.</summary>
        private Token NextToken()
        {
            SkipBlanksAndComments();
            int start = _position;
            if (start >= _text.Length)
            {
                return new Token(TokenKind.End, start, "the end of the file");
            }

            char first = _text[start];
            if (IsNameCharacter(first))
            {
                while (_position < _text.Length && IsNameCharacter(_text[_position]))
                {
                    _position++;
                }

                return new Token(first is >= '0' and <= '9' ? TokenKind.Number : TokenKind.Word, start, _text.Substring(start, _position - start));
            }

            _position++;
            if (char.IsHighSurrogate(first) && _position < _text.Length && char.IsLowSurrogate(_text[_position]))
            {
                _position++;
            }

            return new Token(first is '=' or '(' or ')' or ':' or '+' ? TokenKind.Punctuation : TokenKind.Other, start, _text.Substring(start, _position - start));
        }

        private static bool IsNameCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';

        private static bool IsStatementKeyword(string word) =>
            Is(word, "MessageId") || Is(word, "MessageIdTypedef") || Is(word, "SeverityNames") || Is(word, "FacilityNames")
            || Is(word, "LanguageNames") || Is(word, "OutputBase") || Is(word, "Language") || Is(word, "Severity")
            || Is(word, "Facility") || Is(word, "SymbolicName");

        /// <summary>A number in C syntax, as mc.exe reads it: decimal, <c>0x</c> hexadecimal, or octal after a leading 0; at most 32 bits.</summary>
        private static bool TryNumber(Token token, out uint number)
        {
            number = 0;
            if (token.Kind != TokenKind.Number)
            {
                return false;
            }

            string text = token.Text;
            if (text.Length > 2 && text[0] == '0' && text[1] is 'x' or 'X')
            {
                return uint.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out number);
            }

            ulong value = 0;
            int radix = text.Length > 1 && text[0] == '0' ? 8 : 10;
            foreach (char c in text)
            {
                int digit = c - '0';
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }

                value = (value * (ulong)radix) + (ulong)digit;
                if (value > uint.MaxValue)
                {
                    return false;
                }
            }

            number = (uint)value;
            return true;
        }

        private static bool Is(string word, string keyword) => string.Equals(word, keyword, StringComparison.OrdinalIgnoreCase);

        private static string Hex(uint value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture);

        private string DescribeMessage(PendingMessage message)
        {
            TextLine line = LineAt(message.Start);
            return "on line " + (line.LineNumber + 1).ToString(CultureInfo.InvariantCulture);
        }

        private TextLine LineAt(int offset)
        {
            int line = _lines.GetLinePositionSpan(new TextSpan(offset, 0)).Start.Line;
            return _lines[line];
        }

        private void Syntax(Token at, string problem, string fix) =>
            _sink.Report(SstpDiagnostics.CompilerSyntax, new TextSpan(at.Start, at.Kind == TokenKind.End ? 0 : at.Text.Length), problem, fix);

        private void Invalid(Token at, string what, string reason) =>
            _sink.Report(SstpDiagnostics.InvalidCompilerValue, new TextSpan(at.Start, at.Kind == TokenKind.End ? 0 : at.Text.Length),
                what, at.Kind == TokenKind.End ? string.Empty : at.Text, reason);

        private enum TokenKind
        {
            Word,
            Number,
            Punctuation,
            Other,
            End,
        }

        private readonly struct Token
        {
            public Token(TokenKind kind, int start, string text)
            {
                Kind = kind;
                Start = start;
                Text = text;
            }

            public TokenKind Kind { get; }

            public int Start { get; }

            public string Text { get; }
        }

        /// <summary>A message from its <c>MessageId</c> on: its identifier is worked out at its first text.</summary>
        private sealed class PendingMessage
        {
            public PendingMessage(int start, string? typedef)
            {
                Start = start;
                Typedef = typedef;
            }

            public int Start { get; }

            public string? Typedef { get; }

            public uint? Code { get; set; }

            public Token? CodeToken { get; set; }

            public uint? Step { get; set; }

            public string? Symbol { get; set; }

            public Pin? NamePin { get; set; }

            /// <summary>Its first usable text has started: its identifier is worked out, and its header is over.</summary>
            public bool HasText { get; set; }

            /// <summary>It has a <c>Language=</c> block, usable or not.</summary>
            public bool HasBlock { get; set; }

            /// <summary>Something the message needs is wrong (reported): it is read to its end and left out.</summary>
            public bool IsLeftOut { get; set; }

            public CompilerMessage? Message { get; set; }
        }
    }
}
