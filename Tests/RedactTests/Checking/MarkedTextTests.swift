import Testing
@testable import Redact

@Suite struct MarkedTextTests {
    @Test func stripsMarkersAndRecordsByteRanges() {
        let marked = MarkedText("zəng [[050 123]] və [[ə]]")
        #expect(marked.text == "zəng 050 123 və ə")
        #expect(marked.spans == [6..<13, 18..<20])
    }

    @Test func plainTextHasNoSpans() {
        #expect(MarkedText("no marks [here]").spans.isEmpty)
    }
}
