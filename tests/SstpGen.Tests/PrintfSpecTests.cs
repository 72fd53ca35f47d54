using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CsCheck;
using SstpGen.Tests.Printf;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Every printf conversion the corpus uses (Tables/printf-specs.md, compiled into this assembly by SstpGen): the
/// typed method takes the type the spec reads, renders random values as the C runtime's printf does (glibc's
/// snprintf is the independent oracle for integers), and agrees with the by-id method fed the value as text.
/// </summary>
public class PrintfSpecTests
{
    /// <summary>CI runs a fixed sample; SSTPGEN_PROPERTY_ITERATIONS asks for a longer run.</summary>
    internal static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 300;

    internal const string Seed = "0000000000J1";

    public static TheoryData<uint, string, Type> IntegerSpecs => new()
    {
        { 0x05, "d", typeof(int) }, { 0x06, "i", typeof(int) }, { 0x07, "ld", typeof(int) }, { 0x08, "4d", typeof(int) },
        { 0x09, "8ld", typeof(int) }, { 0x0a, "u", typeof(uint) }, { 0x0b, "lu", typeof(uint) }, { 0x0c, "8u", typeof(uint) },
        { 0x0d, "x", typeof(uint) }, { 0x0e, "X", typeof(uint) }, { 0x0f, "08x", typeof(uint) }, { 0x10, "#x", typeof(uint) },
        { 0x11, "#010x", typeof(uint) }, { 0x12, "04x", typeof(uint) }, { 0x13, "02x", typeof(uint) }, { 0x14, "#08x", typeof(uint) },
        { 0x15, "8x", typeof(uint) }, { 0x16, "lx", typeof(uint) }, { 0x17, "I64x", typeof(ulong) }, { 0x18, "I64X", typeof(ulong) },
        { 0x19, "I64d", typeof(long) }, { 0x1a, "I64u", typeof(ulong) }, { 0x1b, "llx", typeof(ulong) }, { 0x1c, "#016llx", typeof(ulong) },
        { 0x1d, "016I64x", typeof(ulong) }, { 0x1e, "#I64x", typeof(ulong) }, { 0x1f, "012I64x", typeof(ulong) }, { 0x20, "-16I64x", typeof(ulong) },
        { 0x21, "8I64d", typeof(long) }, { 0x22, "#I64d", typeof(long) }, { 0x23, "8I64x", typeof(ulong) }, { 0x24, "8I64u", typeof(ulong) },
        { 0x25, "4I64x", typeof(ulong) }, { 0x26, "Ix", typeof(ulong) }, { 0x27, "p", typeof(ulong) }, { 0x2a, "hd", typeof(short) },
        { 0x2b, "hu", typeof(ushort) }, { 0x2c, "o", typeof(uint) }, { 0x2d, "#o", typeof(uint) }, { 0x2e, "+d", typeof(int) },
        { 0x2f, " d", typeof(int) }, { 0x30, "-8d", typeof(int) }, { 0x31, ".3d", typeof(int) }, { 0x32, ".0u", typeof(uint) },
        { 0x37, "#X", typeof(uint) },
    };

    [Theory]
    [MemberData(nameof(IntegerSpecs))]
    public void Integer_specs_take_their_type_and_render_as_printf_does(uint id, string spec, Type type)
    {
        Assert.Equal("[%1!" + spec + "!]", PrintfMessages.GetTemplate(id));
        MethodInfo method = TypedMethod(id, type);
        Gen<ulong> values = Gen.OneOf<ulong>(Gen.ULong, Gen.ULong[0, 20], Gen.OneOf<ulong>(0UL, 1UL, 0xFFFFUL, 0x8000UL, 0x7FFFFFFFUL, 0x80000000UL, uint.MaxValue, long.MaxValue, 1UL << 63, ulong.MaxValue));
        values.Sample(
            bits =>
            {
                object value = Convert(bits, type);
                string typed = (string)method.Invoke(null, [value])!;
                Assert.Equal("[" + Libc.Printf(spec, bits, type) + "]", typed);
                string text = string.Format(CultureInfo.InvariantCulture, "{0}", value);
                Assert.Equal(typed, PrintfMessages.Format((PrintfEventId)id, text));
            },
            seed: Seed,
            iter: Iterations,
            threads: 1);
    }

    public static TheoryData<uint, string> StringSpecs => new() { { 1, "s" }, { 2, "S" }, { 3, "ws" }, { 4, "ls" } };

    [Theory]
    [MemberData(nameof(StringSpecs))]
    public void String_specs_take_a_string_and_render_it_unchanged(uint id, string spec)
    {
        MethodInfo method = TypedMethod(id, typeof(string));
        Gen.String.Sample(
            text => Assert.Equal("[" + text + "]", (string)method.Invoke(null, [text])!),
            seed: Seed,
            iter: Iterations,
            threads: 1);
        Assert.Equal("[(null)]", (string)method.Invoke(null, [null])!);
        Assert.Equal("[%1!" + spec + "!]", PrintfMessages.GetTemplate(id));
    }

    [Fact]
    public void Character_specs_take_a_char()
    {
        Gen.Char.Sample(
            c =>
            {
                Assert.Equal("[" + c + "]", PrintfMessages.FormatChar_c(c));
                Assert.Equal("[" + c + "]", PrintfMessages.FormatChar_C(c));
            },
            seed: Seed,
            iter: Iterations,
            threads: 1);
    }

    [Fact]
    public void Star_specs_take_their_width_and_precision_as_int_arguments()
    {
        Assert.Equal("[   ab]", PrintfMessages.FormatStar_width_s(5, "ab"));
        Assert.Equal("[ab   ]", PrintfMessages.FormatStar_width_s(-5, "ab"));
        Assert.Equal("[abc]", PrintfMessages.FormatStar_precision_s(3, "abcdef"));
        Assert.Equal("[  007]", PrintfMessages.FormatStar_both_u(5, 3, 7u));
        Assert.Equal("[  007]", PrintfMessages.Format((PrintfEventId)0x35, "5", "3", "7"));
    }

    [Fact]
    public void An_insert_read_as_d_and_as_x_is_one_int()
    {
        Assert.Equal("[-1 (0xffffffff)]", PrintfMessages.FormatSame_insert_d_and_x(-1));
        Assert.Equal("[255 (0x000000ff)]", PrintfMessages.FormatSame_insert_d_and_x(255));
    }

    public static TheoryData<string> AllocationCases => new() { "hex64", "d-and-x", "star", "char", "pointer", "string-width" };

    [Theory]
    [MemberData(nameof(AllocationCases))]
    public void Typed_methods_allocate_only_the_returned_string(string kind)
    {
        Func<string> render = kind switch
        {
            "hex64" => () => PrintfMessages.FormatHex64_hash_016llx(0xDEADBEEF),
            "d-and-x" => () => PrintfMessages.FormatSame_insert_d_and_x(-42),
            "star" => () => PrintfMessages.FormatStar_both_u(9, 4, 12u),
            "char" => () => PrintfMessages.FormatChar_c('z'),
            "pointer" => () => PrintfMessages.FormatPointer_p(0x1234),
            _ => () => PrintfMessages.FormatStar_width_s(12, "text"),
        };
        int length = render().Length;   // warm up: JIT and the cached lambda
        Func<string> sameLength = () => new string('x', length);
        sameLength();

        Assert.Equal(AllocatedBy(sameLength), AllocatedBy(render));

        static long AllocatedBy(Func<string> action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    [SkippableFact]
    public void Every_spec_the_corpus_uses_is_in_the_test_table()
    {
        Skip.If(SstpGen.Tests.Infrastructure.SharedCorpus.Folder is null, SstpGen.Tests.Infrastructure.SharedCorpus.SkipReason);
        var spec = new System.Text.RegularExpressions.Regex("%[1-9][0-9]?!([^!]*)!");
        var used = new System.Collections.Generic.SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in SstpGen.Tests.Infrastructure.SharedCorpus.FileNames())
        {
            foreach (System.Text.RegularExpressions.Match match in spec.Matches(System.IO.File.ReadAllText(SstpGen.Tests.Infrastructure.SharedCorpus.PathOf(name))))
            {
                used[match.Groups[1].Value] = used.TryGetValue(match.Groups[1].Value, out int count) ? count + 1 : 1;
            }
        }

        string table = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Tables", "printf-specs.md"));
        string[] missing = used.Keys.Where(s => !table.Contains("[%1!" + s + "!]", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "Not in Tables/printf-specs.md: " + string.Join(", ", missing));
        Assert.True(used.Count >= 30, $"{used.Count} distinct specs in the corpus");
    }

    private static MethodInfo TypedMethod(uint id, Type type)
    {
        string name = "Format" + PrintfMessages.GetName(id);
        MethodInfo? method = typeof(PrintfMessages).GetMethod(name, [type]);
        Assert.True(method is not null, $"{name}({type.Name}) is missing");
        return method!;
    }

    private static object Convert(ulong bits, Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int16 => unchecked((short)bits),
        TypeCode.UInt16 => unchecked((ushort)bits),
        TypeCode.Int32 => unchecked((int)bits),
        TypeCode.UInt32 => unchecked((uint)bits),
        TypeCode.Int64 => unchecked((long)bits),
        _ => bits,
    };
}
