import Foundation

/// The gold formats ``GoldDocumentStream`` reads, named as on the command line.
public enum GoldFormat: String, Sendable, Hashable, CaseIterable {
    /// The project's canonical JSON Lines: `{"id", "text", "lang", "spans": [...]}`.
    case jsonl
    /// A Label Studio JSON export: an array of tasks.
    case labelStudio = "label-studio"
    /// A doccano JSON Lines export.
    case doccano
    /// A BRAT standoff folder of `.txt` and `.ann` files.
    case brat
    /// CoNLL-style token-per-line BIO tags.
    case conll

    /// The format of the file or folder at `path`, told from its kind, extension and first
    /// bytes: a folder is BRAT; `.conll`, `.iob`, `.iob2`, `.bio`, `.bioes` are CoNLL; contents
    /// starting with `[` are Label Studio; a first JSON line with `spans` is canonical, one with
    /// `label`, `labels` or `entities` is doccano; lines ending in a BIO tag are CoNLL. `-`
    /// (standard input, which cannot be peeked at) is taken as canonical JSON Lines.
    public static func detect(path: String) throws(EvalInputError) -> GoldFormat {
        if path == "-" { return .jsonl }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw EvalInputError(.unreadable, at: .init(file: path), "no such file or folder")
        }
        if isDirectory.boolValue {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            guard entries.contains(where: { $0.hasSuffix(".ann") }) else {
                throw EvalInputError(.unknownFormat, at: .init(file: path), "a folder is read as BRAT standoff, but it holds no .ann file")
            }
            return .brat
        }
        let lines = try LineReader(path: path, chunkSize: 1 << 16)
        var firstLine: ArraySlice<UInt8>?
        while let line = try lines.nextLine() {
            if !line.isBlankLine { firstLine = line; break }
        }
        if let format = detect(name: path, firstLine: firstLine ?? []) { return format }
        throw EvalInputError(.unknownFormat, at: .init(file: path),
            "cannot tell the gold format from the name or the first line; name one of: "
                + allCases.map(\.rawValue).joined(separator: ", "))
    }

    /// The format told from a file's `name` and its first non-blank line, or `nil` when neither
    /// says.
    public static func detect(name: String, firstLine: some Collection<UInt8>) -> GoldFormat? {
        let conllExtensions: Set<String> = ["conll", "iob", "iob2", "bio", "bioes"]
        if conllExtensions.contains((name as NSString).pathExtension.lowercased()) { return .conll }
        let trimmed = firstLine.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
        if trimmed.first == UInt8(ascii: "[") { return .labelStudio }
        if trimmed.first == UInt8(ascii: "{") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed)) as? [String: Any] else { return nil }
            if object["spans"] != nil { return .jsonl }
            if object["label"] != nil || object["labels"] != nil || object["entities"] != nil { return .doccano }
            return nil
        }
        let line = String(decoding: trimmed, as: UTF8.self)
        let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if columns.first == "-DOCSTART-" { return .conll }
        if columns.count >= 2, let tag = columns.last, isBIOTag(tag) { return .conll }
        return nil
    }

    /// `O`, or one of `B I E S L U`, a hyphen and a label.
    private static func isBIOTag(_ tag: Substring) -> Bool {
        if tag == "O" { return true }
        guard tag.count > 2, let prefix = tag.first, "BIESLU".contains(prefix) else { return false }
        return tag.dropFirst().first == "-"
    }
}
