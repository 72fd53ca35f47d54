using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Parsing;

namespace SstpGen.Naming
{
    /// <summary>
    /// The only place an identifier of the generated code is decided. Each scope of the generated code is a
    /// <see cref="NameScope"/> that knows C#'s rules for it: names unique within it, never the enclosing type's
    /// name, never a member the generated code or <see cref="object"/> declares there.
    /// <list type="bullet">
    /// <item>the Windows-version enum's members;</item>
    /// <item>message names, shared by the event enum, <c>Ids</c>, the newest text in <c>Templates</c>, and the typed
    /// method <c>Format{Name}</c> in the messages class (pins first, then derived by <see cref="NameAllocator"/>);</item>
    /// <item>older texts' constants in <c>Templates</c> (<c>{Name}_{FirstVersion}</c>);</item>
    /// <item>manifest members: provider names in <c>Manifest</c>, short names in <c>Manifest.Keywords</c>…;</item>
    /// <item>each typed method's parameters (<see cref="InsertParameterNamer"/>).</item>
    /// </list>
    /// A pinned name that cannot be honoured is reported at its cell, naming the name used instead. It also
    /// decides which events get typed methods when a table is too big for them all (<see cref="CodeLimits"/>).
    /// </summary>
    internal static class TableNamer
    {
        public static (EquatableArray<WindowsVersionModel> Versions, EquatableArray<MessageModel> Messages) Name(
            IReadOnlyList<MessageDraft> drafts,
            IReadOnlyList<ParsedTemplate> templates,
            IReadOnlyList<FileVersion> fileVersions,
            TableOptions options,
            DiagnosticSink sink,
            int methodsPerType,
            CancellationToken cancellationToken)
        {
            List<WindowsVersionModel> versions = NameVersions(fileVersions, options);

            // The messages class: a message name N is also the method Format{N}, so N is reserved when that method
            // name is one the class declares itself (Core → FormatCore) or one of the generated types' names.
            var typeNames = new HashSet<string>(StringComparer.Ordinal) { options.ClassName, options.EnumName, options.VersionEnumName };
            bool IsClassMember(string name) => GeneratedNames.IsMessagesClassMember(name) || typeNames.Contains(name);
            var messageScope = new NameScope(
                GeneratedNames.ObjectMembersAnd(GeneratedNames.Ids, GeneratedNames.Templates, GeneratedNames.EnumValueField, options.EnumName),
                name => IsClassMember("Format" + name));

            var requests = new List<NameRequest>(drafts.Count);
            var rejectedPins = new List<(MessageDraft Draft, NameRequest Request, DiagnosticDescriptor Descriptor, string[] Args)>();
            var pinnedBy = new Dictionary<string, uint>(StringComparer.Ordinal);
            foreach (MessageDraft draft in drafts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var request = new NameRequest(draft.Id, draft.Kind, NamingText(templates[draft.LatestTemplate]), PinnedName(draft, messageScope, pinnedBy, out var rejection));
                if (rejection is { } problem)
                {
                    rejectedPins.Add((draft, request, problem.Descriptor, problem.Args));
                }

                requests.Add(request);
            }

            NameAllocator.Allocate(requests, messageScope);
            foreach (var rejected in rejectedPins)
            {
                string[] args = new string[rejected.Args.Length + 1];
                rejected.Args.CopyTo(args, 0);
                args[rejected.Args.Length] = rejected.Request.Name;
                sink.Report(rejected.Descriptor, rejected.Draft.SymbolicName!.Span, args);
            }

            int typedEvents = TypedEventCount(drafts, methodsPerType, sink);
            var formatNames = new HashSet<string>(StringComparer.Ordinal);
            var constants = new NameScope(GeneratedNames.ObjectMembersAnd(GeneratedNames.Templates));
            foreach (NameRequest request in requests)
            {
                constants.TryClaim(request.Name);     // unique and not reserved, as message names are
            }

            var manifest = new ManifestNames(requests);
            var messages = new List<MessageModel>(drafts.Count);
            int events = 0;
            for (int i = 0; i < drafts.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                MessageDraft draft = drafts[i];
                string name = requests[i].Name;
                string? formatName = draft.Kind is MessageKind.EventLog or MessageKind.ManifestEvent && events++ < typedEvents ? "Format" + name : null;
                if (formatName is not null)
                {
                    formatNames.Add(formatName);
                }

                var variants = new List<MessageVariant>(draft.Variants.Count);
                int argumentCount = 0;
                for (int v = 0; v < draft.Variants.Count; v++)
                {
                    VariantDraft variant = draft.Variants[v];
                    string constant = v == draft.Variants.Count - 1 ? name : constants.ClaimUnique(name + "_" + FirstVersion(versions, variant.Tables).MemberName);
                    variants.Add(new MessageVariant(variant.TemplateIndex, variant.Tables.ToEquatableArray(), constant));
                    argumentCount = Math.Max(argumentCount, templates[variant.TemplateIndex].ArgumentCount);
                }

                ParsedTemplate latest = templates[draft.LatestTemplate];
                messages.Add(new MessageModel(
                    draft.Id,
                    draft.Kind,
                    name,
                    formatName,
                    manifest.MemberName(i),
                    variants.ToEquatableArray(),
                    EquatableArray<InsertParameter>.Empty,
                    argumentCount,
                    draft.Kind == MessageKind.EventLog ? null : NamingText(latest).TrimEnd('\r', '\n'),
                    draft.SourceSymbol,
                    draft.Translations.ToEquatableArray()));
            }

            // Parameters last: they must not shadow any member of the messages class, typed methods included.
            bool hasCultureApi = options.CultureApi;
            foreach (MessageDraft draft in drafts)
            {
                hasCultureApi |= draft.Translations.Count > 0;
            }

            bool IsReservedParameter(string name) =>
                name == GeneratedNames.VersionParameter || (hasCultureApi && name == GeneratedNames.CultureParameter) || IsClassMember(name) || formatNames.Contains(name);
            for (int i = 0; i < messages.Count; i++)
            {
                if (messages[i].FormatMethodName is null)
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var newestFirst = new List<ParsedTemplate>(drafts[i].Variants.Count);
                for (int v = drafts[i].Variants.Count - 1; v >= 0; v--)
                {
                    newestFirst.Add(templates[drafts[i].Variants[v].TemplateIndex]);
                }

                EquatableArray<InsertParameter> parameters = InsertParameterNamer.Name(newestFirst, drafts[i].InsertNames, drafts[i].Id, IsReservedParameter, sink);
                messages[i] = messages[i] with { Parameters = parameters };
            }

            return (versions.ToEquatableArray(), messages.ToEquatableArray());
        }

        /// <summary>
        /// The members of a Message Compiler source's <c>Severities</c> or <c>Facilities</c> class (<paramref name="className"/>):
        /// each name by the symbolic-name rule (<see cref="SymbolicNames"/>), unique in its class.
        /// </summary>
        public static EquatableArray<DeclaredName> NameDeclared(IReadOnlyList<(string Name, uint Value, string? HeaderSymbol)> names, string className)
        {
            var scope = new NameScope(GeneratedNames.ObjectMembersAnd(className));
            var declared = new List<DeclaredName>(names.Count);
            foreach (var name in names)
            {
                string member = SymbolicNames.ToCSharp(name.Name);
                declared.Add(new DeclaredName(name.Name, scope.ClaimUnique(Identifiers.IsValid(member) ? member : "Value"), name.Value, name.HeaderSymbol));
            }

            return declared.ToEquatableArray();
        }

        /// <summary>Version members: the release's name, with the revision where two file versions share a release (10.0.19041.1 and .1202).</summary>
        private static List<WindowsVersionModel> NameVersions(IReadOnlyList<FileVersion> fileVersions, TableOptions options)
        {
            var scope = new NameScope(new[] { GeneratedNames.EnumValueField, options.VersionEnumName });
            var releases = new List<(string Member, string Display)>(fileVersions.Count);
            foreach (FileVersion version in fileVersions)
            {
                releases.Add(WindowsReleases.Name(version.Version));
            }

            var result = new List<WindowsVersionModel>();
            for (int i = 0; i < fileVersions.Count; i++)
            {
                bool shared = false;
                for (int other = 0; other < fileVersions.Count; other++)
                {
                    shared |= other != i && releases[other].Member == releases[i].Member;
                }

                FileVersion version = fileVersions[i];
                string member = shared ? releases[i].Member + "Revision" + version.Version.Revision.ToString(CultureInfo.InvariantCulture) : releases[i].Member;
                string display = shared ? releases[i].Display + " (" + version.Text + ")" : releases[i].Display;
                result.Add(new WindowsVersionModel(scope.ClaimUnique(member), display, version.Text, version.Table));
            }

            return result;
        }

        private static WindowsVersionModel FirstVersion(List<WindowsVersionModel> versions, List<int> tables)
        {
            foreach (WindowsVersionModel version in versions)
            {
                if (tables.Contains(version.TableIndex))
                {
                    return version;
                }
            }

            throw new InvalidOperationException("A text is in no table of a version.");
        }

        /// <summary>
        /// The pinned name of a message, or null (with why) when it cannot be honoured: not an identifier, a name
        /// the generated code uses itself, or pinned by another message already.
        /// </summary>
        private static string? PinnedName(MessageDraft draft, NameScope scope, Dictionary<string, uint> pinnedBy, out (DiagnosticDescriptor Descriptor, string[] Args)? rejection)
        {
            rejection = null;
            if (draft.SymbolicName is not { } pin)
            {
                return null;
            }

            string name = pin.Value;
            if (!Identifiers.IsValid(name))
            {
                rejection = (SstpDiagnostics.InvalidSymbolicName, new[] { name });
            }
            else if (scope.IsReserved(name))
            {
                rejection = (SstpDiagnostics.ReservedSymbolicName, new[] { name });
            }
            else if (pinnedBy.TryGetValue(name, out uint other))
            {
                rejection = (SstpDiagnostics.NameCollision, new[] { name, MessageIdText.Format(draft.Id), MessageIdText.Format(other) });
            }
            else
            {
                pinnedBy.Add(name, draft.Id);
                return name;
            }

            return null;
        }

        /// <summary>
        /// How many events (lowest identifiers first) get typed format methods: each takes two methods of the
        /// messages class, which must stay within the runtime's limit. The others render by identifier only;
        /// the first of them is reported.
        /// </summary>
        private static int TypedEventCount(IReadOnlyList<MessageDraft> drafts, int methodsPerType, DiagnosticSink sink)
        {
            int budget = Math.Max(0, (methodsPerType - CodeLimits.FixedMessagesClassMethods) / 2);
            var events = new List<MessageDraft>();
            foreach (MessageDraft draft in drafts)
            {
                if (draft.Kind is MessageKind.EventLog or MessageKind.ManifestEvent)
                {
                    events.Add(draft);
                }
            }

            if (events.Count > budget)
            {
                MessageDraft first = events[budget];
                sink.Report(SstpDiagnostics.TypedMethodsLeftOut, first.IdSpan,
                    (events.Count - budget).ToString(CultureInfo.InvariantCulture), MessageIdText.Format(first.Id),
                    budget.ToString(CultureInfo.InvariantCulture), methodsPerType.ToString(CultureInfo.InvariantCulture));
            }

            return Math.Min(budget, events.Count);
        }

        /// <summary>The literal text with each insert as '\u0001', for naming.</summary>
        private static string NamingText(ParsedTemplate template)
        {
            if (template.Segments.Count == 1 && template.Segments[0].Insert is null)
            {
                return template.Segments[0].Literal;
            }

            var text = new System.Text.StringBuilder();
            foreach (TemplateSegment segment in template.Segments)
            {
                text.Append(segment.Insert is null ? segment.Literal : "\u0001");
            }

            return text.ToString();
        }

        /// <summary>
        /// The members of <c>Manifest</c> and of its classes: provider names in <c>Manifest</c>; in each kind's class
        /// the name without its prefix (<c>KeywordClassic</c> → <c>Keywords.Classic</c>), pinned names first and as
        /// pinned, the full name where the short one is taken, reserved or not an identifier.
        /// </summary>
        private sealed class ManifestNames
        {
            private readonly Dictionary<int, string> _names = new();

            public ManifestNames(List<NameRequest> requests)
            {
                var manifest = new NameScope(GeneratedNames.ObjectMembersAnd(GeneratedNames.ManifestMembers));
                for (int i = 0; i < requests.Count; i++)
                {
                    if (requests[i].Kind == MessageKind.ProviderName)
                    {
                        _names.Add(i, manifest.ClaimUnique(requests[i].Name));
                    }
                }

                foreach (MessageKind kind in GeneratedNames.ManifestClassKinds)
                {
                    string className = GeneratedNames.ManifestClass(kind)!;
                    var scope = new NameScope(kind == MessageKind.Keyword ? GeneratedNames.ObjectMembersAnd(className, GeneratedNames.KeywordMasks) : GeneratedNames.ObjectMembersAnd(className));
                    for (int i = 0; i < requests.Count; i++)
                    {
                        if (requests[i].Kind == kind && requests[i].PinnedName is not null)
                        {
                            _names.Add(i, scope.ClaimUnique(requests[i].Name));
                        }
                    }

                    for (int i = 0; i < requests.Count; i++)
                    {
                        if (requests[i].Kind != kind || requests[i].PinnedName is not null)
                        {
                            continue;
                        }

                        string full = requests[i].Name;
                        string prefix = GeneratedNames.Prefix(kind);
                        string rest = full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : string.Empty;
                        _names.Add(i, rest.Length > 0 && char.IsLetter(rest[0]) && scope.TryClaim(rest) ? rest : scope.ClaimUnique(full));
                    }
                }
            }

            public string? MemberName(int index) => _names.TryGetValue(index, out string? name) ? name : null;
        }
    }
}
