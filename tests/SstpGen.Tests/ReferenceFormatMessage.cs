using System.Text;

namespace SstpGen.Tests;

/// <summary>
/// A second, deliberately plain reading of formatmessage.md for templates with string inserts only, written
/// independently of the generator so the two can check each other.
/// </summary>
internal static class ReferenceFormatMessage
{
    public static string Render(string template, string?[] inserts)
    {
        var output = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '\r')
            {
                output.Append("\r\n");
                if (i + 1 < template.Length && template[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                output.Append("\r\n");
            }
            else if (c != '%')
            {
                output.Append(c);
            }
            else
            {
                char next = template[++i];
                if (next == '0')
                {
                    break;
                }

                if (char.IsAsciiDigit(next))
                {
                    int number = next - '0';
                    if (i + 1 < template.Length && char.IsAsciiDigit(template[i + 1]))
                    {
                        number = (number * 10) + (template[++i] - '0');
                    }

                    output.Append(inserts[number - 1] ?? "(null)");
                }
                else
                {
                    output.Append(next switch { 'n' => "\r\n", 'r' => "\r", 't' => "\t", 'b' => " ", _ => next.ToString() });
                }
            }
        }

        return output.ToString();
    }
}
