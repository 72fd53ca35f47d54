using SstpGen.Tests.Vectors;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The vectors of shared/spec/formatmessage.md, compiled into this assembly by SstpGen from
/// Tables/formatmessage-vectors.md and rendered through the generated code: by id, with integer inserts as the
/// strings an event log record holds, and through the typed methods, with each insert in the type its printf
/// spec reads.
/// </summary>
public class FormatMessageVectorTests
{
    public static TheoryData<uint, string?[], string> Vectors => new()
    {
        { 1, [], "test" },
        { 2, [], " %% " },
        { 3, ["427"], " ..  427" },
        { 4, [], "test" },
        { 5, [], "yah!" },
        { 6, [], "    " },
        { 7, [], "\r\n\r\t" },
        { 8, [], "hi\r\n" },
        { 9, [], "hi\r\n" },
        { 10, [], "\r\n" },
        { 11, [], "\r\n\r\n" },
        { 12, [], ".%Z\r\n\t\r! " },
        { 13, [], "a\r\nb\r\nc\r\n\r\nd\r\n\r\ne" },
        { 14, ["test"], "test" },
        { 15, ["te", "st"], "test" },
        { 16, ["t", "s", "e"], "test" },
        { 17, ["test"], "test" },
        { 18, [null], "(null)" },
        { 19, ["t"], "  t" },
        { 20, ["hello"], "abcd" },
        { 21, ["Bill", "Bob"], "Bill Bob Bill" },
        { 22, ["4", "2", "Bill", "Bob", "6", "Bill"], "  Bi Bob   Bill" },
        { 23, ["t", "e", "s"], "test" },
        { 24, ["1", "2", "3"], "123" },
        { 25, ["1"], "   1" },
        { 26, ["1"], "1   " },
        { 27, ["11"], "   b" },
        { 28, ["11"], "B   " },
        { 29, ["0x1ab"], " 1AB" },
        { 30, ["3"], "  03" },
        { 31, ["0xbeef"], "BEEF" },
        { 32, ["0x123456", "0x789abc"], "0x1234560x789abc0x3456" },
        { 33, ["18446744073709551615"], "18446744073709551615" },
        { 34, ["-9223372036854775807"], "-9223372036854775807" },
        { 35, ["5", "3", "1"], "  001" },
        { 36, ["6", "4", "2", "5", "3", "1"], "  0002, 00003" },
        { 37, ["6", "4", "2", "5", "3", "1"], "  0002,  001" },
        { 38, ["0x1234", "any"], "1234 QQ" },
        { 39, ["test"], "testaa" },
        { 44, ["34"], "+*u" },
        { 45, ["34"], "*u" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Generated_code_renders_each_vector_as_FormatMessage_does(uint id, string?[] inserts, string expected)
    {
        Assert.True(VectorMessages.TryFormat(id, inserts, out string? message), $"vector {id} did not render");
        Assert.Equal(expected, message);
    }

    [Fact]
    public void Typed_methods_take_one_parameter_per_argument_the_template_reads()
    {
        Assert.Equal("Bill Bob Bill", VectorMessages.FormatVector21("Bill", "Bob"));
        Assert.Equal("  Bi Bob   Bill", VectorMessages.FormatVector22(4, 2, "Bill", "Bob", 6, "Bill"));
        Assert.Equal("test", VectorMessages.FormatVector4());
    }

    [Fact]
    public void Typed_methods_render_the_integer_and_character_vectors_from_typed_values()
    {
        Assert.Equal(" ..  427", VectorMessages.FormatVector3(427));
        Assert.Equal("  t", VectorMessages.FormatVector19("t"));
        Assert.Equal("test", VectorMessages.FormatVector23('t', 'e', 's'));
        Assert.Equal("123", VectorMessages.FormatVector24(1, 2, 3));
        Assert.Equal("   1", VectorMessages.FormatVector25(1));
        Assert.Equal("1   ", VectorMessages.FormatVector26(1));
        Assert.Equal("   b", VectorMessages.FormatVector27(11u));
        Assert.Equal("B   ", VectorMessages.FormatVector28(11u));
        Assert.Equal(" 1AB", VectorMessages.FormatVector29(0x1abu));
        Assert.Equal("  03", VectorMessages.FormatVector30(3u));
        Assert.Equal("BEEF", VectorMessages.FormatVector31(0xbeefu));
        Assert.Equal("0x1234560x789abc0x3456", VectorMessages.FormatVector32(0x123456UL, 0x789abcu));
        Assert.Equal("18446744073709551615", VectorMessages.FormatVector33(ulong.MaxValue));
        Assert.Equal("-9223372036854775807", VectorMessages.FormatVector34(-9223372036854775807L));
        Assert.Equal("  001", VectorMessages.FormatVector35(5, 3, 1u));
        Assert.Equal("  0002, 00003", VectorMessages.FormatVector36(6, 4, 2u, 5, 3u));
        Assert.Equal("  0002,  001", VectorMessages.FormatVector37(6, 4, 2u, 5, 3, 1u));
        Assert.Equal("1234 QQ", VectorMessages.FormatVector38(0x1234UL, "any"));
        Assert.Equal("testaa", VectorMessages.FormatVector39("test"));
        Assert.Equal("+*u", VectorMessages.FormatVector44("34"));
    }

    [Fact]
    public void Too_few_inserts_fail_and_extra_inserts_are_ignored()
    {
        Assert.False(VectorMessages.TryFormat(15, ["te"], out string? message));
        Assert.Null(message);
        Assert.True(VectorMessages.TryFormat(15, ["te", "st", "ignored", null], out message));
        Assert.Equal("test", message);
    }
}
