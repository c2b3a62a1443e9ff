import Testing
@testable import Redact

/// `RedactionSession.dateDocument`: the dates that follow move by the offset of the named
/// document, or by the key's one offset when it is nil.
@Suite struct DateDocumentTests {
    private func session() throws -> RedactionSession {
        let bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 11) }
        return try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes))).makeSession()
    }

    @Test func aDocumentsIDKeysItsOffsetAndNilRestoresTheKeys() throws {
        let text = "Signed on 12.03.2021."
        let session = try session()
        let byKey = session.redact(text).output
        session.dateDocument = "file-one"
        let one = session.redact(text).output
        session.dateDocument = "file-two"
        let two = session.redact(text).output
        session.dateDocument = "file-one"
        #expect(session.redact(text).output == one)
        // A new document for linking keeps the date document.
        session.startDocument()
        #expect(session.redact(text).output == one)
        session.dateDocument = nil
        #expect(session.redact(text).output == byKey)
        #expect(Set([byKey, one, two]).count == 3, "\(byKey) \(one) \(two)")
        #expect(!one.contains("12.03.2021") && !two.contains("12.03.2021"))
    }

    @Test func offsetsStayInTheDocumentedRange() throws {
        let key = try RedactionKey(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 11) })
        for id in (0..<500).map({ "document-\($0)" }) {
            let offset = Pseudonymizer.dateOffset(key: key, document: id)
            #expect((30...365).contains(abs(offset)), "\(id): \(offset)")
        }
    }
}
