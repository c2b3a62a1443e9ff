import Foundation

/// The one JSON encoding of reports and comparisons: sorted keys, so the same figures always
/// give the same bytes.
enum ReportJSON {
    static func encode(_ value: some Encodable, prettyPrinted: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                                 : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
