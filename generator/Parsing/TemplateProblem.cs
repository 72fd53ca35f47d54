namespace SstpGen.Parsing
{
    /// <summary>
    /// Something wrong or suspicious in a message string, at a character range of the string as written in the
    /// table (so the caller can point at the exact column).
    /// </summary>
    internal sealed class TemplateProblem
    {
        public TemplateProblem(string descriptorId, int start, int length, params string[] args)
        {
            DescriptorId = descriptorId;
            Start = start;
            Length = length;
            Args = args;
        }

        public string DescriptorId { get; }

        public int Start { get; }

        public int Length { get; }

        public string[] Args { get; }
    }
}
