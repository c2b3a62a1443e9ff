import Testing

@testable import Redact

/// HMRC's National Insurance Manual (NIM39110): prefix letters, six digits, suffix A-D.
@Suite("UKNationalInsuranceNumber")
struct UKNationalInsuranceNumberTests {
    @Test(arguments: [
        "AB123456C", "AB 12 34 56 C", "ab123456c", "JG 10 37 59 A", "CE123456D", "ZY999999A",
        "AA000000B",
    ])
    func acceptsAllocatableNumbers(_ text: String) {
        #expect(UKNationalInsuranceNumber.isValid(text[...]))
    }

    @Test(arguments: [
        "QQ123456C",  // HMRC's own specimen: Q is never a first letter, which is why it is used
        "DA123456A", "FA123456A", "IA123456A", "UA123456A", "VA123456A",  // first letter
        "AD123456A", "AF123456A", "AI123456A", "AO123456A", "AQ123456A", "AU123456A", "AV123456A",  // second letter
        "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",  // unallocated
        "AB123456E", "AB123456",  // suffix outside A-D, or missing
        "AB12345C", "AB1234567C", "A1234567C",
        "AB  12 34 56 C", " AB123456C",
    ])
    func rejectsWhatHMRCNeverAllocates(_ text: String) {
        #expect(!UKNationalInsuranceNumber.isValid(text[...]))
    }
}
