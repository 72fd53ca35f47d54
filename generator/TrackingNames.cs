namespace SstpGen
{
    /// <summary>Names of the pipeline steps, so tests can check that each one is cached.</summary>
    public static class TrackingNames
    {
        public const string Input = "SstpGen.Input";
        public const string Satellites = "SstpGen.Satellites";
        public const string Parse = "SstpGen.Parse";
        public const string Claims = "SstpGen.Claims";
        public const string Ownership = "SstpGen.Ownership";
    }
}
