import Foundation
import Testing
@testable import Redact

/// `detect` says what each span rests on and how sure it is, so an editor can review the
/// uncertain ones first.
@Suite struct EvidenceTests {
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(
        key: try! RedactionKey(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 11 + 3) })))

    @Test func eachSpanSaysWhatItRestsOn() throws {
        // Invented people; Wubrekt Gorrimbo is in no list, so only the context model reads him.
        let text = "Cənab Elçin Hüseynov: +994 50 123 45 67, FİN: 5ZK7R2B. Police questioned Wubrekt Gorrimbo, a driver from the port, on Friday. Hüseynov left."
        let spans = Self.engine.detect(text)
        func span(_ text: String) throws -> DetectedSpan { try #require(spans.first { $0.text == text }, "\(text) not found") }
        #expect(try span("+994 50 123 45 67").evidence == "validated" && span("+994 50 123 45 67").confidence == "high")
        #expect(try span("5ZK7R2B").evidence == "cue" && span("5ZK7R2B").confidence == "high")
        let rules = try #require(spans.first { $0.text.hasSuffix("Elçin Hüseynov") })
        #expect(rules.evidence == "name-rules")
        let model = try span("Wubrekt Gorrimbo")
        #expect(model.evidence == "context-model" && model.label == "PERSON")
        #expect(["low", "medium"].contains(model.confidence))
        #expect(try span("Hüseynov").evidence == "linked")
        // The JSON that `detect` and the C ABI write carries both.
        let json = try #require(spans.first?.jsonObject)
        #expect(json["evidence"] is String && json["confidence"] is String)
    }

    /// A name the rules found is high when the lists and the context model read the same
    /// kind, and low, with the other reading named, when the model reads another kind.
    @Test func theKindIsSureOrSaidToBeUncertain() throws {
        let spans = Self.engine.detect("Ivan Petrov visited Ganja on Monday. Oğlum Cihan Batman'a taşındı.")
        func span(_ text: String) throws -> DetectedSpan { try #require(spans.first { $0.text == text }, "\(text) not found") }
        let person = try span("Ivan Petrov"), place = try span("Ganja")
        #expect(person.label == "PERSON" && person.confidence == "high" && person.alternativeLabel == nil)
        #expect(place.label == "LOCATION" && place.confidence == "high")
        // A city that is also read as a surname after a given name: the rules keep the city
        // (the suffix says where he moved), the model reads a person, and detect says so.
        let disputed = try span("Batman")
        #expect(disputed.label == "LOCATION" && disputed.confidence == "low" && disputed.alternativeLabel == "PERSON")
        #expect(disputed.jsonObject["alternative_label"] as? String == "PERSON")
        #expect(person.jsonObject["alternative_label"] == nil)
        // A given name of the wider world's list (`Wolfgang`), as it spells it, is the lists'
        // reading too: the rules' person, high where the model agrees (the build before the
        // list read it by the model alone, medium).
        let world = try #require(Self.engine.detect("Transport minister Wolfgang Tarnsee announced the plan.").first)
        #expect(world.text == "Wolfgang Tarnsee" && world.evidence == "name-rules" && world.confidence == "high")
        for span in spans where span.evidence == "name-rules" {
            #expect((span.confidence == "low") == (span.alternativeLabel != nil), "\(span.text)")
            #expect(span.alternativeLabel != span.label)
        }
    }
}
