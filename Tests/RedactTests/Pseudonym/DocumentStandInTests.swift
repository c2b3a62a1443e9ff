import Testing

@testable import Redact

@Suite("DocumentStandIn")
struct DocumentStandInTests {
    @Test(arguments: ["123-45-6789", "123 45 6789", "078051120"])
    func ssnStaysInTheIssuedRanges(_ original: String) {
        StandInCheck.check(original, DocumentStandIn.ssn) { Validator.ssn.accepts($0[...]) }
    }

    @Test(arguments: ["AB 12 34 56 C", "JG103759A", "ab123456c"])
    func ninoHasAnAllocatablePrefixAndTheSameCase(_ original: String) {
        StandInCheck.check(original, DocumentStandIn.nino) { standIn in
            Validator.nino.accepts(standIn[...])
                && zip(original.unicodeScalars, standIn.unicodeScalars).allSatisfy {
                    $0.properties.isLowercase == $1.properties.isLowercase
                }
        }
    }

    @Test(arguments: ["111222333", "1234.56.782", "12345672"])
    func bsnPassesTheElevenProof(_ original: String) {
        StandInCheck.check(original, DocumentStandIn.bsn) { Validator.bsn.accepts($0[...]) }
    }

    @Test(arguments: [("021000021", 0...12), ("211370545", 21...32), ("011000015", 0...12)])
    func routingNumberKeepsItsKindOfInstitution(_ original: String, _ range: ClosedRange<Int>) {
        StandInCheck.check(original, DocumentStandIn.aba) { standIn in
            Validator.aba.accepts(standIn[...]) && range.contains(Int(standIn.prefix(2))!)
        }
    }

    @Test(arguments: ["T220001293", "C01X00T478", "L898902C36"])
    func documentNumberGetsAValidCheckDigit(_ original: String) {
        StandInCheck.check(original, DocumentStandIn.mrz) { Validator.icao.accepts($0[...]) }
    }

    @Test(arguments: [
        ("2-1234/2022", ["2022"]), ("1(103)-456/2023", ["2023"]), ("77RS0001-01-2022-001234-56", ["RS", "2022"]),
        ("1:22-cv-01234", ["-cv-"]), ("А40-12345/2022", ["А", "/2022"]),
    ])
    func caseNumberKeepsItsTypeLettersAndYear(_ original: String, _ kept: [String]) {
        StandInCheck.check(original, DocumentStandIn.caseNumber) { standIn in
            kept.allSatisfy { standIn.contains($0) }
        }
    }

    @Test func russianAccountKeepsBalanceAccountAndCurrency() {
        StandInCheck.check("40817810099910004312", DocumentStandIn.account) { $0.hasPrefix("40817810") && $0.count == 20 }
        StandInCheck.check("40817 810 0 9991 0004312", DocumentStandIn.account) { $0.hasPrefix("40817 810 ") }
    }
}

@Suite("PlateStandIn")
struct PlateStandInTests {
    static let russianLetters = Set("АВЕКМНОРСТУХавекмнорстух".unicodeScalars)
    static let russianLookAlikes = Set("ABEKMHOPCTYX".unicodeScalars)

    @Test(arguments: [("А123ВС 77", "77"), ("Е001КХ777", "777"), ("а 123 вс 77", "77")])
    func russianPlateKeepsRegionAndPlateLetters(_ original: String, _ region: String) {
        StandInCheck.check(original, PlateStandIn.make) { standIn in
            standIn.hasSuffix(region) && standIn.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(Self.russianLetters.contains)
                && !standIn.contains(" 000") && !standIn.dropFirst().hasPrefix("000")
        }
    }

    @Test func latinTypedRussianPlateStaysLatin() {
        StandInCheck.check("A123BC 77", PlateStandIn.make) { standIn in
            standIn.hasSuffix(" 77") && standIn.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(Self.russianLookAlikes.contains)
        }
    }

    /// The engine hands the stand-in a Latin O before digits as a zero (`O123AX` as `0123AX`).
    @Test func latinPlateReadWithAZeroKeepsItsShape() {
        StandInCheck.check("0123AX 199", PlateStandIn.make) { standIn in
            standIn.hasSuffix(" 199") && standIn.unicodeScalars.first.map(Self.russianLookAlikes.contains) == true
        }
    }

    @Test(arguments: [
        ("34 ABC 123", "34 "), ("06 A 1234", "06 "), ("10-AB-123", "10-"),  // province, region
        ("B-AB 1234", "B-"), ("HH-XY 12E", "HH-"),  // German district
    ])
    func regionAtTheStartIsKept(_ original: String, _ prefix: String) {
        StandInCheck.check(original, PlateStandIn.make) { $0.hasPrefix(prefix) }
    }

    @Test func germanTypeSuffixAndBritishAgeIdentifierAreKept() {
        StandInCheck.check("HH-XY 12E", PlateStandIn.make) { $0.hasSuffix("E") }
        StandInCheck.check("AB12 CDE", PlateStandIn.make) { standIn in
            Array(standIn)[2...3] == ["1", "2"] && !standIn.contains("I") && !standIn.contains("Q")
        }
    }

    /// The British formats before 2001 keep their year letter; every layout keeps its separators.
    @Test(arguments: [("F702 HLK", 0), ("R5 TPN", 0), ("MDX 448J", 7), ("JFK 9W", 5)])
    func olderBritishPlateKeepsItsYearLetter(_ original: String, _ yearLetter: Int) {
        StandInCheck.check(original, PlateStandIn.make) { standIn in
            Array(standIn)[yearLetter] == Array(original)[yearLetter] && standIn.count == original.count
                && zip(standIn, original).allSatisfy { $0.isNumber == $1.isNumber && $0.isLetter == $1.isLetter }
        }
    }

    @Test(arguments: ["kt17 rnw", "KT17-RNW", "KA-RT-4711", "34TRK1234", "06 B 417"])
    func plateKeepsItsLayoutAndCase(_ original: String) {
        StandInCheck.check(original, PlateStandIn.make) { standIn in
            standIn.count == original.count && zip(standIn, original).allSatisfy {
                $0.isNumber == $1.isNumber && $0.isLowercase == $1.isLowercase && ($0.isLetter || $0.isNumber || $0 == $1)
            }
        }
    }

    @Test(arguments: ["12-BDF-3", "GH-123-K", "XT-45-RB"])
    func dutchPlateUsesNoVowels(_ original: String) {
        StandInCheck.check(original, PlateStandIn.make) { standIn in
            !standIn.contains(where: { "AEIOUY".contains($0) })
        }
    }
}
