import Testing
@testable import Redact

/// A stand-in never equals what it replaces, under any key.
@Suite struct NameStandInTests {
    @Test(arguments: ["Gəncə", "Ganja", "Гянджа", "Bakı", "İzmir"])
    func aPlaceIsNeverItsOwnStandIn(place: String) throws {
        for seed in 0..<60 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) }
            bytes[0] = UInt8(seed)
            bytes[1] = UInt8(seed >> 8)
            let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
            let spans = engine.detect("Biz \(place) şəhərinə getdik.")
            let span = try #require(spans.first { $0.text == place }, "\(place) was not found")
            #expect(span.replacement != place, "key \(seed): \(place) became itself")
        }
    }

    /// A place of Russia written in Azerbaijani Latin letters gets a stand-in in Latin letters,
    /// under any key: the stand-in is in the script of the original.
    @Test(arguments: ["Həştərxan", "Çeboksarı"])
    func aLatinPlaceOfRussiaGetsALatinStandIn(place: String) throws {
        for seed in 0..<20 {
            var bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 * 29 + 5) }
            bytes[0] = UInt8(seed)
            let engine = try RedactionEngine(configuration: RedactionConfiguration(key: try RedactionKey(bytes: bytes)))
            let spans = engine.detect("Biz \(place) şəhərinə getdik.")
            let span = try #require(spans.first { $0.text == place }, "\(place) was not found")
            let replacement = try #require(span.replacement)
            #expect(!replacement.unicodeScalars.contains { $0.value >= 0x400 && $0.value <= 0x4FF },
                    "key \(seed): \(place) became \(replacement)")
        }
    }
}
