/// One government work report, parsed once into the model every command and module reads.
///
/// The model is built by the workbench when a file is loaded; modules receive it and never read
/// the raw file again.
///
/// The model's types are `@frozen`: their stored properties (and their enums' cases) are fixed
/// for this `workbenchAPIVersion`, so clients copy them directly instead of through the
/// runtime's value witnesses. Changing them needs a new API version.
@frozen public struct Report: Codable, Sendable, Hashable {
    /// A stable, readable name: pinyin of the province and the year (`shanxi-2025`), or the file's
    /// base name when neither can be read from the text.
    public var name: String
    /// The report's title as written, or one composed from what could be inferred.
    public var title: String
    /// The province-level unit in its full form (`山西省`), `全国` for the State Council's report,
    /// `nil` when unknown.
    public var province: String?
    /// The year the report is delivered in (and plans for).
    public var year: Int?
    /// The speaker's name as written (`金湘军`), without the office.
    public var speaker: String?
    /// The speaker's office (`省长`, `代省长`, `市长`, `主席`, …).
    public var speakerTitle: String?
    /// Delivery date as ISO 8601 (`2025-01-17`) when the report states it.
    public var date: String?
    /// The file the report was loaded from (or `bundled:NAME` for the bundled report).
    public var sourceFile: String
    /// The paragraphs, in order.
    public var paragraphs: [Paragraph]
    /// The outline as a flat list in document order; node `0` is the document.
    public var outline: [OutlineNode]
    /// Every quantity the report states, in text order.
    public var metrics: [Metric]
    /// Number of Unicode scalars in the loaded text.
    public var length: Int
    /// Number of lines in the loaded text.
    public var lineCount: Int

    /// A report; every field as described on its property. The workbench builds reports when it
    /// loads files; modules receive them.
    @inlinable
    public init(name: String, title: String, province: String?, year: Int?, speaker: String?,
                speakerTitle: String?, date: String?, sourceFile: String, paragraphs: [Paragraph],
                outline: [OutlineNode], metrics: [Metric] = [], length: Int, lineCount: Int) {
        self.name = name
        self.title = title
        self.province = province
        self.year = year
        self.speaker = speaker
        self.speakerTitle = speakerTitle
        self.date = date
        self.sourceFile = sourceFile
        self.paragraphs = paragraphs
        self.outline = outline
        self.metrics = metrics
        self.length = length
        self.lineCount = lineCount
    }

    /// Every sentence of the report, in order.
    public var sentences: [Sentence] { paragraphs.flatMap(\.sentences) }

    /// The outline node with this id, if any.
    public func node(_ id: Int) -> OutlineNode? {
        outline.indices.contains(id) ? outline[id] : nil
    }

    /// The chain of nodes from the document down to `id` (inclusive).
    public func ancestry(of id: Int) -> [OutlineNode] {
        var chain: [OutlineNode] = []
        var current: Int? = id
        while let at = current, let node = node(at), chain.count <= outline.count {
            chain.append(node)
            current = node.parent
        }
        return chain.reversed()
    }
}
