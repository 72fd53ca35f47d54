using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.IdeTests;

/// <summary>
/// A consumer project opened in Roslyn's IDE workspace, as an editor holds it: a C# document, a table (messages.md
/// unless told otherwise) as an additional document with its item metadata in a global config, and SstpGen loaded from its assembly file as
/// the IDE loads an analyzer reference.
/// </summary>
internal sealed class IdeWorkspace : IDisposable
{
    public const string TablePath = "/consumer/messages.md";

    private static readonly MefHostServices s_host = MefHostServices.Create(MefHostServices.DefaultAssemblies);

    private IdeWorkspace(AdhocWorkspace workspace, ProjectId project, DocumentId code, DocumentId table)
    {
        Workspace = workspace;
        ProjectId = project;
        CodeId = code;
        TableId = table;
    }

    public AdhocWorkspace Workspace { get; }

    public ProjectId ProjectId { get; }

    public DocumentId CodeId { get; }

    public DocumentId TableId { get; }

    public Project Project => Workspace.CurrentSolution.GetProject(ProjectId)!;

    public Document Code => Workspace.CurrentSolution.GetDocument(CodeId)!;

    public static string Sstpsvc => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Tables", "messages.md"));

    /// <summary>A Message Compiler source with two languages, the one the generator's own tests compile.</summary>
    public static string ServiceEvents => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Tables", "service-events.mc"));

    public static IdeWorkspace Open(string code, string? table = null, string itemMetadata = "", string tablePath = TablePath)
    {
        var workspace = new AdhocWorkspace(s_host);
        ProjectId projectId = ProjectId.CreateNewId();
        DocumentId codeId = DocumentId.CreateNewId(projectId);
        DocumentId tableId = DocumentId.CreateNewId(projectId);
        string globalConfig = "is_global = true\nbuild_property.RootNamespace = Consumer\n\n[" + tablePath + "]\nbuild_metadata.AdditionalFiles.SstpMessageTable = true\n" + itemMetadata;
        ProjectInfo project = ProjectInfo.Create(
                projectId, VersionStamp.Create(), "Consumer", "Consumer", LanguageNames.CSharp,
                filePath: "/consumer/Consumer.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                metadataReferences: Net100.References.All,
                analyzerReferences: [new AnalyzerFileReference(typeof(SstpGenerator).Assembly.Location, new DefaultLoader())])
            .WithDocuments([DocumentInfo.Create(codeId, "Program.cs", loader: Loader(code), filePath: "/consumer/Program.cs")])
            .WithAdditionalDocuments([DocumentInfo.Create(tableId, Path.GetFileName(tablePath), loader: Loader(table ?? Sstpsvc), filePath: tablePath)])
            .WithAnalyzerConfigDocuments([DocumentInfo.Create(DocumentId.CreateNewId(projectId), ".globalconfig", loader: Loader(globalConfig), filePath: "/consumer/.globalconfig")]);
        workspace.AddProject(project);
        return new IdeWorkspace(workspace, projectId, codeId, tableId);
    }

    public void EditCode(string text) =>
        Apply(Workspace.CurrentSolution.WithDocumentText(CodeId, SourceText.From(text)));

    public void EditTable(string text) =>
        Apply(Workspace.CurrentSolution.WithAdditionalDocumentText(TableId, SourceText.From(text)));

    /// <summary>Adds a file to the project's AdditionalFiles, as a glob picks up a file the user saves beside the table.</summary>
    public void AddAdditionalFile(string path, string text) =>
        Apply(Workspace.CurrentSolution.AddAdditionalDocument(DocumentInfo.Create(DocumentId.CreateNewId(Project.Id), Path.GetFileName(path), loader: Loader(text), filePath: path)));

    private void Apply(Solution solution)
    {
        if (!Workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace refused the edit.");
        }
    }

    /// <summary>
    /// The generator's diagnostics as the IDE's error list gets them: Roslyn's own entry point for them is internal
    /// (<c>Project.GetSourceGeneratorDiagnosticsAsync</c>), so it is called by reflection.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> GeneratorDiagnosticsAsync() =>
        await (ValueTask<ImmutableArray<Diagnostic>>)Internal("GetSourceGeneratorDiagnosticsAsync").Invoke(Project, [CancellationToken.None])!;

    /// <summary>The workspace's last generator run (internal <c>Project.GetSourceGeneratorRunResultAsync</c>).</summary>
    public async Task<GeneratorDriverRunResult?> RunResultAsync() =>
        await (ValueTask<GeneratorDriverRunResult?>)Internal("GetSourceGeneratorRunResultAsync").Invoke(Project, [CancellationToken.None])!;

    private static MethodInfo Internal(string name) =>
        typeof(Project).GetMethod(name, BindingFlags.Instance | BindingFlags.NonPublic, [typeof(CancellationToken)])
        ?? throw new MissingMethodException(nameof(Project), name);

    public async Task<Dictionary<string, string>> GeneratedSourcesAsync() =>
        (await Project.GetSourceGeneratedDocumentsAsync()).ToDictionary(d => d.HintName, d => d.GetTextAsync().Result.ToString());

    public void Dispose() => Workspace.Dispose();

    private static TextLoader Loader(string text) => TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Create()));

    private sealed class DefaultLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
