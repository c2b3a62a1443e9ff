import Testing

@testable import Redact

@Suite("RussianSNILS")
struct RussianSNILSTests {
    @Test(arguments: [
        "112-233-445 95",  // the usual example: sum 95, below 100
        "11223344595", "112 233 445 95", "112-233-445-95",
        "022-071-153 85",  // sum 85
        "133-022-901 00",  // sum exactly 100
        "211-502-555 00",  // sum exactly 101
        "466-109-906 00",  // sum 201: mod 101 gives 100, written 00
        "958-483-040 59",  // sum 261: mod 101 gives 59
        "001-001-998 12",  // at or below 001-001-998 nothing is checked
        "001-001-999 65",  // first checked number
    ])
    func acceptsValidNumbers(_ text: String) {
        #expect(RussianSNILS.isValid(text[...]))
    }

    @Test(arguments: [
        "112-233-445 94", "112-233-445 96",  // off by one
        "133-022-901 01", "466-109-906 01",  // 00 cases off by one
        "466-109-906 100",  // twelve digits
        "958-483-040 58",
        "001-001-999 12",  // just above the unchecked range, so checked
        "112-233-445 9",  // ten digits
        "112–233–445 95",  // en dashes
        "112-233-445  95",
    ])
    func rejectsLookAlikes(_ text: String) {
        #expect(!RussianSNILS.isValid(text[...]))
    }

    @Test(arguments: [
        ("112233445", 95), ("133022901", 0), ("211502555", 0), ("466109906", 0),
        ("958483040", 59),
    ])
    func checkNumberFollowsTheRule(_ number: String, _ expected: Int) {
        let digits = number.unicodeScalars.map { UInt8($0.value - 0x30) }
        #expect(RussianSNILS.checkNumber(for: digits) == expected)
    }
}
