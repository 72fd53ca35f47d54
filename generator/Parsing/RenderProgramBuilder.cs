using System.Collections.Generic;
using System.Collections.Immutable;
using SstpGen.Model;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Writes a template's program: what the generated renderer (Runtime/Rendering.cs, which documents the
    /// operations) does to render it, worked out once here instead of at run time. The template parser reports
    /// each character as it reads it; consecutive characters copied as they are become one operation that copies
    /// them from the template, so the program holds no text of its own. A program is a list of items: an
    /// operation or other character c as <c>-(c + 1)</c> (<see cref="Character(char)"/>), a number as itself
    /// (<see cref="Emitting.DataEmitter"/> writes numbers in the width the whole table needs).
    /// </summary>
    internal sealed class RenderProgramBuilder
    {
        private readonly List<int> _operations = new();
        private int _runStart;
        private int _runEnd = -1;   // the template's characters [_runStart, _runEnd) render as they are

        /// <summary>Whether <paramref name="program"/> is that of a template that renders as written: no inserts, no escapes, CRLF line breaks.</summary>
        public static bool RendersAsWritten(EquatableArray<int> program) => program.Count == 2 && program[1] == Item('W');

        /// <summary>The template's character at <paramref name="index"/> renders as itself.</summary>
        public void Copy(int index)
        {
            if (index != _runEnd)
            {
                Flush();
                _runStart = index;
            }

            _runEnd = index + 1;
        }

        /// <summary>The template's characters [<paramref name="start"/>, +<paramref name="count"/>) render as they are.</summary>
        public void Copy(int start, int count)
        {
            for (int i = start; i < start + count; i++)
            {
                Copy(i);
            }
        }

        public void LineBreak()
        {
            Flush();
            _operations.Add(Item('N'));
        }

        /// <summary>A character the template writes as an escape (<c>%t</c>, <c>%%</c>…).</summary>
        public void Character(char c)
        {
            Flush();
            _operations.Add(Item('C'));
            _operations.Add(Item(c));
        }

        /// <summary>Insert %<paramref name="number"/> as a string, as it is.</summary>
        public void StringInsert(int number)
        {
            Flush();
            _operations.Add(Item('S'));
            _operations.Add(number);
        }

        public void Printf(InsertReference insert, PrintfSpec spec)
        {
            Flush();
            _operations.Add(Item('P'));
            _operations.Add(insert.Number);
            _operations.Add(insert.ValueArgument);
            _operations.Add(insert.WidthArgument);
            _operations.Add(insert.PrecisionArgument);
            _operations.Add(spec.Width);
            _operations.Add(spec.Precision + 1);
            int flags = (spec.LeftAlign ? 1 : 0) | (spec.Plus ? 2 : 0) | (spec.Space ? 4 : 0) | (spec.Alternate ? 8 : 0) | (spec.ZeroPad ? 16 : 0);
            _operations.Add(Item((char)flags));
            _operations.Add(Item(spec.Size == PrintfSize.Short ? 'h' : spec.Size == PrintfSize.Long64 ? 'L' : 'l'));
            _operations.Add(Item(spec.Conversion));
        }

        /// <summary>The program: the argument count, the operations, the end; <c>W</c> alone for a template that renders as written.</summary>
        public EquatableArray<int> Build(int argumentCount, int templateLength)
        {
            bool asWritten = _operations.Count == 0 && _runStart == 0 && _runEnd == templateLength;
            if (!asWritten)
            {
                Flush();
            }

            ImmutableArray<int>.Builder program = ImmutableArray.CreateBuilder<int>(_operations.Count + 2);
            program.Add(argumentCount);
            program.AddRange(_operations);
            program.Add(Item(asWritten ? 'W' : 'E'));
            return new EquatableArray<int>(program.MoveToImmutable());
        }

        /// <summary>A character as a program item: negative, so that it differs from every number.</summary>
        public static int Item(char c) => -(c + 1);

        /// <summary>The character of an item that is one (<see cref="Item"/>).</summary>
        public static char CharacterOf(int item) => (char)(-item - 1);

        private void Flush()
        {
            if (_runEnd > _runStart)
            {
                _operations.Add(Item('L'));
                _operations.Add(_runStart);
                _operations.Add(_runEnd - _runStart);
            }

            _runEnd = -1;
        }
    }
}
